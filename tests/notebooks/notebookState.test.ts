import { describe, expect, it } from 'vitest';
import { validateNotebook } from '../../electron/notebooks/validate';
import { notebookReducer, type NotebookState } from '../../renderer/notebook/notebookState';
import { sampleNotebook } from './sampleNotebook';

const start = (): NotebookState => ({ notebook: sampleNotebook(), ref: '北海道', dirty: false });

describe('notebookReducer', () => {
  it('adds cells that read the nearest result above, with unique names', () => {
    let s = notebookReducer(start(), { type: 'add', kind: 'sql', at: 4, id: 'n1' });
    s = notebookReducer(s, { type: 'add', kind: 'chart', at: 5, id: 'n2' });
    expect(s.notebook.cells.slice(4).map((c) => [c.kind, 'name' in c ? c.name : null, 'input' in c ? c.input : null])).toEqual([
      ['sql', 'result1', null],
      ['chart', null, 'result1'],
    ]);
    expect(s.dirty).toBe(true);
    expect(validateNotebook(s.notebook).ok).toBe(true);
  });

  it('moves and deletes cells', () => {
    let s = notebookReducer(start(), { type: 'move', id: 'c1', by: 1 });
    expect(s.notebook.cells.map((c) => c.id)).toEqual(['c2', 'c1', 'c3', 'c4']);
    s = notebookReducer(s, { type: 'move', id: 'c2', by: -1 });
    expect(s.notebook.cells.map((c) => c.id)).toEqual(['c2', 'c1', 'c3', 'c4']);
    s = notebookReducer(s, { type: 'delete', id: 'c1' });
    expect(s.notebook.cells.map((c) => c.id)).toEqual(['c2', 'c3', 'c4']);
  });

  it('renaming a result renames the cells that read it, so the notebook stays valid', () => {
    const s = notebookReducer(start(), { type: 'update', id: 'c2', patch: { name: 'hokkaido_2019' } });
    expect(s.notebook.cells.map((c) => ('input' in c ? c.input : null))).toEqual([null, null, 'hokkaido_2019', 'hokkaido_2019']);
    expect(validateNotebook(s.notebook).ok).toBe(true);
  });
});
