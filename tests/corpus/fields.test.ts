import { describe, expect, it } from 'vitest';
import { bundled, seedLines } from './seed.js';
import { cellsOf, recordFixture } from './fieldFixtures.js';

const source = (line: number) => seedLines[line - 1];

describe('header-row tables: labels in one row, values in the next', () => {
  it('千葉市 (HTML form, line 3575): one row per label with its own value, the tab copy after it a duplicate', () => {
    const { fields } = recordFixture('千葉県 千葉市');
    expect(cellsOf(fields, '3.④ア')).toEqual(expect.arrayContaining([
      ['対象地域', '千葉市全域'], ['対象地域の範囲', '行政区'], ['人口', '970,049 人'],
    ]));
    expect(cellsOf(fields, '3.④ア(ア)')).toEqual([['支援する対象', 'コミュニティソーシャルワーカー'], ['支援の内容', '人件費補助金、研修への参加']]);
    expect(cellsOf(fields, '3.④ア(イ)')).toEqual([['拠点の場所', '各区保健福祉センター大会議室、ボランティア活動室'], ['運営主体', '千葉市社会福祉協議会']]);
    expect(cellsOf(fields, '3.④イ(ア)')).toEqual([['場所・機関等の名称', '各区社会福祉協議会事務所'], ['相談を受け止める人', 'コミュニティソーシャルワーカー']]);
    expect(fields.find((f) => f.section === '3.④ア' && f.label === '人口')).toMatchObject({ line_start: 3575, line_end: 3575 });
    expect(source(3575)).toContain('<td>(人口)</td> </tr> <tr> <td>千葉市全域</td> <td>行政区</td> <td>970,049 人</td>');
    const lines = bundled().lines;
    expect(lines[3576 - 1].used_by).toBe('duplicate_of:3575');
    expect(lines[3577 - 1]).toMatchObject({ text: expect.stringMatching(/^千葉市全域\t行政区\t970,049 人/), used_by: 'duplicate_of:3575' });
  });

  it('the five records written this way read the same: no value holds another cell\'s label', () => {
    const f = bundled().fields;
    const population = (id: string, section: string) => f.find((x) => x.entity_id === id && x.section === section && x.label === '人口')?.value;
    expect(population('栃木県 市貝町', '3.④ア')).toBe('11,831(平成 30 年 6 月 1 日)');
    expect(population('埼玉県 狭山市', '3.④イ')).toBe('約 5,400～35,000 人※地域差あり');
    expect(population('東京都 墨田区', '3.④ア')).toBe('271,859人');
    expect(population('東京都 世田谷区', '3.④イ')).toBe('892,535 人');
    const labels = new Set(f.filter((x) => x.section.startsWith('3.④')).map((x) => x.label).filter((l) => l.length <= 12));
    const holding = f.filter((x) => x.section.startsWith('3.④') && [...labels].some((l) => x.value.startsWith(`(${l})`)));
    expect(holding.map((x) => [x.entity_id, x.section, x.label])).toEqual([]);
  });

  it('調布市: an HTML table ending at its header row takes the values written only in the tab copy (line 4458)', () => {
    const { fields } = recordFixture('東京都 調布市');
    expect(fields.filter((f) => f.section === '3.④イ(ア)').map((f) => [f.label, f.value, f.line_start, f.line_end])).toEqual([
      ['場所・機関等の名称', '地域福祉センター等・地域福祉推進組織', 4437, 4458],
      ['相談を受け止める人', '地域福祉コーディネーター等', 4437, 4458],
    ]);
  });

  it('埼玉県: bare labels inside an item\'s line are cells of their own, not the item\'s value (line 3139)', () => {
    const { fields } = recordFixture('埼玉県');
    expect(cellsOf(fields, '3.④(ア)')).toEqual([
      ['対象とする専門的な支援を必要とする者', ''], ['構築する支援体制', ''], ['支援体制構築に向けたプロセス', ''],
    ]);
    expect(cellsOf(fields, '3.④(イ)')[0]).toEqual(['対象', '①総合相談支援体制を構築しようとする市町村 ②全市町村']);
  });
});

describe('cells continued across a page break', () => {
  it('土浦市 2213–2215: each column of the cut row is joined back to its own cell, a word cut by the page joined whole', () => {
    const { fields } = recordFixture('茨城県 土浦市');
    expect(source(2214)).toBe('');
    expect(fields.filter((f) => f.section === '3.④イ(エ)').map((f) => [f.label, f.value, f.line_start, f.line_end])).toEqual([
      ['バックアップの内容', '行政・社協の各機関の連携を促進するとともに生活支援体制整備事業や相談支援包括化推進員が連携し体制整備を行う。', 2213, 2215],
      ['バックアップする人', '地域ケアコーディネーター／第一層コーディネーター\n／相談支援包括化推進員', 2213, 2215],
    ]);
  });

  it('土浦市 with the page break written "--" instead of a blank line reads the same', () => {
    const { fields } = recordFixture('茨城県 土浦市', (line, text) => (line === 2214 ? '--' : text));
    const cut = fields.filter((f) => f.section === '3.④イ(エ)');
    expect(cut.map((f) => [f.line_start, f.line_end])).toEqual([[2213, 2215], [2213, 2215]]);
    expect(cut[0].value).toMatch(/とともに生活支援体制整備事業や/);
  });

  it('東海村 2451–2453: the second row of meetings goes under 個別事例の検討 and its names under 既存の会議の名称', () => {
    const { fields } = recordFixture('茨城県 東海村');
    const rows = fields.filter((f) => f.section === '4.⑦イ' && f.line_start === 2451);
    expect(rows.map((f) => [f.label, f.line_end])).toEqual([['個別事例の検討', 2453], ['既存の会議の名称', 2453]]);
    expect(rows[0].value).toMatch(/月1回\n事例検討会\(スーパーバイザーを招いて実施\)年3回/);
    expect(rows[1].value).toBe('・ケース検討会(内部)\n・事例検討会 ・個別ケース会議');
  });
});

describe('item numbering trusted less than structure', () => {
  it('鱒ヶ沢町 785: a repeated "②" is read as ③ by position, with a warning naming the line', () => {
    const { fields, warnings } = recordFixture('青森県 鱒ヶ沢町');
    expect(cellsOf(fields, '3.②')).toEqual([['事業名', '多機関の協働による包括的支援体制構築事業']]);
    const third = fields.find((f) => f.section === '3.③');
    expect(third).toMatchObject({ label: '事業実施の必要性、体制等', line_start: 785, line_end: 785 });
    // The "③" the form's number drifted into the answer is not the writer's: the value starts with the answer.
    expect(source(785)).toMatch(/\t③ 高齢化率40%を超え/);
    expect(third?.value).toMatch(/^高齢化率40%を超え/);
    expect(warnings.filter((w) => w.code === 'item_number_repeated').map((w) => w.line_no)).toEqual([785]);
  });

  it('札幌市 with its ⑤ written ⑥ (line 73): a skipped number is kept, with a warning naming the line', () => {
    const { fields, warnings } = recordFixture('北海道 札幌市', (line, text) => (line === 73 ? text.replace('⑤', '⑥') : text));
    expect(warnings.filter((w) => w.code.startsWith('item_number')).map((w) => [w.code, w.line_no])).toEqual([['item_number_skipped', 73]]);
    expect(fields.find((f) => f.line_start === 73)).toMatchObject({ section: '3.⑥', label: '多機関の協働による包括的支援体制構築事業実施計画' });
  });

  it('秋田県 1519–1527: a ①②③ list restarting inside ④(イ) titles its cells instead of gluing onto the previous value', () => {
    const { fields } = recordFixture('秋田県');
    expect(fields.filter((f) => f.section.startsWith('4.④(イ)')).map((f) => [f.section, f.label, f.line_start])).toEqual([
      ['4.④(イ)①', '対象', 1520], ['4.④(イ)①', '取組内容', 1521],
      ['4.④(イ)②', '対象', 1523], ['4.④(イ)②', '取組内容', 1524],
      ['4.④(イ)③', '対象', 1526], ['4.④(イ)③', '取組内容', 1527],
    ]);
    expect(fields.some((f) => f.value.includes('②地域福祉活動への参加促進方策の検討・手引き作成'))).toBe(false);
    expect(bundled().lines[1522 - 1].used_by).toBe('heading:4.④(イ)②');
  });

  it('盛岡市 874: a ①…②… line of text under 事業の成果目標 stays its value', () => {
    const { fields } = recordFixture('岩手県 盛岡市');
    expect(fields.find((f) => f.section === '3.④ア' && f.label === '事業の成果目標')).toMatchObject({
      value: '①ボランティア養成講座参加者数 50人 ②マンションサミット参加者数 30人', line_start: 873, line_end: 874,
    });
  });
});

describe('cells without labels', () => {
  it('津別町 526–527: the ⑦イ table printed without labels is read by position against the form as the other records print it', () => {
    const p = bundled();
    const rows = p.fields.filter((f) => f.entity_id === '北海道 津別町' && f.section === '3.⑦イ');
    expect(rows.map((f) => [f.label, f.value, f.line_start])).toEqual([
      ['個別事例の検討', '8050問題における地域の要介護高齢者やひきこもり状態にある子どもの実態を把握し、月1回の会議のなか支援策を検討していく。', 526],
      ['既存の会議の名称', 'ひきこもり支援ケース検討会議', 526],
      ['ネットワーク構築', '保健福祉課を中心に地域包括センター、社会福祉協議会、町内福祉事業所、町内病院から参加者を募る。年間6回(2ヶ月毎の定期開催)を予定。', 527],
      ['既存の会議の名称', '相談支援包括化ネットワーク会議', 527],
    ]);
    expect(source(526).split('\t').filter(Boolean)).toEqual([rows[0].value, rows[1].value]);
    const warned = p.parse_warnings.filter((w) => w.code === 'unlabelled_cells');
    expect(warned.map((w) => [w.entity_id, w.line_no])).toEqual([['北海道 津別町', 526]]);
    expect(warned[0].message).toContain('(個別事例の検討) (既存の会議の名称) / (ネットワーク構築) (既存の会議の名称)');
  });

  it('津別町 alone (a corpus of one record, no other record to learn the layout from): the table is the title\'s answer', () => {
    const { fields, warnings } = recordFixture('北海道 津別町');
    const rows = fields.filter((f) => f.section === '3.⑦イ');
    expect(rows.map((f) => [f.label, f.line_start, f.line_end])).toEqual([['相談支援包括化推進会議の開催方法', 525, 527]]);
    expect(rows[0].value).toMatch(/検討していく。 \/ ひきこもり支援ケース検討会議\n保健福祉課を中心に/);
    expect(warnings.filter((w) => w.code === 'unlabelled_cells')).toEqual([]);
  });

  it('市貝町 2793–2796: a table the writer put inside ウ その他 (no record labels it) is that one cell\'s answer', () => {
    const { fields } = recordFixture('栃木県 市貝町');
    expect(fields.filter((f) => f.section === '3.④ウ').map((f) => [f.label, f.value, f.line_start, f.line_end])).toEqual([[
      'その他',
      '地域福祉座談会(大字単位) / 参加者延べ100名以上\n子育て世代向け住民座談会(小学校区単位) / 参加者延べ50名以上\nボランティアデータベースの運営 / ボランティア新規登録20名以上',
      2793, 2796,
    ]]);
  });
});

describe('every cell of the form is a row', () => {
  it('empty cells are kept with value \'\' (札幌市 4.⑨, 鱒ヶ沢町 ⑦イ 既存の会議の名称)', () => {
    const sapporo = bundled().fields.filter((f) => f.entity_id === '北海道 札幌市');
    expect(sapporo.find((f) => f.section === '4.⑨')).toMatchObject({ label: '地域力強化推進事業実施計画', value: '', line_start: 97 });
    const { fields } = recordFixture('青森県 鱒ヶ沢町');
    expect(fields.filter((f) => f.section === '3.⑦イ' && f.label === '既存の会議の名称').map((f) => [f.value, f.line_start])).toEqual([['', 793], ['', 794]]);
  });

  it('two empty cells of one HTML line are two cells, not a table printed twice (井川町 1711)', () => {
    const f = bundled().fields.filter((x) => x.entity_id === '秋田県 井川町' && x.section === '3.⑦イ');
    expect(f.map((x) => [x.label, x.value === ''])).toEqual([
      ['個別事例の検討', false], ['既存の会議の名称', true], ['ネットワーク構築', false], ['既存の会議の名称', true],
    ]);
  });

  it('the whole corpus: 3,326 cells, 269 of them empty (その他 54, unmarked programs 70, 参考URL 31, 既存の会議の名称 23, ⑤/⑨ plans 39 …)', () => {
    const f = bundled().fields;
    expect(f).toHaveLength(3326);
    const empty = f.filter((x) => x.value === '');
    expect(empty).toHaveLength(269);
    const count = (label: string) => empty.filter((x) => x.label === label).length;
    expect([count('その他'), count('参考URL'), count('既存の会議の名称')]).toEqual([54, 31, 23]);
    expect(empty.filter((x) => x.section === '0' && x.note === '※実施している事業の右側に○を記入してください。')).toHaveLength(68);
    expect(empty.filter((x) => /実施計画$/.test(x.label))).toHaveLength(39);
  });

  it('a title heading other cells is a heading line, not an empty row (札幌市 ④事業内容, ア…)', () => {
    const p = bundled();
    expect(p.lines[40 - 1].used_by).toBe('heading:3.④');
    expect(p.lines[41 - 1].used_by).toBe('heading:3.④ア');
    expect(p.fields.filter((f) => f.entity_id === '北海道 札幌市' && f.section === '3.④')).toEqual([]);
  });

  it('every fields:<section> in lines.used_by names a row of that record and section covering the line', () => {
    const p = bundled();
    const rows = new Map<string, { start: number; end: number }[]>();
    for (const f of p.fields) {
      const key = `${f.entity_id}|${f.section}`;
      rows.set(key, [...(rows.get(key) ?? []), { start: f.line_start, end: f.line_end }]);
    }
    const dangling: string[] = [];
    for (const l of p.lines) {
      for (const tag of (l.used_by ?? '').split(',').filter((t) => t.startsWith('fields:'))) {
        const spans = rows.get(`${l.entity_id}|${tag.slice(7)}`) ?? [];
        if (!spans.some((s) => s.start <= l.line_no && l.line_no <= s.end)) dangling.push(`${l.line_no} ${tag}`);
      }
    }
    expect(dangling).toEqual([]);
  });
});

describe('the form\'s instructions apart from the answers', () => {
  it('no value starts with a form instruction; 78 ⑦イ cells keep "※会議の開催回数や参加者等を記載" in note', () => {
    const f = bundled().fields;
    const instruction = /^※\s*(?:記入例|[^※。、\n/]{1,40}?を(?:記載|記入))/;
    expect(f.filter((x) => instruction.test(x.value)).map((x) => [x.entity_id, x.section, x.value.slice(0, 30)])).toEqual([]);
    expect(f.filter((x) => x.note === '※会議の開催回数や参加者等を記載')).toHaveLength(78);
  });

  it('札幌市 4.⑦イ (line 88, HTML): the instruction goes to note, the answer stays as written', () => {
    const cell = bundled().fields.find((x) => x.entity_id === '北海道 札幌市' && x.section === '4.⑦イ' && x.label === '個別事例の検討');
    expect(source(88)).toMatch(/^<p>\(個別事例の検討\)※会議の開催回数や参加者等を記載<\/p> <p>市内全域ではないが/);
    expect(cell).toMatchObject({ note: '※会議の開催回数や参加者等を記載', line_start: 88 });
    expect(cell?.value).toMatch(/^市内全域ではないが、住民組織団体の代表者/);
  });

  it('広尾町 637/639: the answer to 個別事例の検討 comes after the page break, before the next row\'s label', () => {
    const rows = bundled().fields.filter((x) => x.entity_id === '北海道 広尾町' && x.section === '4.⑦イ');
    expect(rows.map((x) => [x.label, x.value, x.note, x.line_start, x.line_end])).toEqual([
      ['個別事例の検討', '相談支援包括化推進担当者会議(月1回毎月第2木曜日及び随時開催、参加者:CSW(地域包括化推進員、地域包括支援センター、福祉係、関係機関)', '※会議の開催回数や参加者等を記載', 637, 639],
      ['既存の会議の名称', '', null, 637, 637],
      ['ネットワーク構築', expect.stringMatching(/^相談支援包括化推進会議\(年1回、/), '※会議の開催回数や参加者等を記載', 639, 639],
      ['既存の会議の名称', '多職種連携会議 自立支援協議会全体会', null, 639, 639],
    ]);
    expect(source(639)).toMatch(/^<p>相談支援包括化推進担当者会議\(月1回/);
  });

  it('an instruction with no answer leaves an empty value (鱒ヶ沢町 793 with its answer left out)', () => {
    const { fields } = recordFixture('青森県 鱒ヶ沢町', (line, text) => (line === 793 ? text.replace(/(記載) [^\t]+/, '$1') : text));
    const cell = fields.find((x) => x.line_start === 793 && x.label === '個別事例の検討');
    expect(cell).toMatchObject({ value: '', note: '※会議の開催回数や参加者等を記載' });
  });

  it('the check-mark instruction is the note of each program cell, the 記入例 of 1-1 the note of the centre cells (岩泉町 1181)', () => {
    const f = bundled().fields;
    expect(f.filter((x) => x.entity_id === '北海道 札幌市' && x.section === '0' && x.note).map((x) => x.note)).toEqual(Array(3).fill('※実施している事業の右側に○を記入してください。'));
    expect(f.filter((x) => x.entity_id === '岩手県 岩泉町' && x.note?.startsWith('※記入例')).map((x) => [x.label, x.line_start])).toEqual([
      ['地域包括支援センター', 1178], ['生活困窮者自立相談支援事業', 1179],
    ]);
  });

  it('a writer\'s own ※ remark is the answer, not a note (矢巾町, 土浦市)', () => {
    const f = bundled().fields;
    expect(f.find((x) => x.entity_id === '茨城県 土浦市' && x.label === '公立小学校数')).toMatchObject({ value: '※16(校)', note: null });
    expect(f.find((x) => x.entity_id === '岩手県 矢巾町' && x.section === '4.⑧')?.value).toMatch(/^※地域力強化推進事業とあわせ 新規相談受理件数 80件/);
  });
});

describe('answers written inside a title\'s cell', () => {
  it('"(エ)その他 …" and "(ア)… 「未実施」" keep the form\'s title as label and the answer as value', () => {
    const f = bundled().fields;
    expect(f.find((x) => x.entity_id === '北海道 釧路市' && x.section === '3.④ア(エ)')).toMatchObject({ label: 'その他', value: '中間的就労の場を創出することを重視', line_start: 184 });
    expect(f.find((x) => x.line_start === 1517 && x.section === '4.④(ア)')).toMatchObject({
      label: '単独の市区町村では解決が難しく、専門的な支援を必要とする者等に対する支援体制を市町村と構築', value: '未実施',
    });
  });

  it('玉村町 3075: a remark in brackets is the value of the label above it, not a label', () => {
    const f = bundled().fields.filter((x) => x.entity_id === '群馬県 玉村町' && x.section === '3.④ア');
    expect(f.find((x) => x.label === '事業実施にあたり連携する他の法定事業等(自主事業含む)')).toMatchObject({
      value: '(協議体、NPO 法人、玉村町住民活動サポート「ぱる」との情報交換など)', line_start: 3074, line_end: 3075,
    });
  });
});

describe('section 5: a program heading opening a cell', () => {
  it('墨田区 3979 and 東津軽郡 749: "<地域力強化推進事業> …", "○多機関の協働による… (成果目標)…" name the program of their text', () => {
    const f = bundled().fields.filter((x) => x.section === '5' && (x.line_start === 3979 || x.line_start === 749));
    expect(f.map((x) => [x.entity_id, x.program, x.label])).toEqual([
      ['青森県 東津軽郡(平内町、今別町、蓬田村、外ヶ浜町)', '地域力強化推進事業', '○地域力強化推進事業'],
      ['青森県 東津軽郡(平内町、今別町、蓬田村、外ヶ浜町)', '多機関協働事業', '○多機関の協働による包括的支援体制構築事業'],
      ['東京都 墨田区', '地域力強化推進事業', '<地域力強化推進事業>'],
      ['東京都 墨田区', '多機関協働事業', '<多機関協働による包括的支援体制構築事業>'],
    ]);
    expect(f[3].value).toBe('相談件数実績(平成30年4月～平成31年2月) 495件');
  });
});
