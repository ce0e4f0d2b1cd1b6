import type { XAxisName, YAxisName } from 'plotly.js';

/** Small multiples: where each facet's axes sit on the page, in Plotly's axis naming (x, x2, …). */
export interface FacetCell {
  index: number;
  xRef: XAxisName;
  yRef: YAxisName;
  xKey: string;
  yKey: string;
  xDomain: [number, number];
  yDomain: [number, number];
  /** Bottom row carries the x title, left column the y title: repeating them in every panel is noise. */
  bottom: boolean;
  left: boolean;
}

const H_GAP = 0.06;
const V_GAP = 0.1;

/** A grid of up to 4 columns; horizontal bars (long Japanese labels) get one column per row of two at most. */
export function facetGrid(count: number, wideLabels = false): FacetCell[] {
  const n = Math.max(1, count);
  const maxCols = wideLabels ? 2 : 4;
  const cols = Math.min(maxCols, Math.ceil(Math.sqrt(n)));
  const rows = Math.ceil(n / cols);
  const width = (1 - H_GAP * (cols - 1)) / cols;
  const height = (1 - V_GAP * (rows - 1)) / rows;
  const cells: FacetCell[] = [];
  for (let k = 0; k < n; k++) {
    const row = Math.floor(k / cols);
    const col = k % cols;
    const suffix = k === 0 ? '' : String(k + 1);
    const x0 = col * (width + H_GAP);
    const y1 = 1 - row * (height + V_GAP);
    const below = k + cols;
    cells.push({
      index: k,
      xRef: `x${suffix}` as XAxisName,
      yRef: `y${suffix}` as YAxisName,
      xKey: `xaxis${suffix}`,
      yKey: `yaxis${suffix}`,
      xDomain: [round(x0), round(x0 + width)],
      yDomain: [round(y1 - height), round(y1)],
      bottom: below >= n,
      left: col === 0,
    });
  }
  return cells;
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6 + 0; // + 0 turns −0 into 0
}
