/** What a pivot is, independent of React and of SQL: the builder edits a PivotSpec, the generator turns it into SQL. */
import { fieldLabel } from './fieldLabels';
import type { Locale } from '../i18n/messages';

export type PivotSource = { kind: 'table'; table: string } | { kind: 'query'; sql: string };

export type Aggregation = 'count' | 'count_distinct' | 'sum' | 'avg' | 'median' | 'min' | 'max' | 'ratio';

export const AGGREGATIONS: readonly Aggregation[] = ['count', 'count_distinct', 'sum', 'avg', 'median', 'min', 'max', 'ratio'];

export const AGGREGATION_LABELS: Record<Locale, Record<Aggregation, string>> = {
  ja: { count: '件数', count_distinct: '異なり数', sum: '合計', avg: '平均', median: '中央値', min: '最小', max: '最大', ratio: '比率 (Σ÷Σ)' },
  en: { count: 'Count', count_distinct: 'Distinct count', sum: 'Sum', avg: 'Average', median: 'Median', min: 'Minimum', max: 'Maximum', ratio: 'Ratio (Σ÷Σ)' },
};

export type NumberStyle = 'number' | 'percent' | 'permille';

/** How a measure's numbers are written. `fromFraction`: 0.267 means 26.7 % (true) or the value is already 26.7 (false). */
export interface NumberFormat {
  style: NumberStyle;
  decimals: number;
  thousands: boolean;
  fromFraction: boolean;
  /** Unit written after the number, e.g. 人 or 件. */
  suffix?: string;
}

export interface Measure {
  /** Column aggregated; null only for count (rows). For ratio, the numerator. */
  field: string | null;
  agg: Aggregation;
  /** Denominator column of a ratio of sums (Σfield ÷ Σdenominator). */
  denominator?: string;
  format: NumberFormat;
  /** Header text; a default is made from field and aggregation. */
  label?: string;
}

export type FilterValue = string | number | boolean | null;

export interface PivotFilter {
  field: string;
  op: 'in' | 'not_in';
  values: FilterValue[];
}

export interface AxisTotals {
  /** Subtotals for every level but the last (needs two or more fields on the axis). */
  subtotals: boolean;
  grand: boolean;
}

export interface PivotSort {
  by: 'label' | 'value';
  direction: 'asc' | 'desc';
  /** Which measure orders the rows when sorting by value. */
  measure: number;
}

export interface PivotSpec {
  source: PivotSource;
  rows: string[];
  columns: string[];
  values: Measure[];
  filters: PivotFilter[];
  totals: { rows: AxisTotals; columns: AxisTotals };
  sort: PivotSort;
}

/** Column types as DuckDB reports them (DESCRIBE), reduced to what labelling and literals need. */
export type FieldKind = 'text' | 'integer' | 'number' | 'boolean' | 'other';
export type PivotSchema = Record<string, FieldKind>;

export function fieldKindOf(duckdbType: string): FieldKind {
  const t = duckdbType.toUpperCase();
  if (t === 'BOOLEAN') return 'boolean';
  if (t === 'VARCHAR' || t.startsWith('VARCHAR')) return 'text';
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT)$/.test(t)) return 'integer';
  if (/^(FLOAT|DOUBLE|REAL|DECIMAL)/.test(t)) return 'number';
  return 'other';
}

export const NULL_LABEL = '未記入';
export const GRAND_TOTAL_LABEL = '総計';
export const SUBTOTAL_LABEL = '計';
export const TRUE_LABEL = 'はい';
export const FALSE_LABEL = 'いいえ';

export const PLAIN_COUNT: NumberFormat = { style: 'number', decimals: 0, thousands: true, fromFraction: false };

export function emptySpec(source: PivotSource): PivotSpec {
  return {
    source,
    rows: [],
    columns: [],
    values: [{ field: null, agg: 'count', format: PLAIN_COUNT }],
    filters: [],
    totals: { rows: { subtotals: true, grand: true }, columns: { subtotals: true, grand: true } },
    sort: { by: 'label', direction: 'asc', measure: 0 },
  };
}

/**
 * The header a measure shows when the user has not named it, in Japanese in every UI language: it is the name of the
 * result's column (SQL, notebooks and exports read it), which must not change with the reader's language.
 */
export function measureLabel(m: Measure): string {
  if (m.label && m.label.trim()) return m.label.trim();
  const f = m.field ? fieldLabel(m.field, 'ja') : '';
  if (m.agg === 'ratio') return `Σ${f}÷Σ${fieldLabel(m.denominator ?? '', 'ja')}`;
  switch (m.agg) {
    case 'count': return f ? `${f}の件数` : '件数';
    case 'count_distinct': return `${f}の異なり数`;
    case 'sum': return `${f}の合計`;
    case 'avg': return `${f}の平均`;
    case 'median': return `${f}の中央値`;
    case 'min': return `${f}の最小`;
    case 'max': return `${f}の最大`;
  }
}

/** A spec the generator can run, or the reason it cannot (shown to the user as is). */
export function specProblem(spec: PivotSpec): string | null {
  if (spec.values.length === 0) return '「値」に少なくとも1つの集計を追加してください。';
  for (const m of spec.values) {
    if (m.agg !== 'count' && !m.field) return `${AGGREGATION_LABELS.ja[m.agg]}には集計する項目が必要です。`;
    if (m.agg === 'ratio' && !m.denominator) return '比率には分母の項目が必要です (Σ分子 ÷ Σ分母)。';
  }
  const seen = new Set<string>();
  for (const f of [...spec.rows, ...spec.columns]) {
    if (seen.has(f)) return `「${f}」が行と列に重複しています。`;
    seen.add(f);
  }
  if (spec.source.kind === 'query' && !spec.source.sql.trim()) return 'SQLを入力してください。';
  return null;
}
