import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeDuckDb } from '../../../electron/engine/nodeDuckdb';
import type { WorkbenchEngine } from '../../../renderer/engine/types';
import { tableToRows } from '../../../common/arrowAdapters';
import { drilldownSql, pivotSql } from '../../../renderer/pivot/generateSql';
import { loadSourceFields, runPivot, schemaOf } from '../../../renderer/pivot/runPivot';
import { shapePivot } from '../../../renderer/pivot/shape';
import { emptySpec, PLAIN_COUNT, type PivotSpec } from '../../../renderer/pivot/spec';
import { quoteIdent, quoteText } from '../../../renderer/pivot/sqlText';
import { openTestEngine } from './nodeEngine';

let db: NodeDuckDb;
let engine: WorkbenchEngine;

// A tiny table with every awkward case: quotes in names and values, NULL groups, Japanese text, a boolean.
beforeAll(async () => {
  ({ db, engine } = await openTestEngine());
  db.query(`CREATE TABLE "市区""町村" AS SELECT * FROM (VALUES
    ('北海道', '札幌市', 'A事業', 10, 100, TRUE),
    ('北海道', '京極町', 'A事業', 3, 4, FALSE),
    ('北海道', '京極町', 'B''事業', 5, 10, TRUE),
    ('東京都', '世田谷区', 'A事業', 7, 7, NULL),
    ('東京都', NULL, 'B''事業', NULL, 5, TRUE),
    (NULL, '不明市', 'A事業', 1, 2, FALSE)
  ) v("都道府県", "市""町", "事業", "実績", "目標", "実施")`);
});
afterAll(() => db.close());

const table = { kind: 'table', table: '市区"町村' } as const;

async function run(spec: PivotSpec) {
  const fields = await loadSourceFields(engine, spec);
  const result = await runPivot(engine, spec, schemaOf(fields));
  return { ...result, rows: tableToRows(result.table) };
}

describe('quoting', () => {
  it('doubles quotes inside identifiers and literals', () => {
    expect(quoteIdent('市"町')).toBe('"市""町"');
    expect(quoteText("B'事業")).toBe("'B''事業'");
  });

  it('runs with quotes in the table name, a row field and a column value', async () => {
    const spec: PivotSpec = { ...emptySpec(table), rows: ['市"町'], columns: ['事業'], filters: [{ field: '都道府県', op: 'in', values: ['北海道'] }] };
    const { rows, plan } = await run(spec);
    expect(plan.columns.map((c) => c.path)).toEqual([['A事業', '件数'], ["B'事業", '件数'], ['総計', '件数']]);
    expect(rows).toEqual([
      { '市"町': '京極町', pivot_level: 1, 'A事業 / 件数': 1, "B'事業 / 件数": 1, '総計 / 件数': 2 },
      { '市"町': '札幌市', pivot_level: 1, 'A事業 / 件数': 1, "B'事業 / 件数": 0, '総計 / 件数': 1 },
      { '市"町': '総計', pivot_level: 0, 'A事業 / 件数': 2, "B'事業 / 件数": 1, '総計 / 件数': 3 },
    ]);
  });
});

describe('odd names', () => {
  it('keeps a field name with a line break from escaping the header comment', async () => {
    db.query(`CREATE TABLE odd AS SELECT 'x' AS "a
b", 1 AS n`);
    const spec: PivotSpec = { ...emptySpec({ kind: 'table', table: 'odd' }), rows: ['a\nb'] };
    const { rows } = await run(spec);
    expect(rows.map((r) => [r['a\nb'], r['件数']])).toEqual([['x', 1], ['総計', 1]]);
  });
});

describe('NULL groups', () => {
  it('labels NULL row and column keys 未記入 and keeps them apart from totals', async () => {
    const spec: PivotSpec = { ...emptySpec(table), rows: ['都道府県'], columns: ['実施'] };
    const { rows, plan } = await run(spec);
    expect(plan.columns.map((c) => c.path[0])).toEqual(['いいえ', 'はい', '未記入', '総計']);
    expect(rows.map((r) => [r['都道府県'], r['いいえ / 件数'], r['はい / 件数'], r['未記入 / 件数'], r['総計 / 件数']])).toEqual([
      ['北海道', 1, 2, 0, 3],
      ['東京都', 0, 1, 1, 2],
      ['未記入', 1, 0, 0, 1],
      ['総計', 2, 3, 1, 6],
    ]);
  });

  it('drills into the NULL group with IS NULL', async () => {
    const spec: PivotSpec = { ...emptySpec(table), rows: ['都道府県'], columns: ['実施'] };
    const schema = schemaOf(await loadSourceFields(engine, spec));
    const sql = drilldownSql(spec, schema, { rowLevel: 1, rowLabels: ['未記入'], columnKeys: [false] });
    expect(sql).toContain('"都道府県" IS NULL');
    expect(tableToRows(db.query(sql)).map((r) => r['市"町'])).toEqual(['不明市']);
    const quoted = drilldownSql(spec, schema, { rowLevel: 1, rowLabels: ['北海道'], columnKeys: [true] });
    expect(tableToRows(db.query(quoted)).map((r) => r['事業'])).toEqual(['A事業', "B'事業"]);
  });
});

describe('measures and totals', () => {
  it('computes several measures at once, column totals from raw rows (not sums of cells)', async () => {
    const spec: PivotSpec = {
      ...emptySpec(table),
      rows: ['都道府県'],
      columns: ['事業'],
      values: [
        { field: null, agg: 'count', format: PLAIN_COUNT },
        { field: '市"町', agg: 'count_distinct', format: PLAIN_COUNT },
        { field: '実績', agg: 'sum', format: PLAIN_COUNT },
        { field: '実績', agg: 'avg', format: PLAIN_COUNT },
        { field: '実績', agg: 'median', format: PLAIN_COUNT },
        { field: '目標', agg: 'min', format: PLAIN_COUNT },
        { field: '目標', agg: 'max', format: PLAIN_COUNT },
        { field: '実績', agg: 'ratio', denominator: '目標', format: PLAIN_COUNT },
      ],
    };
    const { rows } = await run(spec);
    const hokkaido = rows.find((r) => r['都道府県'] === '北海道')!;
    expect(hokkaido['A事業 / 件数']).toBe(2);
    expect(hokkaido['総計 / 市"町の異なり数']).toBe(2);
    expect(hokkaido['総計 / 実績の合計']).toBe(18);
    expect(hokkaido['総計 / 実績の平均']).toBe(6);
    expect(hokkaido['A事業 / 実績の中央値']).toBe(6.5);
    expect(hokkaido['総計 / 目標の最小']).toBe(4);
    expect(hokkaido['総計 / 目標の最大']).toBe(100);
    expect(hokkaido['総計 / Σ実績÷Σ目標']).toBeCloseTo(18 / 114, 12);
    const grand = rows.find((r) => r['都道府県'] === '総計')!;
    // The median of all six rows' 実績 (one NULL) is 5, not any combination of the per-program medians.
    expect(grand['総計 / 実績の中央値']).toBe(5);
    expect(grand['総計 / Σ実績÷Σ目標']).toBeCloseTo(26 / 128, 12);
    expect(grand["B'事業 / 実績の合計"]).toBe(5);
  });

  it('adds row subtotals and grand totals per axis, and leaves them out when off', async () => {
    const base: PivotSpec = { ...emptySpec(table), rows: ['都道府県', '事業'], columns: [] };
    const withTotals = (await run(base)).rows;
    expect(withTotals.map((r) => [r['都道府県'], r['事業'], r.pivot_level, r['件数']])).toEqual([
      ['北海道', 'A事業', 2, 2],
      ['北海道', "B'事業", 2, 1],
      ['北海道', '計', 1, 3],
      ['東京都', 'A事業', 2, 1],
      ['東京都', "B'事業", 2, 1],
      ['東京都', '計', 1, 2],
      ['未記入', 'A事業', 2, 1],
      ['未記入', '計', 1, 1],
      ['総計', null, 0, 6],
    ]);
    const grandOnly = await run({ ...base, totals: { ...base.totals, rows: { subtotals: false, grand: true } } });
    expect(grandOnly.plan.sql).toContain('GROUPING SETS (("都道府県", "事業"), ())');
    expect(grandOnly.rows.map((r) => r.pivot_level)).toEqual([2, 2, 2, 2, 2, 0]);
    const none = await run({ ...base, totals: { ...base.totals, rows: { subtotals: false, grand: false } } });
    expect(none.rows).toHaveLength(5);
  });

  it('adds column subtotals for two column fields and the grand total column last', async () => {
    const spec: PivotSpec = { ...emptySpec(table), rows: [], columns: ['都道府県', '事業'] };
    const { plan, rows } = await run(spec);
    expect(plan.columns.map((c) => c.path.slice(0, -1).join('|'))).toEqual([
      '北海道|A事業', "北海道|B'事業", '北海道|計', '東京都|A事業', "東京都|B'事業", '東京都|計', '未記入|A事業', '未記入|計', '総計',
    ]);
    expect(plan.columns.map((c) => rows[0][c.alias])).toEqual([2, 1, 3, 1, 1, 2, 1, 1, 6]);
  });

  it('sorts by value within each level, parents by their own totals', async () => {
    const spec: PivotSpec = {
      ...emptySpec(table),
      rows: ['都道府県', '市"町'],
      values: [{ field: '実績', agg: 'sum', format: PLAIN_COUNT }],
      totals: { rows: { subtotals: false, grand: true }, columns: { subtotals: false, grand: true } },
      sort: { by: 'value', direction: 'desc', measure: 0 },
    };
    const { rows } = await run(spec);
    expect(rows.map((r) => [r['都道府県'], r['市"町'], r['実績の合計']])).toEqual([
      ['北海道', '札幌市', 10],
      ['北海道', '京極町', 8],
      ['東京都', '世田谷区', 7],
      ['東京都', '未記入', null],
      ['未記入', '不明市', 1],
      ['総計', null, 26],
    ]);
  });
});

describe('empty results', () => {
  it('returns only a zero grand total when the filters match nothing', async () => {
    const spec: PivotSpec = { ...emptySpec(table), rows: ['都道府県'], columns: ['事業'], filters: [{ field: '都道府県', op: 'in', values: ['沖縄県'] }] };
    const { rows, plan, table: result } = await run(spec);
    expect(plan.columns.map((c) => c.path)).toEqual([['総計', '件数']]);
    expect(rows).toEqual([{ 都道府県: '総計', pivot_level: 0, '総計 / 件数': 0 }]);
    const grid = shapePivot(result, plan, 'v', 'ja');
    expect(grid.rows).toEqual([{ pivotRowId: '0', pivotKind: 'total', pivotLevel: 0, r0: '総計', v0: 0 }]);
  });

  it('returns no rows at all with totals off', async () => {
    const spec: PivotSpec = {
      ...emptySpec(table), rows: ['都道府県'], filters: [{ field: '都道府県', op: 'in', values: ['沖縄県'] }],
      totals: { rows: { subtotals: false, grand: false }, columns: { subtotals: false, grand: false } },
    };
    const { rows } = await run(spec);
    expect(rows).toEqual([]);
  });

  it('refuses an unrunnable spec with a message saying what to do', async () => {
    await expect(run({ ...emptySpec(table), values: [] })).rejects.toThrow('「値」に少なくとも1つの集計を追加してください。');
    expect(() => pivotSql({ ...emptySpec(table), columns: ['事業'] }, {}, Array.from({ length: 401 }, (_, i) => [String(i)]))).toThrow(/400/);
  });
});

describe('filters', () => {
  it('ignores a filter with nothing chosen yet, and keeps NULL rows when excluding values', async () => {
    const pending: PivotSpec = { ...emptySpec(table), filters: [{ field: '都道府県', op: 'in', values: [] }] };
    expect((await run(pending)).rows).toEqual([{ pivot_level: 0, 件数: 6 }]);
    const withNull: PivotSpec = { ...emptySpec(table), filters: [{ field: '都道府県', op: 'in', values: [null, '東京都'] }] };
    expect((await run(withNull)).rows).toEqual([{ pivot_level: 0, 件数: 3 }]);
  });
});

describe('query sources', () => {
  it('pivots a SQL query (with a trailing semicolon) and applies not-in filters with NULLs kept', async () => {
    const spec: PivotSpec = {
      ...emptySpec({ kind: 'query', sql: 'SELECT "都道府県" AS pref, "実績" * 2 AS twice FROM "市区""町村";' }),
      rows: ['pref'],
      values: [{ field: 'twice', agg: 'sum', format: PLAIN_COUNT }],
      filters: [{ field: 'pref', op: 'not_in', values: ['東京都'] }],
    };
    const { rows } = await run(spec);
    expect(rows.map((r) => [r.pref, r['twiceの合計']])).toEqual([['北海道', 36], ['未記入', 2], ['総計', 38]]);
  });
});
