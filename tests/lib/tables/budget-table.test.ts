import { describe, expect, test } from 'vitest';
import { budgetTable, burnRatesText } from '../../../src/lib/tables/budget-table.ts';
import { tableText } from './table-text.ts';

describe('budgetTable', () => {
  test('in English: each common objective with its budget over 30 days, per week and per million requests', () => {
    const table = tableText(budgetTable('en'));
    expect(table.caption).toBe('Error budget of the common objectives, over 30 days');
    // 1 % of 30 days is 432 minutes; 0.1 %, 43.2 (the method's own example); a week is 7/30 of it.
    expect(table.rows).toEqual([
      ['99%', '1%', '7 h 12 min', '1 h 41 min', '10,000'],
      ['99.5%', '0.5%', '3 h 36 min', '50.4 min', '5,000'],
      ['99.9%', '0.1%', '43.2 min', '10.1 min', '1,000'],
      ['99.95%', '0.05%', '21.6 min', '5 min', '500'],
      ['99.99%', '0.01%', '4.3 min', '1 min', '100'],
    ]);
  });

  test('in French, with the decimal comma', () => expect(tableText(budgetTable('fr')).rows[2]).toEqual(['99,9 %', '0,1 %', '43,2 min', '10,1 min', '1 000']));

  test('the burn rates that empty a 30-day budget: 720x in an hour, 30x in a day, 4.29x in a week', () => {
    expect(burnRatesText('en')).toBe('A burn rate of 720x empties the budget in an hour, 30x in a day and 4.29x in a week, whatever the objective.');
  });
});
