/**
 * Character-level OCR slips in the text of a cell: letters of another script inside a Japanese word, and known
 * confusions of the form's own words. Reported with a suggested reading, never changed in the value.
 */
export interface CharSlip {
  code: 'ocr_foreign_letters' | 'ocr_word_suspect';
  /** The text as written, the suggested reading (null when none is known), and the word around it. */
  written: string;
  suggested: string | null;
  context: string;
}

const JAPANESE = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
/** Cyrillic or Greek letters touching a Japanese character ("見つかри、"). */
const FOREIGN_IN_WORD = new RegExp(`(?<=[${JAPANESE}])[\\p{Script=Cyrillic}\\p{Script=Greek}]+|[\\p{Script=Cyrillic}\\p{Script=Greek}]+(?=[${JAPANESE}])`, 'gu');
/** One Latin letter between two kana ("かaら"): an abbreviation (CSW, NPO, 通所B) is longer or stands by kanji. */
const LATIN_BETWEEN_KANA = /(?<=[ぁ-ゖァ-ヺ])[A-Za-z](?=[ぁ-ゖァ-ヺ])/g;
/** Cheap tests that rule most lines out before the patterns above run (they run on every line read into a cell). */
const ANY_CYRILLIC_OR_GREEK = /[\u0370-\u03ff\u0400-\u04ff]/;
const ANY_LATIN_BY_KANA = /[ぁ-ゖァ-ヺ][A-Za-z][ぁ-ゖァ-ヺ]/;

/** Letter shapes OCR takes for kana: Cyrillic "ри" for り, Latin "L" for レ … */
const LOOKALIKES: Record<string, string> = { ри: 'り', л: 'ル', п: 'ロ', L: 'レ', O: 'ロ' };

/** Words of the form an OCR pass confuses with a near twin: 多機関 (the program) read as 他機関 before 協働. */
const CONFUSIONS: { pattern: RegExp; reading: string }[] = [{ pattern: /他機関(?=の?協働)/g, reading: '多機関' }];

/** False for a line that cannot hold a slip (most lines): the caller may skip stripping its tags. */
export function mayHoldSlips(text: string): boolean {
  return ANY_CYRILLIC_OR_GREEK.test(text) || ANY_LATIN_BY_KANA.test(text) || text.includes('他機関');
}

export function charSlips(text: string): CharSlip[] {
  const slips: CharSlip[] = [];
  const around = (index: number, length: number) => text.slice(Math.max(0, index - 4), index + length + 4);
  const patterns = [ANY_CYRILLIC_OR_GREEK.test(text) && FOREIGN_IN_WORD, ANY_LATIN_BY_KANA.test(text) && LATIN_BETWEEN_KANA];
  for (const pattern of patterns) {
    if (!pattern) continue;
    for (const m of text.matchAll(pattern)) {
      const context = around(m.index, m[0].length);
      const kana = LOOKALIKES[m[0]];
      slips.push({ code: 'ocr_foreign_letters', written: m[0], suggested: kana ? context.replace(m[0], kana) : null, context });
    }
  }
  for (const { pattern, reading } of CONFUSIONS) {
    if (!text.includes('機関')) continue;
    for (const m of text.matchAll(pattern)) {
      const context = around(m.index, m[0].length + 3);
      slips.push({ code: 'ocr_word_suspect', written: m[0], suggested: context.replace(m[0], reading), context });
    }
  }
  return slips;
}

/** The warning text of a slip, naming the cell. */
export function slipMessage(slip: CharSlip, section: string): string {
  const what = slip.code === 'ocr_word_suspect' ? `「${slip.written}」` : `他の文字体系の文字「${slip.written}」`;
  const reading = slip.suggested ? `「${slip.suggested}」の読み誤りの可能性` : '読み誤りの可能性';
  return `${section} のセル「…${slip.context}…」に${what}: ${reading} (possible OCR slip; the value is kept as written)`;
}
