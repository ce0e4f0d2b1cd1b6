/** What the user asks the chart builder for: plain data, saved in notebooks and handed between rooms. */

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
  /** Empty text means "derive from the column labels". */
  title: string;
  xLabel: string;
  yLabel: string;
}

export const CHART_KIND_LABELS: Record<ChartKind, string> = {
  scatter: '散布図',
  bar: '棒グラフ',
  line: '折れ線',
  box: '箱ひげ図',
  histogram: 'ヒストグラム',
  heatmap: 'ヒートマップ',
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
    title: '',
    xLabel: '',
    yLabel: '',
  };
}

/** Which pickers each kind uses, so the builder shows only what has an effect. */
export const KIND_USES: Record<ChartKind, ReadonlySet<'x' | 'y' | 'color' | 'size' | 'facet' | 'z' | 'bar' | 'trend'>> = {
  scatter: new Set(['x', 'y', 'color', 'size', 'facet', 'trend']),
  line: new Set(['x', 'y', 'color', 'facet']),
  bar: new Set(['x', 'y', 'color', 'facet', 'bar']),
  box: new Set(['x', 'y', 'color', 'facet']),
  histogram: new Set(['x', 'color', 'facet', 'bar']),
  heatmap: new Set(['x', 'y', 'z']),
};
