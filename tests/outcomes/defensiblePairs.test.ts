/** Pairs an evaluator would sign: same scope, same period basis, joint targets under every program (issue 10, item 4). */
import { describe, expect, it } from 'vitest';
import { pairsFor, resultAt } from './fixtureTables.js';

describe('pairing on one basis', () => {
  it('札幌市: 500人以上 against 691人 to 12月末 (9 months) gives ratio 1.382 and, annualised, 1.843', () => {
    const [pair] = pairsFor('北海道 札幌市', 56, 500);
    expect(pair).toMatchObject({ result: 691, ratio: 1.382, ratio_annualised: 1.843, confidence: 'high' });
    expect(pair.basis_note).toContain('9か月分');
  });

  it('札幌市: 10区中7区 is a level, not a flow: no annualised ratio', () => {
    expect(pairsFor('北海道 札幌市', 71, 10)[0]).toMatchObject({ result: 7, ratio: 0.7, ratio_annualised: null });
  });

  it('栃木市: 40件 for 交流スペース・サロン会場 together is set against the sum of their targets, 12件 + 6件 = 18件 → 2.222', () => {
    const [pair] = pairsFor('栃木県 栃木市', 2595, 18);
    expect(pair).toMatchObject({ result: 40, result_line: 2643, ratio: 2.222, confidence: 'high', indicator: '地域の交流スペース:相談件数 + サロン会場:相談件数' });
    expect(pair.basis_note).toContain('= 18件');
    expect(pairsFor('栃木県 栃木市', 2595, 12).map((p) => p.result)).toEqual([11]);
  });
});

describe('joint targets', () => {
  it('鳩山町: 相談件数 30件 written for both programs is answered under 多機関 by 64件, and paired under 地域力 too', () => {
    expect(pairsFor('埼玉県 鳩山町', 3501, 30)[0]).toMatchObject({ program: '多機関協働事業', result: 64, ratio: 2.133, confidence: 'high' });
    const [joint] = pairsFor('埼玉県 鳩山町', 3475, 30);
    expect(joint).toMatchObject({ program: '地域力強化推進事業', result: 64, result_line: 3534, ratio: 2.133, confidence: 'medium' });
    expect(joint.basis_note).toContain('多機関協働事業の同じ目標の実績');
  });

  it('岩泉町: 月平均10件 is paired under both programs (the same target in both cells)', () => {
    expect(pairsFor('岩手県 岩泉町', 1232, 10)[0]).toMatchObject({ program: '地域力強化推進事業', result: 6.5, ratio: 0.65 });
    expect(pairsFor('岩手県 岩泉町', 1258, 10)[0]).toMatchObject({ program: '多機関協働事業', result: 6.5, ratio: 0.65 });
  });
});

describe('pairs a careful reader makes', () => {
  it('札幌市: 市圏域でのネットワーク会議 年 2 回 against two dated meetings (6月13日(水)、11月22日(木)に開催) → 2回, 1.0', () => {
    expect(resultAt('北海道 札幌市', 105, 2, 'ネットワーク会議')).toMatchObject({ kind: 'result', unit: '回', indicator: '市圏域でのネットワーク会議' });
    expect(pairsFor('北海道 札幌市', 71, 2)[0]).toMatchObject({ result: 2, result_line: 105, ratio: 1, confidence: 'high' });
  });

  it('鴨川市: 地域ケア会議の開催(年 2 回) against "地域ケア会議について、計画通り2回" → 1.0', () => {
    expect(pairsFor('千葉県 鴨川市', 3789, 2)[0]).toMatchObject({ result: 2, result_line: 3822, ratio: 1, confidence: 'high' });
  });

  it('岩泉町: 勉強会の開催回数 年4回 against "ワークショップを含めた勉強会を7月に1回" (the one target and result naming 勉強会) → 0.25, medium', () => {
    expect(resultAt('岩手県 岩泉町', 1307, 1, '勉強会')).toMatchObject({ kind: 'result', unit: '回', program: '多機関協働事業' });
    const [pair] = pairsFor('岩手県 岩泉町', 1258, 4).filter((p) => p.indicator.includes('勉強会'));
    expect(pair).toMatchObject({ result: 1, result_line: 1307, ratio: 0.25, confidence: 'medium' });
    expect(pair.basis_note).toContain('「勉強会」を数える唯一の目標と実績');
  });

  it('東海村: 100件 ↔ 総合相談件数 164件 and 土浦市 参加者数 800人 ↔ 参加者 109名 are not paired on a count word alone', () => {
    expect(pairsFor('茨城県 東海村', 2462, 100)).toEqual([]);
    expect(pairsFor('茨城県 土浦市', 2203, 800)).toMatchObject([{ result: 109, confidence: 'low' }]);
  });

  it('矢巾町: 「研修」参加者数 のべ200名以上 against 学習会 のべ53名, the only 延べ counts of the program → 0.265, medium', () => {
    const [pair] = pairsFor('岩手県 矢巾町', 1092, 200);
    expect(pair).toMatchObject({ result: 53, result_line: 1142, ratio: 0.265, confidence: 'medium' });
    expect(pair.basis_note).toContain('延べ人数');
  });
});

describe('units that compare but differ', () => {
  it('調布市: ケース件数 100件 against 102世帯 is medium, not high', () => {
    expect(pairsFor('東京都 調布市', 4496, 100)[0]).toMatchObject({ result: 102, result_unit: '世帯', ratio: 1.02, confidence: 'medium' });
  });
});
