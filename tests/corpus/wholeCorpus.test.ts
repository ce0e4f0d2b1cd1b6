import { describe, expect, it } from 'vitest';
import { bundled, entity } from './seed.js';

const runs = (id: string) => {
  const e = entity(id);
  return { chiiki: e.runs_chiiki, takikan: e.runs_takikan, prefectural: e.runs_prefectural };
};

describe('the bundled FY2018 corpus, record by record', () => {
  it('has 50 records and every one of its 5,188 lines (the last has no line break)', () => {
    const p = bundled();
    expect(p.entities).toHaveLength(50);
    expect(p.lines).toHaveLength(5188);
    expect(p.lines.at(-1)?.text).toBe('2月 市内社会福祉法人交流会 開催');
  });

  it('札幌市: statistics, counts split into 直営/委託, both programs from two-line radio marks', () => {
    expect(entity('北海道 札幌市')).toMatchObject({
      prefecture: '北海道', municipality: '札幌市', entity_kind: 'municipality',
      department: '保健福祉局総務部総務課', phone: '011-211-2932', url: null,
      population: 1966735, households: 954146, aging_rate: 26.7, welfare_rate: 3.7, welfare_rate_unit: '%',
      welfare_rate_permille: 37, welfare_rate_flag: null, area_km2: 1121.26, association_rate: 70.26,
      elementary_schools: 201, junior_high_schools: 97, houkatsu_direct: 0, houkatsu_consigned: 27,
      jiritsu_direct: 0, jiritsu_consigned: 1, runs_chiiki: true, runs_takikan: true, runs_prefectural: false,
      line_start: 3, line_end: 136,
    });
  });

  it('京極町: 14.4 % is really 14.4 ‰, flagged and warned', () => {
    const e = entity('北海道 京極町');
    expect(e).toMatchObject({ welfare_rate: 14.4, welfare_rate_unit: '%', welfare_rate_permille: 14.4, url: 'http://www.town-kyogoku.jp' });
    expect(e.welfare_rate_flag).toMatch(/‰/);
    expect(bundled().parse_warnings.filter((w) => w.entity_id === '北海道 京極町' && w.code === 'welfare_unit_suspect')).toHaveLength(1);
  });

  it('江戸川区 prints ‰ itself: no flag', () => {
    expect(entity('東京都 江戸川区')).toMatchObject({ welfare_rate: 29.21, welfare_rate_unit: '‰', welfare_rate_permille: 29.21, welfare_rate_flag: null });
  });

  it('大潟村: 0.094 % is 0.94 ‰', () => {
    expect(entity('秋田県 大潟村')).toMatchObject({ welfare_rate_permille: 0.94, welfare_rate_flag: null, population: 3181 });
  });

  it('音威子府村: an empty rate (only the printed "(%)") is NULL, "(1)(校)" is 1, "主に社協で対応" cannot be split', () => {
    expect(entity('北海道 音威子府村')).toMatchObject({
      population: 763, association_rate: null, association_rate_text: null, junior_high_schools: 1,
      jiritsu_direct: null, jiritsu_consigned: null, jiritsu_text: '主に社協で対応:1 か所',
    });
  });

  it('東津軽郡 is an area record of 青森県 running both programs', () => {
    expect(entity('青森県 東津軽郡(平内町、今別町、蓬田村、外ヶ浜町)')).toMatchObject({
      prefecture: '青森県', entity_kind: 'area', population: 22638, aging_rate: 42.7, area_km2: 653,
      houkatsu_direct: 3, houkatsu_consigned: 1, runs_chiiki: true, runs_takikan: true, runs_prefectural: false,
    });
  });

  it('秋田県\'s area record sums its two villages, leaves rates of three places unread, and runs 地域力 + 都道府県事業', () => {
    const e = entity('秋田県 地域力強化推進事業地域(上小阿仁村、小坂町)');
    expect(e).toMatchObject({
      entity_kind: 'area', population: 2150 + 4934, households: 867 + 2053, area_km2: 458.42, aging_rate: null,
      welfare_rate: 14.8, welfare_rate_unit: '‰', elementary_schools: 2, junior_high_schools: 2,
      runs_chiiki: true, runs_takikan: false, runs_prefectural: true,
    });
    const codes = bundled().parse_warnings.filter((w) => w.entity_id === e.entity_id).map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['area_parts_summed', 'multi_value_cell', 'wider_area_value', 'number_grouping_suspect']));
    // The prefecture's own household count "389,0606" is an OCR slip: reported, not used.
    expect(bundled().parse_warnings.find((w) => w.code === 'number_grouping_suspect')?.message).toMatch(/県:389,0606/);
  });

  it.each([
    ['栃木県', 1950705, 27.0],
    ['埼玉県', 7325217, 24.8],
    ['東京都', 13857443, 23.3],
  ])('%s is a prefecture record running 都道府県事業 only', (id, population, aging) => {
    expect(entity(id)).toMatchObject({ entity_kind: 'prefecture', municipality: '', population, aging_rate: aging });
    expect(runs(id)).toEqual({ chiiki: false, takikan: false, prefectural: true });
  });

  it('東京都 writes 直営・委託なし: both 0', () => {
    expect(entity('東京都')).toMatchObject({ houkatsu_direct: 0, houkatsu_consigned: 0, jiritsu_direct: 4, jiritsu_consigned: 1 });
  });

  it('大潟村: marks say 多機関 only, but the 地域力 section is filled with its own 事業名: runs both, with a warning', () => {
    const e = entity('秋田県 大潟村');
    expect(e).toMatchObject({ marked_chiiki: false, marked_takikan: true, runs_chiiki: true, runs_takikan: true });
    const w = bundled().parse_warnings.filter((x) => x.entity_id === e.entity_id && x.code === 'marks_disagree_with_sections');
    expect(w).toHaveLength(1);
    expect(w[0].message).toMatch(/^地域力強化推進事業: ○はありませんが、事業の節に記入があるため実施とみなします/);
  });

  it('湯沢市: marks say 多機関 only; its 地域力 section is filled but says 補助事業は活用していない: runs 多機関 only, with a warning', () => {
    const e = entity('秋田県 湯沢市');
    expect(e).toMatchObject({ marked_chiiki: false, marked_takikan: true, runs_chiiki: false, runs_takikan: true });
    const w = bundled().parse_warnings.filter((x) => x.entity_id === e.entity_id && x.code === 'marks_disagree_with_sections');
    expect(w).toHaveLength(1);
    expect(w[0].message).toMatch(/事業名に「補助事業は活用していない」とあるため実施していないとみなします/);
    expect(bundled().fields.find((f) => f.entity_id === e.entity_id && f.section === '3.①')).toMatchObject({ label: '実施主体(委託先)', value: '(市全体の体制整備の中で実施)' });
  });

  it('marks and sections agree everywhere else', () => {
    const disagree = new Set(bundled().parse_warnings.filter((w) => w.code === 'marks_disagree_with_sections').map((w) => w.entity_id));
    expect([...disagree].sort()).toEqual(['秋田県 大潟村', '秋田県 湯沢市']);
  });

  it.each([
    ['北海道 京極町', { chiiki: false, takikan: true, prefectural: false }],
    ['北海道 鷹栖町', { chiiki: true, takikan: false, prefectural: false }],
    ['青森県 鱒ヶ沢町', { chiiki: false, takikan: true, prefectural: false }],
    ['群馬県 玉村町', { chiiki: true, takikan: false, prefectural: false }],
    ['栃木県 高根沢町', { chiiki: true, takikan: true, prefectural: false }],
  ])('%s runs %o', (id, expected) => {
    expect(runs(id)).toEqual(expected);
  });

  it('counts the programs: 37 地域力 (湯沢市 declines its section), 40 多機関, 4 都道府県事業 rows', () => {
    const count = (p: string) => bundled().programs.filter((r) => r.program === p).length;
    expect([count('地域力強化推進事業'), count('多機関協働事業'), count('都道府県事業')]).toEqual([37, 40, 4]);
  });

  it('reads 実施主体/委託先, 事業名 and the planned 相談支援包括化推進員', () => {
    const p = bundled().programs;
    expect(p.find((r) => r.entity_id === '北海道 札幌市' && r.program === '地域力強化推進事業')).toMatchObject({
      implementer: '札幌市', contractor: '札幌市社会福祉協議会', project_name: '平成 30 年度福まちパワーアップ業務', line_start: 35, line_end: 74,
    });
    expect(p.find((r) => r.entity_id === '東京都 調布市' && r.program === '多機関協働事業')).toMatchObject({ suishinin_planned: 6 });
    expect(p.find((r) => r.entity_id === '岩手県 盛岡市' && r.program === '多機関協働事業')).toMatchObject({ suishinin_planned: 20 });
    expect(p.find((r) => r.entity_id === '福島県 郡山市' && r.program === '多機関協働事業')).toMatchObject({ suishinin_planned: null });
    expect(p.find((r) => r.entity_id === '栃木県' && r.program === '都道府県事業')).toMatchObject({
      implementer: '栃木県', contractor: '栃木県社会福祉協議会', project_name: '地域共生社会構築支援事業',
    });
  });
});

describe('fields: every labelled cell, once', () => {
  const fieldsOf = (id: string) => bundled().fields.filter((f) => f.entity_id === id);

  it('札幌市: numbered cells of the 地域力 form with their section codes and lines', () => {
    const f = fieldsOf('北海道 札幌市');
    expect(f.find((x) => x.section === '3.④ア(ア)' && x.label === '支援する対象')).toMatchObject({ value: '地区福祉のまち推進センター活動者', line_start: 44 });
    expect(f.find((x) => x.section === '3.④ア' && x.label === '事業の成果目標')).toMatchObject({
      value: 'ワークショップの参加人数:各地区 50 人 地域見守りサポーター養成講座修了人数:500 人以上', line_start: 55, line_end: 56,
    });
    expect(f.find((x) => x.section === '4.⑧' && x.label === '事業の成果目標')?.value).toMatch(/課題の傾向・規模/);
    expect(f.find((x) => x.section === '1-1' && x.label === '人口')?.value).toBe('1,966,735(人)');
  });

  it('東海村: a table printed as HTML and again as tab cells on the same line is read once, ① kept as written', () => {
    const f = fieldsOf('茨城県 東海村').filter((x) => x.label === '支援の内容');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ section: '3.④ア(ア)', value: '①出前講座 ③研修の実施 / ②社協職員による地域担当制 ④座談会の開催', line_start: 2416 });
  });

  it('調布市: the tab-separated twin of an HTML table is marked duplicate, content found only in tab form is kept', () => {
    const p = bundled();
    const twins = p.lines.filter((l) => l.entity_id === '東京都 調布市' && l.used_by?.startsWith('duplicate_of:4437'));
    expect(twins.length).toBeGreaterThan(10);
    const targets = fieldsOf('東京都 調布市').filter((x) => x.label === '事業の成果目標' && x.program === '地域力強化推進事業');
    expect(targets.map((t) => t.section).sort()).toEqual(['3.④ア', '3.④イ']);
    // The same cell under ア and under イ of one HTML line is two facts, not a twin.
    const areas = fieldsOf('東京都 調布市').filter((x) => x.label === '対象地域' && x.line_start === 4437);
    expect(areas.map((a) => [a.section, a.value])).toEqual([['3.④ア', '調布市全域'], ['3.④イ', '調布市全域']]);
  });

  it('大潟村: a two-row table (labels, then values) pairs by column', () => {
    const f = fieldsOf('秋田県 大潟村');
    expect(f.find((x) => x.label === '支援する対象')).toMatchObject({ value: '自治会に対してサロン活動を支援する。', section: '3.④ア(ア)' });
    expect(f.find((x) => x.label === '運営主体')).toMatchObject({ value: '農福連携ファーム実行委員会', section: '3.④ア(イ)' });
  });

  it('section 5 lines are fields labelled by their program heading', () => {
    const f = fieldsOf('北海道 札幌市').filter((x) => x.section === '5');
    expect(f[0]).toMatchObject({ program: '地域力強化推進事業', label: '1 地域力強化推進事業', line_start: 103 });
    expect(f.at(-1)).toMatchObject({ program: '多機関協働事業', line_start: 136 });
  });
});

describe('lines: every line accounted for', () => {
  it('no non-blank line is left without a consumer, and blank lines have none', () => {
    const p = bundled();
    expect(p.lines.filter((l) => l.text.trim() !== '' && l.used_by === null)).toEqual([]);
    expect(p.lines.filter((l) => l.text.trim() === '' && l.used_by !== null)).toEqual([]);
    expect(p.parse_warnings.filter((w) => w.code === 'unconsumed_line' || w.code === 'text_outside_records')).toEqual([]);
  });

  it('every line of a record names the record; the two blank lines before the first record name none', () => {
    const p = bundled();
    expect(p.lines.filter((l) => l.entity_id === null).map((l) => l.line_no)).toEqual([1, 2]);
    expect(p.lines[2]).toMatchObject({ line_no: 3, entity_id: '北海道 札幌市', used_by: 'record_heading' });
    expect(p.lines[414]).toMatchObject({ line_no: 415, text: '--', entity_id: '北海道 音威子府村', used_by: 'page_break' });
  });

  it('every field points at lines of its own record', () => {
    const p = bundled();
    const owner = new Map(p.lines.map((l) => [l.line_no, l.entity_id]));
    const strays = p.fields.filter((f) => owner.get(f.line_start) !== f.entity_id || owner.get(f.line_end) !== f.entity_id);
    expect(strays).toEqual([]);
  });
});

describe('text held in HTML attributes', () => {
  it('keeps the value of a text input (広尾町: "…そのような場所が地域に 1つ増える。")', () => {
    const f = bundled().fields.find((x) => x.entity_id === '北海道 広尾町' && x.line_end === 602);
    expect(f?.value).toMatch(/そのような場所が地域に 1つ増える。/);
  });
});
