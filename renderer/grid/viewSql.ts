import { quoteText } from '../pivot/sqlText';

/**
 * The SQL behind the grid's sorting, filters and column profile. It runs on the result registered as a table whose
 * columns are named by position (`c0`, `c1`, …: a result may name a column twice) and whose `rowid` is the row's place
 * in the result, so an ordering comes back as row indices into the Arrow table the grid already holds.
 */

export type ColumnFilter =
  | { kind: 'contains'; text: string }
  | { kind: 'range'; min: number | null; max: number | null }
  /** Values as DuckDB prints them (`value::VARCHAR`); null stands for NULL. */
  | { kind: 'values'; values: (string | null)[] };

export interface ColumnSort {
  column: number;
  direction: 'asc' | 'desc';
}

export type ColumnFilters = ReadonlyMap<number, ColumnFilter>;

export const positionalName = (column: number) => `c${column}`;

function filterCondition(column: number, filter: ColumnFilter): string | null {
  const c = positionalName(column);
  if (filter.kind === 'contains') return filter.text ? `contains(lower(CAST(${c} AS VARCHAR)), lower(${quoteText(filter.text)}))` : null;
  if (filter.kind === 'range') {
    const parts = [filter.min !== null && Number.isFinite(filter.min) ? `${c} >= ${filter.min}` : null, filter.max !== null && Number.isFinite(filter.max) ? `${c} <= ${filter.max}` : null].filter(Boolean);
    return parts.length ? parts.join(' AND ') : null;
  }
  const texts = filter.values.filter((v): v is string => v !== null);
  const parts = [texts.length ? `CAST(${c} AS VARCHAR) IN (${texts.map(quoteText).join(', ')})` : null, filter.values.includes(null) ? `${c} IS NULL` : null].filter(Boolean);
  return parts.length ? `(${parts.join(' OR ')})` : 'FALSE';
}

/** Whether a filter narrows anything (an empty "contains" or an open range does not). */
export function isActiveFilter(column: number, filter: ColumnFilter): boolean {
  return filterCondition(column, filter) !== null;
}

/** `WHERE …` for every filter (but the one on `except`, so a column's own value list can add values back), or ''. */
export function whereSql(filters: ColumnFilters, except?: number): string {
  const conditions = [...filters]
    .filter(([column]) => column !== except)
    .map(([column, filter]) => filterCondition(column, filter))
    .filter((c): c is string => c !== null);
  return conditions.length ? `WHERE ${conditions.join('\n  AND ')}` : '';
}

function orderBySql(sort: readonly ColumnSort[]): string {
  // rowid last: ties keep the order the query gave them.
  return `ORDER BY ${[...sort.map((s) => `${positionalName(s.column)} ${s.direction === 'desc' ? 'DESC' : 'ASC'}`), 'rowid'].join(', ')}`;
}

/** The result's row indices in the grid's order, filters applied. */
export function viewOrderSql(relation: string, sort: readonly ColumnSort[], filters: ColumnFilters): string {
  return `SELECT rowid::INTEGER AS row_index FROM ${relation}\n${whereSql(filters)}\n${orderBySql(sort)}`;
}

/** The rows themselves in the grid's order (for export), filters applied. */
export function viewRowsSql(relation: string, sort: readonly ColumnSort[], filters: ColumnFilters): string {
  return `SELECT * FROM ${relation}\n${whereSql(filters)}\n${orderBySql(sort)}`;
}

/** One row: how many rows the other filters leave, how many are NULL here, distinct values, min and max. */
export function profileSql(relation: string, column: number, filters: ColumnFilters): string {
  const c = positionalName(column);
  return `SELECT count(*)::DOUBLE AS row_count, (count(*) - count(${c}))::DOUBLE AS null_count, count(DISTINCT ${c})::DOUBLE AS distinct_count, min(${c}) AS min_value, max(${c}) AS max_value
FROM ${relation}
${whereSql(filters, column)}`;
}

/** The most frequent values (as DuckDB prints them, NULL as null) with their counts: the value list. */
export function topValuesSql(relation: string, column: number, filters: ColumnFilters, limit = 20): string {
  const c = positionalName(column);
  return `SELECT CAST(${c} AS VARCHAR) AS value_text, count(*)::DOUBLE AS n
FROM ${relation}
${whereSql(filters, column)}
GROUP BY 1
ORDER BY n DESC, any_value(${c}) NULLS LAST
LIMIT ${limit}`;
}

/** A numeric column in `bins` equal-width bins between its min and max: bin number, its lower edge and its count. */
export function histogramSql(relation: string, column: number, filters: ColumnFilters, bins = 12): string {
  const c = positionalName(column);
  const where = whereSql(filters, column);
  const notNull = where ? `${where}\n  AND ${c} IS NOT NULL` : `WHERE ${c} IS NOT NULL`;
  return `WITH filtered AS (SELECT ${c}::DOUBLE AS x FROM ${relation}\n${notNull}),
bounds AS (SELECT min(x) AS lo, max(x) AS hi FROM filtered)
SELECT coalesce(least(floor((x - lo) / nullif((hi - lo) / ${bins}, 0)), ${bins - 1}), 0)::INTEGER AS bin, any_value(lo) AS lo, any_value(hi) AS hi, count(*)::DOUBLE AS n
FROM filtered, bounds
GROUP BY 1
ORDER BY 1`;
}
