import { describe, expect, test } from 'vitest';
import { dataTable, type Column } from '../../../src/lib/tables/data-table.ts';

interface Fruit {
  id: string;
  name: string;
  grams: number;
}
const FRUITS: Fruit[] = [
  { id: 'apple', name: 'Apple', grams: 180 },
  { id: 'fig', name: 'Fig', grams: 50 },
];
const NAME: Column<Fruit> = { header: 'Fruit', rowHeader: true, cell: (fruit) => ({ text: fruit.name, href: `/fruits/${fruit.id}/` }) };
const WEIGHT: Column<Fruit> = { header: 'Weight', cell: (fruit) => `${fruit.grams} g` };

describe('dataTable', () => {
  test('gives a header per column and a cell per column and row, in order, the row header marked', () => {
    const table = dataTable({ caption: 'Fruits', columns: [NAME, WEIGHT] }, FRUITS);
    expect(table.caption).toBe('Fruits');
    expect(table.headers).toEqual([{ text: 'Fruit' }, { text: 'Weight' }]);
    expect(table.rows).toEqual([
      { cells: [{ content: { text: 'Apple', href: '/fruits/apple/' }, rowHeader: true }, { content: '180 g', rowHeader: false }] },
      { cells: [{ content: { text: 'Fig', href: '/fruits/fig/' }, rowHeader: true }, { content: '50 g', rowHeader: false }] },
    ]);
    expect(table.sortable).toBe(false);
  });

  test('gives each row its id when the table says how', () =>
    expect(dataTable({ caption: 'Fruits', columns: [NAME], rowId: (fruit) => `fruit-${fruit.id}` }, FRUITS).rows.map((row) => row.id)).toEqual(['fruit-apple', 'fruit-fig']));

  test('marks a sortable column’s header with its kind and each of its cells with the value it sorts by', () => {
    const table = dataTable({ caption: 'Fruits', columns: [NAME, { ...WEIGHT, sort: { kind: 'number', value: (fruit) => fruit.grams } }] }, FRUITS);
    expect(table.sortable).toBe(true);
    expect(table.headers).toEqual([{ text: 'Fruit' }, { text: 'Weight', sort: 'number' }]);
    expect(table.rows.map((row) => row.cells.map((cell) => cell.sortValue))).toEqual([[undefined, 180], [undefined, 50]]);
  });

  test('leaves the caption out when the page names the table another way', () => expect('caption' in dataTable({ columns: [WEIGHT] }, FRUITS)).toBe(false));

  test('draws an empty body for no rows', () => expect(dataTable({ caption: 'Fruits', columns: [WEIGHT] }, []).rows).toEqual([]));

  test('refuses a table without columns', () => expect(() => dataTable({ caption: 'Fruits', columns: [] }, FRUITS)).toThrow('the table "Fruits" has no columns'));
});
