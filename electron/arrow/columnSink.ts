import { DataType, makeBuilder, makeData, RecordBatch, Struct, type Data, type Dictionary, type Field, type Schema, type Utf8 } from 'apache-arrow';
import type { CorpusSink, RowOf } from '../corpus/corpusSink.js';
import { TABLE_NAMES, type TableName } from '../corpus/types.js';
import { tableSchema } from './schema.js';
import { DictionaryColumn, TextColumn, type BufferUse } from './textColumns.js';

/** Rows per record batch: small enough that a batch of the lines table is a megabyte or two, large enough to be cheap. */
export const BATCH_ROWS = 16_384;

/** What receives each table's record batches, in the table's order, as they fill. */
export type BatchHandler = (name: TableName, batch: RecordBatch) => void;

/** One column being built: values appended one by one, taken out as one batch's Arrow data. */
interface Column {
  append(value: unknown): void;
  flush(): Data;
}

/** Text through the compact text columns; numbers and booleans through apache-arrow's own builders (typed arrays). */
function makeColumn(field: Field, use: BufferUse): Column {
  if (DataType.isDictionary(field.type)) return new DictionaryColumn(field.type as Dictionary<Utf8>, use);
  if (DataType.isUtf8(field.type)) return new TextColumn(use);
  const builder = makeBuilder({ type: field.type, nullValues: [null, undefined] });
  return { append: (value) => builder.append(value), flush: () => builder.flush() };
}

export interface ColumnSinkOptions {
  /** Rows per record batch (BATCH_ROWS). */
  batchRows?: number;
  /**
   * 'reuse' hands each batch views of the builders' own buffers, valid only until `onBatch` returns: for a handler
   * that writes the batch out at once (arrowFileWriters), never for one that keeps it. Default 'copy'.
   */
  buffers?: BufferUse;
  /**
   * Dictionary-encode DICTIONARY_COLUMNS (default true): for IPC streams loaded into DuckDB. Files for other tools are
   * written without, as before: readers older than Arrow 7 (2022) refuse dictionary deltas in the file format.
   */
  dictionaries?: boolean;
}

interface TableBuilders {
  schema: Schema;
  columns: string[];
  builders: Column[];
  pending: number;
  rows: number;
  batches: number;
}

/**
 * A corpus sink that appends every row to its table's column builders and lets the row go; every `batchRows` rows a
 * table's builders become one record batch, handed to `onBatch` (a file writer, an IPC stream). Nothing but the
 * builders' current batch stays in memory here.
 */
export class ColumnSink implements CorpusSink {
  private readonly tables = new Map<TableName, TableBuilders>();

  private readonly batchRows: number;

  constructor(private readonly onBatch: BatchHandler, options: ColumnSinkOptions = {}) {
    const { batchRows = BATCH_ROWS, buffers = 'copy', dictionaries = true } = options;
    this.batchRows = batchRows;
    for (const name of TABLE_NAMES) {
      const schema = tableSchema(name, dictionaries);
      this.tables.set(name, {
        schema,
        columns: schema.fields.map((f) => f.name),
        builders: schema.fields.map((f) => makeColumn(f, buffers)),
        pending: 0,
        rows: 0,
        batches: 0,
      });
    }
  }

  add<T extends TableName>(table: T, row: RowOf<T>): void {
    const t = this.tables.get(table)!;
    const values = row as unknown as Record<string, unknown>;
    for (let k = 0; k < t.columns.length; k++) t.builders[k].append(values[t.columns[k]]);
    t.rows++;
    if (++t.pending >= this.batchRows) this.flush(table, t);
  }

  /** Rows added to a table so far. */
  rows(table: TableName): number {
    return this.tables.get(table)!.rows;
  }

  /** The schema every batch of a table carries. */
  schema(table: TableName): Schema {
    return this.tables.get(table)!.schema;
  }

  /** Hands out every table's last rows; a table with no row at all still gets one empty batch, so it exists. */
  finish(): void {
    for (const [name, t] of this.tables) {
      if (t.pending > 0 || t.batches === 0) this.flush(name, t);
    }
  }

  private flush(name: TableName, t: TableBuilders): void {
    const children = t.builders.map((b) => b.flush());
    const data = makeData({ type: new Struct(t.schema.fields), length: t.pending, nullCount: 0, children });
    t.pending = 0;
    t.batches++;
    this.onBatch(name, new RecordBatch(t.schema, data));
  }
}
