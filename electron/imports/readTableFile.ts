import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Float64, Int32, Table, tableToIPC, Utf8, vectorFromArray } from 'apache-arrow';
import { columnNames, typeColumn, type ImportedColumn } from './columnTypes.js';
import { decodeText } from './decodeText.js';
import { ImportError } from './importError.js';
import { parseCsv } from './parseCsv.js';
import { readXlsxRows } from './readXlsx.js';
import { ipcToTable, parquetToIpc } from './parquet.js';

export interface ImportedTable {
  /** What the import read, for the analyst: rows, columns and their types, and what it could not read. */
  file: string;
  rows: number;
  columns: { name: string; kind: ImportedColumn['kind'] }[];
  problems: string[];
  /** Arrow IPC stream bytes, ready for the engine. */
  ipc: Uint8Array;
}

/** `book.xlsx#シート1` → the file and the sheet; a plain path has no sheet. */
export function splitSheet(spec: string): { file: string; sheet: string | null } {
  const hash = spec.lastIndexOf('#');
  if (hash > 0 && /\.xlsx$/i.test(spec.slice(0, hash))) return { file: spec.slice(0, hash), sheet: spec.slice(hash + 1) };
  return { file: spec, sheet: null };
}

function readBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ImportError(file, code === 'ENOENT' ? 'ファイルが見つかりません (file not found)' : `読み込めません (${code ?? String(e)})`);
  }
}

/** Header row + data rows → typed columns; short rows are padded with NULL, long rows reported. */
function fromRows(file: string, rows: (string | number | null)[][], problems: string[]): ImportedColumn[] {
  if (rows.length === 0) throw new ImportError(file, '見出し行がありません (no header row)');
  const names = columnNames(rows[0].map((h) => (h === null ? '' : String(h))));
  const body = rows.slice(1);
  body.forEach((r, i) => {
    if (r.length > names.length && r.slice(names.length).some((v) => v !== null && v !== '')) {
      problems.push(`${path.basename(file)}:${i + 2}: 見出しより多い ${r.length - names.length} 個の値を読みませんでした (extra values ignored)`);
    }
  });
  return names.map((name, c) => typeColumn(name, body.map((r) => r[c] ?? null), problems));
}

/** Whole numbers that fit 32 bits become INTEGER, so sums show as 1,801 and not 1,801.0; other numbers DOUBLE. */
function numberVector(values: (number | null)[]) {
  const whole = values.every((v) => v === null || (Number.isInteger(v) && Math.abs(v) <= 2 ** 31 - 1));
  return whole ? vectorFromArray(values, new Int32()) : vectorFromArray(values, new Float64());
}

function toTable(columns: ImportedColumn[]): Table {
  return new Table(Object.fromEntries(columns.map((c) => [c.name, c.kind === 'double' ? numberVector(c.values) : vectorFromArray(c.values, new Utf8())])));
}

/**
 * Reads a CSV (UTF-8 or Shift_JIS), a TSV, an XLSX sheet or a Parquet file into typed columns and Arrow bytes. Japanese headers stay
 * the column names; `1,234` is a number, `011002` stays a code.
 */
export async function readTableFile(spec: string): Promise<ImportedTable> {
  const { file, sheet } = splitSheet(spec);
  const problems: string[] = [];
  let columns: ImportedColumn[];
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') {
    const { text } = decodeText(readBytes(file), file);
    columns = fromRows(file, parseCsv(text, file, ext === '.tsv' ? '\t' : undefined), problems);
  } else if (ext === '.parquet') {
    let ipc: Uint8Array;
    try {
      ipc = parquetToIpc(readBytes(file));
    } catch (e) {
      if (e instanceof ImportError) throw e;
      throw new ImportError(file, `Parquet として読めません (${e instanceof Error ? e.message : String(e)})`);
    }
    const table = ipcToTable(ipc);
    const columns = table.schema.fields.map((f) => ({ name: f.name, kind: (/Int|Float|Decimal/.test(String(f.type)) ? 'double' : 'text') as ImportedColumn['kind'] }));
    return { file, rows: table.numRows, columns, problems, ipc };
  } else if (ext === '.xlsx') {
    readBytes(file);
    columns = fromRows(file, await readXlsxRows(file, sheet), problems);
  } else {
    throw new ImportError(file, `読める形式は CSV・TSV・XLSX・Parquet です (unsupported file type ${ext || '(none)'})`);
  }
  const rows = columns[0]?.values.length ?? 0;
  return { file, rows, columns: columns.map((c) => ({ name: c.name, kind: c.kind })), problems, ipc: tableToIPC(toTable(columns), 'stream') };
}
