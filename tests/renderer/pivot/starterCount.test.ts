import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableToRows } from '../../../common/arrowAdapters';
import { loadCorpora } from '../../../electron/engine/loadCorpora';
import type { NodeDuckDb } from '../../../electron/engine/nodeDuckdb';
import type { WorkbenchEngine } from '../../../renderer/engine/types';
import { pivotReducer, type PivotAction } from '../../../renderer/pivot/pivotState';
import { loadSourceFields, runPivot, schemaOf } from '../../../renderer/pivot/runPivot';
import { emptySpec, type PivotSpec } from '../../../renderer/pivot/spec';
import { bundled } from '../../corpus/seed';
import { openTestEngine } from './nodeEngine';

const base = emptySpec({ kind: 'table', table: 'entities' });
const apply = (spec: PivotSpec, ...actions: PivotAction[]) => actions.reduce(pivotReducer, spec);
const addPopulation: PivotAction = { type: 'add', zone: 'values', field: 'population', kind: 'integer' };

describe('the starter 件数 gives way to the first measure the user adds', () => {
  let db: NodeDuckDb;
  let engine: WorkbenchEngine;
  beforeAll(async () => {
    ({ db, engine } = await openTestEngine());
    loadCorpora(db, [bundled()]);
  });
  afterAll(() => db?.close());

  it('shows only 人口の合計 after adding population to a fresh pivot (北海道 as the corpus sums it)', async () => {
    const spec = apply(base, { type: 'add', zone: 'rows', field: 'prefecture', kind: 'text' }, addPopulation);
    expect(spec.values.map((m) => [m.field, m.agg])).toEqual([['population', 'sum']]);
    const run = await runPivot(engine, spec, schemaOf(await loadSourceFields(engine, spec)));
    const hokkaido = tableToRows(run.table).find((r) => r.prefecture === '北海道')!;
    const [expected] = tableToRows(db.query("SELECT sum(population) AS p FROM entities WHERE prefecture = '北海道'"));
    expect(Object.keys(hokkaido).filter((k) => k !== 'prefecture' && k !== 'pivot_level')).toEqual(['人口の合計']);
    expect(hokkaido['人口の合計']).toBe(expected.p);
  });

  it('keeps a 件数 the user changed or named, and keeps it beside other measures', () => {
    const named = apply(base, { type: 'measure', index: 0, patch: { label: '報告数' } }, addPopulation);
    expect(named.values.map((m) => m.field)).toEqual([null, 'population']);
    const reformatted = apply(base, { type: 'measure', index: 0, patch: { format: { style: 'number', decimals: 1, thousands: true, fromFraction: false } } }, addPopulation);
    expect(reformatted.values.map((m) => m.field)).toEqual([null, 'population']);
    const three = apply(base, addPopulation, { type: 'add', zone: 'values', field: 'aging_rate', kind: 'number' });
    expect(three.values.map((m) => m.field)).toEqual(['population', 'aging_rate']);
  });

  it('brings the whole-row 件数 back beside 人口の合計 on request, counted as the corpus counts 北海道’s records', async () => {
    const spec = apply(base, { type: 'add', zone: 'rows', field: 'prefecture', kind: 'text' }, addPopulation, { type: 'addRowCount' });
    expect(spec.values.map((m) => [m.field, m.agg])).toEqual([['population', 'sum'], [null, 'count']]);
    // Asked twice, counted once; and a field added later does not take its place.
    const again = apply(spec, { type: 'addRowCount' }, { type: 'add', zone: 'values', field: 'aging_rate', kind: 'number' });
    expect(again.values.map((m) => m.field)).toEqual(['population', null, 'aging_rate']);
    const run = await runPivot(engine, spec, schemaOf(await loadSourceFields(engine, spec)));
    const hokkaido = tableToRows(run.table).find((r) => r.prefecture === '北海道')!;
    const [expected] = tableToRows(db.query("SELECT sum(population) AS p, count(*) AS n FROM entities WHERE prefecture = '北海道'"));
    expect(hokkaido['人口の合計']).toBe(expected.p);
    expect(Number(hokkaido['件数'])).toBe(Number(expected.n));
  });
});
