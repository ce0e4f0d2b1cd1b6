import { describe, expect, it } from 'vitest';
import { defaultFormat, excelCellValue, excelNumFmt, fitFormatToField, formatMeasure } from '../../../renderer/pivot/formats';
import type { NumberFormat } from '../../../renderer/pivot/spec';

const f = (over: Partial<NumberFormat>): NumberFormat => ({ style: 'number', decimals: 0, thousands: true, fromFraction: false, ...over });

describe('formatMeasure', () => {
  it('writes numbers the Japanese way', () => {
    expect(formatMeasure(1966735, f({ suffix: '人' }))).toBe('1,966,735人');
    expect(formatMeasure(1966735, f({ thousands: false }))).toBe('1966735');
    expect(formatMeasure(26.66, f({ style: 'percent', decimals: 1 }))).toBe('26.7%');
    expect(formatMeasure(0.28, f({ style: 'percent', decimals: 1, fromFraction: true }))).toBe('28.0%');
    expect(formatMeasure(0.0144, f({ style: 'permille', decimals: 1, fromFraction: true }))).toBe('14.4‰');
    expect(formatMeasure(14.4, f({ style: 'permille', decimals: 2 }))).toBe('14.40‰');
  });

  it('leaves empty cells empty and text as text', () => {
    expect(formatMeasure(null, f({}))).toBe('');
    expect(formatMeasure(Number.NaN, f({}))).toBe('');
    expect(formatMeasure('北海道', f({}))).toBe('北海道');
  });
});

describe('Excel number formats', () => {
  it('maps each style to a format code Excel shows the same way', () => {
    expect(excelNumFmt(f({ suffix: '人' }))).toBe('#,##0"人"');
    expect(excelNumFmt(f({ style: 'percent', decimals: 1, fromFraction: true }))).toBe('#,##0.0%');
    expect(excelNumFmt(f({ style: 'percent', decimals: 1 }))).toBe('#,##0.0"%"');
    expect(excelNumFmt(f({ style: 'permille', decimals: 1, thousands: false, fromFraction: true }))).toBe('0.0"‰"');
  });

  it('scales per-mille fractions itself, since Excel has no ‰ scaling', () => {
    expect(excelCellValue(0.0144, f({ style: 'permille', fromFraction: true }))).toBeCloseTo(14.4, 10);
    expect(excelCellValue(0.28, f({ style: 'percent', fromFraction: true }))).toBe(0.28);
  });
});

describe('fitFormatToField', () => {
  const schema = { population: 'integer', aging_rate: 'number' } as const;

  it('gives a sum of a whole-number field written with the kind-less default no decimals', () => {
    const fitted = fitFormatToField({ field: 'population', agg: 'sum', format: defaultFormat('sum') }, schema);
    expect(formatMeasure(2159429, fitted.format)).toBe('2,159,429');
    expect(formatMeasure(2159429, defaultFormat('sum'))).toBe('2,159,429.0');
  });

  it('keeps a decimal field, a chosen format and a measure without a field as they are', () => {
    expect(fitFormatToField({ field: 'aging_rate', agg: 'sum', format: defaultFormat('sum') }, schema).format.decimals).toBe(1);
    const chosen = { field: 'population', agg: 'sum' as const, format: f({ decimals: 2, suffix: '人' }) };
    expect(fitFormatToField(chosen, schema)).toBe(chosen);
    const count = { field: null, agg: 'count' as const, format: defaultFormat('count') };
    expect(fitFormatToField(count, schema)).toBe(count);
  });
});
