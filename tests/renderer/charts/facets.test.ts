import { describe, expect, it } from 'vitest';
import { facetGrid } from '../../../renderer/charts/facets';

describe('facetGrid', () => {
  it('puts one panel on the whole page with Plotly’s first axes', () => {
    expect(facetGrid(1)).toEqual([
      { index: 0, xRef: 'x', yRef: 'y', xKey: 'xaxis', yKey: 'yaxis', xDomain: [0, 1], yDomain: [0, 1], bottom: true, left: true },
    ]);
  });

  it('lays 3 panels on a 2 × 2 grid, titles on the bottom row and left column only', () => {
    const cells = facetGrid(3);
    expect(cells.map((c) => c.xRef)).toEqual(['x', 'x2', 'x3']);
    expect(cells.map((c) => c.yKey)).toEqual(['yaxis', 'yaxis2', 'yaxis3']);
    expect(cells[0].xDomain).toEqual([0, 0.47]);
    expect(cells[1].xDomain).toEqual([0.53, 1]);
    expect(cells[0].yDomain).toEqual([0.55, 1]);
    expect(cells[2].yDomain).toEqual([0, 0.45]);
    // Panel 2 has no panel below it (3 panels on 2 columns), so it carries the x title too.
    expect(cells.map((c) => c.bottom)).toEqual([false, true, true]);
    expect(cells.map((c) => c.left)).toEqual([true, false, true]);
  });

  it('caps the grid at 4 columns, 2 for horizontal bars', () => {
    expect(new Set(facetGrid(20).map((c) => c.xDomain[0])).size).toBe(4);
    expect(new Set(facetGrid(20, true).map((c) => c.xDomain[0])).size).toBe(2);
  });
});
