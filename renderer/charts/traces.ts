/** One trace builder per chart kind (points, bars, boxes, histograms, heatmap), drawing a facet's rows onto its axes. */
import type { BarData, BoxData, Data, HeatmapData, HistogramData, LayoutAxis, ScatterData, ScatterglData } from 'plotly.js';
import { columnLabel, formatValue } from './columnLabels.js';
import { colourGroups, isContinuousColour } from './colours.js';
import { barCategoryOrder } from './categoryOrder.js';
import { categoryName, groupBy, isNumber, recordLabel, recordLabeller } from './records.js';
import { pushTrace, type ChartFigure, type ColumnData, type Place, type Prepared, type Row } from './chartFigure.js';
import { curatedHover, curatedMarker } from './curatedMarks.js';

/** Above this many points a scatter is drawn with WebGL (scattergl): SVG slows down past a few thousand markers. */
export const WEBGL_THRESHOLD = 5000;

const MIN_MARKER = 6;
const MAX_MARKER = 32;

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
  const parts = shown.map((column) => ({ prefix: `<br>${columnLabel(column, p.locale)}: `, values: columns[column], column }));
  return (i) => {
    let text = `<b>${label(i)}</b>`;
    for (const part of parts) text += part.prefix + formatValue(part.values[i], part.column);
    return text + curatedHover(columns, i, p.words);
  };
}

export function drawPoints(figure: ChartFigure, p: Prepared, rows: Row[], place: Place, first: boolean): void {
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
      marker.colorbar = { title: { text: columnLabel(spec.color as string, p.locale) } };
    }
    const curated = curatedMarker(columns, members, marker.size as number | number[]);
    if (curated) Object.assign(marker, curated);
    const trace: Partial<ScatterData> = {
      type: 'scatter',
      mode: spec.kind === 'line' ? 'lines+markers' : 'markers',
      name: group.name ?? columnLabel(spec.y as string, p.locale),
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

/** Bars aggregate the rows of each category: Σ y (one row per category when the SQL already grouped), or the row count. */
function barTotal(p: Prepared, members: readonly Row[]): number {
  return p.spec.y ? members.reduce((s, i) => s + (p.columns[p.spec.y as string][i] as number), 0) : members.length;
}

export function drawBars(figure: ChartFigure, p: Prepared, rows: Row[], place: Place, first: boolean): void {
  const { spec, columns } = p;
  const horizontal = spec.bar.orientation === 'h';
  const xColumn = columns[spec.x as string];
  // One category order for every colour group and facet: Plotly would otherwise append each trace's new categories.
  const all = groupBy(p.rows, (i) => categoryName(xColumn[i]));
  const order = barCategoryOrder(spec.x as string, all.map(([name]) => name), all.map(([, members]) => barTotal(p, members)));
  const axes = figure.layout as Record<string, Partial<LayoutAxis>>;
  const categoryAxis = (axes[horizontal ? axisKey('yaxis', place.yaxis) : axisKey('xaxis', place.xaxis)] ??= {});
  Object.assign(categoryAxis, { categoryorder: 'array', categoryarray: order });
  for (const group of colourGroups(p.colourPlan, p.spec, p.columns, rows)) {
    const bars = groupBy(group.rows, (i) => categoryName(xColumn[i]));
    const categories = bars.map(([name]) => name);
    const values = bars.map(([, members]) => barTotal(p, members));
    const text = bars.map(([name, members], k) => barHover(p, name, group.name, values[k], members));
    const trace: Partial<BarData> = {
      type: 'bar',
      name: group.name ?? (spec.y ? columnLabel(spec.y, p.locale) : p.words.rows),
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
    categoryAxis.autorange = 'reversed';
  }
}

/** The layout key of a trace's axis: x → xaxis, x2 → xaxis2. */
function axisKey(prefix: 'xaxis' | 'yaxis', name: string): string {
  return name.length === 1 ? prefix : `${prefix}${name.slice(1)}`;
}

function barHover(p: Prepared, category: string, colourName: string | null, value: number, members: Row[]): string {
  const { spec, columns } = p;
  const lines: string[] = [];
  // A bar of one record names it, unless the category already does (a bar per prefecture record).
  const record = members.length === 1 && hasRecordColumns(columns) ? recordLabel(columns, members[0]) : null;
  if (record !== null && record !== category) lines.push(`<b>${record}</b>`);
  lines.push(`${columnLabel(spec.x as string, p.locale)}: ${category}`);
  if (colourName !== null) lines.push(`${columnLabel(spec.color as string, p.locale)}: ${colourName}`);
  lines.push(spec.y ? `${columnLabel(spec.y, p.locale)}: ${formatValue(value, spec.y)}` : `${p.words.rows}: ${value.toLocaleString('ja-JP')}`);
  if (members.length > 1) lines.push(p.words.sumOfRows(members.length.toLocaleString('ja-JP')));
  return lines.join('<br>');
}

function hasRecordColumns(columns: ColumnData): boolean {
  return 'entity_id' in columns || 'prefecture' in columns;
}

export function drawBoxes(figure: ChartFigure, p: Prepared, rows: Row[], place: Place, first: boolean): void {
  const { spec, columns } = p;
  const showAll = p.rows.length <= 2000;
  const hover = hoverTexter(p);
  for (const group of colourGroups(p.colourPlan, p.spec, p.columns, rows)) {
    const trace: Partial<BoxData> = {
      type: 'box',
      name: group.name ?? columnLabel(spec.y as string, p.locale),
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

export function drawHistograms(figure: ChartFigure, p: Prepared, rows: Row[], place: Place, first: boolean): void {
  const { spec, columns } = p;
  const xColumn = columns[spec.x as string];
  for (const group of colourGroups(p.colourPlan, p.spec, p.columns, rows)) {
    const trace: Partial<HistogramData> = {
      type: 'histogram',
      name: group.name ?? columnLabel(spec.x as string, p.locale),
      legendgroup: group.name ?? undefined,
      showlegend: first && group.name !== null,
      x: group.rows.map((i) => chartValue(xColumn[i])),
      marker: { color: group.colour },
      opacity: spec.color && spec.bar.mode === 'group' ? 0.85 : 1,
      hovertemplate: `${columnLabel(spec.x as string, p.locale)}: %{x}<br>${p.words.rows}: %{y}<extra>${group.name ?? ''}</extra>`,
      ...place,
    };
    pushTrace(figure, trace, group.rows.map((i) => [i]));
  }
}

/** A category × category grid: mean of z per cell, or the row count. */
export function drawHeatmap(figure: ChartFigure, p: Prepared, rows: Row[], place: Place): void {
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
  const valueName = spec.z ? columnLabel(spec.z, p.locale) : p.words.rows;
  const trace: Partial<HeatmapData> = {
    type: 'heatmap',
    x: xCats,
    y: yCats,
    z,
    colorscale: 'Blues',
    colorbar: { title: { text: valueName } },
    hoverongaps: false,
    hovertemplate: `${columnLabel(spec.x as string, p.locale)}: %{x}<br>${columnLabel(spec.y as string, p.locale)}: %{y}<br>${valueName}: %{z:,.3~f}<extra></extra>`,
    ...place,
  };
  figure.data.push(trace);
  figure.traceRows.push(null);
  figure.cellRows.push(cells);
  const layout = figure.layout as Record<string, Partial<LayoutAxis>>;
  layout.yaxis.autorange = 'reversed';
}

/** Plotly takes numbers and strings; booleans become はい/いいえ so they form categories. */
function chartValue(v: unknown): number | string {
  return isNumber(v) ? v : categoryName(v);
}

function compareValues(a: unknown, b: unknown): number {
  if (isNumber(a) && isNumber(b)) return a - b;
  return categoryName(a).localeCompare(categoryName(b), 'ja');
}
