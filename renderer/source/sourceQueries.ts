import type { SourceRef } from '../app/workbenchContext';

/** Lines shown around the cited range, so the reader sees the context of a cell. */
export const CONTEXT_LINES = 3;

export function sqlText(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function sourceLinesSql(ref: SourceRef): string {
  const from = Math.max(1, Math.floor(ref.line_start) - CONTEXT_LINES);
  const to = Math.floor(ref.line_end) + CONTEXT_LINES;
  return `SELECT line_no, entity_id, text, used_by FROM lines WHERE line_no BETWEEN ${from} AND ${to} ORDER BY line_no`;
}

/** The parser's notes about the record, or about the cited lines when the record is unknown. */
export function sourceWarningsSql(ref: SourceRef, entityId: string | null): string {
  const byLine = `line_no BETWEEN ${Math.floor(ref.line_start)} AND ${Math.floor(ref.line_end)}`;
  const where = entityId ? `(entity_id = ${sqlText(entityId)} OR ${byLine})` : byLine;
  return `SELECT line_no, code, message FROM parse_warnings WHERE ${where} ORDER BY line_no NULLS FIRST`;
}

/** Where a record sits in the corpus, for result rows that name a record but carry no line numbers. */
export function recordLinesSql(entityId: string): string {
  return `SELECT entity_id, line_start, line_end FROM entities WHERE entity_id = ${sqlText(entityId)} ORDER BY corpus LIMIT 1`;
}
