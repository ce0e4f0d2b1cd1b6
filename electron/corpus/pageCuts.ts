/**
 * Text cut by a page break. The extraction wraps a cell's text where the page ends, so a cell (or a paragraph of the
 * results section) continues after blank or "--" lines; where the cut falls inside a sentence ("…とともに生" / "活支援…")
 * the two parts are one run of text, joined with nothing, not the writer's line break.
 */

/** A text that ends with a sentence's or a bracket's close is complete: what follows it starts a line of its own. */
const COMPLETE = /[。．.！!？?」』）)】〕〉》＞>:：]$/;

/** What opens an item of the writer's own: a bullet or mark, a number, a bracket, a kana or letter item. */
const OPENS_ITEM = /^(?:[・･○◯●◎◆◇■□▲△▼▽☆★※＊*•\-－―ー→⇒➡▶①-⑳⑴-⒇㈠-㈩(（\[［【<＜「『〈《]|[0-9０-９]+\s*[.．、)）]|[ア-オ]\s|[A-Za-zＡ-Ｚａ-ｚ][.．)）])/;

/** A line shorter than this is a heading or a list entry, not a line the page cut. */
const WRAPPED_LINE = 20;

/** The separator that joins `after` to `before` when blank or "--" lines stand between them: '' for a cut. */
export function breakSeparator(before: string, after: string): '' | '\n' {
  return cutInsideSentence(before, after) ? '' : '\n';
}

/**
 * True when `before` stops inside a sentence that `after` goes on with: a long line left open, the next text no item
 * of its own, and either a word across the cut ("生" / "活支援") or prose being cut (a comma in the line: "…に対し，相談" /
 * "支援包括化推進員を…"). An unpunctuated list ("…(内部)月1回" / "事例検討会…年3回") keeps its line break.
 */
export function cutInsideSentence(before: string, after: string): boolean {
  const last = before.slice(before.lastIndexOf('\n') + 1).trimEnd();
  const next = after.trimStart();
  if (last.length < WRAPPED_LINE || next === '' || COMPLETE.test(last) || OPENS_ITEM.test(next)) return false;
  return /[、，,]/.test(last) || wordAcross(last, next);
}

const words = new Intl.Segmenter('ja', { granularity: 'word' });

/** Whether a word of the language runs across the join of two texts (by the ICU dictionary of Intl.Segmenter). */
function wordAcross(before: string, after: string): boolean {
  const tail = before.slice(-8);
  for (const { index, segment } of words.segment(tail + after.slice(0, 8))) {
    if (index < tail.length && index + segment.length > tail.length) return true;
  }
  return false;
}

/**
 * For paragraphs, which are rows of their own, the evidence must be stronger: the paragraph before is prose (it has a
 * comma or a full stop: a title or a list entry such as "ひきこもり支援に関する研修 10名" has neither) and the next opens
 * with hiragana, a word's or a sentence's tail ("く、市が主催する…").
 */
export function paragraphContinues(before: string, after: string): boolean {
  return /[、。，,]/.test(before) && /^[ぁ-ゖ]/.test(after.trimStart()) && cutInsideSentence(before, after);
}
