/** Text normalisation shared by every parser step. */

/** NFKC folds full-width digits, letters and brackets to their ASCII forms; ideographic spaces become spaces. */
export function fold(text: string): string {
  // Most text is ASCII, kana, common ideographs and 、。・「」『』【】, which NFKC leaves as they are: skip the rewrite.
  if (NFKC_STABLE.test(text)) return text;
  return text.normalize('NFKC').replace(/\u3000/g, ' ');
}

/**
 * Text made only of characters NFKC maps to themselves and never composes: ASCII, hiragana ぁ–ゖ, katakana ァ–ヺ, ・, ー,
 * CJK unified ideographs, 、。「」『』【】. (Half-width forms, full-width forms, ①, ゛ and U+3000 are left out.)
 */
const NFKC_STABLE = /^[\x00-\x7f\u3041-\u3096\u30a1-\u30fc\u4e00-\u9fff\u3001\u3002\u300c-\u300f\u3010\u3011]*$/;

/** Collapses runs of white space and trims. */
export function squash(text: string): string {
  // Most cells hold single spaces only: skip the rewrite for them (the hot path of reading a corpus).
  return MESSY_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

const MESSY_SPACE = /\s\s|[^\S ]/;

/** A key for comparing two renderings of the same text (HTML vs tab form): folded, without any white space. */
export function compareKey(text: string): string {
  return fold(text).replace(/\s+/g, '');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Removes tags, keeping the text (for display and search). */
export function stripTags(text: string): string {
  return squash(decodeEntities(text.replace(/<\/?[a-zA-Z][^>]*>/g, ' ')));
}
