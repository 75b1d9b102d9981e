/** A table cell: its text, and optionally a style name the caller's painter knows. */
export interface Cell {
  text: string;
  style?: string;
}

/** Wraps a cell's padded text in a style (colours on a terminal); the identity when colours are off. */
export type Painter = (text: string, style: string | undefined) => string;

/** Space between two columns. */
const GAP = '  ';

/** The width a text takes in a terminal, counted in code points (the symbols used here are one column wide). */
function width(text: string): number {
  return [...text].length;
}

/** Lays out rows in columns as wide as their widest cell; the last column is not padded, so no line ends in spaces. */
export function textTable(rows: ReadonlyArray<ReadonlyArray<Cell | string>>, paint: Painter = (text) => text, indent = ''): string[] {
  const cells = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? { text: cell } : cell)));
  const columns = Math.max(0, ...cells.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) => Math.max(0, ...cells.map((row) => width(row[column]?.text ?? ''))));
  return cells.map((row) => {
    const last = row.length - 1;
    const parts = row.map((cell, column) => {
      const padded = column === last ? cell.text : cell.text + ' '.repeat(widths[column]! - width(cell.text));
      return cell.style === undefined ? padded : paint(padded, cell.style);
    });
    return (indent + parts.join(GAP)).trimEnd();
  });
}
