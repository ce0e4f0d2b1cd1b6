import { describe, expect, it } from 'vitest';
import { MESSAGES, formatNumber, translate } from '../../../renderer/i18n/messages';

describe('messages', () => {
  it('has an English text for every Japanese key, with the same placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.ja).sort());
    for (const key of Object.keys(MESSAGES.ja) as (keyof typeof MESSAGES.ja)[]) {
      expect(placeholders(MESSAGES.en[key]), key).toEqual(placeholders(MESSAGES.ja[key]));
    }
  });

  it('fills placeholders', () => {
    expect(translate('ja', 'result.rows', { rows: formatNumber(12345) })).toBe('12,345 行');
    expect(translate('en', 'sql.errorAt', { line: 2, column: 5 })).toBe('line 2, column 5');
    expect(translate('ja', 'stage.ready')).toBe('準備完了');
  });

  it('formats numbers with Japanese digit grouping', () => {
    expect(formatNumber(1966735)).toBe('1,966,735');
    expect(formatNumber(14.4)).toBe('14.4');
    expect(formatNumber(-0.5)).toBe('-0.5');
    expect(formatNumber(Number.NaN)).toBe('NaN');
  });
});
