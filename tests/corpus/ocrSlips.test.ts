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
    expect(w[0].message).toContain('「他機関」: 「・多機関の協働による包」の読み誤りの可能性');
    expect(seedLines[3532 - 1]).toBe('・他機関の協働による包括的支援体制構築事業');
    expect(fields.find((f) => f.line_start === 3534)).toMatchObject({
      program: '多機関協働事業', label: '・他機関の協働による包括的支援体制構築事業', value: 'ニュータウンふくしプラザでの相談件数 64 件',
    });
  });

  it('other 他機関 (他機関との連携) and Latin abbreviations (CSW, 通所B, JR, in岩泉) are not slips', () => {
    expect(charSlips('他機関との連携等必要な活動支援を行う。')).toEqual([]);
    expect(charSlips('通所Bなど、社協CSWとJR千葉駅、認知症セミナーin岩泉実行委員会')).toEqual([]);
    expect(charSlips('校舎はL字型')).toEqual([]);
    expect(charSlips('かLら')[0]).toMatchObject({ code: 'ocr_foreign_letters', written: 'L', suggested: 'かレら' });
  });

  it('the whole corpus has these two character slips and no others', () => {
    const codes = bundled().parse_warnings.filter((w) => w.code.startsWith('ocr_')).map((w) => [w.entity_id, w.line_no, w.code]);
    expect(codes).toEqual([['埼玉県 鳩山町', 3532, 'ocr_word_suspect'], ['東京都 国立市', 4849, 'ocr_foreign_letters']]);
  });
});
