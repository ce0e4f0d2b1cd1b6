import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { tableToRows } from '../../common/arrowAdapters.js';
import { ImportError } from '../imports/importError.js';
import { readTableFile } from '../imports/readTableFile.js';
import { importSummary } from '../imports/summary.js';
import { parseTableOption } from '../imports/tableOption.js';
import { parseArgs } from './args.js';
import { rowsToCsv, rowsToJsonl } from './formats.js';

/**
 * `npm run parse -- … --table <name>=<file>`: the analyst's own tables written beside the corpus tables, in the same
 * format, so one folder holds everything a later join needs. Runs after the corpus tables are written.
 */
export async function writeImportedTables(argv: string[], err: (s: string) => void): Promise<number> {
  const args = parseArgs(argv, ['out', 'format', 'curations', 'table']);
  const out = args.options.get('out')?.at(-1);
  const format = args.options.get('format')?.at(-1) ?? 'arrow';
  if (!out) return 0;
  try {
    for (const option of args.options.get('table') ?? []) {
      const { name, spec } = parseTableOption(option);
      const imported = await readTableFile(spec);
      const table = tableFromIPC(imported.ipc);
      const target = path.join(out, `${name}.${format}`);
      if (format === 'arrow') writeFileSync(target, tableToIPC(table, 'file'));
      else {
        const rows = tableToRows(table);
        writeFileSync(target, format === 'csv' ? rowsToCsv(imported.columns.map((c) => c.name), rows) : rowsToJsonl(rows));
      }
      err(`${importSummary(name, imported)} → ${target}\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof ImportError) {
      err(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
