/** Section 5 results follow the program heading they stand under, wherever the heading stands (issue 10, item 1). */
import { describe, expect, it } from 'vitest';
import { pairsFor, resultAt } from './fixtureTables.js';

describe('program headings inside one HTML line', () => {
  it('広尾町 line 648: <多機関の協働による…事業> after the 地域力 list moves 検討 16件 to 多機関, and 10件 ↔ 16件 pairs there', () => {
    expect(resultAt('北海道 広尾町', 648, 53, '相談件数')).toMatchObject({ program: '地域力強化推進事業', program_inferred: false });
    expect(resultAt('北海道 広尾町', 648, 16, '複合的な課題の検討')).toMatchObject({ program: '多機関協働事業', program_inferred: false });
    expect(pairsFor('北海道 広尾町', 648, 10).map((p) => [p.program, p.result, p.ratio, p.confidence]))
      .toContainEqual(['多機関協働事業', 16, 1.6, 'high']);
  });

  it('千葉市 line 3625: 【多機関の協働による…】 mid-line after 60.6% starts 多機関 (CSW会議 11回, 新規相談 109件)', () => {
    expect(resultAt('千葉県 千葉市', 3625, 60.6)).toMatchObject({ program: '地域力強化推進事業' });
    expect(resultAt('千葉県 千葉市', 3625, 11, 'コミュニティソーシャルワーカー会議')).toMatchObject({ program: '多機関協働事業' });
    expect(resultAt('千葉県 千葉市', 3625, 109, '新規相談件数')).toMatchObject({ program: '多機関協働事業' });
    // The 地域力 target CSW会議 12回 (line 3595) is no longer paired with the 多機関 meetings.
    expect(pairsFor('千葉県 千葉市', 3595, 12)).toEqual([]);
  });

  it('土浦市 line 2251: <多機関…> after "8回開催" moves the 推進会議 counts (スクラムネット 153件) to 多機関', () => {
    expect(resultAt('茨城県 土浦市', 2251, 10270)).toMatchObject({ program: '地域力強化推進事業' });
    expect(resultAt('茨城県 土浦市', 2251, 153, 'スクラムネット')).toMatchObject({ program: '多機関協働事業' });
  });

  it('墨田区 line 3979: two <…> headings in one line give 115件 to 地域力 and 495件 to 多機関', () => {
    expect(resultAt('東京都 墨田区', 3979, 115)).toMatchObject({ program: '地域力強化推進事業' });
    expect(resultAt('東京都 墨田区', 3979, 495)).toMatchObject({ program: '多機関協働事業' });
  });
});

describe('abbreviated and misspelt headings', () => {
  it('栃木市 <多機関協働> (line 2656) heads lines 2659–2665, and they pair with the 多機関 targets of line 2620', () => {
    expect(resultAt('栃木県 栃木市', 2654, 50)).toMatchObject({ program: '地域力強化推進事業' });
    for (const [line, value] of [[2659, 2], [2661, 24], [2663, 2], [2665, 22]]) {
      expect(resultAt('栃木県 栃木市', line, value)).toMatchObject({ program: '多機関協働事業' });
    }
    expect(pairsFor('栃木県 栃木市', 2620, 100)[0]).toMatchObject({ result: 24, result_line: 2661, ratio: 0.24, confidence: 'high', program: '多機関協働事業' });
    expect(pairsFor('栃木県 栃木市', 2620, 80)[0]).toMatchObject({ result: 22, result_line: 2665, ratio: 0.275 });
  });

  it('鳩山町 ・他機関の協働による… (an OCR slip of 多機関, line 3532) heads the 多機関 results', () => {
    expect(resultAt('埼玉県 鳩山町', 3518, 60)).toMatchObject({ program: '地域力強化推進事業' });
    expect(resultAt('埼玉県 鳩山町', 3534, 64)).toMatchObject({ program: '多機関協働事業' });
  });

  it('国立市: section 5 names no program, so program_inferred says the program was taken from elsewhere', () => {
    expect(resultAt('東京都 国立市', 4848, 15)).toMatchObject({ program_inferred: true, statistic: 'average' });
  });
});
