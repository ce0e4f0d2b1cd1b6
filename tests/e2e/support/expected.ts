import { corpusToIpc } from '../../../electron/arrow/toArrow';
import { DEFAULT_CORPUS_PATH } from '../../../electron/corpus/defaultCorpus';
import { loadCorpusFile } from '../../../electron/corpus/loadCorpus';
import { openNodeDuckDb, type NodeDuckDb } from '../../../electron/engine/nodeDuckdb';
import { tableToRows } from '../../../common/arrowAdapters';

let shared: Promise<NodeDuckDb> | null = null;

/** The same corpus in the same DuckDB build, in Node: where e2e tests get the values the grid must show. */
export function expectedDb(): Promise<NodeDuckDb> {
  shared ??= (async () => {
    const db = await openNodeDuckDb();
    for (const t of corpusToIpc(loadCorpusFile(DEFAULT_CORPUS_PATH))) db.insertIpc(t.name, t.ipc);
    return db;
  })();
  return shared;
}

export async function expectedRows(sql: string): Promise<Record<string, unknown>[]> {
  return tableToRows((await expectedDb()).query(sql));
}
