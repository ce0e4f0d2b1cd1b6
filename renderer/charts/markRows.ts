import type { ChartFigure } from './figure.js';

/** What Plotly's click event says about a mark (curveNumber, pointNumber(s)); heatmaps give [row, column]. */
export interface ClickedPoint {
  curveNumber: number;
  pointNumber?: number | number[];
  pointNumbers?: number[];
}

/** The result rows behind the clicked marks, in ascending order, without duplicates. */
export function rowsBehindMarks(figure: ChartFigure, points: readonly ClickedPoint[]): number[] {
  const rows = new Set<number>();
  for (const point of points) {
    const cells = figure.cellRows[point.curveNumber];
    if (cells && Array.isArray(point.pointNumber)) {
      const [yi, xi] = point.pointNumber;
      for (const r of cells[yi]?.[xi] ?? []) rows.add(r);
      continue;
    }
    const traceRows = figure.traceRows[point.curveNumber];
    if (!traceRows) continue;
    // Histogram bins and box plots report several points; a plain mark reports one.
    const indices = point.pointNumbers ?? (typeof point.pointNumber === 'number' ? [point.pointNumber] : []);
    const fromPoints = indices.length > 0 ? indices : traceRows.map((_, k) => k);
    for (const k of fromPoints) for (const r of traceRows[k] ?? []) rows.add(r);
  }
  return [...rows].sort((a, b) => a - b);
}
