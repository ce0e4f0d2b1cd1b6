/**
 * The analyst's curation of attainment pairs (accept, reject, correct, add), kept in a plain JSON file per corpus and
 * applied after parsing. Each curation names its two lines by number and by text, so it survives a re-parse of the
 * same corpus and is reported as stale (a parse warning), never applied, when either line's text has changed.
 */
import { createHash } from 'node:crypto';
import { curatedRatio, curationIssues, type Curation, type CurationFile } from '../../common/curations.js';
import type { AttainmentRow, ParsedCorpus, WarningRow } from '../corpus/types.js';
import { entityAttainment } from './entityAttainment.js';

export type { CuratedLine, Curation, CurationFile } from '../../common/curations.js';

export class CurationFileError extends Error {}

/** A hash of the corpus text as parsed (its lines), the key a curation file is written for. */
export function corpusHash(parsed: Pick<ParsedCorpus, 'lines'>): string {
  const hash = createHash('sha256');
  for (const l of parsed.lines) hash.update(`${l.line_no}\t${l.text}\n`);
  return hash.digest('hex');
}

/** Reads and checks a curation file's JSON, with the file name and the first problem in the error. */
export function readCurationFile(json: string, file: string): CurationFile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new CurationFileError(`${file}: JSON として読めません (${(e as Error).message})`);
  }
  const f = data as Partial<CurationFile>;
  if (f === null || typeof f !== 'object' || f.version !== 1 || typeof f.corpus_hash !== 'string' || !Array.isArray(f.curations)) {
    throw new CurationFileError(`${file}: version 1 の curation ファイルではありません (version, corpus_hash, curations が必要)`);
  }
  f.curations.forEach((c, i) => {
    const [first] = curationIssues(c, `curations[${i}]`);
    if (first) throw new CurationFileError(`${file}: ${first}`);
  });
  return f as CurationFile;
}

const samePair = (a: AttainmentRow, c: Curation) =>
  a.entity_id === c.entity_id && a.target_line === c.target.line && a.result_line === c.result.line &&
  (!c.extracted || (a.target === c.extracted.target && a.result === c.extracted.result));

const signature = (c: Curation) => `${c.who} ${c.when}: ${c.note}`;

function curatedRow(corpus: string, c: Curation, base: AttainmentRow | undefined): AttainmentRow {
  const p = c.pair!;
  return {
    corpus, entity_id: c.entity_id, program: p.program, indicator: p.indicator, target: p.target, target_unit: p.target_unit,
    result: p.result, result_unit: p.result_unit, ratio: curatedRatio(p), ratio_annualised: null, confidence: 'high',
    target_line: c.target.line, result_line: c.result.line, method: 'curated', target_per: base?.target_per ?? null,
    basis_note: signature(c), similarity: base?.similarity ?? 1,
  };
}

/** What became of each curation, in the file's order: applied, or stale and why (Japanese). */
export type CurationOutcome = { status: 'applied' } | { status: 'stale'; reason: string };

/**
 * The parsed corpus with its curations applied: accepted pairs become `curated` and high, rejected ones go, corrected
 * and added ones carry the analyst's values; entity_attainment is recomputed. A curation whose lines no longer read as
 * written is left out and reported in parse_warnings (`curation_stale`), as is one whose pair the rules no longer make.
 */
export function applyCurations(parsed: ParsedCorpus, file: CurationFile): ParsedCorpus {
  return applyCurationsWithOutcomes(parsed, file).parsed;
}

/** applyCurations, and what became of each curation (for the workbench's list). */
export function applyCurationsWithOutcomes(parsed: ParsedCorpus, file: CurationFile): { parsed: ParsedCorpus; outcomes: CurationOutcome[] } {
  const text = new Map(parsed.lines.map((l) => [l.line_no, l.text]));
  const warnings: WarningRow[] = [];
  const outcomes: CurationOutcome[] = [];
  const stale = (c: Curation, reason: string) => {
    outcomes.push({ status: 'stale', reason });
    warnings.push({ corpus: parsed.corpus, line_no: c.target.line, entity_id: c.entity_id, code: 'curation_stale', message: `${c.action} (${c.who} ${c.when}): ${reason} — 適用していません` });
  };
  if (file.curations.length > 0 && file.corpus_hash !== corpusHash(parsed)) {
    warnings.push({ corpus: parsed.corpus, line_no: null, entity_id: null, code: 'curation_corpus_changed', message: 'curation ファイルは別の版のコーパスで作られました: 両方の行の本文が同じ curation だけを適用します' });
  }
  let attainment = [...parsed.attainment];
  for (const c of file.curations) {
    const changed = [c.target, c.result].filter((l) => text.get(l.line) !== l.text);
    if (changed.length > 0) {
      stale(c, `${changed.map((l) => `${l.line}行`).join('・')}の本文が変わりました`);
      continue;
    }
    const existing = attainment.find((a) => samePair(a, c));
    if (c.action !== 'add' && !existing) {
      stale(c, '規則がこの組を作らなくなりました');
      continue;
    }
    outcomes.push({ status: 'applied' });
    if (c.action === 'reject') attainment = attainment.filter((a) => !samePair(a, c));
    else if (c.action === 'accept') attainment = attainment.map((a) => (samePair(a, c) ? { ...a, method: 'curated', confidence: 'high', basis_note: [a.basis_note, signature(c)].filter(Boolean).join('; ') } : a));
    else attainment = [...attainment.filter((a) => !samePair(a, c)), curatedRow(parsed.corpus, c, existing)];
  }
  const ids = parsed.entities.map((e) => e.entity_id);
  return {
    parsed: {
      ...parsed,
      attainment,
      entity_attainment: entityAttainment(parsed.corpus, ids, attainment),
      parse_warnings: [...parsed.parse_warnings, ...warnings],
    },
    outcomes,
  };
}
