import type { ByteIssue } from '../corpus/decode.js';
import { parseCorpusInto } from '../corpus/parseCorpus.js';
import { TABLE_NAMES, type ParsedCorpus, type TableName } from '../corpus/types.js';
import { ColumnSink } from './columnSink.js';
import { ipcStreams } from './ipcWriters.js';

export interface CorpusIpc {
  tables: { name: TableName; ipc: Uint8Array }[];
  rows: Record<TableName, number>;
}

/** Every table of a parsed corpus as Arrow IPC stream bytes: the form that crosses the process boundary. */
export function corpusToIpc(parsed: ParsedCorpus): { name: TableName; ipc: Uint8Array }[] {
  const streams = ipcStreams();
  const sink = new ColumnSink(streams.onBatch);
  for (const name of TABLE_NAMES) for (const row of parsed[name]) sink.add(name, row);
  sink.finish();
  return streams.close();
}

/** A corpus text straight to Arrow IPC stream bytes, its rows going into column builders as they are read. */
export function corpusTextToIpc(text: string, corpus: string, byteIssues: readonly ByteIssue[] = []): CorpusIpc {
  const streams = ipcStreams();
  const sink = new ColumnSink(streams.onBatch);
  parseCorpusInto(text, corpus, byteIssues, sink);
  sink.finish();
  const rows = Object.fromEntries(TABLE_NAMES.map((name) => [name, sink.rows(name)])) as Record<TableName, number>;
  return { tables: streams.close(), rows };
}
