/** What a cell shows: a text, or a text that links to a page. */
export type CellContent = string | { text: string; href: string };

/** How a sortable column orders its rows (SortableTable.astro turns its header into a sort button). */
export type SortKind = 'text' | 'number';

/** One column of a table: its header, what each row shows in it, and whether it names the row or sorts. */
export interface Column<Row> {
  header: string;
  cell: (row: Row) => CellContent;
  /** True for the column that names its row: its cells are `<th scope="row">`. */
  rowHeader?: boolean;
  /** How the column sorts, and the value each row sorts by; absent: the column does not sort. */
  sort?: { kind: SortKind; value: (row: Row) => string | number };
}

/** A table described as data: its caption, its columns and, optionally, an id for each row. */
export interface TableSpec<Row> {
  /** The table's caption; absent only where the element around the table names it (a `<summary>`, a heading). */
  caption?: string;
  columns: readonly Column<Row>[];
  /** The row's `id`, for links to one row; absent: rows have no id. */
  rowId?: (row: Row) => string;
}

/** One cell as drawn. */
export interface DataTableCell {
  content: CellContent;
  rowHeader: boolean;
  /** What a sortable column sorts the cell by (`data-value`). */
  sortValue?: string | number;
}

/** A table as DataTable.astro draws it: every header and cell already worked out. */
export interface DataTableModel {
  caption?: string;
  headers: Array<{ text: string; sort?: SortKind }>;
  rows: Array<{ id?: string; cells: DataTableCell[] }>;
  /** True when a column sorts, so the table is drawn inside SortableTable. */
  sortable: boolean;
}

/** Works out every header and cell of a table from its columns and its rows, in the rows' order. */
export function dataTable<Row>(spec: TableSpec<Row>, rows: readonly Row[]): DataTableModel {
  if (spec.columns.length === 0) throw new Error(`the table "${spec.caption ?? 'without a caption'}" has no columns`);
  return {
    ...(spec.caption !== undefined ? { caption: spec.caption } : {}),
    headers: spec.columns.map((column) => ({ text: column.header, ...(column.sort ? { sort: column.sort.kind } : {}) })),
    rows: rows.map((row) => ({
      ...(spec.rowId ? { id: spec.rowId(row) } : {}),
      cells: spec.columns.map((column) => ({
        content: column.cell(row),
        rowHeader: column.rowHeader === true,
        ...(column.sort ? { sortValue: column.sort.value(row) } : {}),
      })),
    })),
    sortable: spec.columns.some((column) => column.sort !== undefined),
  };
}
