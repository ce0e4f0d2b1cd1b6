import { readFileSync } from 'node:fs';
import type { TableName } from '../../common/tables.js';
import { corpusTextToIpc } from '../arrow/toArrow.js';
import { decodeCorpus, splitLines } from '../corpus/decode.js';
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
 * The form's own signature: a line opening with 都道府県名 (the form's first row) and, within the next few lines, the
 * 実施事業 row of check marks. A table whose header merely starts with 都道府県名 has no such row.
 */
export function looksLikeCorpus(text: string): boolean {
  const lines = splitLines(text);
  return lines.some((line, i) => isFormStart(line) && lines.slice(i + 1, i + 8).some((l) => l.includes('実施事業')));
}

/**
 * Reads a .txt file as a corpus when it holds the report form; null when it does not (then it is read as a table,
 * Shift_JIS included). Its rows carry `corpusName` in `corpus`, which must not be the bundled corpus's.
 */
export function readCorpusImport(file: string, corpusName: string, bundledCorpus: string): ImportedCorpus | null {
  let decoded;
  try {
    decoded = decodeCorpus(readFileSync(file), corpusName);
  } catch {
    // Not a UTF-8 corpus (a Shift_JIS tab-separated export, say): the table reader decides.
    return null;
  }
  if (!looksLikeCorpus(decoded.text)) return null;
  if (corpusName === bundledCorpus) throw new ImportError(corpusName, '同梱のコーパスと同じ名前です。別の名前のファイルにしてください (same name as the bundled corpus)');
  const { tables, rows } = corpusTextToIpc(decoded.text, corpusName, decoded.issues);
  return {
    corpus: corpusName,
    entities: rows.entities,
    tables: new Map(tables.map((t) => [t.name, t.ipc])),
    problems: rows.parse_warnings ? [`注記 ${rows.parse_warnings} 件 (parse_warnings)`] : [],
  };
}
