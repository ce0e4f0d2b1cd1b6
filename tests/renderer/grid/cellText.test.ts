import { describe, expect, it } from 'vitest';
import { cellText, hasLineColumns, lineRefOf } from '../../../renderer/grid/cellText';

describe('cell text', () => {
  it('formats numbers the Japanese way and spells out NULL', () => {
    expect(cellText(1966735)).toBe('1,966,735');
    expect(cellText(26.7)).toBe('26.7');
    expect(cellText(0.000125)).toBe('0.000125');
    expect(cellText(null)).toBe('NULL');
    expect(cellText(undefined)).toBe('NULL');
    expect(cellText(true)).toBe('true');
    expect(cellText('北海道 札幌市')).toBe('北海道 札幌市');
    expect(cellText('2026-01-02T00:00:00.000Z')).toBe('2026-01-02T00:00:00.000Z');
  });
});

describe('line references of a result row', () => {
  it('uses line_start and line_end with the record', () => {
    expect(lineRefOf({ entity_id: '北海道 京極町', line_start: 257, line_end: 312 })).toEqual({ entity_id: '北海道 京極町', line_start: 257, line_end: 312 });
  });
  it('spans target_line and result_line of an attainment pair', () => {
    expect(lineRefOf({ entity_id: 'x', target_line: 900, result_line: 880 })).toEqual({ entity_id: 'x', line_start: 880, line_end: 900 });
  });
  it.each(['line', 'line_no'])('uses a single %s column', (column) => {
    expect(lineRefOf({ [column]: 42 })).toEqual({ entity_id: null, line_start: 42, line_end: 42 });
  });
  it('returns null when the row has no line numbers (or only NULLs)', () => {
    expect(lineRefOf({ entity_id: 'x', population: 5 })).toBeNull();
    expect(lineRefOf({ line_start: null })).toBeNull();
  });
  it('knows which result columns point into the corpus', () => {
    expect(hasLineColumns(['entity_id', 'line_start'])).toBe(true);
    expect(hasLineColumns(['result_line'])).toBe(true);
    expect(hasLineColumns(['entity_id', 'population'])).toBe(false);
  });
});

describe('typed cell text from real DuckDB results', () => {
  it('renders BIGINT, NULL, DATE and TIMESTAMP readably', async () => {
    const { openNodeDuckDb } = await import('../../../electron/engine/nodeDuckdb');
    const { tableToRows } = await import('../../../common/arrowAdapters');
    const { typedCellText } = await import('../../../renderer/grid/cellText');
    const db = await openNodeDuckDb();
    try {
      const table = db.query("SELECT 3000000000::BIGINT AS big, NULL::INTEGER AS nothing, DATE '2019-03-31' AS d, TIMESTAMP '2019-03-31 12:34:56' AS ts, 26.7::DECIMAL(5,1) AS rate, -1.25::DECIMAL(5,2) AS neg, 123456789.123::DECIMAL(18,3) AS wide");
      const [row] = tableToRows(table);
      const text = Object.fromEntries(table.schema.fields.map((f) => [f.name, typedCellText(row[f.name], f.type)]));
      expect(text).toEqual({ big: '3,000,000,000', nothing: 'NULL', d: '2019-03-31', ts: '2019-03-31 12:34:56', rate: '26.7', neg: '-1.25', wide: '123,456,789.123' });
    } finally {
      db.close();
    }
  });
});
