/** Ranges, per-unit values, averages, 延べ counts and target years survive into the tables (issue 10, item 3). */
import { describe, expect, it } from 'vitest';
import { pairsFor, resultAt, targetAt } from './fixtureTables.js';

describe('the basis of a figure', () => {
  it('釧路市: a range target 毎月 2～3 件 keeps its upper end', () => {
    expect(targetAt('北海道 釧路市', 204, 2)).toMatchObject({ value_max: 3, per: '月', unit: '件' });
  });

  it('小田原市: 年2～3回 keeps 3, and the ratio is taken against the lower end with a note', () => {
    expect(targetAt('神奈川県 小田原市', 5133, 2, 'ネットワーク会議')).toMatchObject({ value_max: 3, per: '年' });
    const [pair] = pairsFor('神奈川県 小田原市', 5133, 2);
    expect(pair).toMatchObject({ result: 2, ratio: 1 });
    expect(pair.basis_note).toContain('下限2回');
  });

  it('札幌市: 各地区 50 人 and 各地区 38 人～91 人 are per district, and pair at one scope', () => {
    expect(targetAt('北海道 札幌市', 56, 50)).toMatchObject({ per_unit: '地区' });
    expect(resultAt('北海道 札幌市', 103, 38)).toMatchObject({ per_unit: '地区', value_max: 91 });
    expect(pairsFor('北海道 札幌市', 56, 50)[0]).toMatchObject({ result: 64.5, ratio: 1.29, confidence: 'medium' });
  });

  it('郡山市: 1拠点あたり月平均15件 is a per-site monthly average', () => {
    expect(targetAt('福島県 郡山市', 2118, 15)).toMatchObject({ per_unit: 'か所', statistic: 'average', per: '月' });
  });

  it('栃木市: 1地区10人×3地区 is 30人 in all, no longer per district', () => {
    expect(targetAt('栃木県 栃木市', 2580, 30)).toMatchObject({ per_unit: null, unit: '人' });
  });

  it('矢巾町: のべ200名以上 and のべ53名 are 延べ counts', () => {
    expect(targetAt('岩手県 矢巾町', 1092, 200)).toMatchObject({ statistic: '延べ', qualifier: '以上' });
    expect(resultAt('岩手県 矢巾町', 1142, 53)).toMatchObject({ statistic: '延べ' });
  });

  it('国立市: 平均15名 is an average', () => {
    expect(resultAt('東京都 国立市', 4848, 15)).toMatchObject({ statistic: 'average' });
  });

  it('八王子市: 平成32年度 28団体 and 平成34年度 37団体 keep their years', () => {
    expect(targetAt('東京都 八王子市', 4331, 28)).toMatchObject({ target_year: 2020 });
    expect(targetAt('東京都 八王子市', 4331, 37)).toMatchObject({ target_year: 2022 });
  });

  it('広尾町: (10%増) written in an <input value> is read as a target', () => {
    expect(targetAt('北海道 広尾町', 601, 10)).toMatchObject({ unit: '%', qualifier: '増', section: '3.④ア' });
  });
});
