import { describe, expect, test } from 'vitest';
import { textTable } from '../../src/lib/text-table.ts';

describe('textTable', () => {
  test('aligns columns on their widest cell, two spaces apart', () => {
    expect(textTable([['STATUS', 'ITEM'], ['✓ Done', 'no-n-plus-one'], ['○ To do', 'x']])).toEqual(['STATUS   ITEM', '✓ Done   no-n-plus-one', '○ To do  x']);
  });

  test('leaves no spaces at the end of a line, even when the last cells are empty', () => {
    const lines = textTable([['a', 'bbbb', ''], ['cc', '', '']]);
    expect(lines).toEqual(['a   bbbb', 'cc']);
  });

  test('rows may have fewer cells than others', () => {
    expect(textTable([['a', 'b', 'c'], ['dd']])).toEqual(['a   b  c', 'dd']);
  });

  test('paints padded cells with the style they name, and indents every line', () => {
    const paint = (text: string, style: string | undefined) => `<${style}>${text}</${style}>`;
    expect(textTable([[{ text: 'ok', style: 'good' }, 'x'], [{ text: 'fail', style: 'bad' }, 'y']], paint, '  ')).toEqual(['  <good>ok  </good>  x', '  <bad>fail</bad>  y']);
  });

  test('counts a symbol as one column', () => {
    expect(textTable([['⊘', 'a'], ['ab', 'b']])).toEqual(['⊘   a', 'ab  b']);
  });

  test('an empty table has no lines', () => {
    expect(textTable([])).toEqual([]);
  });
});
