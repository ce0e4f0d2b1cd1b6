import { openNodeDuckDb, type NodeDuckDb } from '../../../electron/engine/nodeDuckdb';
import type { WorkbenchEngine } from '../../../renderer/engine/types';

/** The Node DuckDB behind the renderer's engine interface, so the pivot code runs unchanged in tests. */
export async function openTestEngine(): Promise<{ db: NodeDuckDb; engine: WorkbenchEngine }> {
  const db = await openNodeDuckDb();
  return { db, engine: { query: async (sql) => db.query(sql) } };
}
