import type { Table } from 'apache-arrow';
import { tableToRows } from '../../common/arrowAdapters.js';
import { csvField } from '../../common/csv.js';

/** RFC 4180 CSV for pipes and files: no BOM, LF line ends (the app's own export adds both for Excel). */
export function rowsToCsv(columns: string[], rows: Record<string, unknown>[]): string {
  return [columns.map(csvField).join(','), ...rows.map((r) => columns.map((c) => csvField(r[c])).join(','))].join('\n') + '\n';
}

export function rowsToJsonl(rows: Record<string, unknown>[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
}

/** A plain text table for the terminal, columns padded by display width (Japanese characters count double). */
export function tableToText(table: Table): string {
  const columns = table.schema.fields.map((f) => f.name);
  const rows = tableToRows(table).map((r) => columns.map((c) => (r[c] === null ? 'NULL' : String(r[c]))));
  const widths = columns.map((c, k) => Math.min(60, Math.max(width(c), ...rows.map((r) => width(r[k])))));
  const line = (cells: string[]) => cells.map((c, k) => pad(c, widths[k])).join(' | ');
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [line(columns), rule, ...rows.map(line), `(${rows.length} 行)`].join('\n') + '\n';
}

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number): string {
  let out = '';
  let used = 0;
  for (const ch of s) {
    const cw = width(ch);
    if (used + cw > w) break;
    out += ch;
    used += cw;
  }
  return out + ' '.repeat(Math.max(0, w - used));
}
