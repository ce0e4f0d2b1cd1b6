import type { Notebook } from '../../common/notebookFormat';
import { chartSvg } from '../charts/exportImage';
import { loadPlotly } from '../charts/loadPlotly';
import { pivotText, tableText, type ExportOutput } from './exportData';
import type { NotebookReport } from './exportReport';
import { renderMarkdown } from './markdown';
import type { CellRunState } from './CellView';

export const REPORT_CHART_SIZE = { width: 860, height: 480 };

/** Gathers what the report shows from the room: sanitised notes, results as text, charts as font-embedded SVG. */
export async function buildReport(notebook: Notebook, runs: ReadonlyMap<string, CellRunState>, charts: ReadonlyMap<string, HTMLElement>): Promise<NotebookReport> {
  const outputs: Record<string, ExportOutput> = {};
  for (const cell of notebook.cells) {
    const run = runs.get(cell.id);
    if (cell.kind === 'markdown') outputs[cell.id] = { kind: 'markdown', html: renderMarkdown(cell.source) };
    else if (!run || run === 'running') outputs[cell.id] = { kind: 'not-run' };
    else if (run.status === 'error') outputs[cell.id] = { kind: 'error', message: run.message };
    else if (run.kind === 'sql') outputs[cell.id] = { kind: 'table', table: tableText(run.table, run.rowCount) };
    else if (run.kind === 'pivot') outputs[cell.id] = { kind: 'pivot', pivot: pivotText(run.grid, run.plan) };
    else {
      const el = charts.get(cell.id);
      const title = String(run.figure.layout.title && typeof run.figure.layout.title === 'object' ? (run.figure.layout.title.text ?? '') : '') || 'グラフ';
      let svg: string | null = null;
      if (el) {
        try {
          svg = await chartSvg(await loadPlotly(), el, REPORT_CHART_SIZE);
        } catch (e) {
          console.warn('chart export', e);
        }
      }
      outputs[cell.id] = { kind: 'chart', title, svg };
    }
  }
  return { notebook, outputs, exportedAt: new Date() };
}

/** A file name from the title, safe on Windows and macOS. */
export function reportFileName(title: string, extension: 'html' | 'md'): string {
  return `${title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80) || 'notebook'}.${extension}`;
}
