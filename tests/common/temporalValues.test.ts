import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableToColumns, tableToRows } from '../../common/arrowAdapters';
import { toCsv } from '../../common/csv';
import { openNodeDuckDb, type NodeDuckDb } from '../../electron/engine/nodeDuckdb';

/** DuckDB's own `::VARCHAR` is the reference: the grid, CSV and charts must print what SQL prints. */
describe('dates, times and intervals read as DuckDB prints them', () => {
  let db: NodeDuckDb;
  beforeAll(async () => {
    db = await openNodeDuckDb();
  });
  afterAll(() => db?.close());

  const VALUES = [
    'INTERVAL 3 DAY',
    "INTERVAL '1 year 2 months 3 days 04:05:06.5'",
    "-INTERVAL '2 months 1 day 00:00:01'",
    "INTERVAL '25 hours'",
    "INTERVAL '1 month -1 day'",
    "INTERVAL '0 days'",
    "INTERVAL '1 microsecond'",
    "INTERVAL '14 years'",
    "DATE '2019-03-31'",
    "DATE '1899-12-31'",
    "TIMESTAMP '2019-03-31 12:34:56'",
    "TIMESTAMP '2019-03-31 00:00:00.25'",
    "TIME '12:34:56.5'",
    "TIME '00:00:00'",
  ];

  it.each(VALUES)('%s', (expression) => {
    const table = db.query(`SELECT ${expression} AS v, (${expression})::VARCHAR AS text`);
    const [row] = tableToRows(table);
    expect(row.v).toBe(row.text);
    expect(tableToColumns(table).v).toEqual([row.text]);
  });

  it('reads intervals in a column with NULLs and several rows (SELECT INTERVAL 3 DAY once read {"0":0,"1":0})', () => {
    const rows = tableToRows(db.query("SELECT * FROM (VALUES (1, INTERVAL 3 DAY), (2, NULL), (3, INTERVAL '1 hour')) v(n, i) ORDER BY n"));
    expect(rows.map((r) => r.i)).toEqual(['3 days', null, '01:00:00']);
  });

  it('exports a DATE to CSV as the grid shows it, not as 2019-03-31T00:00:00.000Z', () => {
    const rows = tableToRows(db.query("SELECT DATE '2019-03-31' AS d, TIMESTAMP '2019-03-31 12:34:56' AS ts"));
    expect(toCsv(['d', 'ts'], rows)).toBe('\uFEFFd,ts\r\n2019-03-31,2019-03-31 12:34:56\r\n');
  });
});
