import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusToIpc } from '../../../electron/arrow/toArrow';
import { DEFAULT_CORPUS_PATH } from '../../../electron/corpus/defaultCorpus';
import { loadCorpusFile } from '../../../electron/corpus/loadCorpus';
import type { ParsedCorpus } from '../../../electron/corpus/types';
import type { NodeDuckDb } from '../../../electron/engine/nodeDuckdb';
import { tableToRows } from '../../../common/arrowAdapters';
import { pivotSql, type PivotShape } from '../../../renderer/pivot/generateSql';
import { loadColumnKeys, loadSourceFields, schemaOf } from '../../../renderer/pivot/runPivot';
import { emptySpec, PLAIN_COUNT, type Measure, type PivotSpec } from '../../../renderer/pivot/spec';
import type { WorkbenchEngine } from '../../../renderer/engine/types';
import { openTestEngine } from './nodeEngine';

let db: NodeDuckDb;
let engine: WorkbenchEngine;
let parsed: ParsedCorpus;

beforeAll(async () => {
  parsed = loadCorpusFile(DEFAULT_CORPUS_PATH);
  ({ db, engine } = await openTestEngine());
  for (const t of corpusToIpc(parsed)) db.insertIpc(t.name, t.ipc);
});
afterAll(() => db.close());

const measure = (agg: Measure['agg'], field: string | null, denominator?: string): Measure => ({ agg, field, denominator, format: PLAIN_COUNT });

async function run(spec: PivotSpec, shape: PivotShape) {
  const schema = schemaOf(await loadSourceFields(engine, spec));
  const plan = pivotSql(spec, schema, await loadColumnKeys(engine, spec), shape);
  return { plan, rows: tableToRows(await engine.query(plan.sql)) };
}

/** Same rows, same columns, same values: exact for counts, minima and maxima, to the last float bits for Σ and ÷. */
function expectSameCells(a: Record<string, unknown>[], b: Record<string, unknown>[]) {
  expect(a.length).toBe(b.length);
  a.forEach((row, i) => {
    expect(Object.keys(row)).toEqual(Object.keys(b[i]));
    for (const [k, v] of Object.entries(row)) {
      const w = b[i][k];
      if (typeof v === 'number' && typeof w === 'number' && !Number.isInteger(v)) expect(Math.abs(v - w)).toBeLessThanOrEqual(Math.abs(w) * 1e-12);
      else expect(v).toEqual(w);
    }
  });
}

const entities: PivotSpec = {
  ...emptySpec({ kind: 'table', table: 'entities' }),
  rows: ['prefecture', 'entity_kind'],
  columns: ['runs_takikan'],
  values: [
    measure('count', null),
    measure('sum', 'population'),
    measure('avg', 'aging_rate'),
    measure('min', 'households'),
    measure('max', 'population'),
    measure('ratio', 'households', 'population'),
    measure('count', 'welfare_rate_flag'),
  ],
};

describe('pivot cells from the grouped pre-aggregate', () => {
  it('equal the cells computed from every row, with subtotals, totals and missing keys', async () => {
    const grouped = await run(entities, 'grouped');
    const direct = await run(entities, 'direct');
    expect(grouped.plan.sql).toContain('grouped AS (');
    expect(grouped.plan.sql).toContain('FROM grouped\n  GROUP BY ROLLUP ("prefecture", "entity_kind")');
    expect(direct.plan.sql).not.toContain('grouped AS (');
    expectSameCells(grouped.rows, direct.rows);
  });

  it('give 北海道 the parsed records’ own figures: 7 records, 札幌市 its largest population', async () => {
    const { plan, rows } = await run({ ...entities, columns: [] }, 'grouped');
    const hokkaido = rows.find((r) => r.prefecture === '北海道' && r.pivot_level === 1)!;
    const cell = (measure: number) => hokkaido[plan.columns.find((c) => c.measure === measure)!.alias];
    const records = parsed.entities.filter((e) => e.prefecture === '北海道');
    expect(cell(0)).toBe(7);
    expect(cell(1)).toBe(records.reduce((s, e) => s + (e.population ?? 0), 0));
    expect(cell(4)).toBe(1_966_735);
    const aging = records.map((e) => e.aging_rate).filter((v): v is number => v !== null);
    expect(cell(2) as number).toBeCloseTo(aging.reduce((s, v) => s + v, 0) / aging.length, 10);
  });

  it('keep each row’s place when sorting by a value, and count 0 under a key with no rows', async () => {
    const spec: PivotSpec = { ...entities, sort: { by: 'value', direction: 'desc', measure: 1 } };
    const grouped = await run(spec, 'grouped');
    expectSameCells(grouped.rows, (await run(spec, 'direct')).rows);
    const counts = grouped.plan.columns.filter((c) => c.measure === 0).map((c) => c.alias);
    expect(grouped.rows.every((r) => counts.every((c) => typeof r[c] === 'number'))).toBe(true);
  });

  it('read the rows themselves for a median or a count of distinct values, which do not combine', async () => {
    for (const agg of ['median', 'count_distinct'] as const) {
      const spec: PivotSpec = { ...entities, values: [measure('sum', 'population'), measure(agg, 'aging_rate')] };
      const { plan } = await run(spec, 'grouped');
      expect(plan.sql).not.toContain('grouped AS (');
    }
  });
});
