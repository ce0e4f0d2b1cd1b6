/** One imported column: its name as written and its values, typed. */
export type ImportedColumn = { name: string; kind: 'double'; values: (number | null)[] } | { name: string; kind: 'text'; values: (string | null)[] };

/** How statistics tables mark a figure that is not given (e-Stat: -, x, …, ***): read as NULL in a number column. */
const NOT_GIVEN = /^(-|－|ー|x|X|…|\.\.\.|\*+|―)$/;

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
export function typeColumn(name: string, raw: readonly (string | number | null)[], problems: string[] = []): ImportedColumn {
  const present = raw.filter((v) => v !== null && v !== '');
  const markers = present.filter((v) => typeof v === 'string' && NOT_GIVEN.test(v.trim()));
  const figures = present.filter((v) => !markers.includes(v));
  const numeric = figures.length > 0 && figures.every((v) => typeof v === 'number' || asNumber(v as string) !== null);
  if (numeric) {
    if (markers.length) problems.push(`列「${name}」: 数値の列の ${markers.length} 個の記号 (${[...new Set(markers)].join(' ')}) は値なし (NULL) として読みました`);
    const value = (v: string | number | null) => (v === null || v === '' ? null : typeof v === 'number' ? v : asNumber(v));
    return { name, kind: 'double', values: raw.map(value) };
  }
  const firstText = present.find((v) => typeof v === 'string' && asNumber(v) === null && !NOT_GIVEN.test(v.trim()));
  if (figures.length > 1 && firstText !== undefined && figures.filter((v) => typeof v === 'number' || asNumber(v as string) !== null).length >= figures.length / 2) {
    problems.push(`列「${name}」: 「${String(firstText).slice(0, 20)}」などがあるため文字の列として読みました`);
  }
  return { name, kind: 'text', values: raw.map((v) => (v === null || v === '' ? null : String(v))) };
}

/**
 * Header names as written, made unique and never empty (列1, 列2 … for blanks), so SQL can name every column. Unique
 * without regard to case, as DuckDB compares identifiers: `a, a, a_2` become `a, a_3, a_2`.
 */
export function columnNames(header: readonly string[]): string[] {
  const bases = header.map((h, i) => h.trim() || `列${i + 1}`);
  const taken = new Set(bases.map((b) => b.toLowerCase()));
  const used = new Set<string>();
  return bases.map((base) => {
    if (!used.has(base.toLowerCase())) {
      used.add(base.toLowerCase());
      return base;
    }
    let n = 2;
    while (taken.has(`${base}_${n}`.toLowerCase()) || used.has(`${base}_${n}`.toLowerCase())) n++;
    const name = `${base}_${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}
