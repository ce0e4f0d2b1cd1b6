import { describe, expect, it } from 'vitest';
import { pivotReducer } from '../../../renderer/pivot/pivotState';
import { emptySpec, fieldKindOf } from '../../../renderer/pivot/spec';

const base = emptySpec({ kind: 'table', table: 'entities' });

describe('pivotReducer', () => {
  it('keeps a field on one axis: adding it to columns takes it off rows', () => {
    const s1 = pivotReducer(base, { type: 'add', zone: 'rows', field: 'prefecture', kind: 'text' });
    const s2 = pivotReducer(s1, { type: 'add', zone: 'columns', field: 'prefecture', kind: 'text' });
    expect([s2.rows, s2.columns]).toEqual([[], ['prefecture']]);
    expect(pivotReducer(s2, { type: 'add', zone: 'columns', field: 'prefecture', kind: 'text' })).toBe(s2);
  });

  it('adds numbers as whole-number sums, other fields as counts', () => {
    const s = [
      { type: 'add', zone: 'values', field: 'population', kind: 'integer' },
      { type: 'add', zone: 'values', field: 'aging_rate', kind: 'number' },
      { type: 'add', zone: 'values', field: 'prefecture', kind: 'text' },
    ].reduce((acc, a) => pivotReducer(acc, a as Parameters<typeof pivotReducer>[1]), base);
    expect(s.values.map((m) => [m.field, m.agg, m.format.decimals])).toEqual([
      ['population', 'sum', 0], ['aging_rate', 'sum', 1], ['prefecture', 'count', 0],
    ]);
  });

  it('moves, transfers and removes chips; the value sort measure stays in range', () => {
    let s = pivotReducer(base, { type: 'add', zone: 'rows', field: 'prefecture', kind: 'text' });
    s = pivotReducer(s, { type: 'add', zone: 'rows', field: 'entity_kind', kind: 'text' });
    s = pivotReducer(s, { type: 'move', zone: 'rows', index: 1, delta: -1 });
    expect(s.rows).toEqual(['entity_kind', 'prefecture']);
    s = pivotReducer(s, { type: 'transfer', from: 'rows', index: 0, to: 'filters', kind: 'text' });
    expect([s.rows, s.filters]).toEqual([['prefecture'], [{ field: 'entity_kind', op: 'in', values: [] }]]);
    s = pivotReducer(s, { type: 'add', zone: 'values', field: 'population', kind: 'integer' });
    s = pivotReducer(s, { type: 'sort', patch: { by: 'value', measure: 1 } });
    s = pivotReducer(s, { type: 'remove', zone: 'values', index: 1 });
    expect(s.sort.measure).toBe(0);
  });

  it('starts over when the source changes', () => {
    const s = pivotReducer(pivotReducer(base, { type: 'add', zone: 'rows', field: 'prefecture', kind: 'text' }), { type: 'source', source: { kind: 'table', table: 'programs' } });
    expect(s).toEqual(emptySpec({ kind: 'table', table: 'programs' }));
  });

  it('reads DuckDB type names', () => {
    expect(['INTEGER', 'BIGINT', 'DOUBLE', 'DECIMAL(18,3)', 'VARCHAR', 'BOOLEAN', 'DATE'].map(fieldKindOf)).toEqual(
      ['integer', 'integer', 'number', 'number', 'text', 'boolean', 'other'],
    );
  });
});
