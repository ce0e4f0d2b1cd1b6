/**
 * The whole corpus in one Arrow IPC stream, so the app's start asks for it once (one HTTP request, one IPC call):
 * a table of (table name, that table's own Arrow IPC stream bytes), with the corpus summary as schema metadata.
 * Each table keeps its own schema and goes to the engine as the bytes it was made as; nothing is re-encoded.
 */
import { Binary, Table, tableFromIPC, tableToIPC, Utf8, vectorFromArray } from 'apache-arrow';
import type { CorpusInfo } from './api.js';
import { TABLE_NAMES, type TableName } from './tables.js';

export interface CorpusBundle {
  info: CorpusInfo;
  tables: { name: TableName; ipc: Uint8Array }[];
}

const INFO_KEY = 'kyosei.corpus_info';

/** Binary's 32-bit offsets bound a bundle at 2 GiB, far past what duckdb-wasm's 4 GB memory could load alongside. */
export function encodeCorpusBundle(bundle: CorpusBundle): Uint8Array {
  const table = new Table({
    name: vectorFromArray(bundle.tables.map((t) => t.name), new Utf8()),
    ipc: vectorFromArray(bundle.tables.map((t) => t.ipc), new Binary()),
  });
  table.schema.metadata.set(INFO_KEY, JSON.stringify(bundle.info));
  return tableToIPC(table, 'stream');
}

/** Reads a bundle and checks its shape: every table of the contract once, and a summary. Throws on anything else. */
export function decodeCorpusBundle(bytes: Uint8Array): CorpusBundle {
  const table = tableFromIPC(bytes);
  const infoText = table.schema.metadata.get(INFO_KEY);
  if (!infoText) throw new Error('コーパスの受け取りに失敗しました（概要がありません）');
  const names = table.getChild('name');
  const ipc = table.getChild('ipc');
  if (!names || !ipc) throw new Error('コーパスの受け取りに失敗しました（表の列がありません）');
  const tables: CorpusBundle['tables'] = [];
  for (let i = 0; i < table.numRows; i++) {
    const name = names.get(i) as string;
    if (!(TABLE_NAMES as readonly string[]).includes(name)) throw new Error(`コーパスの受け取りに失敗しました（不明な表 ${name}）`);
    tables.push({ name: name as TableName, ipc: ipc.get(i) as Uint8Array });
  }
  const missing = TABLE_NAMES.filter((n) => !tables.some((t) => t.name === n));
  if (missing.length || tables.length !== TABLE_NAMES.length) throw new Error(`コーパスの受け取りに失敗しました（表が揃っていません: ${missing.join(', ')}）`);
  return { info: JSON.parse(infoText) as CorpusInfo, tables };
}
