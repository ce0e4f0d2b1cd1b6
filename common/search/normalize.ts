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

/** Characters NFKC leaves alone and that need no fold: hiragana and the common CJK ideographs (most of the corpus). */
function isPlain(code: number): boolean {
  return (code >= 0x3041 && code <= 0x3096) || (code >= 0x3001 && code <= 0x3002) || (code >= 0x300c && code <= 0x300f) || code === 0x30fb || code === 0x30fc || (code >= 0x4e00 && code <= 0x9fff) || (code > 0x20 && code < 0x41) || (code > 0x5a && code < 0x7f);
}

/** The normal form of a text, with where each of its characters came from. */
export function normalizeWithOrigin(source: string): NormalizedText {
  const out: string[] = [];
  const origin: number[] = [];
  let i = 0;
  for (const ch of source) {
    const start = i;
    i += ch.length;
    const code = ch.codePointAt(0) ?? 0;
    // Fast path for what needs no normalisation (measured: the whole corpus indexes several times faster).
    if (isPlain(code)) {
      out.push(ch);
      origin.push(start);
      continue;
    }
    if (code >= KATAKANA_FIRST && code <= KATAKANA_LAST) {
      out.push(foldChar(ch));
      origin.push(start);
      continue;
    }
    for (const piece of ch.normalize('NFKC').toLowerCase()) {
      if (/\s/u.test(piece)) continue;
      // A half-width voicing mark becomes a combining one under NFKC: it joins the kana before it (ﾊﾟ → パ).
      if (VOICING_MARKS.test(piece) && out.length > 0) {
        const composed = (out[out.length - 1] + piece).normalize('NFC');
        if (composed.length === 1) {
          out[out.length - 1] = foldChar(composed);
          continue;
        }
      }
      const folded = foldChar(piece);
      out.push(folded);
      for (let k = 0; k < folded.length; k++) origin.push(start);
    }
  }
  origin.push(source.length);
  return { text: out.join(''), origin };
}

/** The normal form alone, for terms the analyst types. */
export function normalizeText(source: string): string {
  return normalizeWithOrigin(source).text;
}
