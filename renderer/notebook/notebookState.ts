import type { CellKind, JsonObject, Notebook, NotebookCell } from '../../common/notebookFormat';
import { cellResultName } from '../../common/notebookFormat';
import { emptySpec as emptyChartSpec } from '../charts/chartSpec';
import { emptySpec as emptyPivotSpec } from '../pivot/spec';
import { cellsFromDraft, type NotebookDraft } from './notebookDraft';

/** The open notebook: what is in it, where it lives (null = never saved) and whether it has unsaved changes. */
export interface NotebookState {
  notebook: Notebook;
  ref: string | null;
  dirty: boolean;
}

export type NotebookAction =
  | { type: 'load'; notebook: Notebook; ref: string | null; dirty?: boolean }
  | { type: 'saved'; notebook: Notebook; ref: string }
  | { type: 'title'; title: string }
  | { type: 'cacheResults'; on: boolean }
  | { type: 'add'; kind: CellKind; at: number; id: string }
  /** `ids` for the cells the draft becomes (at most three), chosen by the caller so the reducer stays pure. */
  | { type: 'append'; draft: NotebookDraft; ids: readonly string[] }
  | { type: 'update'; id: string; patch: Partial<Record<'source' | 'name' | 'input', string>> & { spec?: JsonObject } }
  | { type: 'move'; id: string; by: -1 | 1 }
  | { type: 'delete'; id: string };

export function newCellId(): string {
  return `c${Math.random().toString(36).slice(2, 10)}`;
}

function uniqueName(cells: readonly NotebookCell[], stem: string): string {
  return uniqueNameAmong(new Set(cells.map(cellResultName)), stem);
}

function uniqueNameAmong(taken: ReadonlySet<string | null>, stem: string): string {
  for (let i = 1; ; i++) if (!taken.has(`${stem}${i}`)) return `${stem}${i}`;
}

/** The nearest result name above position `at`, which a new pivot or chart reads by default. */
export function resultNameBefore(cells: readonly NotebookCell[], at: number): string {
  for (let i = Math.min(at, cells.length) - 1; i >= 0; i--) {
    const name = cellResultName(cells[i]);
    if (name) return name;
  }
  return '';
}

export function newCell(kind: CellKind, cells: readonly NotebookCell[], at: number, id: string): NotebookCell {
  const input = resultNameBefore(cells, at);
  switch (kind) {
    case 'markdown':
      return { id, kind, source: '' };
    case 'sql':
      return { id, kind, name: uniqueName(cells, 'result'), source: 'SELECT *\nFROM entities\nLIMIT 100' };
    case 'pivot':
      return { id, kind, name: uniqueName(cells, 'pivot'), input, spec: emptyPivotSpec({ kind: 'table', table: input }) as unknown as JsonObject };
    case 'chart':
      return { id, kind, input, spec: emptyChartSpec('scatter') as unknown as JsonObject };
  }
}

function touch(state: NotebookState, cells: NotebookCell[]): NotebookState {
  return { ...state, dirty: true, notebook: { ...state.notebook, cells } };
}

export function notebookReducer(state: NotebookState, action: NotebookAction): NotebookState {
  const cells = state.notebook.cells;
  switch (action.type) {
    case 'load':
      return { notebook: action.notebook, ref: action.ref, dirty: action.dirty ?? false };
    case 'saved':
      return { notebook: action.notebook, ref: action.ref, dirty: false };
    case 'title':
      return { ...state, dirty: true, notebook: { ...state.notebook, metadata: { ...state.notebook.metadata, title: action.title } } };
    case 'cacheResults':
      return { ...state, dirty: true, notebook: { ...state.notebook, metadata: { ...state.notebook.metadata, cacheResults: action.on } } };
    case 'add': {
      const at = Math.max(0, Math.min(action.at, cells.length));
      return touch(state, [...cells.slice(0, at), newCell(action.kind, cells, at, action.id), ...cells.slice(at)]);
    }
    case 'append': {
      const taken = new Set(cells.map(cellResultName));
      const name = (stem: string) => {
        const picked = uniqueNameAmong(taken, stem);
        taken.add(picked);
        return picked;
      };
      return touch(state, [...cells, ...cellsFromDraft(action.draft, name, action.ids)]);
    }
    case 'update': {
      const target = cells.find((c) => c.id === action.id);
      const oldName = target ? cellResultName(target) : null;
      const newName = action.patch.name;
      return touch(
        state,
        cells.map((c) => {
          if (c.id === action.id) return { ...c, ...action.patch } as NotebookCell;
          // Renaming a result renames what reads it, so the notebook stays valid (and autosavable) while she types.
          if (oldName !== null && newName !== undefined && (c.kind === 'pivot' || c.kind === 'chart') && c.input === oldName) return { ...c, input: newName };
          return c;
        }),
      );
    }
    case 'move': {
      const i = cells.findIndex((c) => c.id === action.id);
      const j = i + action.by;
      if (i < 0 || j < 0 || j >= cells.length) return state;
      const next = [...cells];
      [next[i], next[j]] = [next[j], next[i]];
      return touch(state, next);
    }
    case 'delete':
      return touch(state, cells.filter((c) => c.id !== action.id));
  }
}
