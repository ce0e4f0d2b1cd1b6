/** A stretch of the original text that matched, [start, end) in UTF-16 offsets, and the query term it matched. */
export interface HitSpan {
  start: number;
  end: number;
  term: string;
}

/** A hit in its context, as written: the words before, the hit, the words after; cut marks where text was left out. */
export interface KeywordInContext {
  before: string;
  hit: string;
  after: string;
  cutBefore: boolean;
  cutAfter: boolean;
  /** Which span of the passage this is (its order among the passage's merged spans). */
  span: number;
  /** Where the hit starts in the text as written. */
  start: number;
}

/** Overlapping or touching spans become one (居場所 and 場所 in the same place highlight once). */
export function mergeSpans(spans: readonly HitSpan[]): HitSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: HitSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

/** Keyword-in-context lines for a passage's hits, `width` characters either side, at most `limit` of them. */
export function keywordsInContext(text: string, spans: readonly HitSpan[], width = 30, limit = 3): KeywordInContext[] {
  return mergeSpans(spans)
    .slice(0, limit)
    .map((s, span) => {
      const from = Math.max(0, s.start - width);
      const to = Math.min(text.length, s.end + width);
      return {
        before: oneLine(text.slice(from, s.start)),
        hit: oneLine(text.slice(s.start, s.end)),
        after: oneLine(text.slice(s.end, to)),
        cutBefore: from > 0,
        cutAfter: to < text.length,
        span,
        start: s.start,
      };
    });
}

/** One KWIC line as plain text, the hit in 【】: for a table cell or a CSV. */
export function kwicText(k: KeywordInContext): string {
  return `${k.cutBefore ? '…' : ''}${k.before}【${k.hit}】${k.after}${k.cutAfter ? '…' : ''}`;
}
