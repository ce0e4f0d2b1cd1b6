import { beforeAll, describe, expect, it } from 'vitest';
import { tableFromIPC, type Table } from 'apache-arrow';
import { tableToRows } from '../../../common/arrowAdapters';
import { toCsv } from '../../../common/csv';
import { toShiftJisCsv } from '../../../common/shiftJisCsv';
import { tableCsv, type ExportProgress } from '../../../renderer/sql/csvExport';
import type { NodeDuckDb } from '../../../electron/engine/nodeDuckdb';
import { openAppEngine } from '../../support/appEngine';

// The SQL room's CSV export, written a slice at a time so the room can show its progress, on the bundled corpus.
describe('CSV export in slices', () => {
  let db: NodeDuckDb;
  let entities: Table;
  beforeAll(async () => {
    ({ db } = await openAppEngine());
    entities = tableFromIPC(db.queryIpc('SELECT * FROM entities ORDER BY line_start'));
  });

  it('writes the same text as the one-piece CSV, and reports each slice', async () => {
    const progress: ExportProgress[] = [];
    const csv = await tableCsv(entities, 'utf-8', (p) => progress.push(p), 7);
    const columns = entities.schema.fields.map((f) => f.name);
    expect(csv.bytes).toBe(toCsv(columns, tableToRows(entities)));
    expect(csv.bytes).toContain('北海道 札幌市');
    expect(csv.bytes).toContain('1966735');
    // 50 records in slices of 7: 0, 7, 14 … 49, 50.
    expect(progress.map((p) => p.done)).toEqual([0, 7, 14, 21, 28, 35, 42, 49, 50]);
    expect(new Set(progress.map((p) => p.total))).toEqual(new Set([50]));
  });

  it('encodes Shift_JIS slice by slice to the same bytes as the whole text, counting what it cannot hold', async () => {
    const csv = await tableCsv(entities, 'shift_jis', () => undefined, 9);
    const whole = toShiftJisCsv(toCsv(entities.schema.fields.map((f) => f.name), tableToRows(entities)));
    expect(csv.bytes).toEqual(whole.bytes);
    expect(csv.lost).toBe(whole.lost);
  });

  it('keeps both columns of a result that names two alike', async () => {
    const twice = tableFromIPC(db.queryIpc("SELECT municipality, population AS n, households AS n FROM entities WHERE municipality = '札幌市'"));
    const [sapporo] = tableToRows(tableFromIPC(db.queryIpc("SELECT households FROM entities WHERE municipality = '札幌市'")));
    const csv = await tableCsv(twice, 'utf-8', () => undefined);
    expect(csv.bytes).toBe(`\uFEFFmunicipality,n,n\r\n札幌市,1966735,${sapporo.households}\r\n`);
  });
});
