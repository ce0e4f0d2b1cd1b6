import type { HitSpan } from './kwic.js';
import { queryTerms, type SearchQuery } from './query.js';
import { findTerm, type Passage, type SearchIndex } from './searchIndex.js';

/** Which passages a search looks at; an empty list means no restriction. */
export interface SearchFilter {
  prefectures?: readonly string[];
  programs?: readonly (string | null)[];
  sections?: readonly string[];
}

export interface PassageHit {
  passage: Passage;
  /** BM25 with the word-match weighting below; higher is better. */
  score: number;
  /** Every occurrence of a query term, in the text as written. */
  spans: HitSpan[];
}

/** BM25's usual constants. */
const K1 = 1.2;
const B = 0.75;
/** An occurrence that starts or ends inside a word (こも inside ひきこもり) counts half. */
const PART_OF_WORD = 0.5;

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
const boundaryCache = new WeakMap<Passage, Set<number>>();

/** Word boundaries of the passage as written (Intl.Segmenter, no dictionary download), computed on first need. */
function boundaries(passage: Passage): Set<number> {
  let set = boundaryCache.get(passage);
  if (!set) {
    set = new Set([passage.text.length]);
    for (const s of segmenter.segment(passage.text)) set.add(s.index);
    boundaryCache.set(passage, set);
  }
  return set;
}

function passes(p: Passage, filter: SearchFilter): boolean {
  if (filter.prefectures?.length && !filter.prefectures.includes(p.prefecture ?? '')) return false;
  if (filter.programs?.length && !filter.programs.includes(p.program)) return false;
  if (filter.sections?.length && !filter.sections.includes(p.section)) return false;
  return true;
}

/**
 * Passages matching the query, best first. Each query term is one BM25 term: its frequency is the number of its
 * occurrences, an occurrence that is not a whole word (by Intl.Segmenter) counting half; its rarity is over all
 * passages; long passages are discounted as usual. A passage's score is the sum over the terms it holds.
 */
export function searchPassages(index: SearchIndex, query: SearchQuery, filter: SearchFilter = {}): PassageHit[] {
  const terms = queryTerms(query);
  const occurrences = new Map(terms.map((t) => [t, findTerm(index, t)]));
  const excluded = new Set(query.without.flatMap((t) => [...findTerm(index, t).keys()]));
  const matching = new Set<number>();
  for (const group of query.anyOf) {
    const [first, ...rest] = group.map((t) => occurrences.get(t)!);
    for (const doc of first.keys()) if (rest.every((m) => m.has(doc))) matching.add(doc);
  }
  const n = index.passages.length;
  const hits: PassageHit[] = [];
  for (const doc of matching) {
    const passage = index.passages[doc];
    if (excluded.has(doc) || !passes(passage, filter)) continue;
    const { text: normal, origin } = index.normalized[doc];
    const words = boundaries(passage);
    let score = 0;
    const spans: HitSpan[] = [];
    for (const term of terms) {
      const starts = occurrences.get(term)!.get(doc);
      if (!starts) continue;
      let tf = 0;
      for (const at of starts) {
        const span = { start: origin[at], end: origin[at + term.length], term };
        spans.push(span);
        tf += words.has(span.start) && words.has(span.end) ? 1 : PART_OF_WORD;
      }
      const df = occurrences.get(term)!.size;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      score += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * normal.length) / (index.averageLength || 1)));
    }
    hits.push({ passage, score, spans: spans.sort((a, b) => a.start - b.start) });
  }
  return hits.sort((a, b) => b.score - a.score || a.passage.line_start - b.passage.line_start);
}

export interface HitGroup {
  entity_id: string;
  prefecture: string | null;
  /** The record's programs, best first, each with its passages best first. */
  programs: { program: string | null; hits: PassageHit[] }[];
  /** The best passage's score: records are listed by it. */
  score: number;
  passages: number;
}

/** Hits grouped by record, then by program within the record, both in score order. */
export function groupHits(hits: readonly PassageHit[]): HitGroup[] {
  const byRecord = new Map<string, HitGroup>();
  for (const hit of hits) {
    const key = `${hit.passage.corpus}\u0000${hit.passage.entity_id}`;
    let group = byRecord.get(key);
    if (!group) {
      group = { entity_id: hit.passage.entity_id, prefecture: hit.passage.prefecture, programs: [], score: hit.score, passages: 0 };
      byRecord.set(key, group);
    }
    let program = group.programs.find((p) => p.program === hit.passage.program);
    if (!program) {
      program = { program: hit.passage.program, hits: [] };
      group.programs.push(program);
    }
    program.hits.push(hit);
    group.passages += 1;
  }
  // Hits arrive best first, so each group's first record, program and passage are already its best.
  return [...byRecord.values()];
}
