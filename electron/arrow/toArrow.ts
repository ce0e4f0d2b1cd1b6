import { Field, Schema, Table, makeData, RecordBatch, Struct, tableToIPC, vectorFromArray } from 'apache-arrow';
import { TABLE_NAMES, type ParsedCorpus, type TableName } from '../corpus/types.js';
import { TABLE_COLUMNS, arrowType } from './schema.js';

/** One table of the parsed corpus as a typed Arrow table (columns in contract order). */
export function tableToArrow(parsed: ParsedCorpus, name: TableName): Table {
  const columns = TABLE_COLUMNS[name] as Record<string, Parameters<typeof arrowType>[0]>;
  const rows = parsed[name] as unknown as Record<string, unknown>[];
  const fields: Field[] = [];
  const children = [];
  for (const [column, kind] of Object.entries(columns)) {
    const type = arrowType(kind);
    fields.push(new Field(column, type, true));
    children.push(vectorFromArray(rows.map((r) => r[column] ?? null), type).data[0]);
  }
  const schema = new Schema(fields);
  const data = makeData({ type: new Struct(fields), length: rows.length, nullCount: 0, children });
  return new Table(schema, [new RecordBatch(schema, data)]);
}

/** Every table as Arrow IPC stream bytes: the form that crosses the process boundary. */
export function corpusToIpc(parsed: ParsedCorpus): { name: TableName; ipc: Uint8Array }[] {
  return TABLE_NAMES.map((name) => ({ name, ipc: tableToIPC(tableToArrow(parsed, name), 'stream') }));
}
