import { corpusToIpc } from '../../electron/arrow/toArrow';
import { DEFAULT_CORPUS_PATH } from '../../electron/corpus/defaultCorpus';
import { loadCorpusFile } from '../../electron/corpus/loadCorpus';
import { openNodeDuckDb, type NodeDuckDb } from '../../electron/engine/nodeDuckdb';
import { LOCKDOWN_SETTINGS, offlineSettings } from '../../renderer/engine/offlineSettings';
import type { WorkbenchEngine } from '../../renderer/engine/types';

/**
 * The bundled corpus in a DuckDB set up as the app sets up its own: offline settings, every corpus table loaded, then
 * locked down. The renderer's engine interface over it, so notebook and room code runs unchanged.
 */
export async function openAppEngine(): Promise<{ db: NodeDuckDb; engine: WorkbenchEngine }> {
  const db = await openNodeDuckDb();
  for (const s of offlineSettings('http://127.0.0.1:5178')) db.query(s);
  for (const t of corpusToIpc(loadCorpusFile(DEFAULT_CORPUS_PATH))) db.insertIpc(t.name, t.ipc);
  for (const s of LOCKDOWN_SETTINGS) db.query(s);
  return { db, engine: { query: async (sql) => db.query(sql) } };
}
