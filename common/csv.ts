/** CSV as Excel reads it: UTF-8 with a BOM (so Japanese opens correctly), CRLF, quoted where needed. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** One CSV field, quoted where a comma, quote, line break or edge space needs it (RFC 4180). */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
