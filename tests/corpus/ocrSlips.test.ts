import { describe, expect, it } from 'vitest';
import { charSlips } from '../../electron/corpus/ocrSlips.js';
import { modernForm, recordWrites } from '../../electron/corpus/oldForms.js';
import { bundled, cut, seedLines } from './seed.js';
import { recordFixture } from './fieldFixtures.js';

describe('character-level OCR slips, warned on the cell line and never changed', () => {
  it('国立市 4849: Cyrillic "ри" inside Japanese text, with the reading り suggested', () => {
    const { warnings, fields } = recordFixture('東京都 国立市');
    const w = warnings.filter((x) => x.code === 'ocr_foreign_letters');
    expect(w.map((x) => x.line_no)).toEqual([4849]);
    expect(w[0].message).toContain('「ри」: 「も見つかり、今後は」の読み誤りの可能性');
    expect(fields.find((f) => f.line_start <= 4849 && 4849 <= f.line_end)?.value).toContain('見つかри、');
  });

  it('鳩山町 3532: 他機関 for the program 多機関 is warned, and the heading still names 多機関協働事業', () => {
    const { warnings, fields } = recordFixture('埼玉県 鳩山町');
    const w = warnings.filter((x) => x.code === 'ocr_word_suspect');
    expect(w.map((x) => x.line_no)).toEqual([3532]);
    expect(w[0].message).toContain('「他機関の協働による包括的支援体制構築事業」: 様式の事業名「多機関の協働による包括的支援体制構築事業」の読み誤りの可能性');
    expect(seedLines[3532 - 1]).toBe('・他機関の協働による包括的支援体制構築事業');
    expect(fields.find((f) => f.line_start === 3534)).toMatchObject({
      program: '多機関協働事業', label: '・他機関の協働による包括的支援体制構築事業', value: 'ニュータウンふくしプラザでの相談件数 64 件',
    });
  });

  it('栃木市 2604: 多機能の協働 in a cell is a near twin of the form\'s 多機関の協働, warned with that reading', () => {
    const { warnings, fields } = recordFixture('栃木県 栃木市');
    const w = warnings.filter((x) => x.code === 'ocr_word_suspect');
    expect(w.map((x) => x.line_no)).toEqual([2604]);
    expect(w[0].message).toContain('4.③ のセル「…今回の「多機能の協働による包…」に「多機能の協働」: 様式の事業名「多機関の協働」の読み誤りの可能性');
    expect(fields.find((f) => f.line_start === 2604)?.value).toContain('「多機能の協働による包括的な支援体制構築事業」');
  });

  it('仙台市 1416: 事業名 包括化支援 for the title\'s 包括的支援 is warned; 1384 他機関との連携 is not', () => {
    const { warnings } = recordFixture('宮城県 仙台市');
    const w = warnings.filter((x) => x.code === 'ocr_word_suspect');
    expect(w.map((x) => x.line_no)).toEqual([1416]);
    expect(w[0].message).toContain('「多機関の協働による包括化支援体制構築事業」: 様式の事業名「多機関の協働による包括的支援体制構築事業」');
    expect(seedLines[1384 - 1]).toContain('他機関との連携');
  });

  it('near twins of the program names, by rule', () => {
    const twin = (text: string) => charSlips(text).map((s) => [s.written, s.suggested]);
    expect(twin('多機関協力の推進、他機関協働の体制')).toEqual([['他機関協働', '多機関協働']]);
    expect(twin('多機関の協議の場、多機関の協力')).toEqual([]);
    expect(twin('地域力強化促進事業を実施')).toEqual([['地域力強化促進事業', '地域力強化推進事業']]);
    // A changed particle is grammar, not a slip; a first kanji glued to the word before belongs to that word.
    expect(twin('多機関と協働で取り組む。多機関が協働し、多機関に働きかける。関係機関の協働による支援')).toEqual([]);
    // 都道府県事業 is everyday words: its near twins are words of their own.
    expect(twin('都道府県事務の委託')).toEqual([]);
  });

  it('other 他機関 (他機関との連携) and Latin abbreviations (CSW, 通所B, JR, in岩泉) are not slips', () => {
    expect(charSlips('他機関との連携等必要な活動支援を行う。')).toEqual([]);
    expect(charSlips('通所Bなど、社協CSWとJR千葉駅、認知症セミナーin岩泉実行委員会')).toEqual([]);
    expect(charSlips('校舎はL字型')).toEqual([]);
    expect(charSlips('かLら')[0]).toMatchObject({ code: 'ocr_foreign_letters', written: 'L', suggested: 'かレら' });
  });

  it('the whole corpus has these character slips and no others', () => {
    const codes = bundled().parse_warnings.filter((w) => w.code.startsWith('ocr_')).map((w) => [w.entity_id, w.line_no, w.code]);
    expect(codes).toEqual([
      ['宮城県 仙台市', 1416, 'ocr_word_suspect'],
      ['栃木県 栃木市', 2604, 'ocr_word_suspect'],
      ['埼玉県 鳩山町', 3532, 'ocr_word_suspect'],
      ['千葉県 松戸市', 3701, 'ocr_word_suspect'],
      ['東京都 江戸川区', 4191, 'ocr_old_form'],
      ['東京都 江戸川区', 4211, 'ocr_old_form'],
      ['東京都 調布市', 4651, 'ocr_old_form'],
      ['東京都 調布市', 4655, 'ocr_old_form'],
      ['東京都 国立市', 4849, 'ocr_foreign_letters'],
    ]);
  });
});

/** Every warning of the kinds added for old forms and domain terms, with its line and what it suggests. */
const newKinds = () =>
  bundled().parse_warnings
    .filter((w) => w.code === 'ocr_old_form' || (w.code === 'ocr_word_suspect' && w.message.includes('福祉分野の用語')))
    .map((w) => [w.line_no, w.code, w.message.slice(0, w.message.indexOf(' (possible'))]);

describe('old kanji forms and misspelt domain terms, warned on the cell line and never changed', () => {
  it('the whole corpus: these, each read against the source, and no others', () => {
    expect(newKinds()).toEqual([
      [3701, 'ocr_word_suspect', '3.④イ(エ) のセル「…療法士、民政委員等)…」に「民政委員」: 福祉分野の用語「民生委員」の書き誤りの可能性'],
      [4191, 'ocr_old_form', '3.④ア のセル「…15 の生活圈域のうち …」に旧字体の「生活圈域」: 新字体「生活圏域」の読み誤りの可能性 (同じ報告に「生活圏域」)'],
      [4211, 'ocr_old_form', '3.④イ のセル「…15 の生活圈域のうち …」に旧字体の「生活圈域」: 新字体「生活圏域」の読み誤りの可能性 (同じ報告に「生活圏域」)'],
      [4651, 'ocr_old_form', '5 のセル「…祉圏域に關係機関によるネ…」に旧字体の「關係機関」: 新字体「関係機関」の読み誤りの可能性 (同じ報告に「関係機関」)'],
      [4655, 'ocr_old_form', '5 のセル「…しながら關係機関のネット…」に旧字体の「關係機関」: 新字体「関係機関」の読み誤りの可能性 (同じ報告に「関係機関」)'],
    ]);
    // The values keep the text as written.
    expect(bundled().fields.some((f) => f.line_start <= 4651 && 4651 <= f.line_end && f.value.includes('關係機関'))).toBe(true);
  });

  it('江戸川区 4191: 圈 twice on the line (生活圈域 ×2) is one warning; the line itself also writes 圏域', () => {
    const { warnings } = recordFixture('東京都 江戸川区');
    expect(warnings.filter((w) => w.code === 'ocr_old_form').map((w) => w.line_no)).toEqual([4191, 4211]);
    expect(seedLines[4191 - 1].match(/圈/g)).toHaveLength(2);
    expect(seedLines[4191 - 1]).toContain('9 圏域');
  });

  it('調布市 4651, 4655: 關係機関 where the report writes 関係機関 elsewhere', () => {
    const writes = recordWrites(seedLines, 4389 - 1, 4780);
    expect(charSlips(cut(4655, 4655)[0], writes)).toEqual([
      { code: 'ocr_old_form', written: '關係機関', suggested: '関係機関', context: 'しながら關係機関のネット', evidence: '関係機関' },
    ]);
  });

  it('a name kept in its old form is left alone unless its report also writes the modern one', () => {
    // 盛岡市 838 宮澤賢治, 岩泉町 1185 龍泉洞: their reports never write 宮沢 or 竜泉.
    expect(recordFixture('岩手県 盛岡市').warnings.filter((w) => w.code === 'ocr_old_form')).toEqual([]);
    expect(recordFixture('岩手県 岩泉町').warnings.filter((w) => w.code === 'ocr_old_form')).toEqual([]);
    expect(seedLines[838 - 1]).toContain('宮澤賢治');
    expect(seedLines[1185 - 1]).toContain('龍泉洞');
    // The same report with 宮沢賢治 written on another line: the old form is now a slip of that word.
    const both = recordFixture('岩手県 盛岡市', (line, text) => (line === 837 ? `${text}宮沢賢治` : text));
    expect(both.warnings.filter((w) => w.code === 'ocr_old_form').map((w) => w.line_no)).toEqual([838]);
  });

  it('old forms by rule: a lone old kanji, or one whose word the record never writes, is no slip', () => {
    const slips = (text: string, record = text) => charSlips(text, (w) => record.includes(w)).map((s) => [s.written, s.suggested]);
    expect(modernForm('關係機關の會議')).toBe('関係機関の会議');
    expect(slips('圈域ごとに圏域会議')).toEqual([['圈域', '圏域']]);
    expect(slips('圈域ごとに', '生活圏域')).toEqual([['圈域', '圏域']]);
    expect(slips('澤田さん')).toEqual([]);
    expect(slips('の圈の', '圏域')).toEqual([]);
  });

  it('domain terms by rule: one kanji off in the term\'s own coinage, never in its everyday tail or first kanji', () => {
    const twin = (text: string) => charSlips(text).map((s) => [s.written, s.suggested]);
    expect(twin('理学療法士、民政委員等')).toEqual([['民政委員', '民生委員']]);
    expect(twin('市社会福祉競議会')).toEqual([]);
    expect(twin('社会保祉協議会と連携')).toEqual([['社会保祉協議会', '社会福祉協議会']]);
    expect(twin('地域包括支授センター')).toEqual([]);
    expect(twin('地域包話支援センター')).toEqual([['地域包話支援センター', '地域包括支援センター']]);
    // Words of their own: a changed tail (審議会, 専門職), a changed first kanji (学生委員), two terms side by side.
    expect(twin('社会福祉審議会、相談支援専門職、学生委員、民生委員児童委員、主任児童委員')).toEqual([]);
  });
});
