import type { Table } from 'apache-arrow';
import { columnReaders } from '../../common/arrowAdapters';
import { csvField } from '../../common/csv';
import { toShiftJisCsv } from '../../common/shiftJisCsv';

export interface ExportProgress {
  done: number;
  total: number;
}

export interface CsvFile {
  bytes: Uint8Array | string;
  /** Characters Shift_JIS cannot write (each became ?); 0 for UTF-8. */
  lost: number;
}

const ROWS_PER_SLICE = 20_000;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The table as Excel's CSV (the same text as common/csv's toCsv), written a slice of rows at a time from the Arrow
 * columns: between slices the page says how far it is and stays responsive. Columns are read by position, so two
 * columns of the same name both arrive. Shift_JIS is encoded slice by slice, its lost characters counted.
 */
export async function tableCsv(table: Table, encoding: 'utf-8' | 'shift_jis', onProgress: (p: ExportProgress) => void, rowsPerSlice = ROWS_PER_SLICE): Promise<CsvFile> {
  const read = columnReaders(table);
  const header = table.schema.fields.map((f) => csvField(f.name)).join(',') + '\r\n';
  const parts: (string | Uint8Array)[] = [];
  let lost = 0;
  const add = (text: string) => {
    if (encoding === 'utf-8') return void parts.push(text);
    const encoded = toShiftJisCsv(text);
    parts.push(encoded.bytes);
    lost += encoded.lost;
  };
  add(encoding === 'utf-8' ? '\uFEFF' + header : header);
  const total = table.numRows;
  onProgress({ done: 0, total });
  for (let start = 0; start < total; start += rowsPerSlice) {
    const end = Math.min(total, start + rowsPerSlice);
    const lines: string[] = new Array(end - start);
    for (let i = start; i < end; i++) lines[i - start] = read.map((r) => csvField(r(i))).join(',');
    add(lines.join('\r\n') + '\r\n');
    onProgress({ done: end, total });
    await nextTask();
  }
  if (encoding === 'utf-8') return { bytes: (parts as string[]).join(''), lost: 0 };
  const bytes = new Uint8Array((parts as Uint8Array[]).reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts as Uint8Array[]) {
    bytes.set(p, at);
    at += p.length;
  }
  return { bytes, lost };
}
