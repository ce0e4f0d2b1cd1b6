/**
 * PivotSpec → DuckDB SQL.
 *
 * Column pivoting uses conditional aggregation (`agg(x) FILTER (WHERE col = 'v')`), not DuckDB's PIVOT statement:
 * PIVOT names its output columns by joining values with "_" (ambiguous once values contain "_"), cannot add
 * column subtotals, and a grand-total column built by summing cells would be wrong for median, count distinct and
 * ratios. With FILTER every cell, subtotal and total is computed from the raw rows, and each output column is
 * described by a PivotColumn (its key path) so the grid's multi-level headers never parse column names.
 * The price is one small query first (the distinct column keys), which the SQL shown to the user makes explicit.
 * The filtered aggregates read a small pre-aggregate (`grouped`, see preAggregate.ts), not every source row.
 */
import {
  GRAND_TOTAL_LABEL, NULL_LABEL, SUBTOTAL_LABEL, TRUE_LABEL, FALSE_LABEL, measureLabel,
  type FilterValue, type Measure, type PivotFilter, type PivotSchema, type PivotSpec,
} from './spec';
import { canPreAggregate, planPreAggregate } from './preAggregate';
import { equalsPredicate, quoteIdent, quoteText, sqlLiteral, stripTrailingSemicolon } from './sqlText';

/** Above this many column combinations the pivot is refused: the user should filter or swap axes. */
export const MAX_COLUMN_KEYS = 400;

export type ColumnKind = 'cell' | 'subtotal' | 'total';

/** One output column of the pivot query. */
export interface PivotColumn {
  /** The column name in the SQL result. */
  alias: string;
  /** Header path, outermost first, ending with the measure label (e.g. ['北海道', '多機関協働事業', '件数']). */
  path: string[];
  /** Raw column-key values of this column (a prefix for subtotals, empty for the grand total). */
  keys: FilterValue[];
  measure: number;
  kind: ColumnKind;
}

export interface PivotPlan {
  sql: string;
  rowFields: string[];
  columnFields: string[];
  measures: Measure[];
  measureLabels: string[];
  columns: PivotColumn[];
  /** Row levels present in the result: n = detail rows, 0 = grand total, between = subtotals. */
  shownLevels: number[];
}

/** Prefectures in their official (JIS code) order: officials read tables in this order, not in Unicode order. */
const PREFECTURE_ORDER = [
  '北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県', '埼玉県', '千葉県',
  '東京都', '神奈川県', '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県', '愛知県', '三重県',
  '滋賀県', '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県', '鳥取県', '島根県', '岡山県', '広島県', '山口県', '徳島県',
  '香川県', '愛媛県', '高知県', '福岡県', '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県',
];

/** Fields of the table contract whose labels have a domain order; others sort by value. */
export const KNOWN_ORDERS: Record<string, readonly string[]> = {
  prefecture: PREFECTURE_ORDER,
  program: ['地域力強化推進事業', '多機関協働事業', '都道府県事業'],
  entity_kind: ['municipality', 'prefecture', 'area'],
};

/** ORDER BY terms for a field's labels: its domain order first when it has one, then the value itself. */
function labelOrder(field: string, ref: string, dir: 'ASC' | 'DESC'): string[] {
  const known = KNOWN_ORDERS[field];
  const terms = known ? [`list_position([${known.map(quoteText).join(', ')}], ${ref}) ${dir} NULLS LAST`] : [];
  return [...terms, `${ref} ${dir} NULLS LAST`];
}

/** Name of the output column telling how many row fields a result row is grouped by. */
export const LEVEL_COLUMN = 'pivot_level';

const SORT_VALUE_COLUMN = 'pivot_sort_value';

function sourceSql(spec: PivotSpec): string {
  if (spec.source.kind === 'table') return `SELECT * FROM ${quoteIdent(spec.source.table)}`;
  return `SELECT * FROM (\n${stripTrailingSemicolon(spec.source.sql)}\n)`;
}

function filterPredicate(f: PivotFilter): string | null {
  const nonNull = f.values.filter((v): v is Exclude<FilterValue, null> => v !== null);
  const hasNull = nonNull.length !== f.values.length;
  const col = quoteIdent(f.field);
  const parts: string[] = [];
  if (f.op === 'in') {
    if (nonNull.length) parts.push(`${col} IN (${nonNull.map(sqlLiteral).join(', ')})`);
    if (hasNull) parts.push(`${col} IS NULL`);
    // A filter with nothing chosen yet restricts nothing (the user is still picking).
    if (!parts.length) return null;
    return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
  }
  if (nonNull.length) parts.push(`(${col} NOT IN (${nonNull.map(sqlLiteral).join(', ')}) OR ${col} IS NULL)`);
  if (hasNull) parts.push(`${col} IS NOT NULL`);
  return parts.length ? parts.join(' AND ') : null;
}

/** The `source` CTE: the table or query, with the filters applied. */
function sourceCte(spec: PivotSpec): string {
  const predicates = spec.filters.map(filterPredicate).filter((p): p is string => p !== null);
  const where = predicates.length ? `\n  WHERE ${predicates.join('\n    AND ')}` : '';
  return `source AS (\n  ${sourceSql(spec).replaceAll('\n', '\n  ')}${where}\n)`;
}

/** The distinct column-key combinations, ordered as the headers will be. Run before pivotSql. */
export function columnKeysSql(spec: PivotSpec): string | null {
  if (spec.columns.length === 0) return null;
  const cols = spec.columns.map(quoteIdent);
  const order = spec.columns.flatMap((f) => labelOrder(f, quoteIdent(f), 'ASC'));
  return `WITH ${sourceCte(spec)}\nSELECT DISTINCT ${cols.join(', ')}\nFROM source\nORDER BY ${order.join(', ')}\nLIMIT ${MAX_COLUMN_KEYS + 1}`;
}

/** The distinct values of a unit column under the spec's filters: what a ratio of sums would add together. */
export function distinctUnitsSql(spec: PivotSpec, column: string): string {
  const col = quoteIdent(column);
  return `WITH ${sourceCte(spec)}\nSELECT DISTINCT ${col} AS unit\nFROM source\nWHERE ${col} IS NOT NULL\nORDER BY 1\nLIMIT 50`;
}

/** DuckDB's column types of the source, for labels and literals. */
export function describeSql(spec: PivotSpec): string {
  return `DESCRIBE ${sourceSql(spec)}`;
}

/** One aggregate expression, optionally restricted to the rows of one column key. */
export function aggregateSql(m: Measure, condition: string | null): string {
  const filter = condition ? ` FILTER (WHERE ${condition})` : '';
  const col = m.field ? quoteIdent(m.field) : '*';
  switch (m.agg) {
    case 'count': return `count(${col})${filter}`;
    case 'count_distinct': return `count(DISTINCT ${col})${filter}`;
    // sum of integers is HUGEINT, which reaches JS as a decimal; DOUBLE keeps one number type in the grid.
    case 'sum': return `CAST(sum(${col})${filter} AS DOUBLE)`;
    case 'avg': return `avg(${col})${filter}`;
    case 'median': return `median(${col})${filter}`;
    case 'min': return `min(${col})${filter}`;
    case 'max': return `max(${col})${filter}`;
    case 'ratio': {
      const den = quoteIdent(m.denominator ?? '');
      return `sum(${col})${filter} / nullif(sum(${den})${filter}, 0)`;
    }
  }
}

/** Text label for a raw key value, the same rule for row labels (in SQL) and column headers (in JS). */
export function keyLabel(value: FilterValue): string {
  if (value === null) return NULL_LABEL;
  if (typeof value === 'boolean') return value ? TRUE_LABEL : FALSE_LABEL;
  return String(value);
}

function labelExpr(field: string, schema: PivotSchema, ref: string): string {
  if (schema[field] === 'boolean') return `CASE WHEN ${ref} THEN ${quoteText(TRUE_LABEL)} ELSE ${quoteText(FALSE_LABEL)} END`;
  if (schema[field] === 'text') return `coalesce(${ref}, ${quoteText(NULL_LABEL)})`;
  return `coalesce(CAST(${ref} AS VARCHAR), ${quoteText(NULL_LABEL)})`;
}

function uniqueName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let i = 2; taken.has(name); i++) name = `${wanted} (${i})`;
  taken.add(name);
  return name;
}

/** Output columns in header order: each key combination, its subtotals after it, the grand total last. */
export function planColumns(spec: PivotSpec, columnKeys: FilterValue[][], taken: Set<string>): PivotColumn[] {
  const labels = spec.values.map(measureLabel);
  const out: PivotColumn[] = [];
  const add = (path: string[], keys: FilterValue[], kind: PivotColumn['kind']) => {
    spec.values.forEach((_, measure) => {
      const fullPath = [...path, labels[measure]];
      out.push({ alias: uniqueName(fullPath.join(' / '), taken), path: fullPath, keys, measure, kind });
    });
  };
  if (spec.columns.length === 0) {
    add([], [], 'total');
    return out;
  }
  const depth = spec.columns.length;
  const sameKeys = (a: FilterValue[], b: FilterValue[], n: number) => a.slice(0, n).every((v, i) => v === b[i]);
  columnKeys.forEach((keys, i) => {
    add(keys.map(keyLabel), keys, 'cell');
    if (!spec.totals.columns.subtotals) return;
    const next = columnKeys[i + 1];
    // Close every level whose prefix ends here, innermost first.
    for (let level = depth - 1; level >= 1; level--) {
      if (next && sameKeys(keys, next, level)) break;
      const prefix = keys.slice(0, level);
      add([...prefix.map(keyLabel), SUBTOTAL_LABEL], prefix, 'subtotal');
    }
  });
  if (spec.totals.columns.grand) add([GRAND_TOTAL_LABEL], [], 'total');
  return out;
}

function columnCondition(spec: PivotSpec, keys: FilterValue[]): string | null {
  if (keys.length === 0) return null;
  return keys.map((v, i) => equalsPredicate(spec.columns[i], v)).join(' AND ');
}

function rowLevels(spec: PivotSpec): { shown: number[]; computed: number[] } {
  const n = spec.rows.length;
  if (n === 0) return { shown: [0], computed: [0] };
  const shown = new Set<number>([n]);
  if (spec.totals.rows.subtotals) for (let k = 1; k < n; k++) shown.add(k);
  if (spec.totals.rows.grand) shown.add(0);
  const computed = new Set(shown);
  // Sorting by value orders each level by its parent's own value, so those levels are computed even if hidden.
  if (spec.sort.by === 'value') for (let k = 1; k < n; k++) computed.add(k);
  const desc = (s: Set<number>) => [...s].sort((a, b) => b - a);
  return { shown: desc(shown), computed: desc(computed) };
}

function groupingClause(spec: PivotSpec, levels: number[]): string {
  const n = spec.rows.length;
  if (n === 0) return '';
  const rows = spec.rows.map(quoteIdent);
  if (levels.length === 1) return `\n  GROUP BY ${rows.join(', ')}`;
  const full = levels.length === n + 1;
  if (full) return `\n  GROUP BY ROLLUP (${rows.join(', ')})`;
  const sets = levels.map((k) => `(${rows.slice(0, k).join(', ')})`);
  return `\n  GROUP BY GROUPING SETS (${sets.join(', ')})`;
}

/**
 * How the cells are computed: from the `grouped` pre-aggregate when every measure combines from partials, else
 * ('direct') one filtered aggregate per cell over the source rows. The benchmark times both shapes.
 */
export type PivotShape = 'grouped' | 'direct';

/**
 * The pivot query. `columnKeys` are the rows of columnKeysSql (raw values, in order); `schema` types the fields.
 * Result: one row per shown row level, row-field labels (未記入 for NULL, 総計/計 on totals), pivot_level, then
 * one column per PivotColumn.
 */
export function pivotSql(spec: PivotSpec, schema: PivotSchema, columnKeys: FilterValue[][], shape: PivotShape = 'grouped'): PivotPlan {
  if (columnKeys.length > MAX_COLUMN_KEYS) {
    throw new Error(`列の組み合わせが${MAX_COLUMN_KEYS}を超えます。フィルタで絞るか、列の項目を減らしてください。`);
  }
  const n = spec.rows.length;
  const taken = new Set<string>([...spec.rows, LEVEL_COLUMN, SORT_VALUE_COLUMN]);
  const columns = planColumns(spec, columnKeys, taken);
  const { shown, computed } = rowLevels(spec);
  const rows = spec.rows.map(quoteIdent);
  const sortByValue = spec.sort.by === 'value' && n > 0;
  const grouped = shape === 'grouped' && canPreAggregate(spec.values) ? planPreAggregate(spec.values, [...spec.rows, ...spec.columns]) : null;
  const aggregate = (m: Measure, condition: string | null) => (grouped ? grouped.cell(m, condition) : aggregateSql(m, condition));

  const cellSelect: string[] = [...rows];
  cellSelect.push(n === 0 ? `0 AS ${LEVEL_COLUMN}` : `${n} - ${rows.map((r) => `GROUPING(${r})`).join(' - ')} AS ${LEVEL_COLUMN}`);
  for (const c of columns) cellSelect.push(`${aggregate(spec.values[c.measure], columnCondition(spec, c.keys))} AS ${quoteIdent(c.alias)}`);
  if (sortByValue) {
    const m = spec.values[Math.min(spec.sort.measure, spec.values.length - 1)];
    cellSelect.push(`${aggregate(m, null)} AS ${SORT_VALUE_COLUMN}`);
  }
  const cells = `cells AS (\n  SELECT\n    ${cellSelect.join(',\n    ')}\n  FROM ${grouped ? 'grouped' : 'source'}${groupingClause(spec, computed)}\n)`;

  const from = sortByValue ? 'ranked' : 'cells';
  const ctes = [sourceCte(spec), ...(grouped ? [grouped.cte] : []), cells];
  if (sortByValue) {
    const windows = spec.rows.map((_, i) => {
      const level = i + 1;
      const partition = [`${LEVEL_COLUMN} >= ${level}`, ...rows.slice(0, level)].join(', ');
      return `max(CASE WHEN ${LEVEL_COLUMN} = ${level} THEN ${SORT_VALUE_COLUMN} END) OVER (PARTITION BY ${partition}) AS pivot_sort_${level}`;
    });
    ctes.push(`ranked AS (\n  SELECT\n    *,\n    ${windows.join(',\n    ')}\n  FROM cells\n)`);
  }

  const outSelect = spec.rows.map((field, i) => {
    const level = i + 1;
    const ref = `${from}.${quoteIdent(field)}`;
    const totalLabel = quoteText(level === 1 ? GRAND_TOTAL_LABEL : SUBTOTAL_LABEL);
    return `CASE WHEN ${LEVEL_COLUMN} >= ${level} THEN ${labelExpr(field, schema, ref)} WHEN ${LEVEL_COLUMN} = ${level - 1} THEN ${totalLabel} END AS ${quoteIdent(field)}`;
  });
  outSelect.push(LEVEL_COLUMN);
  for (const c of columns) outSelect.push(quoteIdent(c.alias));

  const where = shown.length < computed.length ? `\nWHERE ${LEVEL_COLUMN} IN (${shown.join(', ')})` : '';
  const dir = spec.sort.direction === 'desc' ? 'DESC' : 'ASC';
  const order = spec.rows.flatMap((field, i) => {
    const level = i + 1;
    const keys = [`${LEVEL_COLUMN} < ${level}`];
    if (sortByValue) keys.push(`pivot_sort_${level} ${dir} NULLS LAST`);
    keys.push(...labelOrder(field, `${from}.${quoteIdent(field)}`, sortByValue ? 'ASC' : dir));
    return keys;
  });
  const orderBy = order.length ? `\nORDER BY ${order.join(', ')}` : '';

  // A line break in a field name would end the comment and turn the rest of the line into SQL.
  const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ');
  const header = oneLine(`-- ピボット: 行 = ${spec.rows.join(', ') || '(なし)'} / 列 = ${spec.columns.join(', ') || '(なし)'} / 値 = ${spec.values.map(measureLabel).join(', ')}`);
  const sql = `${header}\nWITH ${ctes.join(',\n')}\nSELECT\n  ${outSelect.join(',\n  ')}\nFROM ${from}${where}${orderBy}`;
  return {
    sql,
    rowFields: [...spec.rows],
    columnFields: [...spec.columns],
    measures: spec.values,
    measureLabels: spec.values.map(measureLabel),
    columns,
    shownLevels: shown,
  };
}

/** Key values of one grid cell: the row's group keys (labels as shown) and the column's raw keys. */
export interface CellKeys {
  rowLevel: number;
  rowLabels: string[];
  columnKeys: FilterValue[];
}

function rowLabelPredicate(field: string, label: string, schema: PivotSchema): string {
  if (label === NULL_LABEL) return `${quoteIdent(field)} IS NULL`;
  if (schema[field] === 'boolean') return `${quoteIdent(field)} = ${label === TRUE_LABEL ? 'TRUE' : 'FALSE'}`;
  if (schema[field] === 'text') return `${quoteIdent(field)} = ${quoteText(label)}`;
  return `CAST(${quoteIdent(field)} AS VARCHAR) = ${quoteText(label)}`;
}

/** The source rows behind one cell: filters, the row's group keys down to its level, the column's keys. */
export function drilldownSql(spec: PivotSpec, schema: PivotSchema, cell: CellKeys, limit = 1000): string {
  const predicates: string[] = [];
  for (let i = 0; i < cell.rowLevel; i++) predicates.push(rowLabelPredicate(spec.rows[i], cell.rowLabels[i], schema));
  cell.columnKeys.forEach((v, i) => predicates.push(equalsPredicate(spec.columns[i], v)));
  const where = predicates.length ? `\nWHERE ${predicates.join('\n  AND ')}` : '';
  return `-- ドリルダウン: このセルに集計された元の行\nWITH ${sourceCte(spec)}\nSELECT *\nFROM source${where}\nLIMIT ${limit}`;
}

/** The values a filter can pick from, with their row counts, ignoring the filters themselves. */
export function distinctValuesSql(spec: PivotSpec, field: string, limit = 300): string {
  const col = quoteIdent(field);
  return `SELECT ${col} AS value, count(*) AS rows\nFROM (${sourceSql(spec)})\nGROUP BY 1\nORDER BY ${labelOrder(field, 'value', 'ASC').join(', ')}\nLIMIT ${limit}`;
}

/** How many rows the source has before filters: an empty source gets an explanation instead of an empty grid. */
export function sourceRowCountSql(spec: PivotSpec): string {
  return `SELECT count(*) AS n FROM (${sourceSql(spec)})`;
}

/** The pivot's detail rows without its level column: what a chart wants (totals would be bars of their own). */
export function detailRowsSql(plan: Pick<PivotPlan, 'sql' | 'rowFields'>): string {
  return `SELECT * EXCLUDE (${LEVEL_COLUMN}) FROM (\n${plan.sql}\n) WHERE ${LEVEL_COLUMN} = ${plan.rowFields.length}`;
}
