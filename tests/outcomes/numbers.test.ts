import { describe, expect, it } from 'vitest';
import { basisBefore, findQuantities, readMonths } from '../../electron/outcomes/numbers.js';
import { foldOutcomeText } from '../../electron/outcomes/text.js';
import { readMeasures } from '../../electron/outcomes/measures.js';

const quantities = (text: string) => findQuantities(foldOutcomeText(text)).map((q) => [q.value, q.valueMax, q.unit, q.per, q.qualifier]);

describe('reading quantities (phrases from the seed)', () => {
  it('reads numbers with separators, spaces, full-width digits, 千 and qualifiers', () => {
    expect(quantities('地域見守りサポーター養成講座修了人数:500 人以上')).toEqual([[500, null, '人', null, '以上']]);
    expect(quantities('目標:相談 2 千件を支援につなげる。')).toEqual([[2000, null, '件', null, null]]);
    expect(quantities('サロン利用延べ人数 18,043 人')).toEqual([[18043, null, '人', null, null]]);
    expect(quantities('相談件数　２０件')).toEqual([[20, null, '件', null, null]]);
  });
  it('reads ranges with the unit on both ends or once', () => {
    expect(quantities('ワークショップ参加人数は各地区 38 人～91 人とばらつき')).toEqual([[38, 91, '人', null, null]]);
    expect(quantities('窓口への相談件数(75件:月平均6~7件)')).toEqual([[75, null, '件', null, null], [6, 7, '件', '月', null]]);
  });
  it('reads the basis: per month, per year, per day', () => {
    expect(quantities('プラン作成件数 1月当たり5件')[0][3]).toBe('月');
    expect(quantities('市圏域でのネットワーク会議: 年 2 回')[0][3]).toBe('年');
    expect(quantities('研修実施回数: 3 回/年 平均利用者数: 15 人/日').map((q) => q[3])).toEqual(['年', '日']);
    expect(quantities('松戸市福祉まるごと相談窓口につないだ件数: 30 件(年間)')[0][3]).toBe('年');
    expect(basisBefore('12月現在 ')).toBeNull();
    expect(basisBefore('平成30年')).toBeNull();
  });
  it('skips dates, ordinals and words that only start like a unit', () => {
    expect(quantities('6月13日(水)、11月22日(木)に開催')).toEqual([]);
    expect(quantities('第1回相談支援包括化推進会議')).toEqual([]);
    expect(quantities('(人口) 6,925 人口')).toEqual([]);
  });
});

describe('reading periods in a fiscal year that starts in April', () => {
  it('counts the months a result covers', () => {
    expect(readMonths('平成30年4月から1月までのコーディネートプラン作成件数は14件')).toBe(10);
    expect(readMonths('地域見守りサポーター養成人数は、平成 30 年 12 月末日時点 691 人')).toBe(9);
    expect(readMonths('相談件数(人):20件 12月現在 53件')).toBe(9);
    expect(readMonths('相談窓口の開催件数 42回(2月28日時点)')).toBe(11);
    expect(readMonths('相談件数実績(平成30年4月～平成31年2月) 495件')).toBe(11);
    expect(readMonths('2.多機関の協働による包括的支援体制構築事業(10月より実施) 相談受付件数 15件(※1月末時点)')).toBe(4);
    expect(readMonths('相談件数 81 件(H31.2.28 現在)')).toBe(11);
    expect(readMonths('相談支援包括化推進会議を本年2月に実施した')).toBeNull();
  });
});

describe('labelled measures', () => {
  it('keeps the total of a sum and drops its parts', () => {
    const ms = readMeasures(foldOutcomeText('結果: 相談件数は CSW912 件+包括化推進員 61 件計 973 件で支援の終結率は 30%。')).filter((m) => !m.drop);
    expect(ms.map((m) => m.value)).toEqual([973, 30]);
  });
  it('reads products and their stated totals', () => {
    const ms = readMeasures(foldOutcomeText('各地区の地域づくりフォーラムへの参加者数: 30 人 × 15 地区 = 450 名(年間、延べ数)')).filter((m) => !m.drop);
    expect(ms.map((m) => [m.value, m.unit, m.per, m.label])).toEqual([[450, '名', '年', '各地区の地域づくりフォーラムへの参加者数']]);
    const product = readMeasures(foldOutcomeText('・サロン(参加者数)1か所×15人×6回')).filter((m) => !m.drop);
    expect(product.map((m) => [m.value, m.unit])).toEqual([[90, '人']]);
  });
  it('reads "10区中7区" as 7 and an arrow as target then result', () => {
    expect(readMeasures(foldOutcomeText('10 区中7区(中央、東)で開催済')).filter((m) => !m.drop).map((m) => m.value)).toEqual([7]);
    const arrow = readMeasures(foldOutcomeText('福祉協力員委嘱数 30名⇒26名'), { answers: true });
    expect(arrow.map((m) => [m.value, m.marker, m.linkedTarget])).toEqual([[30, 'target', null], [26, null, 0]]);
  });
});
