import { TABLE_NAMES, type ParsedCorpus, type TableName } from './types.js';

/** One row of a table of the contract. */
export type RowOf<T extends TableName> = ParsedCorpus[T][number];

/**
 * Where the parser puts its rows, one at a time, each table in its final order. A sink may keep them as objects
 * (rowSink) or append them to column builders (electron/arrow/columnSink) and let them go.
 */
export interface CorpusSink {
  add<T extends TableName>(table: T, row: RowOf<T>): void;
}

/** A sink that keeps every row as an object: the parsed corpus the rules, tests and curations work on. */
export function rowSink(corpus: string): { sink: CorpusSink; parsed: ParsedCorpus } {
  const parsed = { corpus } as ParsedCorpus;
  for (const name of TABLE_NAMES) (parsed[name] as unknown[]) = [];
  return { parsed, sink: { add: (table, row) => (parsed[table] as unknown[]).push(row) } };
}
