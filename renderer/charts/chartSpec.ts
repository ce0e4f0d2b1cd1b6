/** What the user asks the chart builder for: plain data, saved in notebooks and handed between rooms. */
import type { Locale } from '../i18n/messages.js';

export const CHART_KINDS = ['scatter', 'bar', 'line', 'box', 'histogram', 'heatmap'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export type BarMode = 'group' | 'stack';
export type BarOrientation = 'v' | 'h';

export interface ChartSpec {
  kind: ChartKind;
  /** Column names of the query result; null = not used. */
  x: string | null;
  y: string | null;
  color: string | null;
  size: string | null;
  facet: string | null;
  /** Heatmap cell value (mean per cell); null counts rows per cell. */
  z: string | null;
  bar: { mode: BarMode; orientation: BarOrientation };
  trendLine: boolean;
  /** A horizontal reference line at this y (e.g. 達成率 1 = target met); absent or null = none. */
  referenceY?: number | null;
  /** Empty text means "derive from the column labels". */
  title: string;
  xLabel: string;
  yLabel: string;
}

export const CHART_KIND_LABELS: Record<Locale, Record<ChartKind, string>> = {
  ja: { scatter: '散布図', bar: '棒グラフ', line: '折れ線', box: '箱ひげ図', histogram: 'ヒストグラム', heatmap: 'ヒートマップ' },
  en: { scatter: 'Scatter', bar: 'Bar', line: 'Line', box: 'Box plot', histogram: 'Histogram', heatmap: 'Heatmap' },
};

export function emptySpec(kind: ChartKind = 'scatter'): ChartSpec {
  return {
    kind,
    x: null,
    y: null,
    color: null,
    size: null,
    facet: null,
    z: null,
    bar: { mode: 'group', orientation: 'v' },
    trendLine: false,
    referenceY: null,
    title: '',
    xLabel: '',
    yLabel: '',
  };
}

/** Which pickers each kind uses, so the builder shows only what has an effect. */
export const KIND_USES: Record<ChartKind, ReadonlySet<'x' | 'y' | 'color' | 'size' | 'facet' | 'z' | 'bar' | 'trend' | 'reference'>> = {
  scatter: new Set(['x', 'y', 'color', 'size', 'facet', 'trend', 'reference']),
  line: new Set(['x', 'y', 'color', 'facet', 'reference']),
  bar: new Set(['x', 'y', 'color', 'facet', 'bar', 'reference']),
  box: new Set(['x', 'y', 'color', 'facet', 'reference']),
  histogram: new Set(['x', 'color', 'facet', 'bar']),
  heatmap: new Set(['x', 'y', 'z']),
};

export interface FieldInfo {
  name: string;
  numeric: boolean;
}

const RECORD_COLUMNS = new Set(['corpus', 'entity_id', 'line_start', 'line_end', 'line', 'line_no', 'target_line', 'result_line']);

/** Above this many rows a result is read as observations (scatter), not as a summary table (bars). */
const OBSERVATION_ROWS = 200;

/**
 * A first chart for a result handed over from SQL or the pivot: per-record or long results with two measures → scatter
 * (coloured by the first category), a category and a measure → bar.
 */
export function suggestSpec(fields: readonly FieldInfo[], rowCount = 0): ChartSpec {
  const measures = fields.filter((f) => f.numeric && !RECORD_COLUMNS.has(f.name));
  const categories = fields.filter((f) => !f.numeric && !RECORD_COLUMNS.has(f.name));
  // One row per record with two measures (entity_id present) reads best as a scatter, not as bars per name.
  const perRecord = fields.some((f) => f.name === 'entity_id');
  if ((perRecord || rowCount > OBSERVATION_ROWS) && measures.length >= 2) {
    return { ...emptySpec('scatter'), x: measures[0].name, y: measures[1].name, color: perRecord ? null : categories[0]?.name ?? null };
  }
  if (categories.length > 0 && measures.length > 0) {
    const spec = { ...emptySpec('bar'), x: categories[0].name, y: measures[0].name };
    // A second category (e.g. program next to prefecture) becomes the colour of grouped bars.
    if (categories.length > 1) spec.color = categories[1].name;
    return spec;
  }
  if (measures.length >= 2) return { ...emptySpec('scatter'), x: measures[0].name, y: measures[1].name };
  if (measures.length === 1) return { ...emptySpec('histogram'), x: measures[0].name };
  if (categories.length > 0) return { ...emptySpec('bar'), x: categories[0].name };
  return emptySpec('scatter');
}
