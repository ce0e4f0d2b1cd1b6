/** Quoting for generated SQL: every identifier and value the user picks passes through here. */
import type { FilterValue } from './spec';

/** "name" with embedded quotes doubled: safe for Japanese and any other text. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** 'text' with embedded quotes doubled. */
export function quoteText(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A literal for a value read back from DuckDB (group keys, filter choices). */
export function sqlLiteral(value: FilterValue | bigint): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return quoteText(String(value));
    return String(value);
  }
  return quoteText(value);
}

/** `"col" = v`, or `"col" IS NULL` for the NULL group. */
export function equalsPredicate(field: string, value: FilterValue | bigint): string {
  return value === null ? `${quoteIdent(field)} IS NULL` : `${quoteIdent(field)} = ${sqlLiteral(value)}`;
}

/** A user's query as a sub-select: trailing semicolons and comments on the last line would break the wrapper. */
export function stripTrailingSemicolon(sql: string): string {
  return sql.trim().replace(/;+\s*$/, '');
}
