/** Text normalisation shared by every parser step. */

/**
 * NFKC folds full-width digits, letters and brackets to their ASCII forms, and the ideographic space U+3000 to a space.
 * (ICU's own quick check makes text NFKC leaves alone cheap: measured faster than any pre-test here.)
 */
export function fold(text: string): string {
  return text.normalize('NFKC');
}

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

const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;

/** The character a numeric reference names, or null when it names none (beyond U+10FFFF, a surrogate, NUL). */
function codePointOf(name: string): string | null {
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  if (!Number.isSafeInteger(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

/** Decodes character references; one that names no character stays as written (invalidEntities reports it). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string) => {
    if (name[0] === '#') return codePointOf(name) ?? whole;
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The numeric references in a line that name no character, as written. */
export function invalidEntities(text: string): string[] {
  if (!text.includes('&#')) return [];
  const out: string[] = [];
  for (const m of text.matchAll(ENTITY)) if (m[1][0] === '#' && codePointOf(m[1]) === null) out.push(m[0]);
  return out;
}

/** Removes tags, keeping the text (for display and search). */
export function stripTags(text: string): string {
  return squash(decodeEntities(text.replace(/<\/?[a-zA-Z][^>]*>/g, ' ')));
}

/** A CJK character (kana, kanji, the ideographic punctuation and full-width forms) or a bracket of either width. */
const CJK_OR_BRACKET = '\\u3000-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef()\\[\\]{}';
const CJK = new RegExp(`[${CJK_OR_BRACKET}]`);
const DIGIT = /[0-9０-９]/;
/** A heading's number and its mark ("1.", "(2)", "３）"), which a space sets apart from the heading. */
const NUMBERED = /[0-9０-９][.．)）]$/;

/**
 * A label without the spaces the PDF extraction left inside it: white space next to a CJK character or a bracket goes
 * (`実施主体 (委託先)` → `実施主体(委託先)`, `参考 URL` → `参考URL`); a space between two Latin words stays, and so
 * does one beside a number or after its mark, which sets it apart from its heading (`1 地域力強化推進事業`,
 * `1. 地域力強化推進事業`).
 */
export function normaliseLabel(label: string): string {
  return squash(label).replace(/ /g, (space, at: number, text: string) => {
    const before = text[at - 1] ?? '';
    const after = text[at + 1] ?? '';
    if (DIGIT.test(before) || DIGIT.test(after) || NUMBERED.test(text.slice(0, at))) return space;
    return CJK.test(before) || CJK.test(after) ? '' : space;
  });
}
