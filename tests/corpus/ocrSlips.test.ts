import { describe, expect, it } from 'vitest';
import { charSlips } from '../../electron/corpus/ocrSlips.js';
import { bundled, seedLines } from './seed.js';
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
      ['東京都 国立市', 4849, 'ocr_foreign_letters'],
    ]);
  });
});
