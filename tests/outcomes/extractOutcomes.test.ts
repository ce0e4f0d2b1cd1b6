import { describe, expect, it } from 'vitest';
import { extractOutcomes } from '../../electron/outcomes/index.js';
import type { AttainmentRow } from '../../electron/corpus/types.js';
import type { OutcomeRecord } from '../../electron/outcomes/types.js';
import { recordFromSeed, SEED_RECORDS } from './seedSlices.js';

const records = Object.fromEntries(Object.entries(SEED_RECORDS).map(([k, spec]) => [k, recordFromSeed(spec)])) as Record<keyof typeof SEED_RECORDS, OutcomeRecord>;
const tables = extractOutcomes(Object.values(records));

function pairsOf(entity: string): AttainmentRow[] {
  return tables.attainment.filter((a) => a.entity_id === entity);
}

function pairAt(entity: string, targetLine: number, target: number, indicator = ''): AttainmentRow {
  const found = pairsOf(entity).filter((a) => a.target_line === targetLine && a.target === target && a.indicator.includes(indicator));
  expect(found, `${entity}: pair for the target ${target} on line ${targetLine}`).toHaveLength(1);
  return found[0];
}

describe('札幌市 (municipality, both programs)', () => {
  it('pairs the 以上 target 500人以上 with 691人 → 1.38, high', () => {
    const p = pairAt('北海道 札幌市', 56, 500);
    expect(p).toMatchObject({ result: 691, result_line: 103, ratio: 1.382, confidence: 'high', method: 'extracted', program: '地域力強化推進事業' });
    const t = tables.targets.find((x) => x.entity_id === '北海道 札幌市' && x.value === 500);
    expect(t).toMatchObject({ unit: '人', qualifier: '以上', per: null, line: 56, section: '3.④ア' });
  });
  it('compares a range of results (各地区 38人～91人) by its midpoint 64.5, one level less sure', () => {
    const p = pairAt('北海道 札幌市', 56, 50);
    expect(p).toMatchObject({ result: 64.5, ratio: 1.29, confidence: 'medium' });
    expect(p.basis_note).toContain('38～91人');
    const r = tables.results.find((x) => x.entity_id === '北海道 札幌市' && x.line === 103 && x.value === 38);
    expect(r?.value_max).toBe(91);
  });
  it('reads "10区中7区" as 7 of the 10 districts', () => {
    expect(pairAt('北海道 札幌市', 71, 10)).toMatchObject({ result: 7, ratio: 0.7, result_line: 107 });
  });
});

describe('東津軽郡 (area record): a monthly target', () => {
  it('compares プラン作成件数 1月当たり5件 with 14件 over 4月–1月, written as 月当たり1.4件 → 0.28', () => {
    const p = pairAt('青森県 東津軽郡', 743, 5);
    expect(p).toMatchObject({ target_per: '月', result: 1.4, ratio: 0.28, result_line: 749, program: '多機関協働事業' });
    const r = tables.results.find((x) => x.entity_id === '青森県 東津軽郡' && x.value === 14);
    expect(r).toMatchObject({ months: 10, line: 749, unit: '件' });
  });
});

describe('岩泉町: a monthly target against a count to 2月28日', () => {
  it('divides 42回 by 11 months against 月4回 → 0.955', () => {
    const p = pairAt('岩手県 岩泉町', 1232, 4);
    expect(p).toMatchObject({ result: 3.818, ratio: 0.955, result_line: 1268, target_per: '月' });
    expect(p.basis_note).toContain('11か月');
  });
  it('uses the monthly average the report gives (月平均6~7件) for 月平均10件 → 0.65', () => {
    expect(pairAt('岩手県 岩泉町', 1232, 10)).toMatchObject({ result: 6.5, ratio: 0.65 });
  });
  it('pairs the same targets again under 多機関, from that program\'s block', () => {
    expect(pairAt('岩手県 岩泉町', 1258, 20)).toMatchObject({ result: 24, result_line: 1303, ratio: 1.2, program: '多機関協働事業' });
  });
});

describe('盛岡市: a record with both programs', () => {
  it('pairs 地域力 and 多機関 targets with the results under 成果目標:/結果: in one line', () => {
    expect(pairAt('岩手県 盛岡市', 874, 50)).toMatchObject({ result: 19, ratio: 0.38, program: '地域力強化推進事業', confidence: 'high' });
    expect(pairAt('岩手県 盛岡市', 874, 30)).toMatchObject({ result: 132, ratio: 4.4 });
    expect(pairAt('岩手県 盛岡市', 892, 200)).toMatchObject({ result: 12, ratio: 0.06 });
    expect(pairAt('岩手県 盛岡市', 919, 50)).toMatchObject({ result: 30, ratio: 0.6, program: '多機関協働事業', target_unit: '%' });
  });
  it('takes the total "CSW912件+包括化推進員61件計973件", not a part', () => {
    expect(pairAt('岩手県 盛岡市', 919, 500)).toMatchObject({ result: 973, ratio: 1.946 });
  });
});

describe('targets restated in section 5', () => {
  it('湯沢市: "目標の20件に対し9件" → 0.45, with the target kept from section 5', () => {
    expect(pairAt('秋田県 湯沢市', 1641, 20)).toMatchObject({ result: 9, ratio: 0.45, confidence: 'high' });
    expect(tables.targets.find((t) => t.entity_id === '秋田県 湯沢市' && t.line === 1641)?.section).toBe('達成状況');
  });
  it('山形市: "316件(成果目標 330件)" pairs with the cell target 330件 → 0.958', () => {
    expect(pairAt('山形県 山形市', 1900, 330)).toMatchObject({ result: 316, result_line: 1932, ratio: 0.958, confidence: 'high' });
  });
  it('市貝町: "福祉協力員委嘱数 30名⇒26名" answers the cell target → 0.867', () => {
    expect(pairAt('栃木県 市貝町', 2767, 30, '福祉協力員')).toMatchObject({ result: 26, result_line: 2829, ratio: 0.867, confidence: 'high' });
    expect(pairAt('栃木県 市貝町', 2767, 30, 'ゲートキーパー')).toMatchObject({ result: 20, result_line: 2831, ratio: 0.667 });
    expect(tables.results.find((r) => r.entity_id === '栃木県 市貝町' && r.value === 26)?.stated_target).toBe(30);
  });
  it('郡山市: the line before "⇒実績 … 月平均 約4件" states the monthly target 15件 → 0.267', () => {
    expect(pairAt('福島県 郡山市', 2118, 15)).toMatchObject({ result: 4, result_line: 2134, ratio: 0.267 });
    expect(pairAt('福島県 郡山市', 2118, 50)).toMatchObject({ result: 31.5, result_line: 2141, ratio: 0.63 });
  });
  it('調布市: targets listed in the 別紙 within section 5 answer "目標60団体に対し、67団体" → 1.117', () => {
    expect(pairAt('東京都 調布市', 4552, 60)).toMatchObject({ result: 67, result_line: 4506, ratio: 1.117, program: '地域力強化推進事業' });
    expect(pairAt('東京都 調布市', 4496, 15000)).toMatchObject({ result: 14697, ratio: 0.98, program: '多機関協働事業' });
  });
});

describe('世田谷区 and 国立市', () => {
  it('世田谷区: 相談件数 2,000件 → 2,428件 and 目標 1,000件 実績 1,042件', () => {
    expect(pairAt('東京都 世田谷区', 4028, 2000)).toMatchObject({ result: 2428, ratio: 1.214 });
    expect(pairAt('東京都 世田谷区', 4057, 1000)).toMatchObject({ result: 1042, ratio: 1.042, confidence: 'high' });
  });
  it('国立市: ひきこもり家族会 年12回 against 月1回 → 12回 a year, ratio 1', () => {
    const p = pairAt('東京都 国立市', 4803, 12);
    expect(p).toMatchObject({ result: 12, ratio: 1, result_line: 4848 });
    expect(p.basis_note).toContain('× 12か月');
  });
});

describe('栃木県 (prefecture record)', () => {
  it('pairs 相談支援コーディネーターの養成 30名 with 延べ25名 → 0.833 and トップセミナー 約400名 with 約400名', () => {
    expect(pairAt('栃木県', 2515, 30)).toMatchObject({ result: 25, result_line: 2524, ratio: 0.833, program: '都道府県事業' });
    expect(pairAt('栃木県', 2515, 400)).toMatchObject({ result: 400, ratio: 1 });
  });
});

describe('鱒ヶ沢町: only qualitative targets', () => {
  it('has no numeric target, no pair, and a null attainment', () => {
    expect(tables.targets.filter((t) => t.entity_id === '青森県 鱒ヶ沢町')).toEqual([]);
    expect(pairsOf('青森県 鱒ヶ沢町')).toEqual([]);
    expect(tables.entity_attainment.find((e) => e.entity_id === '青森県 鱒ヶ沢町')).toMatchObject({ ratio: null, pairs: 0, pairs_low: 0 });
  });
});

describe('entity_attainment', () => {
  it('is the median ratio of the high and medium pairs of each record', () => {
    for (const e of tables.entity_attainment) {
      const trusted = pairsOf(e.entity_id).filter((a) => a.confidence !== 'low').map((a) => a.ratio).sort((x, y) => x - y);
      expect(e.pairs).toBe(trusted.length);
      if (trusted.length === 0) expect(e.ratio).toBeNull();
    }
    const sapporo = tables.entity_attainment.find((e) => e.entity_id === '北海道 札幌市');
    // 0.7, 1 (two dated meetings of 年 2 回), 1.29 and 1.382: the median of four.
    expect(sapporo).toMatchObject({ ratio: 1.145, pairs: 4 });
  });
  it('every pair carries both its lines, inside the record\'s cut', () => {
    for (const a of tables.attainment) {
      expect(a.target_line).toBeGreaterThan(0);
      expect(a.result_line).toBeGreaterThan(0);
      expect(a.ratio).toBeCloseTo(a.result / a.target, 2);
    }
  });
});

describe('the rules read structure, not these numbers', () => {
  /** A copy of the inputs with some numbers rewritten, as another year's report would have them. */
  function rewrite(record: OutcomeRecord, edits: [number, string, string][]): OutcomeRecord {
    const edit = (line: { line_no: number; text: string }) => {
      let text = line.text;
      for (const [n, from, to] of edits) if (n === line.line_no) text = text.replace(from, to);
      return { ...line, text };
    };
    return {
      ...record,
      targetCells: record.targetCells.map((c) => ({ ...c, lines: c.lines.map(edit) })),
      resultLines: record.resultLines.map(edit),
    };
  }

  it('follows changed targets, results and periods', () => {
    const changed = extractOutcomes([
      rewrite(records.sapporo, [[56, '500 人以上', '800 人以上'], [103, '691 人', '400 人']]),
      rewrite(records.higashiTsugaru, [[743, '1月当たり5件', '1月当たり2件'], [749, '14件(月当たり1.4件)', '30件']]),
      rewrite(records.iwaizumi, [[1268, '2月28日時点', '12月末時点']]),
      rewrite(records.ichikai, [[2829, '30名⇒26名', '30名⇒45名']]),
    ]);
    const find = (entity: string, line: number, target: number) =>
      changed.attainment.find((a) => a.entity_id === entity && a.target_line === line && a.target === target);
    expect(find('北海道 札幌市', 56, 800)).toMatchObject({ result: 400, ratio: 0.5 });
    // 30件 from 4月 to 1月 is 3件 a month against 2件: 1.5.
    expect(find('青森県 東津軽郡', 743, 2)).toMatchObject({ result: 3, ratio: 1.5 });
    // 42回 to the end of December is 9 months: 4.667回 a month against 4.
    expect(find('岩手県 岩泉町', 1232, 4)).toMatchObject({ result: 4.667, ratio: 1.167 });
    expect(changed.attainment.find((a) => a.entity_id === '栃木県 市貝町' && a.result_line === 2829)).toMatchObject({ target: 30, result: 45, ratio: 1.5 });
  });
});
