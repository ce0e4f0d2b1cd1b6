import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusToArrowFiles } from '../arrow/corpusFiles.js';
import { TABLE_COLUMNS } from '../arrow/schema.js';
import { CorpusReadError } from '../corpus/decode.js';
import { DEFAULT_CORPUS_PATH } from '../corpus/defaultCorpus.js';
import { loadCorpusFile } from '../corpus/loadCorpus.js';
import { TABLE_NAMES, type ParsedCorpus } from '../corpus/types.js';
import { applyCurations, CurationFileError } from '../outcomes/curations.js';
import { one, parseArgs, UsageError } from './args.js';
import { loadCurationFile } from './curationFile.js';
import { rowsToCsv, rowsToJsonl } from './formats.js';

const USAGE = 'usage: npm run parse -- [<corpus.txt>] --out <dir> [--format arrow|csv|jsonl] [--curations <file.json>] [--table <name>=<file> …]';

/** `npm run parse`: every table of a corpus written to files, one per table. */
export function runParse(argv: string[]): number {
  try {
    // --table is written afterwards by writeImportedTables (parseTables.ts).
    const args = parseArgs(argv, ['out', 'format', 'curations', 'table']);
    const format = one(args, 'format', ['arrow', 'csv', 'jsonl'], 'arrow');
    const out = args.options.get('out')?.at(-1);
    if (!out) throw new UsageError(`--out が必要です (missing --out)\n${USAGE}`);
    const file = args.positionals[0] ?? DEFAULT_CORPUS_PATH;
    const curations = args.options.get('curations')?.at(-1);
    const curate = curations ? (parsed: ParsedCorpus) => applyCurations(parsed, loadCurationFile(curations)) : undefined;
    if (format === 'arrow') {
      const rows = corpusToArrowFiles(file, out, curate);
      for (const name of TABLE_NAMES) process.stderr.write(`${name}: ${rows[name]} 行 → ${path.join(out, `${name}.arrow`)}\n`);
      process.stderr.write(`警告 (parse_warnings): ${rows.parse_warnings} 件\n`);
      return 0;
    }
    const parsed = curate ? curate(loadCorpusFile(file)) : loadCorpusFile(file);
    mkdirSync(out, { recursive: true });
    for (const name of TABLE_NAMES) {
      const target = path.join(out, `${name}.${format}`);
      const rows = parsed[name] as unknown as Record<string, unknown>[];
      writeFileSync(target, format === 'csv' ? rowsToCsv(Object.keys(TABLE_COLUMNS[name]), rows) : rowsToJsonl(rows));
      process.stderr.write(`${name}: ${parsed[name].length} 行 → ${target}\n`);
    }
    process.stderr.write(`警告 (parse_warnings): ${parsed.parse_warnings.length} 件\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof CorpusReadError || e instanceof CurationFileError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

