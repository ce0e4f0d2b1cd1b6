/** One imported column: its name as written and its values, typed. */
export type ImportedColumn = { name: string; kind: 'double'; values: (number | null)[] } | { name: string; kind: 'text'; values: (string | null)[] };

/** 1,234 and -5.5 are numbers; 011002 is a code (its leading zero is meaning, not padding) and stays text. */
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const LEADING_ZERO = /^[+-]?0\d/;

function asNumber(text: string): number | null {
  const t = text.trim();
  if (!NUMBER.test(t) || LEADING_ZERO.test(t)) return null;
  return Number(t.replace(/,/g, ''));
}

/**
 * Types a column from its values: a number column when every non-empty value reads as a number (cells that already
 * hold numbers, as XLSX gives them, count as numbers), else text exactly as written. Empty cells are NULL.
 */
export function typeColumn(name: string, raw: readonly (string | number | null)[]): ImportedColumn {
  const present = raw.filter((v) => v !== null && v !== '');
  const numeric = present.length > 0 && present.every((v) => typeof v === 'number' || asNumber(v as string) !== null);
  if (numeric) {
    return { name, kind: 'double', values: raw.map((v) => (v === null || v === '' ? null : typeof v === 'number' ? v : asNumber(v))) };
  }
  return { name, kind: 'text', values: raw.map((v) => (v === null || v === '' ? null : String(v))) };
}

/** Header names as written, made unique and never empty (列1, 列2 … for blanks), so SQL can name every column. */
export function columnNames(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((h, i) => {
    const base = h.trim() || `列${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  });
}
