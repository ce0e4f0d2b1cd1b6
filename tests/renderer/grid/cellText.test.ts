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
