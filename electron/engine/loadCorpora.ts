import { corpusToIpc } from '../arrow/toArrow.js';
import type { ParsedCorpus } from '../corpus/types.js';
import type { NodeDuckDb } from './nodeDuckdb.js';

/** Loads every table of every parsed corpus into the engine; corpora of other years are appended side by side. */
export function loadCorpora(db: NodeDuckDb, corpora: ParsedCorpus[]): void {
  const created = new Set<string>();
  for (const parsed of corpora) {
    for (const { name, ipc } of corpusToIpc(parsed)) {
      db.insertIpc(name, ipc, !created.has(name));
      created.add(name);
    }
  }
}
