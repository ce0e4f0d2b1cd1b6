import type { CachedResult, JsonValue, Notebook } from '../../common/notebookFormat';
import { tableToRows } from '../../common/arrowAdapters';
import { pivotText } from './exportData';
import type { CellRunState } from './CellView';

/** Rows kept per cell when the author asks for cached results: enough to read, small enough to diff. */
export const CACHED_ROW_LIMIT = 1000;

function jsonValue(v: unknown): JsonValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** The notebook with each SQL and pivot cell's latest result attached (or with none, when caching is off). */
export function withCachedResults(notebook: Notebook, runs: ReadonlyMap<string, CellRunState>, now = new Date()): Notebook {
  if (!notebook.metadata.cacheResults) return notebook;
  const ranAt = now.toISOString();
  return {
    ...notebook,
    cells: notebook.cells.map((cell) => {
      const run = runs.get(cell.id);
      if (!run || run === 'running' || run.status !== 'ok') return cell;
      if (cell.kind === 'sql' && run.kind === 'sql') {
        const columns = run.table.schema.fields.map((f) => f.name);
        const rows = tableToRows(run.table.slice(0, CACHED_ROW_LIMIT)).map((r) => columns.map((c) => jsonValue(r[c])));
        const cached: CachedResult = { columns, rows, rowCount: run.rowCount, ranAt };
        return { ...cell, cached };
      }
      if (cell.kind === 'pivot' && run.kind === 'pivot') {
        const text = pivotText(run.grid, run.plan);
        return { ...cell, cached: { columns: text.columns, rows: text.rows.map((r) => r.cells), rowCount: text.rows.length, ranAt } };
      }
      return cell;
    }),
  };
}
