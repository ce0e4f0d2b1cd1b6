import type { Annotation, BarData, BoxData, Data, HeatmapData, HistogramData, Layout, LayoutAxis, ScatterData, ScatterglData, XAxisName, YAxisName } from 'plotly.js';
import { KIND_USES, type ChartSpec } from './chartSpec.js';
import { axisTitle, columnLabel, formatNumberJa, formatValue } from './columnLabels.js';
import { facetGrid, type FacetCell } from './facets.js';
import { colourGroups, isContinuousColour, MAX_COLOUR_TRACES, OTHER_GROUP, planColours, type ColourPlan } from './colours.js';
import { categoryName, groupBy, isNumber, recordLabel, recordLabeller } from './records.js';
import { describeTrend, fitTrendLine, type TrendFit } from './trendLine.js';

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

/** Above this many points a scatter is drawn with WebGL (scattergl): SVG slows down past a few thousand markers. */
export const WEBGL_THRESHOLD = 5000;

export const FONT_FAMILY = "'Noto Sans JP', 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', sans-serif";

const MIN_MARKER = 6;
const MAX_MARKER = 32;
type Row = number;

interface Prepared {
  spec: ChartSpec;
  columns: ColumnData;
  rows: Row[];
  facets: { name: string | null; rows: Row[] }[];
  colourPlan: ColourPlan | null;
}

export function buildFigure(spec: ChartSpec, columns: ColumnData): ChartFigure {
  const totalRows = countRows(columns);
  const problems = missingChoices(spec, columns);
  if (problems.length > 0) return emptyFigure(spec, totalRows, problems);

  const kept: Row[] = [];
  for (let i = 0; i < totalRows; i++) if (rowIsDrawable(spec, columns, i)) kept.push(i);
  const prepared: Prepared = { spec, columns, rows: kept, facets: splitFacets(spec, columns, kept), colourPlan: null };
  prepared.colourPlan = planColours(spec, columns, kept);

  const figure: ChartFigure = {
    data: [],
    layout: baseLayout(spec),
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
    addNote(figure, `色: 多い順に ${MAX_COLOUR_TRACES - 1} 種類まで。残り ${prepared.colourPlan.merged.toLocaleString('ja-JP')} 種類は「${OTHER_GROUP}」`, -56);
  }
  if (figure.dropped > 0) addNote(figure, `NULL などで除外: ${figure.dropped.toLocaleString('ja-JP')}行（全${totalRows.toLocaleString('ja-JP')}行）`);
  return figure;
}

function countRows(columns: ColumnData): number {
  const first = Object.values(columns)[0];
  return first ? first.length : 0;
}

function missingChoices(spec: ChartSpec, columns: ColumnData): string[] {
  const problems: string[] = [];
  const needs: ('x' | 'y')[] = spec.kind === 'histogram' ? ['x'] : spec.kind === 'box' ? ['y'] : spec.kind === 'bar' ? ['x'] : ['x', 'y'];
  for (const axis of needs) if (!spec[axis]) problems.push(`${axis === 'x' ? 'X 軸' : 'Y 軸'}の列を選んでください`);
  for (const key of ['x', 'y', 'color', 'size', 'facet', 'z'] as const) {
    const column = spec[key];
    if (column && !(column in columns)) problems.push(`列「${column}」が結果にありません`);
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

function baseLayout(spec: ChartSpec): Partial<Layout> {
  return {
    title: { text: chartTitle(spec) },
    font: { family: FONT_FAMILY, size: 13 },
    hoverlabel: { font: { family: FONT_FAMILY } },
    legend: spec.color ? { title: { text: columnLabel(spec.color) } } : {},
    margin: { t: 64, l: 72, r: 24, b: 72 },
    annotations: [],
    barmode: spec.kind === 'bar' || spec.kind === 'histogram' ? spec.bar.mode : undefined,
    boxmode: spec.kind === 'box' && spec.color ? 'group' : undefined,
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
  };
}

/** Default title in Japanese, e.g. 達成率 × 高齢化率. */
export function chartTitle(spec: ChartSpec): string {
  if (spec.title) return spec.title;
  const x = spec.x ? columnLabel(spec.x) : '';
  const y = spec.y ? columnLabel(spec.y) : '';
  switch (spec.kind) {
    case 'scatter':
    case 'line':
      return `${y} × ${x}`;
    case 'bar':
      return `${spec.y ? y : '行数'}（${x}別）`;
    case 'box':
      return `${y}の分布${spec.x ? `（${x}別）` : ''}`;
    case 'histogram':
      return `${x}の分布`;
    case 'heatmap':
      return `${spec.z ? columnLabel(spec.z) : '行数'}（${y} × ${x}）`;
  }
}

/** Titles of the x and y pickers' columns (the user's labels if typed), before a horizontal bar swaps them. */
export function axisTitlesFor(spec: ChartSpec): { x: string; y: string } {
  const defaultX = spec.x ? axisTitle(spec.x) : '';
  const defaultY = spec.kind === 'histogram' || (spec.kind === 'bar' && !spec.y) ? '行数' : spec.y ? axisTitle(spec.y) : '';
  return { x: spec.xLabel || defaultX, y: spec.yLabel || defaultY };
}

function axisTitles(spec: ChartSpec): { x: string; y: string } {
  const { x, y } = axisTitlesFor(spec);
  // A horizontal bar puts categories on the vertical axis: the titles follow their values.
  return spec.kind === 'bar' && spec.bar.orientation === 'h' ? { x: y, y: x } : { x, y };
}

function drawFacet(figure: ChartFigure, p: Prepared, facet: { name: string | null; rows: Row[] }, cell: FacetCell, first: boolean): void {
  const { spec } = p;
  const titles = axisTitles(spec);
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
      text: `${columnLabel(spec.facet as string)}: ${facet.name}`,
      xref: 'paper', yref: 'paper', x: (cell.xDomain[0] + cell.xDomain[1]) / 2, y: cell.yDomain[1],
      xanchor: 'center', yanchor: 'bottom', showarrow: false, font: { size: 12 },
    });
  }
  const place = { xaxis: cell.xRef, yaxis: cell.yRef };
  if (typeof spec.referenceY === 'number' && Number.isFinite(spec.referenceY) && KIND_USES[spec.kind].has('reference')) {
    drawReference(figure, spec, cell, spec.referenceY);
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

interface Place {
  xaxis: XAxisName;
  yaxis: YAxisName;
}

/** Marker diameters whose areas follow the size column (the eye reads area, not diameter). */
export function markerSizes(values: readonly unknown[]): number[] {
  const roots = values.map((v) => (isNumber(v) && v >= 0 ? Math.sqrt(v) : null));
  const finite = roots.filter((v): v is number => v !== null);
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  return roots.map((v) => {
    if (v === null) return MIN_MARKER;
    if (hi === lo) return (MIN_MARKER + MAX_MARKER) / 2;
    return MIN_MARKER + ((v - lo) / (hi - lo)) * (MAX_MARKER - MIN_MARKER);
  });
}

/** Hover text per row: the record in bold, then each chosen column's value; labels and units looked up once. */
function hoverTexter(p: Prepared): (i: Row) => string {
  const { spec, columns } = p;
  const label = recordLabeller(columns);
  const shown = [...new Set([spec.x, spec.y, spec.z, spec.color, spec.size, spec.facet].filter((c): c is string => !!c))];
  const parts = shown.map((column) => ({ prefix: `<br>${columnLabel(column)}: `, values: columns[column], column }));
  return (i) => {
    let text = `<b>${label(i)}</b>`;
    for (const part of parts) text += part.prefix + formatValue(part.values[i], part.column);
    return text;
  };
}

function drawPoints(figure: ChartFigure, p: Prepared, rows: Row[], place: Place, first: boolean): void {
  const { spec, columns } = p;
  const xColumn = columns[spec.x as string];
  const yColumn = columns[spec.y as string];
  const webgl = spec.kind === 'scatter' && p.rows.length > WEBGL_THRESHOLD;
  const continuous = isContinuousColour(p.spec, p.columns, p.rows);
  const hover = hoverTexter(p);
  for (const group of colourGroups(p.colourPlan, p.spec, p.columns, rows)) {
    let members = group.rows;
    if (spec.kind === 'line') members = [...members].sort((a, b) => compareValues(xColumn[a], xColumn[b]));
    // Thousands of points need small, see-through markers, or the cloud becomes one blot.
    const crowd = p.rows.length > WEBGL_THRESHOLD ? 'large' : p.rows.length > 1000 ? 'medium' : 'small';
    const marker: NonNullable<ScatterData['marker']> = {
      color: group.colour,
      opacity: crowd === 'large' ? 0.5 : 0.8,
      line: crowd === 'small' ? { width: 0.5, color: '#ffffff' } : { width: 0 },
    };
    if (spec.size) marker.size = markerSizes(members.map((i) => columns[spec.size as string][i]));
    else marker.size = spec.kind === 'line' ? 6 : { small: 9, medium: 6, large: 4 }[crowd];
    if (continuous) {
      marker.color = members.map((i) => columns[spec.color as string][i] as number);
      marker.colorscale = 'Viridis';
      marker.showscale = first;
      marker.colorbar = { title: { text: columnLabel(spec.color as string) } };
    }
    const trace: Partial<ScatterData> = {
      type: 'scatter',
      mode: spec.kind === 'line' ? 'lines+markers' : 'markers',
      name: group.name ?? columnLabel(spec.y as string),
      legendgroup: group.name ?? undefined,
      showlegend: first && group.name !== null,
      x: members.map((i) => chartValue(xColumn[i])),
      y: members.map((i) => yColumn[i] as number),
      text: members.map(hover),
      hovertemplate: '%{text}<extra></extra>',
      marker,
      line: spec.kind === 'line' ? { color: group.colour, width: 2 } : undefined,
      ...place,
    };
    // scattergl takes the same attributes for what we set; only the renderer differs.
    const drawn: Data = webgl ? ({ ...trace, type: 'scattergl' } as Partial<ScatterglData>) : trace;
    pushTrace(figure, drawn, members.map((i) => [i]));
  }
}

function drawTrend(figure: ChartFigure, p: Prepared, facet: { name: string | null; rows: Row[] }, cell: FacetCell, first: boolean): void {
  const { spec, columns } = p;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const i of facet.rows) {
    const x = columns[spec.x as string][i];
    if (!isNumber(x)) continue;
    xs.push(x);
    ys.push(columns[spec.y as string][i] as number);
  }
  const fit = fitTrendLine(xs, ys);
  if (!fit) {
    pushAnnotation(figure, trendAnnotation(cell, xs.length < 2 ? '回帰直線: 点が2つ以上必要です' : '回帰直線: X が一定のため引けません'));
    return;
  }
  figure.trends.push({ facet: facet.name, fit });
  pushTrace(
    figure,
    {
      type: 'scatter',
      mode: 'lines',
      name: '回帰直線',
      legendgroup: '回帰直線',
      showlegend: first,
      x: [fit.xMin, fit.xMax],
      y: [fit.slope * fit.xMin + fit.intercept, fit.slope * fit.xMax + fit.intercept],
      line: { color: '#444444', width: 2, dash: 'dash' },
      hoverinfo: 'skip',
      xaxis: cell.xRef,
      yaxis: cell.yRef,
    },
    null,
  );
  pushAnnotation(figure, trendAnnotation(cell, describeTrend(fit)));
}

/** A dotted line across the panel at y = value, named at its right end (a horizontal bar puts it on x). */
function drawReference(figure: ChartFigure, spec: ChartSpec, cell: FacetCell, value: number): void {
  const horizontal = spec.kind === 'bar' && spec.bar.orientation === 'h';
  const text = spec.y === 'ratio' && value === 1 ? '目標どおり (1)' : `基準 ${formatNumberJa(value)}`;
  const line = { color: '#7a7a7a', width: 1.5, dash: 'dot' as const };
  const shapes = (figure.layout.shapes ??= []);
  if (horizontal) {
    shapes.push({ type: 'line', xref: cell.xRef, yref: `${cell.yRef} domain` as YAxisName, x0: value, x1: value, y0: 0, y1: 1, line, layer: 'below' });
    pushAnnotation(figure, { text, xref: cell.xRef, yref: `${cell.yRef} domain` as YAxisName, x: value, y: 1, xanchor: 'left', yanchor: 'bottom', showarrow: false, font: { size: 11, color: '#555555' } });
  } else {
    shapes.push({ type: 'line', xref: `${cell.xRef} domain` as XAxisName, yref: cell.yRef, x0: 0, x1: 1, y0: value, y1: value, line, layer: 'below' });
    pushAnnotation(figure, { text, xref: `${cell.xRef} domain` as XAxisName, yref: cell.yRef, x: 1, y: value, xanchor: 'right', yanchor: 'bottom', showarrow: false, font: { size: 11, color: '#555555' } });
  }
}

function trendAnnotation(cell: FacetCell, text: string): Partial<Annotation> {
  return {
    text,
    xref: `${cell.xRef} domain` as XAxisName,
    yref: `${cell.yRef} domain` as YAxisName,
    x: 0.01,
    y: 0.99,
    xanchor: 'left',
    yanchor: 'top',
    showarrow: false,
    align: 'left',
    bgcolor: 'rgba(255,255,255,0.85)',
    bordercolor: '#999999',
    borderwidth: 1,
    font: { size: 12 },
  };
}

/** Bars aggregate the rows of each category: Σ y (one row per category when the SQL already grouped), or the row count. */
function drawBars(figure: ChartFigure, p: Prepared, rows: Row[], place: Place, first: boolean): void {
  const { spec, columns } = p;
  const horizontal = spec.bar.orientation === 'h';
  const xColumn = columns[spec.x as string];
  for (const group of colourGroups(p.colourPlan, p.spec, p.columns, rows)) {
    const bars = groupBy(group.rows, (i) => categoryName(xColumn[i]));
    const categories = bars.map(([name]) => name);
    const values = bars.map(([, members]) => (spec.y ? members.reduce((s, i) => s + (columns[spec.y as string][i] as number), 0) : members.length));
    const text = bars.map(([name, members], k) => barHover(p, name, group.name, values[k], members));
    const trace: Partial<BarData> = {
      type: 'bar',
      name: group.name ?? (spec.y ? columnLabel(spec.y) : '行数'),
      legendgroup: group.name ?? undefined,
      showlegend: first && group.name !== null,
      orientation: horizontal ? 'h' : 'v',
      x: horizontal ? values : categories,
      y: horizontal ? categories : values,
      marker: { color: group.colour },
      text,
      textposition: 'none',
      hovertemplate: '%{text}<extra></extra>',
      ...place,
    };
    pushTrace(figure, trace, bars.map(([, members]) => members));
  }
  if (horizontal) {
    // Categories read top-down in query order, as a table would list them.
    const axis = (figure.layout as Record<string, Partial<LayoutAxis>>)[place.yaxis === 'y' ? 'yaxis' : `yaxis${place.yaxis.slice(1)}`];
    axis.autorange = 'reversed';
  }
}

function barHover(p: Prepared, category: string, colourName: string | null, value: number, members: Row[]): string {
  const { spec, columns } = p;
  const lines: string[] = [];
  // A bar of one record names it, unless the category already does (a bar per prefecture record).
  const record = members.length === 1 && hasRecordColumns(columns) ? recordLabel(columns, members[0]) : null;
  if (record !== null && record !== category) lines.push(`<b>${record}</b>`);
  lines.push(`${columnLabel(spec.x as string)}: ${category}`);
  if (colourName !== null) lines.push(`${columnLabel(spec.color as string)}: ${colourName}`);
  lines.push(spec.y ? `${columnLabel(spec.y)}: ${formatValue(value, spec.y)}` : `行数: ${value.toLocaleString('ja-JP')}`);
  if (members.length > 1) lines.push(`（${members.length.toLocaleString('ja-JP')}行の合計）`);
  return lines.join('<br>');
}

function hasRecordColumns(columns: ColumnData): boolean {
  return 'entity_id' in columns || 'prefecture' in columns;
}

function drawBoxes(figure: ChartFigure, p: Prepared, rows: Row[], place: Place, first: boolean): void {
  const { spec, columns } = p;
  const showAll = p.rows.length <= 2000;
  const hover = hoverTexter(p);
  for (const group of colourGroups(p.colourPlan, p.spec, p.columns, rows)) {
    const trace: Partial<BoxData> = {
      type: 'box',
      name: group.name ?? columnLabel(spec.y as string),
      legendgroup: group.name ?? undefined,
      showlegend: first && group.name !== null,
      x: spec.x ? group.rows.map((i) => categoryName(columns[spec.x as string][i])) : undefined,
      y: group.rows.map((i) => columns[spec.y as string][i] as number),
      marker: { color: group.colour, size: 5 },
      boxpoints: showAll ? 'all' : 'outliers',
      jitter: 0.3,
      pointpos: 0,
      text: group.rows.map(hover),
      hovertemplate: '%{text}<extra></extra>',
      ...place,
    };
    pushTrace(figure, trace, group.rows.map((i) => [i]));
  }
}

function drawHistograms(figure: ChartFigure, p: Prepared, rows: Row[], place: Place, first: boolean): void {
  const { spec, columns } = p;
  const xColumn = columns[spec.x as string];
  for (const group of colourGroups(p.colourPlan, p.spec, p.columns, rows)) {
    const trace: Partial<HistogramData> = {
      type: 'histogram',
      name: group.name ?? columnLabel(spec.x as string),
      legendgroup: group.name ?? undefined,
      showlegend: first && group.name !== null,
      x: group.rows.map((i) => chartValue(xColumn[i])),
      marker: { color: group.colour },
      opacity: spec.color && spec.bar.mode === 'group' ? 0.85 : 1,
      hovertemplate: `${columnLabel(spec.x as string)}: %{x}<br>行数: %{y}<extra>${group.name ?? ''}</extra>`,
      ...place,
    };
    pushTrace(figure, trace, group.rows.map((i) => [i]));
  }
}

/** A category × category grid: mean of z per cell, or the row count. */
function drawHeatmap(figure: ChartFigure, p: Prepared, rows: Row[], place: Place): void {
  const { spec, columns } = p;
  const xCats = groupBy(rows, (i) => categoryName(columns[spec.x as string][i])).map(([n]) => n);
  const yCats = groupBy(rows, (i) => categoryName(columns[spec.y as string][i])).map(([n]) => n);
  const cells: number[][][] = yCats.map(() => xCats.map(() => []));
  for (const i of rows) {
    const xi = xCats.indexOf(categoryName(columns[spec.x as string][i]));
    const yi = yCats.indexOf(categoryName(columns[spec.y as string][i]));
    cells[yi][xi].push(i);
  }
  const zColumn = spec.z ? columns[spec.z] : null;
  const z = cells.map((row) =>
    row.map((members) => {
      if (members.length === 0) return null;
      if (!zColumn) return members.length;
      return members.reduce((s, i) => s + (zColumn[i] as number), 0) / members.length;
    }),
  );
  const valueName = spec.z ? columnLabel(spec.z) : '行数';
  const trace: Partial<HeatmapData> = {
    type: 'heatmap',
    x: xCats,
    y: yCats,
    z,
    colorscale: 'Blues',
    colorbar: { title: { text: valueName } },
    hoverongaps: false,
    hovertemplate: `${columnLabel(spec.x as string)}: %{x}<br>${columnLabel(spec.y as string)}: %{y}<br>${valueName}: %{z:,.3~f}<extra></extra>`,
    ...place,
  };
  figure.data.push(trace);
  figure.traceRows.push(null);
  figure.cellRows.push(cells);
  const layout = figure.layout as Record<string, Partial<LayoutAxis>>;
  layout.yaxis.autorange = 'reversed';
}

function pushTrace(figure: ChartFigure, trace: Data, rows: number[][] | null): void {
  figure.data.push(trace);
  figure.traceRows.push(rows);
  figure.cellRows.push(null);
}

function pushAnnotation(figure: ChartFigure, annotation: Partial<Annotation>): void {
  (figure.layout.annotations as Partial<Annotation>[]).push(annotation);
}

function addNote(figure: ChartFigure, text: string, yshift = -40): void {
  pushAnnotation(figure, { text, xref: 'paper', yref: 'paper', x: 1, y: 0, xanchor: 'right', yanchor: 'top', yshift, showarrow: false, font: { size: 11, color: '#666666' } });
}

function emptyFigure(spec: ChartSpec, totalRows: number, problems: string[]): ChartFigure {
  const layout = baseLayout(spec);
  layout.xaxis = { visible: false };
  layout.yaxis = { visible: false };
  layout.annotations = [{ text: problems.join('<br>'), xref: 'paper', yref: 'paper', x: 0.5, y: 0.5, showarrow: false, font: { size: 15, color: '#666666' } }];
  return { data: [], layout, traceRows: [], cellRows: [], totalRows, plotted: 0, dropped: 0, trends: [], problems };
}

/** Plotly takes numbers and strings; booleans become はい/いいえ so they form categories. */
function chartValue(v: unknown): number | string {
  return isNumber(v) ? v : categoryName(v);
}

function compareValues(a: unknown, b: unknown): number {
  if (isNumber(a) && isNumber(b)) return a - b;
  return categoryName(a).localeCompare(categoryName(b), 'ja');
}
