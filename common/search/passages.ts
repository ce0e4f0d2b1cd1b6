import { normalizeText } from './normalize.js';
import type { Passage } from './searchIndex.js';

/** A `fields` row joined to its record's prefecture: the shape the search reads from the engine. */
export type FieldPassageRow = Omit<Passage, 'id' | 'text'> & { value: string };

/**
 * The searchable passages: every `fields` value with text (not empty, not a check mark alone), in the table's order. Lines no field covers are the
 * form's own headings, notes, page breaks and the second copy of a table written twice (see `lines.used_by`), so
 * they are not passages; the lines serve to place a hit on its line (lineOfHit).
 */
export function passagesFromFields(rows: readonly FieldPassageRow[]): Passage[] {
  const seen = new Map<string, number>();
  const out: Passage[] = [];
  for (const r of rows) {
    // A check mark alone (the cover's 実施事業 cells) is a mark, not text anyone searches for.
    if (!r.value || /^[\s○]*$/.test(r.value)) continue;
    const key = `${r.corpus}:${r.line_start}:${r.section}:${r.label}`;
    const ordinal = seen.get(key) ?? 0;
    seen.set(key, ordinal + 1);
    out.push({
      id: ordinal ? `${key}#${ordinal + 1}` : key,
      corpus: r.corpus,
      entity_id: r.entity_id,
      prefecture: r.prefecture,
      program: r.program,
      section: r.section,
      label: r.label,
      text: r.value,
      line_start: r.line_start,
      line_end: r.line_end,
    });
  }
  return out;
}

/**
 * The corpus line a hit stands on. A cell spanning several lines: the line holding the n-th occurrence of the hit's
 * text (n = its order among the passage's occurrences of that text), else the cell's first line.
 */
export function lineOfHit(passage: Passage, hitText: string, occurrence: number, lineText: (lineNo: number) => string | undefined): number {
  if (passage.line_end <= passage.line_start) return passage.line_start;
  const needle = normalizeText(hitText);
  let seen = 0;
  let last: number | null = null;
  for (let n = passage.line_start; n <= passage.line_end; n++) {
    const text = normalizeText(lineText(n) ?? '');
    let count = 0;
    for (let at = text.indexOf(needle); needle && at >= 0; at = text.indexOf(needle, at + needle.length)) count++;
    if (count === 0) continue;
    last = n;
    seen += count;
    if (seen > occurrence) return n;
  }
  return last ?? passage.line_start;
}
