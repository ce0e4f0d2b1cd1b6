import { tableToRows } from '../../common/arrowAdapters';
import { passagesFromFields, type FieldPassageRow } from '../../common/search/passages';
import { buildSearchIndex, type SearchIndex } from '../../common/search/searchIndex';
import type { WorkbenchEngine } from '../engine/types';

/**
 * The search index, built in the page from the tables the engine already holds: every corpus loaded (imported
 * years included) is searchable with no index file to ship or keep in step, and the bundled corpus (2,977
 * passages, 168 k characters) indexes in tens of milliseconds.
 */
export interface CorpusSearch {
  index: SearchIndex;
  /** A line's text as written, for placing a hit on its line. */
  lineText(corpus: string, lineNo: number): string | undefined;
  /** Time to read the passages from the engine and to index them, in ms. */
  readMs: number;
  indexMs: number;
}

const PASSAGES_SQL = `SELECT f.corpus, f.entity_id, e.prefecture, f.program, f.section, f.label, f.value, f.line_start, f.line_end
FROM fields f LEFT JOIN entities e ON e.corpus = f.corpus AND e.entity_id = f.entity_id
WHERE f.value <> '' ORDER BY f.corpus, f.line_start`;

/** Only the lines inside cells that span several lines are needed to place a hit (a range join, not a subquery per line). */
const LINES_SQL = `SELECT DISTINCT l.corpus, l.line_no, l.text FROM lines l
JOIN fields f ON f.corpus = l.corpus AND l.line_no BETWEEN f.line_start AND f.line_end
WHERE f.line_end > f.line_start`;

export async function buildCorpusSearch(engine: WorkbenchEngine): Promise<CorpusSearch> {
  const started = performance.now();
  const rows = tableToRows(await engine.query(PASSAGES_SQL)) as unknown as FieldPassageRow[];
  const lineRows = tableToRows(await engine.query(LINES_SQL)) as unknown as { corpus: string; line_no: number; text: string }[];
  const readMs = performance.now() - started;
  const indexed = performance.now();
  const index = buildSearchIndex(passagesFromFields(rows));
  const lines = new Map(lineRows.map((l) => [`${l.corpus}:${l.line_no}`, l.text]));
  return { index, lineText: (corpus, n) => lines.get(`${corpus}:${n}`), readMs, indexMs: performance.now() - indexed };
}

const built = new WeakMap<WorkbenchEngine, { key: string; search: Promise<CorpusSearch> }>();

/**
 * One index per engine, built on first need and again when the number of fields rows changes (an import). A count
 * of 0 means "not counted yet" (the shell counts rows after start): it reuses whatever index there is.
 */
export function corpusSearchFor(engine: WorkbenchEngine, fieldRows: number): Promise<CorpusSearch> {
  const key = String(fieldRows);
  const known = built.get(engine);
  if (known && (known.key === key || fieldRows === 0 || known.key === '0')) {
    if (fieldRows) known.key = key;
    return known.search;
  }
  const search = buildCorpusSearch(engine);
  built.set(engine, { key, search });
  search.catch(() => built.delete(engine));
  return search;
}
