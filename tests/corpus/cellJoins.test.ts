import { describe, expect, it } from 'vitest';
import { breakSeparator, paragraphContinues } from '../../electron/corpus/pageCuts.js';
import { bundled, seedLines } from './seed.js';
import { cellsOf, recordFixture } from './fieldFixtures.js';

const source = (line: number) => seedLines[line - 1];
const field = (entity: string, section: string, label: string, lineStart?: number) =>
  bundled().fields.filter((f) => f.entity_id === entity && f.section === section && f.label === label && (lineStart === undefined || f.line_start === lineStart));

describe('a cell the page cut, joined back', () => {
  it('盛岡市 884–886: a cut inside prose joins with nothing, so 相談支援包括化推進員 reads whole', () => {
    expect(source(884)).toMatch(/主催者と連携し、相談支\t$/);
    expect(source(885)).toBe('');
    expect(source(886)).toMatch(/^<p>援包括化推進員や/);
    const [cell] = field('岩手県 盛岡市', '3.④イ(ウ)', '把握の方法');
    expect(cell).toMatchObject({ line_start: 884, line_end: 886 });
    expect(cell.value).toContain('サロン等の主催者と連携し、相談支援包括化推進員や地域福祉コーディネーター');
  });

  it('盛岡市 905–908: the same inside a bulleted cell (…に対し，相談 / 支援包括化推進員を委嘱し…)', () => {
    const [cell] = field('岩手県 盛岡市', '4.⑦ア', '包括的な相談支援体制の構築に向けた取組の概要');
    expect(cell).toMatchObject({ line_start: 905, line_end: 908 });
    expect(cell.value).toContain('相談支援包括化推進員を委嘱し');
  });

  it('東海村 2451–2453: an unpunctuated list cut between two entries keeps its line break', () => {
    expect(source(2451)).toMatch(/月1回\t/);
    const [cell] = field('茨城県 東海村', '4.⑦イ', '個別事例の検討', 2451);
    expect(cell.value).toMatch(/月1回\n事例検討会\(スーパーバイザーを招いて実施\)年3回/);
  });

  it('the separator rule on its own: a word or prose cut joins with nothing; a complete line, an item, a short line keep a break', () => {
    expect(breakSeparator('行政・社協の各機関の連携を促進するとともに生', '活支援体制整備事業や')).toBe('');
    expect(breakSeparator('地域で開催しているサロン等の主催者と連携し、相談支', '援包括化推進員や')).toBe('');
    expect(breakSeparator('相談支援包括化推進員が地域生活課題の早期把握に努める。', '地域の関係者と')).toBe('\n');
    expect(breakSeparator('相談支援包括化推進員が地域生活課題の早期把握に努め、', '・次の項目')).toBe('\n');
    expect(breakSeparator('■複合的な課題を抱える者の把握方法', '福祉まるごと相談事業として')).toBe('\n');
    expect(breakSeparator('ケース検討会(東海村社会福祉協議会内部)月1回', '事例検討会(スーパーバイザーを招いて実施)年3回')).toBe('\n');
  });
});

describe('a paragraph of the results section the page cut', () => {
  it('盛岡市 924–926: "…追加するだけでな" and "く、市が主催する…" are one paragraph, one row', () => {
    expect(source(925)).toBe('');
    const rows = field('岩手県 盛岡市', '5', '○多機関の協働による包括的支援体制構築事業');
    expect(rows.map((r) => [r.line_start, r.line_end])).toEqual([[924, 926]]);
    expect(rows[0].value).toContain('ひきこもり分野を追加するだけでなく、市が主催するフォーラムのテーマを');
    expect(bundled().lines[926 - 1].used_by).toBe('fields:5');
  });

  it('調布市 4713–4715: "…理解を促進" and "し、ネットワークを構築…" likewise', () => {
    const rows = bundled().fields.filter((f) => f.entity_id === '東京都 調布市' && f.section === '5' && f.line_start === 4713);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ line_end: 4715 });
    expect(rows[0].value).toContain('業務内容の理解を促進し、ネットワークを構築することで');
  });

  it('entries of a list that open with hiragana stay rows of their own (山形市 1950/1952, 市貝町 2831/2833)', () => {
    const yamagata = bundled().fields.filter((f) => f.entity_id === '山形県 山形市' && f.section === '5' && [1950, 1952].includes(f.line_start));
    expect(yamagata.map((f) => [f.line_start, f.line_end, f.value])).toEqual([
      [1950, 1950, '施設での中間的就労(チャレンジ就労)モデルケース受け入れ'], [1952, 1952, 'おゆずりの会'],
    ]);
    expect(paragraphContinues('ゲートキーパー養成修了者 30名⇒20名', 'ひきこもり支援に関する研修 10名⇒10名')).toBe(false);
  });
});

describe('paragraphs and columns of one line', () => {
  it('paragraphs (<p>) of one cell are set apart by a line break; columns of a row by " / " (釧路市 169, 津別町 alone)', () => {
    const [change] = field('北海道 釧路市', '2', '本事業を通じて人と地域に起こしたい変化');
    expect(source(169)).toContain('構築。</p> <p>中間的就労の場の創出。');
    expect(change.value).toBe('住民が主体的に取り組む事業の創出。支援する側・される側の境目のない関係性の構築。\n中間的就労の場の創出。');
  });

  it('秋田県 1475: a second row of a labelled HTML table goes on with each column\'s own cell', () => {
    expect(source(1475)).toContain('<tr> <td>②対象地域の町村社協職員');
    const cells = cellsOf(bundled().fields.filter((f) => f.entity_id.startsWith('秋田県 地域力強化推進事業地域')), '3.④ア(ウ)');
    expect(cells.map(([label]) => label)).toEqual(['研修の対象', '研修の内容']);
    expect(cells[0][1]).toBe('①地域住民、町内会・自治会、老人クラブ、PTA、社会福祉法人等\n②対象地域の町村社協職員、地域包括支援センター職員、生活支援コーディネーター、社会福祉施設の職員等');
    expect(cells[1][1]).toMatch(/^①地域福祉活動スタート人材養成講座の開催 .*グループワークや意見交換等\n②地域福祉活動実践養成講座の開催 /);
    expect(cells[1][1]).not.toContain('②対象地域の町村社協職員');
    expect(bundled().lines[1480 - 1].used_by).toBe('duplicate_of:1475');
  });
});

describe('the writer\'s own sub-heading inside a cell', () => {
  it('広尾町 599–602: "事業の成果目標" again inside the open 事業の成果目標 answer stays in it: one cell, one row', () => {
    expect(source(601)).toMatch(/^事業の成果目標 <人の変化>/);
    const rows = field('北海道 広尾町', '3.④ア', '事業の成果目標');
    expect(rows.map((r) => [r.line_start, r.line_end])).toEqual([[599, 602]]);
    expect(rows[0].value).toMatch(/見守りの目が生まれる。\n事業の成果目標 <人の変化> 通いの場のような居場所で/);
  });

  it('the same in a one-record corpus, so it does not hang on what other records say', () => {
    const { fields } = recordFixture('北海道 広尾町');
    expect(fields.filter((f) => f.section === '3.④ア' && f.label === '事業の成果目標')).toHaveLength(1);
  });
});

describe('the form\'s instructions, by their form', () => {
  it('"※…記載してください" after a heading is the form\'s, not the title (小田原市 5136); a writer\'s ※ remark is not', async () => {
    const { splitNote } = await import('../../electron/corpus/notes.js');
    const { readSectionHeading } = await import('../../electron/corpus/sections.js');
    expect(source(5136)).toBe('5. 成果目標の達成状況 ※事業ごとに記載してください');
    expect(readSectionHeading([source(5136)])).toMatchObject({ code: '5', title: '成果目標の達成状況', results: true });
    expect(splitNote('成果目標の達成状況 ※事業ごとに記載してください')).toEqual({ value: '成果目標の達成状況', note: '※事業ごとに記載してください' });
    const remark = '※ 複合的な課題と制度の狭間の課題の各事例は、一定程度件数があったもののみを記載しているため、合計と内数の計は一致しない。';
    expect(source(125)).toBe(remark);
    expect(splitNote(remark)).toEqual({ value: remark, note: null });
  });
});

describe('a table in the results section keeps its rows and columns', () => {
  it('札幌市 116: a tab row is one value, its columns set apart by " / "', () => {
    expect(source(116)).toBe('複合的な課題を抱える世帯(A)\t175 件');
    const [row] = bundled().fields.filter((f) => f.entity_id === '北海道 札幌市' && f.section === '5' && f.line_start === 116);
    expect(row.value).toBe('複合的な課題を抱える世帯(A) / 175 件');
  });

  it('土浦市 2251: an HTML table after the text gives one line per table row, " / " between its cells', () => {
    expect(source(2251)).toContain('<td>スクラムネット</td>');
    const [row] = bundled().fields.filter((f) => f.entity_id === '茨城県 土浦市' && f.section === '5' && f.program === '多機関協働事業' && f.line_start === 2251);
    const lines = row.value.split('\n');
    expect(lines[0]).toMatch(/^① 相談者に対する支援の実施 /);
    expect(lines.some((l) => /^スクラムネット \/ 相談件数 \/ /.test(l))).toBe(true);
    expect(bundled().lines[2252 - 1].used_by).toMatch(/^duplicate_of:2251/);
  });
});

describe('an empty cell of a column table', () => {
  it('郡山市 2059/2060: the 人口 column the value row leaves empty spans that row too, as its neighbours do', () => {
    expect(source(2060).split('\t')).toHaveLength(3);
    const cells = bundled().fields.filter((f) => f.entity_id === '福島県 郡山市' && f.section === '3.④ア' && f.line_start === 2059);
    expect(cells.map((f) => [f.label, f.value === '', f.line_end])).toEqual([['対象地域', false, 2060], ['対象地域の範囲', false, 2060], ['人口', true, 2060]]);
  });
});

describe('a form label printed one character off', () => {
  it('本事業に取り組み目的・狙い (那須烏山市 2694) and 本事業に取組む目的・狙い take the form\'s label, the printed one named in a warning', () => {
    expect(source(2694)).toMatch(/^本事業に取り組み目的・狙い\t/);
    const p = bundled();
    const labels = p.fields.filter((f) => f.section === '2').map((f) => f.label);
    expect(new Set(labels)).toEqual(new Set(['本事業に取り組む目的・狙い', '本事業を通じて人と地域に起こしたい変化']));
    const warned = p.parse_warnings.filter((w) => w.code === 'label_variant');
    expect(warned).toHaveLength(10);
    expect(warned.find((w) => w.line_no === 2694)?.message).toContain('「本事業に取り組み目的・狙い」');
    for (const w of warned) expect(source(w.line_no!)).toMatch(/^(<p>)?本事業に(取り組み|取組む)目的・狙い/);
  });
});

describe('documents attached after the results (調布市 別紙)', () => {
  const rows = () => bundled().fields.filter((f) => f.entity_id === '東京都 調布市' && f.section === '5');

  it('a date alone on its line opens one: its rows are labelled 別紙, under the heading before it until an item names a program', () => {
    expect(source(4538)).toBe('平成30年4月1日');
    const at = (line: number) => rows().find((f) => f.line_start === line);
    expect(at(4536)).toMatchObject({ label: '＜多機関の協働による包括的支援体制構築事業＞', program: '多機関協働事業' });
    expect(at(4538)).toMatchObject({ label: '別紙', program: '多機関協働事業', value: '平成30年4月1日' });
    // "アー (ア) 地域住民の参加を促す活動を行う者に対する支援" is the title of 地域力強化推進事業's item 3.④ア(ア).
    expect(source(4544)).toContain('地域住民の参加を促す活動を行う者に対する支援');
    expect(at(4544)).toMatchObject({ label: '別紙', program: '地域力強化推進事業' });
    expect(at(4663)).toMatchObject({ program: '地域力強化推進事業', value: '1圏域をモデルとして立ち上げる。' });
    // The next letterhead (別紙2, a meeting's report) goes back to the heading's program.
    expect(source(4669)).toBe('平成31年3月8日');
    expect(at(4669)).toMatchObject({ label: '別紙', program: '多機関協働事業' });
    expect(at(4742)).toMatchObject({ label: '別紙', program: '多機関協働事業' });
  });

  it('the outcome rules read the attachment\'s lines under the same program: its plan\'s targets are 地域力強化推進事業\'s', () => {
    const p = bundled();
    expect(p.targets.find((t) => t.entity_id === '東京都 調布市' && t.line === 4663)).toMatchObject({ program: '地域力強化推進事業' });
    expect(p.results.find((r) => r.entity_id === '東京都 調布市' && r.line === 4585)).toMatchObject({ program: '地域力強化推進事業' });
    expect(p.attainment.find((a) => a.entity_id === '東京都 調布市' && a.indicator === '場の構築の検討')).toMatchObject({ target: 2, target_line: 4599, result: 5, result_line: 4518 });
  });
});
