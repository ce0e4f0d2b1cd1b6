import { describe, expect, it } from 'vitest';
import { parseCorpusText } from '../../electron/corpus/parseCorpus.js';
import { normaliseLabel } from '../../electron/corpus/text.js';
import type { FieldRow } from '../../electron/corpus/types.js';
import { recordFixture } from './fieldFixtures.js';
import { bundled, entity, seedLines } from './seed.js';

/** The 1-1 rows of a record cut from the corpus, as [label, value, note, line_start, line_end]. */
const stats = (fields: FieldRow[]) => fields.filter((f) => f.section === '1-1').map((f) => [f.label, f.value, f.note, f.line_start, f.line_end]);
const NOTE = '※実施している事業の右側に○を記入してください。';

describe('1-1: a blank cell shows only the unit the form prints', () => {
  it('音威子府村 408: "(%)" alone is an empty value with the unit as note; "1(校)" and "(1)(校)" stay as written', () => {
    const { fields } = recordFixture('北海道 音威子府村');
    expect(seedLines[408 - 1]).toMatch(/^地縁組織\(自治会、町内会等\)加入率\t\(%\)\t公立小学校数\t1\(校\)/);
    expect(stats(fields).filter((r) => r[3] === 408)).toEqual([
      ['地縁組織(自治会、町内会等)加入率', '', '(%)', 408, 408],
      ['公立小学校数', '1(校)', null, 408, 408],
      ['公立中学校数', '(1)(校)', null, 408, 408],
    ]);
  });

  it('天童市 1975–1976: "(k m ²)" and "(%)" blank; the rate beside its unit stays (29.2(%))', () => {
    const { fields } = recordFixture('山形県 天童市');
    const row = (label: string) => fields.find((f) => f.section === '1-1' && f.label === label);
    expect(row('面積')).toMatchObject({ value: '', note: '(k m ²)', line_start: 1975 });
    expect(row('地縁組織(自治会、町内会等)加入率')).toMatchObject({ value: '', note: '(%)', line_start: 1976 });
    expect(row('高齢化率')).toMatchObject({ value: '29.2(%)', note: null });
    expect(entity('山形県 天童市')).toMatchObject({ area_km2: null, area_text: null, association_rate: null, association_rate_text: null, aging_rate: 29.2 });
  });

  it('a dash or 不明 beside the unit is the writer\'s answer, not a blank (鱒ヶ沢町 768, 遠野市 945)', () => {
    const f = bundled().fields.filter((x) => x.section === '1-1' && x.label === '地縁組織(自治会、町内会等)加入率');
    expect(f.find((x) => x.line_start === 768)).toMatchObject({ value: '-(%)', note: null });
    expect(f.find((x) => x.line_start === 945)).toMatchObject({ value: '不明(%)', note: null });
  });
});

describe('1-1: the form\'s worked example ※記入例', () => {
  it('岩泉町 1181: the note of the two centre-count cells above it, with no row of its own', () => {
    const { fields, lines } = recordFixture('岩手県 岩泉町');
    expect(seedLines[1181 - 1]).toBe('※記入例 直営:1か所, 委託:2か所(社協)');
    expect(stats(fields).slice(-3)).toEqual([
      ['公立中学校数', '5(校)', null, 1177, 1177],
      ['地域包括支援センター', '直営:1か所', '※記入例 直営:1か所, 委託:2か所(社協)', 1178, 1178],
      ['生活困窮者自立相談支援事業', '直営:0か所 委託:2か所(社協、民間団体)', '※記入例 直営:1か所, 委託:2か所(社協)', 1179, 1179],
    ]);
    expect(fields.some((f) => f.label === '注記')).toBe(false);
    const parsed = parseCorpusText(lines.join('\n'), 'fixture.txt');
    expect(parsed.lines[1181 - 1161].used_by).toBe('form_note:1-1');
  });

  it('by its form, not its wording: another example sentence is read the same way', () => {
    const { fields } = recordFixture('秋田県 井川町', (n, t) => (n === 1692 ? '※記入例 直営:2か所、委託:なし' : t));
    expect(fields.filter((f) => f.note?.startsWith('※記入例')).map((f) => [f.label, f.value, f.note])).toEqual([
      ['地域包括支援センター', '委託:1か所(福祉会)', '※記入例 直営:2か所、委託:なし'],
      ['生活困窮者自立相談支援事業', '', '※記入例 直営:2か所、委託:なし'],
    ]);
  });

  it('every ※記入例 line of the corpus (1181, 1692, 2490, 2975, 3359, 3650, 4296) is the note of two cells, no 注記 row', () => {
    const f = bundled().fields;
    const noted = f.filter((x) => x.note?.startsWith('※記入例'));
    expect(noted).toHaveLength(14);
    expect(new Set(noted.map((x) => x.label))).toEqual(new Set(['地域包括支援センター', '生活困窮者自立相談支援事業']));
    expect(f.filter((x) => x.label === '注記' && x.value === '')).toEqual([]);
    for (const n of [1181, 1692, 2490, 2975, 3359, 3650, 4296]) expect(bundled().lines[n - 1].used_by, String(n)).toBe('form_note:1-1');
  });
});

describe('1-1: the writer\'s as-of date is kept, as a 注記 row for the table and in the value for one cell', () => {
  it('津別町 497: the date in the heading is a 注記 row on the heading line, like 広尾町 559\'s date on its own line', () => {
    expect(stats(recordFixture('北海道 津別町').fields)[0]).toEqual(['注記', '(平成 31 年1月1日現在)', null, 497, 497]);
    expect(stats(recordFixture('北海道 広尾町').fields)[0]).toEqual(['注記', '(平成31年1月1日現在)', null, 559, 559]);
    expect(bundled().lines[497 - 1].used_by).toBe('heading:1-1,fields:1-1');
  });

  it('every dated 1-1 heading of the corpus keeps its date, 調布市\'s "(31.1.1 現在)" too; an undated heading adds no row', () => {
    const p = bundled();
    const headings = p.lines.filter((l) => l.used_by?.startsWith('heading:1-1')).map((l) => l.line_no);
    const dated = p.fields.filter((f) => f.section === '1-1' && headings.includes(f.line_start));
    expect(dated.map((f) => f.line_start)).toEqual([497, 826, 1737, 1848, 1972, 2161, 2866, 3552, 3897, 4403, 4764]);
    expect(dated.find((f) => f.line_start === 4403)?.value).toBe('(31.1.1 現在)');
    expect(dated.find((f) => f.line_start === 1737)?.value).toBe('(平成 31 年1月 1日 現在)');
  });

  it('鳩山町 3421: the date written under 人口 and under 世帯数 continues each of those two cells', () => {
    const { fields } = recordFixture('埼玉県 鳩山町');
    expect(seedLines[3421 - 1]).toBe('\t平成 31 年 1 月 1 日現在\t\t平成 31 年 1 月 1 日現在');
    expect(stats(fields).slice(0, 3)).toEqual([
      ['人口', '13,822(人)\n平成 31 年 1 月 1 日現在', null, 3420, 3421],
      ['世帯数', '5,985(世帯)\n平成 31 年 1 月 1 日現在', null, 3420, 3421],
      ['高齢化率', '42.50(%)', null, 3422, 3422],
    ]);
    expect(entity('埼玉県 鳩山町')).toMatchObject({ population: 13822, households: 5985 });
  });

  it('秋田県 1455–1457: a date the writer put in the label ends the value; the label is the form\'s', () => {
    const { fields } = recordFixture('秋田県');
    const row = (label: string) => fields.find((f) => f.section === '1-1' && f.label === label);
    expect(seedLines[1455 - 1]).toMatch(/^人口 \(H31\.1\.1\)\t県:977,675\(人\)/);
    expect(row('人口')?.value).toBe('県:977,675(人) 上小阿仁村:2,150(人) 小坂町:4,934(人) (H31.1.1)');
    expect(row('世帯数')?.value).toMatch(/ \(H31\.1\.1\)$/);
    expect(row('高齢化率')?.value).toMatch(/ \(H30\.7\.1\)$/);
    expect(row('生活保護受給率')?.value).toBe('14.8(‰) ※全県 (H30)');
    expect([row('公立小学校数')?.value, row('公立中学校数')?.value]).toEqual(['県:199校 上小阿仁村:1校 小坂町:1校 (H30.4)', '県:114校 上小阿仁村:1校 小坂町:1校 (H30.4)']);
    expect(fields.filter((f) => /\(H\d/.test(f.label))).toEqual([]);
  });

  it('the area\'s numbers are read as before the dates moved (sums of its parts, ‰ rate)', () => {
    expect(entity('秋田県 地域力強化推進事業地域(上小阿仁村、小坂町)')).toMatchObject({
      population: 7084, households: 2920, aging_rate: null, welfare_rate: 14.8, welfare_rate_unit: '‰', elementary_schools: 2, junior_high_schools: 2,
    });
  });
});

describe('labels without the PDF\'s stray spaces', () => {
  it('drops white space beside a CJK character or bracket, keeps it between Latin words', () => {
    expect(['実施主体 (委託先)', '事業実施の必要性、 体制等', '事業実施の 必要性', '生活困窮者 自立相談支援事業', '参考 URL', 'NPO 法人 Open Data'].map(normaliseLabel)).toEqual([
      '実施主体(委託先)', '事業実施の必要性、体制等', '事業実施の必要性', '生活困窮者自立相談支援事業', '参考URL', 'NPO法人Open Data',
    ]);
  });

  it('the corpus: no label keeps a space beside a CJK character but beside a number or its mark (1 地域力強化推進事業, (1) …); 千葉市 3558, 3601 and 鴨川市 3751 read as the form\'s labels', () => {
    const f = bundled().fields;
    const spaced = f.filter((x) => /\s[^\x21-\x7e]|[^\x21-\x7e]\s/.test(x.label)).map((x) => x.label);
    expect(spaced.filter((l) => !/[0-9０-９][.．)）]?\s|\s[0-9０-９]/.test(l))).toEqual([]);
    expect(spaced).toContain('1 地域力強化推進事業');
    const at = (line: number) => f.find((x) => x.line_start === line && x.entity_id.startsWith('千葉県'))?.label;
    expect([at(3558), at(3601), at(3751)]).toEqual(['生活困窮者自立相談支援事業', '実施主体(委託先)', '事業実施の必要性']);
    expect(f.filter((x) => x.label === '実施主体(委託先)')).toHaveLength(82);
  });
});

describe('実施事業: one row per program cell of the form', () => {
  const PROGRAM_CELL = /^(地域力強化推進事業|多機関の協働による包括的支援体制構築事業|都道府県事業)$/;
  const programs = (id: string) =>
    bundled().fields.filter((f) => f.entity_id === id && f.section === '0' && PROGRAM_CELL.test(f.label)).map((f) => [f.label, f.value, f.line_start, f.line_end]);

  it('札幌市 6–7: radio inputs over two lines; 多機関\'s mark is on the next line', () => {
    expect(programs('北海道 札幌市')).toEqual([
      ['地域力強化推進事業', '○', 6, 6],
      ['多機関の協働による包括的支援体制構築事業', '○', 6, 7],
      ['都道府県事業', '', 7, 7],
    ]);
  });

  it('ふじみ野市 3342: "構築事業 ○ 都道府県事業" marks 多機関, the label on its left', () => {
    expect(seedLines[3342 - 1]).toBe('実施事業※\t地域力強化推進事業\t多機関の協働による 包括的支援体制構築事業\t○ 都道府県事業');
    expect(programs('埼玉県 ふじみ野市')).toEqual([
      ['地域力強化推進事業', '', 3342, 3342],
      ['多機関の協働による包括的支援体制構築事業', '○', 3342, 3342],
      ['都道府県事業', '', 3342, 3342],
    ]);
  });

  it('every record: three rows whose ○ agree with marked_* and carry the form\'s note (湯沢市 prints none)', () => {
    const p = bundled();
    for (const e of p.entities) {
      const rows = p.fields.filter((f) => f.entity_id === e.entity_id && f.section === '0' && PROGRAM_CELL.test(f.label));
      expect(rows.map((r) => r.value === '○'), e.entity_id).toEqual([e.marked_chiiki, e.marked_takikan, e.marked_prefectural]);
      expect(rows.every((r) => r.note === (e.entity_id === '秋田県 湯沢市' ? null : NOTE)), e.entity_id).toBe(true);
    }
    expect(p.fields.filter((f) => f.label.startsWith('実施事業'))).toEqual([]);
  });
});
