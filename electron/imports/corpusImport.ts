import { readFileSync } from 'node:fs';
import type { TableName } from '../../common/tables.js';
import { corpusToIpc } from '../arrow/toArrow.js';
import { decodeCorpus, splitLines } from '../corpus/decode.js';
import { parseCorpusText } from '../corpus/parseCorpus.js';
import { isFormStart } from '../corpus/records.js';
import { ImportError } from './importError.js';

/** Another year's reports: parsed like the bundled corpus, each table's bytes ready to append to the corpus tables. */
export interface ImportedCorpus {
  corpus: string;
  entities: number;
  tables: Map<TableName, Uint8Array>;
  problems: string[];
}

/**
 * Reads a .txt file as a corpus when it holds at least one report form (a line opening with 都道府県名); null when it
 * is plain text (then it is read as a table). Its rows keep its own file name in `corpus`, which must not be the
 * bundled corpus's.
 */
export function readCorpusImport(file: string, corpusName: string, bundledCorpus: string): ImportedCorpus | null {
  const decoded = decodeCorpus(readFileSync(file), corpusName);
  if (!splitLines(decoded.text).some(isFormStart)) return null;
  if (corpusName === bundledCorpus) throw new ImportError(corpusName, '同梱のコーパスと同じ名前です。別の名前のファイルにしてください (same name as the bundled corpus)');
  const parsed = parseCorpusText(decoded.text, corpusName, decoded.issues);
  return {
    corpus: corpusName,
    entities: parsed.entities.length,
    tables: new Map(corpusToIpc(parsed).map((t) => [t.name, t.ipc])),
    problems: parsed.parse_warnings.length ? [`注記 ${parsed.parse_warnings.length} 件 (parse_warnings)`] : [],
  };
}
