import { describe, expect, it } from 'vitest';
import { cellText, columnCellText, hasLineColumns, isIdentifierColumn, lineRefOf } from '../../../renderer/grid/cellText';

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

  it('prints line numbers as identifiers (1707), quantities with grouping (1,707)', () => {
    for (const column of ['line', 'line_no', 'line_start', 'line_end', 'target_line', 'result_line']) {
      expect(isIdentifierColumn(column), column).toBe(true);
      expect(columnCellText(column)(1707), column).toBe('1707');
      expect(columnCellText(column)(null), column).toBe('NULL');
    }
    for (const column of ['population', 'lines', 'line_count', 'headline', 'n']) {
      expect(isIdentifierColumn(column), column).toBe(false);
      expect(columnCellText(column)(1707), column).toBe('1,707');
    }
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

describe('cell text of real DuckDB results', () => {
  it('renders BIGINT, NULL, DATE, TIMESTAMP, INTERVAL and line numbers readably', async () => {
    const { openNodeDuckDb } = await import('../../../electron/engine/nodeDuckdb');
    const { tableToRows } = await import('../../../common/arrowAdapters');
    const db = await openNodeDuckDb();
    try {
      const table = db.query("SELECT 3000000000::BIGINT AS big, NULL::INTEGER AS nothing, DATE '2019-03-31' AS d, TIMESTAMP '2019-03-31 12:34:56' AS ts, 26.7::DECIMAL(5,1) AS rate, -1.25::DECIMAL(5,2) AS neg, 123456789.123::DECIMAL(18,3) AS wide, INTERVAL 3 DAY AS i, 1707 AS line_no");
      const [row] = tableToRows(table);
      const text = Object.fromEntries(table.schema.fields.map((f) => [f.name, columnCellText(f.name)(row[f.name])]));
      expect(text).toEqual({ big: '3,000,000,000', nothing: 'NULL', d: '2019-03-31', ts: '2019-03-31 12:34:56', rate: '26.7', neg: '-1.25', wide: '123,456,789.123', i: '3 days', line_no: '1707' });
    } finally {
      db.close();
    }
  });
});
