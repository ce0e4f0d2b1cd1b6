/** Assembles a Plotly figure from a ChartSpec: rows kept, facets and axes, titles, notes; the traces come from traces.ts and trendTraces.ts. */
import type { Layout, LayoutAxis } from 'plotly.js';
import { KIND_USES, type ChartSpec } from './chartSpec.js';
import { axisTitle, columnLabel } from './columnLabels.js';
import { facetGrid, type FacetCell } from './facets.js';
import { MAX_COLOUR_TRACES, OTHER_GROUP, planColours } from './colours.js';
import { categoryName, groupBy, isNumber } from './records.js';
import { pushAnnotation, type ChartFigure, type ColumnData, type Prepared, type Row } from './chartFigure.js';
import { drawBars, drawBoxes, drawHeatmap, drawHistograms, drawPoints } from './traces.js';
import { drawReference, drawTrend } from './trendTraces.js';
import { curatedNote } from './curatedMarks.js';
import { FIGURE_WORDS } from './figureWords.js';
import type { Locale } from '../i18n/messages.js';

export type { ChartFigure, ColumnData } from './chartFigure.js';
export { markerSizes, WEBGL_THRESHOLD } from './traces.js';

export const FONT_FAMILY = "'Noto Sans JP', 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', sans-serif";

export function buildFigure(spec: ChartSpec, columns: ColumnData, locale: Locale): ChartFigure {
  const words = FIGURE_WORDS[locale];
  const totalRows = countRows(columns);
  const problems = missingChoices(spec, columns, locale);
  if (problems.length > 0) return emptyFigure(spec, totalRows, problems, locale);

  const kept: Row[] = [];
  for (let i = 0; i < totalRows; i++) if (rowIsDrawable(spec, columns, i)) kept.push(i);
  const prepared: Prepared = { spec, columns, rows: kept, facets: splitFacets(spec, columns, kept), colourPlan: null, locale, words };
  prepared.colourPlan = planColours(spec, columns, kept);

  const figure: ChartFigure = {
    data: [],
    layout: baseLayout(spec, locale),
    traceRows: [],
    cellRows: [],
    totalRows,
    plotted: kept.length,
    dropped: totalRows - kept.length,
    trends: [],
    problems: [],
  };
  const grid = facetGrid(prepared.facets.length, spec.kind === 'bar' && spec.bar.orientation === 'h');
  prepared.facets.forEach((facet, k) => drawFacet(figure, prepared, facet, grid[k], k === 0));
  if (prepared.colourPlan && prepared.colourPlan.merged > 0) {
    addNote(figure, words.coloursMerged(MAX_COLOUR_TRACES - 1, prepared.colourPlan.merged.toLocaleString('ja-JP'), OTHER_GROUP), -56);
  }
  const curated = spec.kind === 'scatter' || spec.kind === 'line' ? curatedNote(columns, kept, words) : null;
  // Above the plot on the right, where the notes below it and the trend's r (top left) never are.
  if (curated) pushAnnotation(figure, { text: curated, xref: 'paper', yref: 'paper', x: 1, y: 1, xanchor: 'right', yanchor: 'bottom', yshift: 6, showarrow: false, font: { size: 12, color: '#1d2939' } });
  if (figure.dropped > 0) addNote(figure, words.dropped(figure.dropped.toLocaleString('ja-JP'), totalRows.toLocaleString('ja-JP')));
  return figure;
}

function countRows(columns: ColumnData): number {
  const first = Object.values(columns)[0];
  return first ? first.length : 0;
}

function missingChoices(spec: ChartSpec, columns: ColumnData, locale: Locale): string[] {
  const words = FIGURE_WORDS[locale];
  const problems: string[] = [];
  const needs: ('x' | 'y')[] = spec.kind === 'histogram' ? ['x'] : spec.kind === 'box' ? ['y'] : spec.kind === 'bar' ? ['x'] : ['x', 'y'];
  for (const axis of needs) if (!spec[axis]) problems.push(words.pickAxis(axis));
  for (const key of ['x', 'y', 'color', 'size', 'facet', 'z'] as const) {
    const column = spec[key];
    if (column && !(column in columns)) problems.push(words.missingColumn(column));
  }
  return problems;
}

/** Which values a row needs for this kind of chart; rows lacking one are dropped and counted. */
function rowIsDrawable(spec: ChartSpec, columns: ColumnData, i: number): boolean {
  const x = spec.x ? columns[spec.x][i] : undefined;
  const y = spec.y ? columns[spec.y][i] : undefined;
  switch (spec.kind) {
    case 'scatter':
    case 'line':
      return x !== null && x !== undefined && isNumber(y);
    case 'bar':
      return x !== null && x !== undefined && (spec.y ? isNumber(y) : true);
    case 'box':
      return isNumber(y);
    case 'histogram':
      return x !== null && x !== undefined;
    case 'heatmap':
      return x !== null && x !== undefined && y !== null && y !== undefined && (spec.z ? isNumber(columns[spec.z][i]) : true);
  }
}

function splitFacets(spec: ChartSpec, columns: ColumnData, rows: Row[]): { name: string | null; rows: Row[] }[] {
  if (!spec.facet || spec.kind === 'heatmap') return [{ name: null, rows }];
  return groupBy(rows, (i) => categoryName(columns[spec.facet as string][i])).map(([name, members]) => ({ name, rows: members }));
}

function baseLayout(spec: ChartSpec, locale: Locale): Partial<Layout> {
  return {
    title: { text: plotlyText(chartTitle(spec, locale)) },
    font: { family: FONT_FAMILY, size: 13 },
    hoverlabel: { font: { family: FONT_FAMILY } },
    legend: spec.color ? { title: { text: plotlyText(columnLabel(spec.color, locale)) } } : {},
    margin: { t: 64, l: 72, r: 24, b: 72 },
    annotations: [],
    barmode: spec.kind === 'bar' || spec.kind === 'histogram' ? spec.bar.mode : undefined,
    boxmode: spec.kind === 'box' && spec.color ? 'group' : undefined,
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
  };
}

/** Default title in the user's language, e.g. 達成率 × 高齢化率. */
export function chartTitle(spec: ChartSpec, locale: Locale): string {
  if (spec.title) return spec.title;
  const words = FIGURE_WORDS[locale];
  const x = spec.x ? columnLabel(spec.x, locale) : '';
  const y = spec.y ? columnLabel(spec.y, locale) : '';
  switch (spec.kind) {
    case 'scatter':
    case 'line':
      return `${y} × ${x}`;
    case 'bar':
      return words.barTitle(spec.y ? y : words.rows, x);
    case 'box':
      return words.distribution(y, spec.x ? x : null);
    case 'histogram':
      return words.distribution(x, null);
    case 'heatmap':
      return words.heatmapTitle(spec.z ? columnLabel(spec.z, locale) : words.rows, y, x);
  }
}

/** Titles of the x and y pickers' columns (the user's labels if typed), before a horizontal bar swaps them. */
export function axisTitlesFor(spec: ChartSpec, locale: Locale): { x: string; y: string } {
  const defaultX = spec.x ? axisTitle(spec.x, locale) : '';
  const defaultY = spec.kind === 'histogram' || (spec.kind === 'bar' && !spec.y) ? FIGURE_WORDS[locale].rows : spec.y ? axisTitle(spec.y, locale) : '';
  return { x: spec.xLabel || defaultX, y: spec.yLabel || defaultY };
}

/**
 * Text a notebook or a result supplies, made literal for Plotly, whose titles read a little HTML (`<a href>` among it:
 * a received notebook's title could otherwise be a link out of the app).
 */
export function plotlyText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function axisTitles(spec: ChartSpec, locale: Locale): { x: string; y: string } {
  const { x: rawX, y: rawY } = axisTitlesFor(spec, locale);
  const x = plotlyText(rawX);
  const y = plotlyText(rawY);
  // A horizontal bar puts categories on the vertical axis: the titles follow their values.
  return spec.kind === 'bar' && spec.bar.orientation === 'h' ? { x: y, y: x } : { x, y };
}

function drawFacet(figure: ChartFigure, p: Prepared, facet: { name: string | null; rows: Row[] }, cell: FacetCell, first: boolean): void {
  const { spec } = p;
  const titles = axisTitles(spec, p.locale);
  const layout = figure.layout as Record<string, unknown>;
  const xAxis: Partial<LayoutAxis> = { domain: cell.xDomain, anchor: cell.yRef, automargin: true, title: { text: cell.bottom ? titles.x : '' } };
  const yAxis: Partial<LayoutAxis> = { domain: cell.yDomain, anchor: cell.xRef, automargin: true, title: { text: cell.left ? titles.y : '' } };
  // Facets share scales so that panels can be compared at a glance.
  if (cell.index > 0) {
    xAxis.matches = 'x';
    yAxis.matches = 'y';
  }
  if (spec.kind !== 'heatmap') {
    xAxis.gridcolor = '#e5e5e5';
    yAxis.gridcolor = '#e5e5e5';
    xAxis.zeroline = false;
  }
  layout[cell.xKey] = xAxis;
  layout[cell.yKey] = yAxis;
  if (facet.name !== null) {
    pushAnnotation(figure, {
      text: `${columnLabel(spec.facet as string, p.locale)}: ${facet.name}`,
      xref: 'paper', yref: 'paper', x: (cell.xDomain[0] + cell.xDomain[1]) / 2, y: cell.yDomain[1],
      xanchor: 'center', yanchor: 'bottom', showarrow: false, font: { size: 12 },
    });
  }
  const place = { xaxis: cell.xRef, yaxis: cell.yRef };
  if (typeof spec.referenceY === 'number' && Number.isFinite(spec.referenceY) && KIND_USES[spec.kind].has('reference')) {
    drawReference(figure, p, cell, spec.referenceY);
  }
  switch (spec.kind) {
    case 'scatter':
    case 'line':
      drawPoints(figure, p, facet.rows, place, first);
      if (spec.kind === 'scatter' && spec.trendLine) drawTrend(figure, p, facet, cell, first);
      break;
    case 'bar':
      drawBars(figure, p, facet.rows, place, first);
      break;
    case 'box':
      drawBoxes(figure, p, facet.rows, place, first);
      break;
    case 'histogram':
      drawHistograms(figure, p, facet.rows, place, first);
      break;
    case 'heatmap':
      drawHeatmap(figure, p, facet.rows, place);
      break;
  }
}

function addNote(figure: ChartFigure, text: string, yshift = -40): void {
  pushAnnotation(figure, { text, xref: 'paper', yref: 'paper', x: 1, y: 0, xanchor: 'right', yanchor: 'top', yshift, showarrow: false, font: { size: 11, color: '#666666' } });
}

function emptyFigure(spec: ChartSpec, totalRows: number, problems: string[], locale: Locale): ChartFigure {
  const layout = baseLayout(spec, locale);
  layout.xaxis = { visible: false };
  layout.yaxis = { visible: false };
  layout.annotations = [{ text: problems.join('<br>'), xref: 'paper', yref: 'paper', x: 0.5, y: 0.5, showarrow: false, font: { size: 15, color: '#666666' } }];
  return { data: [], layout, traceRows: [], cellRows: [], totalRows, plotted: 0, dropped: 0, trends: [], problems };
}
