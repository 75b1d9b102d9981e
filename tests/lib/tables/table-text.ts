import type { DataTableModel } from '../../../src/lib/tables/data-table.ts';

const nb = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** A table as a reader sees it: the caption, the headers, and each row's cells as text (a link as "text → href"), no-break spaces as spaces. */
export function tableText(table: DataTableModel) {
  return {
    caption: table.caption === undefined ? undefined : nb(table.caption),
    headers: table.headers.map((header) => nb(header.text)),
    rows: table.rows.map((row) => row.cells.map(({ content }) => nb(typeof content === 'string' ? content : `${content.text} → ${content.href}`))),
    ids: table.rows.map((row) => row.id),
    rowHeaders: table.rows.map((row) => row.cells.findIndex((cell) => cell.rowHeader)),
  };
}
