import { formatNumber } from '../i18n/messages';

/** How a plain value (from arrowAdapters) reads in a cell: Japanese digit grouping, NULL spelled out. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Columns that number something rather than count it (line, line_no, line_start, target_line, …): no digit grouping. */
export function isIdentifierColumn(column: string): boolean {
  return /^(?:[a-z0-9]+_)*line(?:_(?:no|number|start|end))?$/i.test(column);
}

/** Cell text for a column: a line number reads 1707, a quantity 1,707. */
export function columnCellText(column: string): (value: unknown) => string {
  if (!isIdentifierColumn(column)) return cellText;
  return (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : cellText(value));
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
