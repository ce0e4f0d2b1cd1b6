import { createRoot } from 'react-dom/client';
import { tableToRows } from '../../common/arrowAdapters';
import { ResultGrid } from '../../renderer/grid/ResultGrid';
import { LocaleProvider } from '../../renderer/i18n/locale';
import { LegacyGrid } from './LegacyGrid';
import { makeTable } from './makeTable';

export type GridMode = 'arrow' | 'rows';

export interface ScrollFrames {
  frames: number;
  over50: number;
  medianMs: number;
  maxMs: number;
}

declare global {
  interface Window {
    __gridBench: {
      firstPaint(mode: GridMode, rows: number, columns: number): Promise<number>;
      scroll(frames: number, stepPx: number): Promise<ScrollFrames>;
      tableToRowsMs(rows: number, columns: number): number;
    };
  }
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Resolves when the first cell of the first row holds text (the grid has drawn data, not just its frame). */
function firstRowDrawn(host: HTMLElement): Promise<void> {
  const drawn = () => (host.querySelector('.ag-row[row-index="0"] .ag-cell')?.textContent ?? '') !== '';
  return new Promise((resolve) => {
    if (drawn()) return resolve();
    const observer = new MutationObserver(() => {
      if (!drawn()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(host, { childList: true, subtree: true, characterData: true });
  });
}

window.__gridBench = {
  async firstPaint(mode, rows, columns) {
    const table = makeTable(rows, columns);
    const host = document.getElementById('grid')!;
    await nextFrame();
    const t0 = performance.now();
    createRoot(host).render(<LocaleProvider>{mode === 'arrow' ? <ResultGrid table={table} /> : <LegacyGrid table={table} />}</LocaleProvider>);
    await firstRowDrawn(host);
    // The frame that shows the row.
    await nextFrame();
    return performance.now() - t0;
  },
  async scroll(frames, stepPx) {
    const viewport = document.querySelector('#grid .ag-grid-viewport, #grid .ag-body-viewport') as HTMLElement;
    const deltas: number[] = [];
    let last = await nextFrame();
    for (let i = 0; i < frames; i++) {
      viewport.scrollTop += stepPx;
      const now = await nextFrame();
      deltas.push(now - last);
      last = now;
    }
    const sorted = [...deltas].sort((a, b) => a - b);
    return { frames, over50: deltas.filter((d) => d > 50).length, medianMs: sorted[Math.floor(sorted.length / 2)], maxMs: sorted[sorted.length - 1] };
  },
  tableToRowsMs(rows, columns) {
    const table = makeTable(rows, columns);
    const t0 = performance.now();
    tableToRows(table);
    return performance.now() - t0;
  },
};
