/** The figure being built and what its drawing modules share: the prepared rows, a trace's axes, and how traces and annotations are added. */
import type { Annotation, Data, Layout, XAxisName, YAxisName } from 'plotly.js';
import type { ChartSpec } from './chartSpec.js';
import type { ColourPlan } from './colours.js';
import type { TrendFit } from './trendLine.js';
import type { Locale } from '../i18n/messages.js';
import type { FigureWords } from './figureWords.js';

/** Column arrays as renderer/engine/arrowAdapters.ts tableToColumns makes them. */
export type ColumnData = Record<string, readonly unknown[]>;

/** A Plotly figure plus what the room needs to go from a mark back to the rows behind it. */
export interface ChartFigure {
  data: Data[];
  layout: Partial<Layout>;
  /** Per trace: the result row behind each point (bar: each bar's first row; see markRows), null for helper traces. */
  traceRows: (number[][] | null)[];
  /** Per heatmap trace: the rows behind each cell, [yIndex][xIndex]. */
  cellRows: (number[][][] | null)[];
  totalRows: number;
  /** Rows drawn as marks. */
  plotted: number;
  /** Rows left out because a needed value was NULL (or not a number where a number is needed). */
  dropped: number;
  trends: { facet: string | null; fit: TrendFit }[];
  /** Why nothing can be drawn yet (missing column choice…), in Japanese; empty when the figure is complete. */
  problems: string[];
}

export type Row = number;

export interface Prepared {
  spec: ChartSpec;
  columns: ColumnData;
  rows: Row[];
  facets: { name: string | null; rows: Row[] }[];
  colourPlan: ColourPlan | null;
  locale: Locale;
  words: FigureWords;
}

export interface Place {
  xaxis: XAxisName;
  yaxis: YAxisName;
}

export function pushTrace(figure: ChartFigure, trace: Data, rows: number[][] | null): void {
  figure.data.push(trace);
  figure.traceRows.push(rows);
  figure.cellRows.push(null);
}

export function pushAnnotation(figure: ChartFigure, annotation: Partial<Annotation>): void {
  (figure.layout.annotations as Partial<Annotation>[]).push(annotation);
}
