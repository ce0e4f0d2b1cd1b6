import { describe, expect, it } from 'vitest';
import { pairHeaderRows, trailingLabelRow } from '../../electron/corpus/headerRows.js';
import { readCells } from '../../electron/corpus/cells.js';
import { seedLines } from './seed.js';

/** The HTML tables of a corpus line (千葉市 3575 holds four, each a label row over a value row). */
const tablesOf = (line: number): string[] => seedLines[line - 1].match(/<table\b[^>]*>[\s\S]*?<\/table>/g) ?? [];

describe('pairing a row of labels with the row of values under it', () => {
  it('reads 千葉市 3575\'s three-column and two-column tables label by label', () => {
    const [area, support] = tablesOf(3575) as [string, string];
    expect(readCells(pairHeaderRows(area)).cells).toEqual(['(対象地域) 千葉市全域', '(対象地域の範囲) 行政区', '(人口) 970,049 人']);
    expect(readCells(pairHeaderRows(support)).cells).toEqual(['(支援する対象) コミュニティソーシャルワーカー', '(支援の内容) 人件費補助金、研修への参加']);
  });

  it('pairs repeated label/value row pairs inside one table (two of 千葉市\'s tables joined)', () => {
    const [, support, place] = tablesOf(3575) as [string, string, string];
    const rows = (t: string) => t.replace(/^<table\b[^>]*>|<\/table>$/g, '');
    const joined = `<table border="1">${rows(support)}${rows(place)}</table>`;
    expect(readCells(pairHeaderRows(joined)).cells).toEqual([
      '(支援する対象) コミュニティソーシャルワーカー', '(支援の内容) 人件費補助金、研修への参加',
      '(拠点の場所) 各区保健福祉センター大会議室、ボランティア活動室', '(運営主体) 千葉市社会福祉協議会',
    ]);
  });

  it('leaves tables of any other shape as written (調布市 4437 labels with values, 土浦市 2251 a count table)', () => {
    for (const line of [4437, 2251]) for (const t of tablesOf(line)) expect(pairHeaderRows(t)).toBe(t);
  });

  it('an empty value keeps its bare label, and a header row ending its table is reported (調布市 4437)', () => {
    const empty = '<table><tr><td>(拠点の場所)</td><td>(運営主体)</td></tr><tr><td></td><td></td></tr></table>';
    expect(readCells(pairHeaderRows(empty)).cells).toEqual(['(拠点の場所)', '(運営主体)']);
    expect(trailingLabelRow(seedLines[4437 - 1])).toEqual(['場所・機関等の名称', '相談を受け止める人']);
    expect(trailingLabelRow(seedLines[3575 - 1])).toBeNull();
  });
});
