import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { NodeDuckDb } from '../../../electron/engine/nodeDuckdb';
import type { WorkbenchEngine } from '../../../renderer/engine/types';
import { pivotCsv, pivotXlsxBytes } from '../../../renderer/pivot/exportPivot';
import { loadSourceFields, runPivot, schemaOf } from '../../../renderer/pivot/runPivot';
import { shapePivot } from '../../../renderer/pivot/shape';
import { emptySpec, PLAIN_COUNT, type PivotSpec } from '../../../renderer/pivot/spec';
import { openTestEngine } from './nodeEngine';

let db: NodeDuckDb;
let engine: WorkbenchEngine;

beforeAll(async () => {
  ({ db, engine } = await openTestEngine());
  db.query(`CREATE TABLE t AS SELECT * FROM (VALUES
    ('北海道', '地域力強化推進事業', 1966735, 5.0, 14.0),
    ('北海道', '多機関協働事業', 3200, 4.0, 2.0),
    ('東京都', '地域力強化推進事業', 900000, 10.0, 7.0)
  ) v(prefecture, program, population, target, result)`);
});
afterAll(() => db.close());

const spec: PivotSpec = {
  ...emptySpec({ kind: 'table', table: 't' }),
  rows: ['prefecture'],
  columns: ['program'],
  values: [
    { field: 'population', agg: 'sum', format: { ...PLAIN_COUNT, suffix: '人' } },
    { field: 'result', agg: 'ratio', denominator: 'target', format: { style: 'percent', decimals: 1, thousands: true, fromFraction: true }, label: '達成率' },
  ],
};

async function pivot() {
  const { plan, table } = await runPivot(engine, spec, schemaOf(await loadSourceFields(engine, spec)));
  return { plan, grid: shapePivot(table, plan, 'v', 'ja') };
}

describe('CSV export', () => {
  it('starts with a BOM, uses Japanese headers and the numbers as displayed', async () => {
    const { plan, grid } = await pivot();
    const csv = pivotCsv(grid, plan);
    expect(csv.startsWith('\uFEFF都道府県,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('都道府県,地域力強化推進事業 / 人口の合計,地域力強化推進事業 / 達成率,多機関協働事業 / 人口の合計,多機関協働事業 / 達成率,総計 / 人口の合計,総計 / 達成率');
    expect(lines[1]).toBe('北海道,"1,966,735人",280.0%,"3,200人",50.0%,"1,969,935人",177.8%');
    // Σ結果÷Σ目標: (14+7)÷(5+10) = 140.0%, all: 23÷19 = 121.1%.
    expect(lines[3]).toBe('総計,"2,866,735人",140.0%,"3,200人",50.0%,"2,869,935人",121.1%');
  });
});

describe('XLSX export', () => {
  it('keeps merged multi-level headers, Excel number formats and frozen row headers', async () => {
    const { plan, grid } = await pivot();
    const bytes = await pivotXlsxBytes(grid, plan);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('都道府県');
    expect(ws.getCell('B1').value).toBe('地域力強化推進事業');
    expect(ws.getCell('B1').isMerged && ws.getCell('C1').isMerged).toBe(true);
    expect(ws.getCell('B2').value).toBe('人口の合計');
    expect(ws.getCell('C2').value).toBe('達成率');
    expect(ws.getCell('F1').value).toBe('総計');
    expect(ws.getCell('A3').value).toBe('北海道');
    expect(ws.getCell('B3').value).toBe(1966735);
    expect(ws.getCell('B3').numFmt).toBe('#,##0"人"');
    expect(ws.getCell('C3').value).toBeCloseTo(2.8, 12);
    expect(ws.getCell('C3').numFmt).toBe('#,##0.0%');
    expect(ws.getCell('A5').value).toBe('総計');
    expect(ws.getCell('F5').value).toBe(2869935);
    expect(ws.getCell('A5').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
  });
});
