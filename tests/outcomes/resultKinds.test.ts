/** Results are achievements: frequencies of meetings and plans are schedules, baselines are context (issue 10, item 2). */
import { describe, expect, it } from 'vitest';
import { fixtureTables, pairsFor, resultAt } from './fixtureTables.js';

describe('schedules', () => {
  it('広尾町: the frequencies in the list of meetings attended (多職種連携会議(年4回), …(月1回)) are schedules', () => {
    expect(resultAt('北海道 広尾町', 648, 4, '多職種連携会議')).toMatchObject({ kind: 'schedule', per: '年' });
    expect(resultAt('北海道 広尾町', 648, 1, '地域包括ケア会議個別検討会議')).toMatchObject({ kind: 'schedule', per: '月' });
    expect(resultAt('北海道 広尾町', 648, 4, 'サンタの会')).toMatchObject({ kind: 'schedule' });
  });

  it('広尾町: "月1回 12月現在 定例で月1回開催" is a target restated and the result that answers it', () => {
    expect(resultAt('北海道 広尾町', 648, 1, '相談支援包括化推進担当者会議')).toMatchObject({ kind: 'result', stated_target: 1, program: '多機関協働事業' });
    // The meetings attended no longer answer the cell's "出席、3回" (line 643).
    expect(pairsFor('北海道 広尾町', 643, 3)).toEqual([]);
  });

  it('土浦市: (毎月1回開催) and (隔月1回開催) are schedules, and 隔月 is not read as once a month', () => {
    expect(resultAt('茨城県 土浦市', 2251, 1, 'スクラムネット')).toMatchObject({ kind: 'schedule', per: '月' });
    expect(resultAt('茨城県 土浦市', 2251, 1, 'ふれあい調整会議')).toMatchObject({ kind: 'schedule', per: null });
    expect(resultAt('茨城県 土浦市', 2251, 88)).toMatchObject({ kind: 'result' });
  });

  it('札幌市: "年 2 回行うこととしている" is a plan, not a result', () => {
    const twos = fixtureTables.results.filter((r) => r.entity_id === '北海道 札幌市' && r.line === 103 && r.value === 2);
    // "13 地区中 5 地区が 2 回実施済み" is what was done; "年 2 回行うこととしている" what was planned.
    expect(twos.map((r) => [r.per, r.kind])).toEqual([['年', 'schedule'], [null, 'result']]);
  });

  it('国立市: 月1回のひきこもり家族会 is a schedule; against 年12回 it pairs only at low confidence, outside the record figure', () => {
    expect(resultAt('東京都 国立市', 4848, 1)).toMatchObject({ kind: 'schedule', per: '月' });
    const [pair] = pairsFor('東京都 国立市', 4803, 12);
    expect(pair).toMatchObject({ result: 12, ratio: 1, confidence: 'low' });
    expect(pair.basis_note).toContain('開催の頻度');
    expect(fixtureTables.entity_attainment.find((e) => e.entity_id === '東京都 国立市')).toMatchObject({ pairs: 0, pairs_low: 1, ratio: null });
  });
});

describe('context', () => {
  it('東京都: the dated baseline (平成 29 年4月時点 52 区市町村) is context; 53 and the 99% survey answer are results', () => {
    expect(resultAt('東京都', 3882, 52)).toMatchObject({ kind: 'context' });
    expect(resultAt('東京都', 3882, 36)).toMatchObject({ kind: 'context' });
    expect(resultAt('東京都', 3882, 53)).toMatchObject({ kind: 'result' });
    expect(resultAt('東京都', 3882, 99)).toMatchObject({ kind: 'result', unit: '%' });
  });

  it('矢巾町: 前年度継続案件 32件 is kept as context, not dropped and not paired', () => {
    expect(resultAt('岩手県 矢巾町', 1153, 32)).toMatchObject({ kind: 'context', program: '多機関協働事業' });
    expect(fixtureTables.attainment.some((a) => a.entity_id === '岩手県 矢巾町' && a.result === 32)).toBe(false);
  });
});
