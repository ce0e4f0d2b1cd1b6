import { describe, expect, it } from 'vitest';
import { readCenterCounts, readStatNumber, welfareRatePermille } from '../../electron/corpus/numbers.js';
import { readParts } from '../../electron/corpus/basicStats.js';
import { readHeadCount, splitImplementer } from '../../electron/corpus/programs.js';

describe('numbers of the 1-1 table', () => {
  it.each([
    ['1,966,735(人)', 1966735, '人'],
    ['235,169 (人)', 235169, '人'],
    ['62073(人)', 62073, '人'],
    ['1,121.26(k m ²)', 1121.26, 'km²'],
    ['596(k㎡)', 596, 'km²'],
    ['231.6(km ²)', 231.6, 'km²'],
    ['98.95%', 98.95, '%'],
    ['29.21(‰)', 29.21, '‰'],
    ['１２３(校)', 123, '校'],
    ['※16(校)', 16, '校'],
    ['(1)(校)', 1, '校'],
    ['10.9(%) (H30/11 現在)', 10.9, '%'],
  ])('%s → %s %s', (raw, value, unit) => {
    const n = readStatNumber(raw);
    expect(n.value).toBe(value);
    expect(n.unit).toBe(unit);
  });

  it.each(['(%)', '-(%)', '不明(%)', '未集計', '—(%)', '—', '(k m ²)'])('%s is no number', (raw) => {
    expect(readStatNumber(raw).value).toBeNull();
  });

  it('flags digit grouping that cannot be right (an OCR slip in 秋田県)', () => {
    const n = readStatNumber('389,0606(世帯)');
    expect(n.value).toBe(3890606);
    expect(n.note).toMatch(/桁区切り/);
  });

  it('marks approximate values', () => {
    expect(readStatNumber('約70(%)')).toMatchObject({ value: 70, note: '概数' });
  });

  it('reads the parts of an area record cell', () => {
    expect(readParts('県:977,675(人) 上小阿仁村:2,150(人) 小坂町:4,934(人)')).toEqual([
      { name: '県', text: '977,675(人)' },
      { name: '上小阿仁村', text: '2,150(人)' },
      { name: '小坂町', text: '4,934(人)' },
    ]);
  });
});

describe('生活保護受給率 on one basis', () => {
  it('reads a plausible percentage as ‰ ×10', () => {
    expect(welfareRatePermille(3.7, '%')).toEqual({ permille: 37, flag: null });
    expect(welfareRatePermille(0.094, '%')).toEqual({ permille: 0.94, flag: null });
  });
  it('reads an implausible percentage as per-mille, with a flag (京極町 14.4 %)', () => {
    const r = welfareRatePermille(14.4, '%');
    expect(r.permille).toBe(14.4);
    expect(r.flag).toMatch(/‰と解釈/);
  });
  it('keeps per-mille as written', () => {
    expect(welfareRatePermille(29.21, '‰')).toEqual({ permille: 29.21, flag: null });
  });
});

describe('直営 and 委託 counts', () => {
  it.each([
    ['委託: 27 か所(札幌市社会福祉協議会など)', 0, 27],
    ['直営:2か所, 委託:5か所()', 2, 5],
    ['直営1箇所', 1, 0],
    ['委託のみ 10か所(公財, 民間)', 0, 10],
    ['直営:なし 委託:12か所(社会福祉法人9、株式会社3)', 0, 12],
    ['直営(基幹型包括支援センター):1か所, 委託:18か所', 1, 18],
    ['各町村1ヶ所(うち直営:3ヶ所、委託:1ヶ所(社会福祉法人))', 3, 1],
    ['直営:0か所 委託:2か所(社協、民間団体)', 0, 2],
    ['直営・委託なし', 0, 0],
    ['なし', 0, 0],
    ['委託: 30か所【出張所2か所を含む】 (社会福祉法人 22、医療法人 4、医療法人社団 4)', 0, 30],
  ])('%s → 直営 %s, 委託 %s', (raw, direct, consigned) => {
    expect(readCenterCounts(raw)).toMatchObject({ direct, consigned, note: null });
  });

  it.each(['県が実施主体', '282カ所', '県がアスポートに委託', '市(直営:4カ所、委託:9カ所(社協)) 町村部(直営:4カ所(県福祉事務所))'])(
    '%s cannot be split: null with a note',
    (raw) => {
      const c = readCenterCounts(raw);
      expect(c.direct).toBeNull();
      expect(c.consigned).toBeNull();
      expect(c.note).not.toBeNull();
    },
  );
});

describe('program cells', () => {
  it('splits 実施主体 and 委託先', () => {
    expect(splitImplementer('札幌市(札幌市社会福祉協議会)')).toEqual({ implementer: '札幌市', contractor: '札幌市社会福祉協議会' });
    expect(splitImplementer('札幌市')).toEqual({ implementer: '札幌市', contractor: null });
  });
  it.each([
    ['6人', 6],
    ['2名', 2],
    ['常勤1人、非常勤1人', 2],
    ['20 人(専任1名，兼任 19 人)', 20],
    ['平成 30 年度は相談支援包括化推進員の配置は行わないが、…検討する。', 0],
    ['委託先:2か所(各2人) 直営:3人', null],
    ['【協働の中核を担う機能】 千葉市社会福祉協議会が6区に配置しているCSW', null],
  ])('相談支援包括化推進員 %s → %s', (raw, n) => {
    expect(readHeadCount(raw)).toBe(n);
  });
});
