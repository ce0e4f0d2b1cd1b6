import { normalizeWithOrigin, type NormalizedText } from './normalize.js';

/** One searchable passage: a labelled cell of a report (a `fields` value) and where it stands. */
export interface Passage {
  /** Stable across sessions: corpus, first line, section, label and an ordinal among cells that share them. */
  id: string;
  corpus: string;
  entity_id: string;
  prefecture: string | null;
  program: string | null;
  section: string;
  label: string;
  text: string;
  line_start: number;
  line_end: number;
}

/**
 * Character bigrams of every passage in normal form, each with the passages it occurs in: a term of two or more
 * characters is looked up through its rarest bigrams, then confirmed in the text, so no occurrence is missed
 * whatever a word segmenter would have made of it (Intl.Segmenter cuts ひきこもり into ひき|こ|も|り).
 */
export interface SearchIndex {
  passages: readonly Passage[];
  normalized: readonly NormalizedText[];
  /** bigram (its two UTF-16 code units as one number, see bigramKey) → ascending passage numbers that contain it. */
  postings: ReadonlyMap<number, readonly number[]>;
  /** Mean passage length in normal-form characters, for BM25's length normalisation. */
  averageLength: number;
}

/** A bigram as a number: cheaper to hash than a two-character string (measured: about twice as fast to index). */
export function bigramKey(text: string, at: number): number {
  return text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);
}

export function buildSearchIndex(passages: readonly Passage[]): SearchIndex {
  const normalized = passages.map((p) => normalizeWithOrigin(p.text));
  const postings = new Map<number, number[]>();
  normalized.forEach(({ text }, doc) => {
    for (let i = 0; i + 1 < text.length; i++) {
      const bigram = bigramKey(text, i);
      const list = postings.get(bigram);
      if (!list) postings.set(bigram, [doc]);
      else if (list[list.length - 1] !== doc) list.push(doc);
    }
  });
  const total = normalized.reduce((sum, n) => sum + n.text.length, 0);
  return { passages, normalized, postings, averageLength: passages.length ? total / passages.length : 0 };
}

/** Passages that may hold the term: all of them for one character, else those holding every bigram of it. */
function candidates(index: SearchIndex, term: string): readonly number[] {
  if (term.length < 2) return index.normalized.map((_, i) => i);
  const lists: (readonly number[])[] = [];
  for (let i = 0; i + 1 < term.length; i++) {
    const list = index.postings.get(bigramKey(term, i));
    if (!list) return [];
    lists.push(list);
  }
  lists.sort((a, b) => a.length - b.length);
  const [rarest, ...rest] = lists;
  const sets = rest.map((l) => new Set(l));
  return rarest.filter((doc) => sets.every((s) => s.has(doc)));
}

/** Where the term (in normal form) occurs: passage number → start offsets in that passage's normal form. */
export function findTerm(index: SearchIndex, term: string): Map<number, number[]> {
  const found = new Map<number, number[]>();
  if (!term) return found;
  for (const doc of candidates(index, term)) {
    const text = index.normalized[doc].text;
    const starts: number[] = [];
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) starts.push(at);
    if (starts.length) found.set(doc, starts);
  }
  return found;
}
