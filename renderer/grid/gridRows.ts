import { DataType, type Field, type Table } from 'apache-arrow';
import { columnReaders } from '../../common/arrowAdapters';
import { flagColumnsFor } from './flags';

/** A row as the grid holds it: its index in the Arrow table and its plain values by column position. */
export interface GridRow {
  i: number;
  v: unknown[];
}

export type ColumnKind = 'number' | 'text' | 'other';

export function columnKind(field: Field): ColumnKind {
  const t = field.type;
  if (DataType.isInt(t) || DataType.isFloat(t) || DataType.isDecimal(t)) return 'number';
  if (DataType.isUtf8(t) || DataType.isLargeUtf8(t) || DataType.isDictionary(t)) return 'text';
  return 'other';
}

/**
 * Reads rows out of an Arrow result only when the grid draws them: a block of rows costs its own cells, never the
 * whole table's. Also answers by name (the first column of a name wins) for source links and flags.
 */
export class ArrowRows {
  readonly names: string[];
  private readonly readers: ((index: number) => unknown)[];
  /** For each column position, the position of the flag column that explains it (or -1). */
  private readonly flagOf: number[];

  constructor(readonly table: Table) {
    this.names = table.schema.fields.map((f) => f.name);
    this.readers = columnReaders(table);
    const flags = flagColumnsFor(this.names);
    this.flagOf = this.names.map((n) => (flags.has(n) ? this.names.indexOf(flags.get(n)!) : -1));
  }

  get numRows(): number {
    return this.table.numRows;
  }

  row(index: number): GridRow {
    return { i: index, v: this.readers.map((read) => read(index)) };
  }

  /** Rows `start` (inclusive) to `end` (exclusive) of the view: `order` maps view positions to table rows. */
  slice(start: number, end: number, order: Int32Array | null): GridRow[] {
    const rows: GridRow[] = [];
    for (let r = start; r < end; r++) rows.push(this.row(order ? order[r] : r));
    return rows;
  }

  /** A row by column name (the first column of a name wins), the shape `lineRefOf` reads. */
  record(row: GridRow): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.names.forEach((n, k) => {
      if (!(n in out)) out[n] = row.v[k];
    });
    return out;
  }

  /** Why the parser flagged this cell's value, or null. */
  flagText(row: GridRow | undefined, column: number): string | null {
    const flag = this.flagOf[column];
    const value = flag >= 0 && row ? row.v[flag] : null;
    return typeof value === 'string' && value ? value : null;
  }
}
