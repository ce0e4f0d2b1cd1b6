import { DataType } from 'apache-arrow';
import { formatNumber } from '../i18n/messages';

/** How a plain value (from arrowAdapters) reads in a cell: Japanese digit grouping, NULL spelled out. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Cell text knowing the column's Arrow type: DATE as 2019-03-31, TIMESTAMP as 2019-03-31 12:34:56 (UTC). */
export function typedCellText(value: unknown, type: DataType): string {
  if (typeof value === 'string' && (DataType.isDate(type) || DataType.isTimestamp(type))) {
    const m = /^(\d{4,}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(\.\d+)?Z$/.exec(value);
    if (m) return DataType.isDate(type) ? m[1] : `${m[1]} ${m[2]}${m[3] && m[3] !== '.000' ? m[3] : ''}`;
  }
  return cellText(value);
}

/** Column names that point into the corpus, in order of preference. */
const LINE_PAIRS: [string, string][] = [['line_start', 'line_end']];
const SINGLE_LINES = ['line', 'line_no', 'target_line', 'result_line'];

export interface RowLineRef {
  entity_id: string | null;
  line_start: number;
  line_end: number;
}

/** The corpus lines a result row carries, if any: a line_start/line_end pair, or any single-line column. */
export function lineRefOf(row: Record<string, unknown>): RowLineRef | null {
  const entity = typeof row.entity_id === 'string' ? row.entity_id : null;
  for (const [a, b] of LINE_PAIRS) {
    const start = row[a];
    if (typeof start === 'number' && Number.isFinite(start)) {
      const end = typeof row[b] === 'number' ? (row[b] as number) : start;
      return { entity_id: entity, line_start: start, line_end: Math.max(start, end) };
    }
  }
  const singles = SINGLE_LINES.map((c) => row[c]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (singles.length) return { entity_id: entity, line_start: Math.min(...singles), line_end: Math.max(...singles) };
  return null;
}

/** Whether any column of a result can point into the corpus. */
export function hasLineColumns(columns: readonly string[]): boolean {
  return columns.some((c) => c === 'line_start' || SINGLE_LINES.includes(c));
}
