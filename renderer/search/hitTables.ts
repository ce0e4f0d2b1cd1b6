import { Table, Utf8, makeData, makeVector, tableToIPC, type Vector } from 'apache-arrow';
import { keywordsInContext, kwicText } from '../../common/search/kwic';
import { lineOfHit } from '../../common/search/passages';
import type { PassageHit } from '../../common/search/rank';
import type { CodedPassage, Theme } from '../../common/search/themes';
import type { CorpusSearch } from './corpusSearch';

type Column = { kind: 'text'; values: (string | null)[] } | { kind: 'int'; values: number[] } | { kind: 'double'; values: number[] };

/**
 * A UTF-8 column written straight into Arrow buffers. Arrow's builders (vectorFromArray) compile their null check
 * with `new Function`, which the page's CSP (no 'unsafe-eval') refuses.
 */
function utf8Vector(values: readonly (string | null)[]): Vector<Utf8> {
  const encoder = new TextEncoder();
  const parts = values.map((v) => (v === null ? new Uint8Array(0) : encoder.encode(v)));
  const valueOffsets = new Int32Array(values.length + 1);
  parts.forEach((p, i) => (valueOffsets[i + 1] = valueOffsets[i] + p.length));
  const data = new Uint8Array(valueOffsets[values.length]);
  parts.forEach((p, i) => data.set(p, valueOffsets[i]));
  const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
  values.forEach((v, i) => {
    if (v !== null) nullBitmap[i >> 3] |= 1 << (i & 7);
  });
  const nullCount = values.filter((v) => v === null).length;
  return makeVector(makeData({ type: new Utf8(), length: values.length, nullCount, nullBitmap, valueOffsets, data }));
}

function arrowBytes(columns: Record<string, Column>): Uint8Array {
  const vectors = Object.fromEntries(
    Object.entries(columns).map(([name, c]) => [name, c.kind === 'text' ? utf8Vector(c.values) : makeVector(c.kind === 'int' ? Int32Array.from(c.values) : Float64Array.from(c.values))]),
  );
  return tableToIPC(new Table(vectors), 'stream');
}

const text = (values: (string | null)[]): Column => ({ kind: 'text', values });
const int = (values: number[]): Column => ({ kind: 'int', values });
const double = (values: number[]): Column => ({ kind: 'double', values });

/** The line a passage's first hit stands on. */
export function firstHitLine(search: CorpusSearch, hit: PassageHit): number {
  const first = hit.spans[0];
  if (!first) return hit.passage.line_start;
  return lineOfHit(hit.passage, hit.passage.text.slice(first.start, first.end), 0, (n) => search.lineText(hit.passage.corpus, n));
}

/** The columns every hit table shares: where the passage is, its first hit's line and its first KWIC line. */
function passageColumns(search: CorpusSearch, hits: readonly PassageHit[]): Record<string, Column> {
  return {
    corpus: text(hits.map((h) => h.passage.corpus)),
    entity_id: text(hits.map((h) => h.passage.entity_id)),
    prefecture: text(hits.map((h) => h.passage.prefecture)),
    program: text(hits.map((h) => h.passage.program)),
    section: text(hits.map((h) => h.passage.section)),
    label: text(hits.map((h) => h.passage.label)),
    line: int(hits.map((h) => firstHitLine(search, h))),
    line_start: int(hits.map((h) => h.passage.line_start)),
    line_end: int(hits.map((h) => h.passage.line_end)),
    occurrences: int(hits.map((h) => h.spans.length)),
    score: double(hits.map((h) => Math.round(h.score * 1000) / 1000)),
    kwic: text(hits.map((h) => kwicText(keywordsInContext(h.passage.text, h.spans, 30, 1)[0]))),
    passage_id: text(hits.map((h) => h.passage.id)),
  };
}

/** `search_hits`: one row per passage the last search found, in rank order. */
export function searchHitsTable(search: CorpusSearch, query: string, hits: readonly PassageHit[]): Uint8Array {
  return arrowBytes({ query: text(hits.map(() => query)), rank: int(hits.map((_, i) => i + 1)), ...passageColumns(search, hits) });
}

/** `theme_hits`: one row per passage coded with a theme (un-coded ones left out), with the expressions that matched. */
export function themeHitsTable(search: CorpusSearch, coded: readonly CodedPassage[]): Uint8Array {
  const kept = coded.filter((c) => !c.excluded);
  return arrowBytes({ theme: text(kept.map((c) => c.theme)), expressions: text(kept.map((c) => c.expressions.join(' | '))), ...passageColumns(search, kept) });
}

/** `themes`: one row per theme, its expressions and how many passages and records it codes. */
export function themesTable(themes: readonly Theme[], coded: readonly CodedPassage[]): Uint8Array {
  const count = (theme: string, what: (c: CodedPassage) => string) => new Set(coded.filter((c) => c.theme === theme && !c.excluded).map(what)).size;
  return arrowBytes({
    theme: text(themes.map((t) => t.name)),
    expressions: text(themes.map((t) => t.expressions.join(' | '))),
    passages: int(themes.map((t) => count(t.name, (c) => c.passage.id))),
    records: int(themes.map((t) => count(t.name, (c) => `${c.passage.corpus}:${c.passage.entity_id}`))),
    uncoded: int(themes.map((t) => coded.filter((c) => c.theme === t.name && c.excluded).length)),
  });
}
