import { PROGRAMS, PROGRAM_FORM_NAMES } from './types.js';
import { hasOldForm, oldFormSlips } from './oldForms.js';
import { ANY_TERM_TWIN, domainTermTwins } from './domainTerms.js';
import type { CharSlip } from './charSlip.js';

export type { CharSlip } from './charSlip.js';

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

/**
 * The program names the form prints (types.ts), longest first. 都道府県事業 is left out: it is two everyday words, and
 * its near twins are words of their own (都道府県事務).
 */
const FORM_NAMES = PROGRAMS.filter((p) => p !== '都道府県事業').flatMap((p) => PROGRAM_FORM_NAMES[p]).sort((a, b) => b.length - a.length);
/** Each name cut in two: one substituted character leaves one half intact, so a line holding neither half holds no twin. */
const HALVES = FORM_NAMES.map((name) => [name.slice(0, name.length >> 1), name.slice(name.length >> 1)] as const);
const HAN = /\p{Script=Han}/u;
/** The halves as one pattern: one regular expression is several times faster than a loop of includes. */
const ANY_NAME_HALF = new RegExp(HALVES.flat().join('|'));

/** False for a line that cannot hold a slip (most lines): the caller may skip stripping its tags. */
export function mayHoldSlips(text: string): boolean {
  return ANY_CYRILLIC_OR_GREEK.test(text) || ANY_LATIN_BY_KANA.test(text) || ANY_NAME_HALF.test(text) || hasOldForm(text) || ANY_TERM_TWIN.test(text);
}

/**
 * The index in `text` of the one character by which the phrase at `start` differs from `name`, or -1. An OCR slip of a
 * kanji is another kanji (多機能, 他機関 for 多機関); a changed particle is grammar (多機関と協働, 多機関に働きかけ), and a
 * first character glued to the kanji before it belongs to another word (関係機関の協働). In a short form (under eight
 * characters) the last word is an everyday one and a change there makes another (多機関協力, 多機関の協議): only its
 * head, the program's own coinage, is compared.
 */
function substitutedAt(text: string, start: number, name: string): number {
  let at = -1;
  for (let k = 0; k < name.length; k++) {
    if (text[start + k] === name[k]) continue;
    if (at >= 0) return -1;
    at = start + k;
  }
  if (at < 0 || !HAN.test(text[at]) || !HAN.test(name[at - start])) return -1;
  if (name.length < 8 && at - start >= name.length - 2) return -1;
  return at === start && start > 0 && HAN.test(text[start - 1]) ? -1 : at;
}

/** Phrases one kanji away from a program name the form prints, each slip once (by the longest name it twins). */
function programNameTwins(text: string, around: (index: number, length: number) => string): CharSlip[] {
  const found = new Map<number, CharSlip>();
  FORM_NAMES.forEach((name, n) => {
    const [head, tail] = HALVES[n];
    for (const [part, offset] of [[head, 0], [tail, head.length]] as const) {
      for (let hit = text.indexOf(part); hit >= 0; hit = text.indexOf(part, hit + 1)) {
        const start = hit - offset;
        if (start < 0 || start + name.length > text.length) continue;
        const at = substitutedAt(text, start, name);
        if (at < 0 || found.has(at)) continue;
        found.set(at, { code: 'ocr_word_suspect', written: text.slice(start, start + name.length), suggested: name, context: around(start, name.length), reference: 'program' });
      }
    }
  });
  return [...found.values()];
}

/**
 * The slips of a cell's text. `writes` tells whether the cell's record writes a word anywhere (recordWrites): an old
 * form is warned only when the record writes the same word in the modern form; without it, the text is its own record.
 */
export function charSlips(text: string, writes: (word: string) => boolean = (word) => text.includes(word)): CharSlip[] {
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
  slips.push(...programNameTwins(text, around));
  if (ANY_TERM_TWIN.test(text)) slips.push(...domainTermTwins(text, around));
  if (hasOldForm(text)) slips.push(...oldFormSlips(text, writes, around));
  return slips;
}

/** The warning text of a slip, naming the cell. */
export function slipMessage(slip: CharSlip, section: string): string {
  const what = { ocr_word_suspect: `「${slip.written}」`, ocr_old_form: `旧字体の「${slip.written}」`, ocr_foreign_letters: `他の文字体系の文字「${slip.written}」` }[slip.code];
  const reading = !slip.suggested
    ? '読み誤りの可能性'
    : slip.code === 'ocr_old_form'
      ? `新字体「${slip.suggested}」の読み誤りの可能性 (同じ報告に「${slip.evidence}」)`
      : slip.reference === 'program'
        ? `様式の事業名「${slip.suggested}」の読み誤りの可能性`
        : slip.reference === 'term'
          ? `福祉分野の用語「${slip.suggested}」の書き誤りの可能性`
          : `「${slip.suggested}」の読み誤りの可能性`;
  return `${section} のセル「…${slip.context}…」に${what}: ${reading} (possible OCR slip; the value is kept as written)`;
}
