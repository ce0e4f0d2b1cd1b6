/** The outcome rules over the whole bundled corpus, through the parser's own inputs (buildOutcomeRecords). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOutcomeRecords, parseCorpusText } from '../../electron/corpus/parseCorpus.js';
import { extractOutcomes } from '../../electron/outcomes/index.js';
import { SEED } from './seedSlices.js';

const text = readFileSync(SEED, 'utf8');
const lines = text.split('\n');
const records = buildOutcomeRecords(text, '000_28d5abefee45edbb.txt');
const tables = extractOutcomes(records);

/** Digits of a line, with thousands separators and spaces between digit groups removed. */
function digitsOf(lineNo: number): string {
  return lines[lineNo - 1].replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/(\d)[,\s]+(?=\d)/g, '$1');
}

describe('outcomes of the bundled corpus', () => {
  it('gives every record one attainment row, null where nothing was paired', () => {
    expect(records).toHaveLength(50);
    expect(tables.entity_attainment).toHaveLength(50);
    const withRatio = tables.entity_attainment.filter((e) => e.ratio !== null);
    expect(withRatio.length).toBeGreaterThanOrEqual(25);
    for (const e of tables.entity_attainment) if (e.pairs === 0) expect(e.ratio).toBeNull();
  });

  it('finds the numeric targets and pairs most of them', () => {
    expect(tables.targets.length).toBeGreaterThanOrEqual(170);
    const trusted = tables.attainment.filter((a) => a.confidence !== 'low');
    expect(trusted.length).toBeGreaterThanOrEqual(80);
    const pairedTargets = new Set(tables.attainment.map((a) => `${a.entity_id}|${a.target_line}|${a.target}|${a.indicator}`));
    expect(pairedTargets.size / tables.targets.length).toBeGreaterThan(0.45);
  });

  it('keeps every section-5 number with its kind: 300 results, 11 schedules, 4 context figures', () => {
    const kinds = { result: 0, schedule: 0, context: 0 };
    for (const r of tables.results) kinds[r.kind]++;
    expect(kinds).toEqual({ result: 300, schedule: 11, context: 4 });
    // Schedules pair only as low (国立市's 月1回 against 年12回); context figures never.
    const byLine = new Map(tables.results.map((r) => [`${r.entity_id}|${r.line}|${r.value}`, r.kind]));
    for (const a of tables.attainment) if (byLine.get(`${a.entity_id}|${a.result_line}|${a.result}`) === 'context') throw new Error(`context paired: ${a.entity_id} ${a.result}`);
  });

  it('pairs 107 targets with results: 83 high, 15 medium, 9 low; 55 of them with a 9–11-month annualised ratio', () => {
    const count = (c: string) => tables.attainment.filter((a) => a.confidence === c).length;
    expect([tables.attainment.length, count('high'), count('medium'), count('low')]).toEqual([107, 83, 15, 9]);
    expect(tables.attainment.filter((a) => a.ratio_annualised !== null)).toHaveLength(55);
  });

  it('follows the in-line and abbreviated 多機関 headings of 広尾町, 土浦市, 栃木市, 千葉市 and 墨田区', () => {
    const under = (entity: string, lines: number[]) => tables.results.filter((r) => r.entity_id === entity && lines.includes(r.line) && r.program === '多機関協働事業').length;
    expect(under('北海道 広尾町', [648])).toBe(6);
    expect(under('茨城県 土浦市', [2251, 2255])).toBe(5);
    expect(under('栃木県 栃木市', [2659, 2661, 2663, 2665])).toBe(4);
    expect(under('千葉県 千葉市', [3625])).toBe(3);
    expect(under('東京都 墨田区', [3979])).toBe(1);
  });

  it('puts each result under the program the fields table gives its line, wherever a field there names one', () => {
    const parsed = parseCorpusText(text, '000_28d5abefee45edbb.txt');
    const disagree = parsed.results.filter((r) => {
      const named = parsed.fields.filter((f) => f.entity_id === r.entity_id && f.line_start <= r.line && f.line_end >= r.line && f.program !== null);
      return named.length > 0 && !named.some((f) => f.program === r.program);
    });
    expect(disagree.map((r) => `${r.entity_id} ${r.line} ${r.value}${r.unit}`)).toEqual([]);
    // 鳩山町's "・他機関の協働による…" heading (an OCR slip) is 多機関 in both tables.
    expect(parsed.fields.find((f) => f.entity_id === '埼玉県 鳩山町' && f.line_start === 3534)?.program).toBe('多機関協働事業');
  });

  it('pairs the issue\'s two examples through the parser\'s inputs', () => {
    const sapporo = tables.attainment.find((a) => a.entity_id === '北海道 札幌市' && a.target === 500);
    expect(sapporo).toMatchObject({ result: 691, ratio: 1.382, target_line: 56, result_line: 103, confidence: 'high' });
    const tsugaru = tables.attainment.find((a) => a.entity_id.startsWith('青森県 東津軽郡') && a.target === 5);
    expect(tsugaru).toMatchObject({ target_per: '月', result: 1.4, ratio: 0.28, target_line: 743, result_line: 749 });
  });

  it('takes every result from a line that writes its number (or the factors of a product such as 5地区×3回)', () => {
    const missing = tables.results.filter((r) => !digitsOf(r.line).includes(String(r.value)) && !/千|万|×/.test(lines[r.line - 1]));
    expect(missing.map((r) => `${r.line}: ${r.value}${r.unit}`)).toEqual([]);
  });

  it('traces every pair to a target line and a result line of its own record', () => {
    const spans = new Map<string, [number, number]>();
    for (const r of records) {
      const all = [...r.targetCells.flatMap((c) => c.lines), ...r.resultLines].map((l) => l.line_no);
      spans.set(r.entity_id, [Math.min(...all), Math.max(...all)]);
    }
    for (const a of tables.attainment) {
      const [from, to] = spans.get(a.entity_id)!;
      expect(a.target_line).toBeGreaterThanOrEqual(from);
      expect(a.result_line).toBeLessThanOrEqual(to);
      expect(a.method).toBe('extracted');
    }
  });
});

describe('a copy of the corpus with other numbers', () => {
  it('moves the ratios with the numbers', () => {
    const copy = text
      .replace('地域見守りサポーター養成講座修了人数:500 人以上', '地域見守りサポーター養成講座修了人数:600 人以上')
      .replace('平成 30 年 12 月末日時点 691 人', '平成 30 年 12 月末日時点 450 人')
      .replace('プラン作成件数 1月当たり5件', 'プラン作成件数 1月当たり4件')
      .replace('コーディネートプラン作成件数は14件(月当たり1.4件)', 'コーディネートプラン作成件数は50件(月当たり5件)');
    const changed = extractOutcomes(buildOutcomeRecords(copy, 'copy.txt'));
    expect(changed.attainment.find((a) => a.entity_id === '北海道 札幌市' && a.target_line === 56 && a.target === 600)).toMatchObject({ result: 450, ratio: 0.75 });
    expect(changed.attainment.find((a) => a.entity_id.startsWith('青森県 東津軽郡') && a.target_line === 743)).toMatchObject({ target: 4, result: 5, ratio: 1.25 });
  });
});

describe('a copy of the corpus with headings written another way', () => {
  it('follows 広尾町\'s heading rewritten as 【多機関協働】 mid-line, and 千葉市\'s as ＜多機関協働事業＞, with the numbers changed', () => {
    const copy = text
      .replace('意見交換会他 <p><多機関の協働による包括的支援体制構築事業></p>', '意見交換会他 【多機関協働】')
      .replace('複合的な課題の検討:10件 12月現在 16件', '複合的な課題の検討:10件 12月現在 19件')
      .replace('<p>【多機関の協働による包括的支援体制構築事業】</p> <p>①コミュニティソーシャルワーカー会議開催回数 11回', '＜多機関協働事業＞ ①コミュニティソーシャルワーカー会議開催回数 13回');
    expect(copy).not.toBe(text);
    const changed = extractOutcomes(buildOutcomeRecords(copy, 'copy.txt'));
    const hiroo = changed.results.find((r) => r.entity_id === '北海道 広尾町' && r.value === 19);
    expect(hiroo).toMatchObject({ program: '多機関協働事業', kind: 'result', line: 648 });
    expect(changed.attainment.find((a) => a.entity_id === '北海道 広尾町' && a.result === 19)).toMatchObject({ target: 10, ratio: 1.9, program: '多機関協働事業' });
    expect(changed.results.find((r) => r.entity_id === '千葉県 千葉市' && r.value === 13)).toMatchObject({ program: '多機関協働事業' });
    expect(changed.results.find((r) => r.entity_id === '千葉県 千葉市' && r.value === 60.6)).toMatchObject({ program: '地域力強化推進事業' });
  });
});
