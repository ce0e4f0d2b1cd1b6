import { describe, expect, it } from 'vitest';
import { validateNotebook } from '../../electron/notebooks/validate';
import { notebookReducer, type NotebookState } from '../../renderer/notebook/notebookState';
import { sampleNotebook } from './sampleNotebook';
import { emptySpec as emptyPivotSpec } from '../../renderer/pivot/spec';
import { ATTAINMENT_VS_AGING } from '../../renderer/charts/presets';
import type { JsonObject } from '../../common/notebookFormat';

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

  it('appends what another room sent: a SQL cell, then the pivot or chart that reads it, valid and unsaved', () => {
    const pivot = { ...emptyPivotSpec({ kind: 'table', table: 'entities' }), rows: ['prefecture'] } as unknown as JsonObject;
    let s = notebookReducer(start(), { type: 'append', draft: { from: 'pivot', sql: 'SELECT *\nFROM "entities"', pivot }, ids: ['p1', 'p2', 'p3'] });
    s = notebookReducer(s, { type: 'append', draft: { from: 'charts', sql: ATTAINMENT_VS_AGING.sql, chart: ATTAINMENT_VS_AGING.spec as unknown as JsonObject }, ids: ['k1', 'k2', 'k3'] });
    const added = s.notebook.cells.slice(4);
    expect(added.map((c) => [c.id, c.kind, 'name' in c ? c.name : null, 'input' in c ? c.input : null])).toEqual([
      ['p1', 'sql', 'result1', null],
      ['p2', 'pivot', 'pivot1', 'result1'],
      ['k1', 'sql', 'result2', null],
      ['k2', 'chart', null, 'result2'],
    ]);
    // The room's source is the SQL cell above now: the pivot cell keeps its layout, not where the room read it from.
    expect(added[1].kind === 'pivot' && added[1].spec).not.toHaveProperty('source');
    expect(added[1].kind === 'pivot' && added[1].spec.rows).toEqual(['prefecture']);
    expect(added[2].kind === 'sql' && added[2].source).toBe(ATTAINMENT_VS_AGING.sql.trim());
    expect(s.dirty).toBe(true);
    expect(validateNotebook(s.notebook).ok).toBe(true);
  });
});
