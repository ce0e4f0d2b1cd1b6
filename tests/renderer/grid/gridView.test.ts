import { beforeAll, describe, expect, it } from 'vitest';
import { tableFromIPC, type Table } from 'apache-arrow';
import { tableToRows } from '../../../common/arrowAdapters';
import { GridOrder } from '../../../renderer/grid/gridOrder';
import { ArrowRows } from '../../../renderer/grid/gridRows';
import { RegisteredResult } from '../../../renderer/grid/registeredResult';
import { histogramSql, profileSql, topValuesSql, type ColumnFilter } from '../../../renderer/grid/viewSql';
import type { NodeDuckDb } from '../../../electron/engine/nodeDuckdb';
import { openAppEngine } from '../../support/appEngine';

// The grid's sorting, filters and column profile as SQL over a registered result, on the bundled corpus.
describe('grid view in DuckDB', () => {
  let db: NodeDuckDb;
  // Tables read through this file's own apache-arrow copy, as the page has them.
  const query = (sql: string): Table => tableFromIPC(db.queryIpc(sql));
  const sql = "SELECT entity_id, prefecture, population, aging_rate, entity_id AS entity_id FROM entities WHERE entity_kind = 'municipality' ORDER BY entity_id";
  let table: Table;
  let result: RegisteredResult;

  beforeAll(async () => {
    ({ db } = await openAppEngine());
    table = query(sql);
    result = new RegisteredResult(table, { query: async (s) => query(s), replace: async (name, ipc) => db.insertIpc(name, ipc) });
  });

  const filters = (entries: [number, ColumnFilter][]) => new Map(entries);

  it('orders the result by a column as row indices into the Arrow table the grid holds', async () => {
    const order = await new GridOrder(table, result).orderFor([{ column: 2, direction: 'desc' }], new Map());
    const rows = new ArrowRows(table);
    const top = [...order!.slice(0, 3)].map((i) => rows.row(i).v.slice(0, 3));
    const expected = tableToRows(query("SELECT entity_id, prefecture, population FROM entities WHERE entity_kind = 'municipality' ORDER BY population DESC NULLS LAST, entity_id LIMIT 3"));
    expect(top).toEqual(expected.map((r) => [r.entity_id, r.prefecture, r.population]));
    expect(top[0]).toEqual(['北海道 札幌市', '北海道', 1_966_735]);
    expect(order!.length).toBe(table.numRows);
  });

  it('filters by text, by a number range and by a list of values, together', async () => {
    const grid = new GridOrder(table, result);
    const contains = await grid.orderFor([], filters([[0, { kind: 'contains', text: '町' }]]));
    const [{ n: towns }] = tableToRows(query("SELECT count(*)::INT AS n FROM entities WHERE entity_kind = 'municipality' AND entity_id LIKE '%町%'"));
    expect(contains!.length).toBe(towns);
    const both = await grid.orderFor([{ column: 2, direction: 'asc' }], filters([[1, { kind: 'values', values: ['北海道'] }], [2, { kind: 'range', min: 3_042, max: 6_925 }]]));
    const expected = tableToRows(query("SELECT entity_id FROM entities WHERE entity_kind = 'municipality' AND prefecture = '北海道' AND population BETWEEN 3042 AND 6925 ORDER BY population, entity_id"));
    const rows = new ArrowRows(table);
    expect([...both!].map((i) => rows.row(i).v[0])).toEqual(expected.map((r) => r.entity_id));
    expect(expected.map((r) => r.entity_id)).toEqual(['北海道 京極町', '北海道 津別町', '北海道 広尾町', '北海道 鷹栖町']);
  });

  it('lists NULL as a value of its own', async () => {
    const nulls = await new GridOrder(table, result).orderFor([], filters([[2, { kind: 'values', values: [null] }]]));
    const [{ n }] = tableToRows(query("SELECT count(*)::INT AS n FROM entities WHERE entity_kind = 'municipality' AND population IS NULL"));
    expect(nulls!.length).toBe(n);
  });

  it('exports in the grid’s order under the result’s own column names, a name given twice included', async () => {
    const ordered = await new GridOrder(table, result).orderedTable([{ column: 2, direction: 'desc' }], new Map());
    expect(ordered.schema.fields.map((f) => f.name)).toEqual(['entity_id', 'prefecture', 'population', 'aging_rate', 'entity_id']);
    expect(ordered.numRows).toBe(table.numRows);
    expect(ordered.getChildAt(2)!.get(0)).toBe(1_966_735);
    expect(ordered.getChildAt(4)!.get(0)).toBe('北海道 札幌市');
  });

  it('profiles a column: NULLs, distinct values, min and max, a histogram and the top values', async () => {
    const [p] = tableToRows(await result.query((r) => profileSql(r, 2, new Map())));
    const [expected] = tableToRows(query("SELECT count(*) - count(population) AS nulls, count(DISTINCT population) AS d, min(population) AS lo, max(population) AS hi FROM entities WHERE entity_kind = 'municipality'"));
    expect([p.null_count, p.distinct_count, p.min_value, p.max_value]).toEqual([expected.nulls, expected.d, expected.lo, expected.hi]);
    expect(p.max_value).toBe(1_966_735);
    const bins = tableToRows(await result.query((r) => histogramSql(r, 2, new Map(), 12)));
    expect(bins.reduce((s, b) => s + Number(b.n), 0)).toBe(table.numRows - Number(expected.nulls));
    expect(Math.max(...bins.map((b) => Number(b.bin)))).toBe(11);
    const top = tableToRows(await result.query((r) => topValuesSql(r, 1, new Map(), 3)));
    const expectedTop = tableToRows(query("SELECT prefecture, count(*)::DOUBLE AS n FROM entities WHERE entity_kind = 'municipality' GROUP BY 1 ORDER BY n DESC, prefecture LIMIT 3"));
    expect(top.map((r) => [r.value_text, r.n])).toEqual(expectedTop.map((r) => [r.prefecture, r.n]));
  });

  it('profiles a column over the rows the other columns’ filters leave, never its own', async () => {
    const hokkaido = filters([[1, { kind: 'values', values: ['北海道'] }]]);
    const [own] = tableToRows(await result.query((r) => profileSql(r, 1, hokkaido)));
    const [other] = tableToRows(await result.query((r) => profileSql(r, 2, hokkaido)));
    const [{ n }] = tableToRows(query("SELECT count(*)::DOUBLE AS n FROM entities WHERE entity_kind = 'municipality' AND prefecture = '北海道'"));
    expect(own.row_count).toBe(table.numRows);
    expect(other.row_count).toBe(n);
    expect(n).toBe(7);
  });
});
