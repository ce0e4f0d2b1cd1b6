import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeWithOrigin } from '../../../common/search/normalize';
import { parseQuery, QueryError } from '../../../common/search/query';

describe('one normal form for passages and typed terms', () => {
  it('folds full-width and half-width forms: ＮＰＯ is NPO, ８０５０ is 8050, ｹ is ケ', () => {
    expect(normalizeText('ＮＰＯ法人')).toBe(normalizeText('NPO 法人'));
    expect(normalizeText('８０５０問題')).toBe('8050問題');
    expect(normalizeText('ｻﾛﾝ')).toBe(normalizeText('サロン'));
    expect(normalizeText('ﾊﾟｿｺﾝ')).toBe(normalizeText('パソコン'));
  });

  it('folds ヶ, ケ and ｹ together, and katakana into hiragana', () => {
    expect(new Set([normalizeText('鱒ヶ沢町'), normalizeText('鱒ケ沢町'), normalizeText('鱒ｹ沢町')]).size).toBe(1);
    expect(normalizeText('ヒキコモリ')).toBe('ひきこもり');
    expect(normalizeText('一ヵ月')).toBe(normalizeText('一カ月'));
  });

  it('drops the spaces the corpus writes between numbers and words, and remembers where each character came from', () => {
    const n = normalizeWithOrigin('平成 30 年 ＮＰＯ');
    expect(n.text).toBe('平成30年npo');
    // "n" of npo stands at index 8 of the original (Ｎ).
    expect(n.origin[n.text.indexOf('npo')]).toBe(8);
    expect(n.origin[n.text.length]).toBe(11);
  });
});

describe('search expressions', () => {
  it('reads OR, AND by spaces, exclusion and quoted phrases, full-width forms included', () => {
    expect(parseQuery('居場所 OR サロン')).toEqual({ anyOf: [['居場所'], ['さろん']], without: [] });
    expect(parseQuery('ひきこもり　８０５０')).toEqual({ anyOf: [['ひきこもり', '8050']], without: [] });
    expect(parseQuery('ひきこもり ＯＲ 8050 | 引きこもり -高齢者')).toEqual({ anyOf: [['ひきこもり'], ['8050'], ['引きこもり']], without: ['高齢者'] });
    expect(parseQuery('"NPO 法人"')).toEqual({ anyOf: [['npo法人']], without: [] });
  });

  it('refuses an expression that asks for nothing', () => {
    expect(() => parseQuery(' OR ')).toThrow(QueryError);
    expect(() => parseQuery('-高齢者')).toThrow(QueryError);
  });
});
