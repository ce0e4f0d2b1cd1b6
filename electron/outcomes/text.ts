/**
 * Text folding for the outcome rules: full-width digits and signs to ASCII, without NFKC (which would turn ① into 1).
 * Input lines arrive with HTML tags already stripped, so a folded ＜地域力強化推進事業＞ heading stays text.
 */

const SIGNS: Record<string, string> = {
  '（': '(', '）': ')', '：': ':', '％': '%', '，': '、', '～': '～', '〜': '～', '~': '～', '＝': '=', '／': '/',
  '＋': '+', '．': '.', '－': '-', '＜': '<', '＞': '>', '【': '【', '】': '】', '\u3000': ' ', '＊': '*', 'ｘ': '×',
};

export function foldOutcomeText(text: string): string {
  // Text with nothing to fold and single spaces only (most lines): trimming is all the steps below would do.
  if (!NEEDS_FOLD.test(text)) return text.trim();
  return text
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[（）：％，～〜~＝／＋．－＜＞\u3000＊ｘ]/g, (c) => SIGNS[c] ?? c)
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const NEEDS_FOLD = /[０-９Ａ-Ｚａ-ｚ（）：％，～〜~＝／＋．－＜＞\u3000＊ｘ]|\*\*|\s{2}|[^\S ]/;

/** Hard boundaries between statements: a bullet or the end of a sentence. */
export const STATEMENT_BREAK = /[。・○◆●■□◎※◇▲△▽▼☆★]/;

/** The sentence of `text` around [start, end), for the `text` column (bounded so a one-line section stays readable). */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !endsStatement(text.charCodeAt(from - 1)) && start - from < 160) from--;
  let to = end;
  while (to < text.length && !endsStatement(text.charCodeAt(to)) && to - end < 120) to++;
  if (to < text.length && text[to] === '。') to++;
  return text.slice(from, to).trim();
}

/** 。 or a bullet (・○◆●■□◎◇), by character code: this runs for every character around every number. */
function endsStatement(code: number): boolean {
  switch (code) {
    case 0x3002: // 。
    case 0x30fb: // ・
    case 0x25cb: // ○
    case 0x25c6: // ◆
    case 0x25cf: // ●
    case 0x25a0: // ■
    case 0x25a1: // □
    case 0x25ce: // ◎
    case 0x25c7: // ◇
      return true;
    default:
      return false;
  }
}
