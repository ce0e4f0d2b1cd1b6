/** The scatter's regression line and the reference line, with their labels. */
import type { Annotation, XAxisName, YAxisName } from 'plotly.js';
import { formatNumberJa } from './columnLabels.js';
import type { FacetCell } from './facets.js';
import { isNumber } from './records.js';
import { describeTrend, fitTrendLine } from './trendLine.js';
import { pushAnnotation, pushTrace, type ChartFigure, type Prepared, type Row } from './chartFigure.js';

export function drawTrend(figure: ChartFigure, p: Prepared, facet: { name: string | null; rows: Row[] }, cell: FacetCell, first: boolean): void {
  const { spec, columns, words } = p;
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
    pushAnnotation(figure, trendAnnotation(cell, xs.length < 2 ? words.trendTooFew : words.trendFlatX));
    return;
  }
  figure.trends.push({ facet: facet.name, fit });
  pushTrace(
    figure,
    {
      type: 'scatter',
      mode: 'lines',
      name: words.trend,
      legendgroup: 'trend',
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
export function drawReference(figure: ChartFigure, p: Prepared, cell: FacetCell, value: number): void {
  const { spec, words } = p;
  const horizontal = spec.kind === 'bar' && spec.bar.orientation === 'h';
  const text = spec.y === 'ratio' && value === 1 ? words.onTarget : words.reference(formatNumberJa(value));
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
