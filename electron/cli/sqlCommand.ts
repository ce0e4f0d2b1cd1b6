import { CorpusReadError } from '../corpus/decode.js';
import { DEFAULT_CORPUS_PATH } from '../corpus/defaultCorpus.js';
import { loadCorpusFile } from '../corpus/loadCorpus.js';
import { applyCurations, corpusHash, CurationFileError } from '../outcomes/curations.js';
import { loadCurationFile } from './curationFile.js';
import { loadCorpora } from '../engine/loadCorpora.js';
import { openNodeDuckDb } from '../engine/nodeDuckdb.js';
import { tableToRows } from '../../common/arrowAdapters.js';
import { readableDuckDbError } from '../../common/duckdbError.js';
import { one, parseArgs, UsageError } from './args.js';
import { rowsToCsv, tableToText } from './formats.js';
import { writeFileSync } from 'node:fs';
import { ImportError } from '../imports/importError.js';
import { ipcToParquet, ipcToTable } from '../imports/parquet.js';
import { readTableFile, type ImportedTable } from '../imports/readTableFile.js';
import { parseTableOption } from '../imports/tableOption.js';
import { importSummary } from '../imports/summary.js';

const USAGE = 'usage: npm run sql -- "<SQL>" [--corpus <file> …] [--table <name>=<file.csv|.tsv|.xlsx[#sheet]> …] [--format table|csv|json|parquet --out <file>] [--curations <file.json>]';

/** `npm run sql`: SQL over the parsed corpora in the same engine the app uses. Errors: DuckDB's message, no stack. */
export async function runSql(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let sql: string;
  let format: string;
  let files: string[];
  let curationPath: string | undefined;
  let tableOptions: { name: string; spec: string }[];
  let outFile: string | undefined;
  try {
    const args = parseArgs(argv, ['corpus', 'format', 'curations', 'table', 'out']);
    outFile = args.options.get('out')?.at(-1);
    tableOptions = (args.options.get('table') ?? []).map(parseTableOption);
    curationPath = args.options.get('curations')?.at(-1);
    format = one(args, 'format', ['table', 'csv', 'json', 'parquet'], 'table');
    if (format === 'parquet' && !outFile) throw new UsageError('--format parquet には --out <file.parquet> が必要です');
    if (args.positionals.length !== 1) throw new UsageError(USAGE);
    sql = args.positionals[0];
    files = args.options.get('corpus') ?? [DEFAULT_CORPUS_PATH];
  } catch (e) {
    err(`${(e as Error).message}\n`);
    return 2;
  }
  let imported: { name: string; table: ImportedTable }[];
  try {
    imported = [];
    for (const t of tableOptions) imported.push({ name: t.name, table: await readTableFile(t.spec) });
  } catch (e) {
    if (e instanceof ImportError) {
      err(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  for (const { name, table } of imported) err(`${importSummary(name, table)}\n`);
  let corpora;
  try {
    corpora = files.map((f) => loadCorpusFile(f));
    if (curationPath) {
      const curations = loadCurationFile(curationPath);
      // Applied to the corpus it was made for (or the only one): another corpus's lines would all read as stale.
      const target = corpora.length === 1 ? 0 : corpora.findIndex((c) => corpusHash(c) === curations.corpus_hash);
      if (target < 0) throw new CurationFileError(`${curationPath}: どの --corpus のためのファイルでもありません (corpus_hash が一致しません)`);
      corpora[target] = applyCurations(corpora[target], curations);
    }
  } catch (e) {
    if (e instanceof CorpusReadError || e instanceof CurationFileError) {
      err(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const db = await openNodeDuckDb();
  try {
    loadCorpora(db, corpora);
    for (const { name, table } of imported) db.insertIpc(name, table.ipc);
    if (format === 'parquet') {
      const ipc = db.queryIpc(sql);
      writeFileSync(outFile!, ipcToParquet(ipc));
      err(`${outFile}: ${ipcToTable(ipc).numRows.toLocaleString('ja-JP')} 行を Parquet で書きました\n`);
      return 0;
    }
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

