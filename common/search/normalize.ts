/**
 * One normal form for searching Japanese text, applied alike to the passages and to what the analyst types:
 * 1. NFKC: full-width ASCII and digits become half-width (ＮＰＯ → NPO, ８０５０ → 8050), half-width katakana
 *    full-width (ｹ → ケ, ﾊﾟ → パ), circled and compatibility forms their plain letters.
 * 2. Lower case (NPO and npo match).
 * 3. A small fold: the small ヶ/ヵ to ケ/カ (霞ヶ関, 一ヵ月), then katakana to hiragana (ケ → け, サロン → さろん),
 *    so a word written in either script matches. The long-vowel mark ー is kept.
 * 4. White space removed: the corpus writes 平成 30 年 and NPO 法人 with spaces a reader never types.
 * Each normal-form character remembers the index of the character it came from, so a hit can be highlighted in
 * the text as written.
 */
export interface NormalizedText {
  text: string;
  /** origin[i] is the index in the original string of normal-form character i; origin[text.length] is its length. */
  origin: number[];
}

const KATAKANA_FIRST = 0x30a1;
const KATAKANA_LAST = 0x30f6;
const TO_HIRAGANA = 0x60;
const SMALL_FOLD: Record<string, string> = { ヶ: 'ケ', ヵ: 'カ' };
const VOICING_MARKS = /[\u3099\u309a]/;

function foldChar(c: string): string {
  const plain = SMALL_FOLD[c] ?? c;
  const code = plain.codePointAt(0) ?? 0;
  if (code >= KATAKANA_FIRST && code <= KATAKANA_LAST) return String.fromCodePoint(code - TO_HIRAGANA);
  return plain;
}

/** The normal form of a text, with where each of its characters came from. */
export function normalizeWithOrigin(source: string): NormalizedText {
  let text = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of source) {
    const start = i;
    i += ch.length;
    for (const piece of ch.normalize('NFKC').toLowerCase()) {
      if (/\s/u.test(piece)) continue;
      // A half-width voicing mark becomes a combining one under NFKC: it joins the kana before it (ﾊﾟ → パ).
      if (VOICING_MARKS.test(piece) && text.length > 0) {
        const composed = (text[text.length - 1] + piece).normalize('NFC');
        if (composed.length === 1) {
          text = text.slice(0, -1) + foldChar(composed);
          continue;
        }
      }
      const folded = foldChar(piece);
      text += folded;
      for (let k = 0; k < folded.length; k++) origin.push(start);
    }
  }
  origin.push(source.length);
  return { text, origin };
}

/** The normal form alone, for terms the analyst types. */
export function normalizeText(source: string): string {
  return normalizeWithOrigin(source).text;
}
