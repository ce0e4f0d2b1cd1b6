import { CorpusReadError } from '../corpus/decode.js';
import { DEFAULT_CORPUS_PATH } from '../corpus/defaultCorpus.js';
import { loadCorpusFile } from '../corpus/loadCorpus.js';
import { loadCorpora } from '../engine/loadCorpora.js';
import { openNodeDuckDb } from '../engine/nodeDuckdb.js';
import { tableToRows } from '../../common/arrowAdapters.js';
import { readableDuckDbError } from '../../common/duckdbError.js';
import { one, parseArgs, UsageError } from './args.js';
import { rowsToCsv, tableToText } from './formats.js';

const USAGE = 'usage: npm run sql -- "<SQL>" [--corpus <file> …] [--format table|csv|json]';

/** `npm run sql`: SQL over the parsed corpora in the same engine the app uses. Errors: DuckDB's message, no stack. */
export async function runSql(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let sql: string;
  let format: string;
  let files: string[];
  try {
    const args = parseArgs(argv, ['corpus', 'format']);
    format = one(args, 'format', ['table', 'csv', 'json'], 'table');
    if (args.positionals.length !== 1) throw new UsageError(USAGE);
    sql = args.positionals[0];
    files = args.options.get('corpus') ?? [DEFAULT_CORPUS_PATH];
  } catch (e) {
    err(`${(e as Error).message}\n`);
    return 2;
  }
  let corpora;
  try {
    corpora = files.map((f) => loadCorpusFile(f));
  } catch (e) {
    if (e instanceof CorpusReadError) {
      err(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const db = await openNodeDuckDb();
  try {
    loadCorpora(db, corpora);
    const table = db.query(sql);
    const rows = tableToRows(table);
    if (format === 'json') out(`${JSON.stringify(rows)}\n`);
    else if (format === 'csv') out(rowsToCsv(table.schema.fields.map((f) => f.name), rows));
    else out(tableToText(table));
    return 0;
  } catch (e) {
    err(`${e instanceof Error ? readableDuckDbError(e.message, sql) : String(e)}\n`);
    return 1;
  } finally {
    db.close();
  }
}

