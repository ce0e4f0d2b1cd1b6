/**
 * Outcome rules: targets (成果目標), results (成果目標の達成状況) and attainment ratios for each record, with the line of
 * every number. Pure functions over the OutcomeRecord inputs the parser builds; see docs/outcomes.md.
 */
import type { AttainmentRow, EntityAttainmentRow, ProgramName, ResultRow, TargetRow } from '../corpus/types.js';
import type { OutcomeRecord, OutcomeTables } from './types.js';
import { extractCellTargets, type TargetStatement } from './targets.js';
import { readResultSection, type ResultStatement } from './results.js';
import { pairTargetsWithResults, sameTarget, type Pair } from './pairing.js';
import { entityAttainment } from './entityAttainment.js';
import { indicatorSimilarity } from './similarity.js';

export interface RecordOutcomes {
  targets: TargetStatement[];
  results: ResultStatement[];
  pairs: Pair[];
}

/** Targets of the cells, plus those only section 5 states (defined there or restated beside a result), each once. */
function gatherTargets(cellTargets: TargetStatement[], defined: TargetStatement[], results: ResultStatement[]): TargetStatement[] {
  const all = [...cellTargets];
  const restatedOnly = new Set<TargetStatement>();
  const addIfNew = (t: TargetStatement, restated: boolean) => {
    // Two targets restated under different program headings are two targets (広尾町 states 10件 under each).
    const restates = (known: TargetStatement) =>
      sameTarget(known, t) &&
      (known.program === t.program || (known.section === t.section && !(restated && restatedOnly.has(known))) ||
        indicatorSimilarity(known.matchText, t.matchText) >= 0.4);
    if (all.some(restates)) return;
    all.push(t);
    if (restated) restatedOnly.add(t);
  };
  for (const t of defined) addIfNew(t, false);
  for (const r of results) if (r.restated) addIfNew(r.restated, true);
  return all;
}

export function outcomesOfRecord(record: OutcomeRecord): RecordOutcomes {
  const cellTargets = extractCellTargets(record);
  const reading = readResultSection(record);
  const targets = gatherTargets(cellTargets, reading.definedTargets, reading.results);
  const pairs = pairTargetsWithResults(targets, reading.results);
  // A target found in section 5 belongs to the program of the result that answers it (調布's 別紙 follows another heading).
  for (const p of pairs) {
    if (p.target.section === '達成状況' && p.result.program && p.result.program !== p.target.program) {
      p.target.program = p.result.program;
      p.program = p.result.program;
    }
  }
  return { targets, results: reading.results, pairs };
}

export function extractOutcomes(records: OutcomeRecord[]): OutcomeTables {
  const targets: TargetRow[] = [];
  const results: ResultRow[] = [];
  const attainment: AttainmentRow[] = [];
  const entityRows: EntityAttainmentRow[] = [];
  for (const record of records) {
    const { corpus, entity_id } = record;
    const outcome = outcomesOfRecord(record);
    for (const t of outcome.targets) {
      targets.push({
        corpus, entity_id, program: t.program, indicator: t.indicator, value: t.value, value_max: t.valueMax, unit: t.unit,
        per: t.per, qualifier: t.qualifier, statistic: t.statistic, per_unit: t.perUnit, target_year: t.targetYear,
        text: t.text, line: t.line, section: t.section,
      });
    }
    for (const r of outcome.results) {
      const paired = outcome.pairs.find((p) => p.result === r);
      const program: ProgramName = r.program ?? paired?.program ?? record.programs[0] ?? '地域力強化推進事業';
      results.push({
        corpus, entity_id, program, indicator: r.indicator, value: r.value, value_max: r.valueMax, unit: r.unit,
        per: r.per, months: r.months, kind: r.kind, statistic: r.statistic, per_unit: r.perUnit, text: r.text, line: r.line, stated_target: r.restated?.value ?? null,
        program_inferred: r.program === null,
      });
    }
    const own: AttainmentRow[] = [];
    for (const p of outcome.pairs) {
      own.push({
        corpus, entity_id, program: p.program, indicator: p.target.indicator, target: p.target.value,
        target_unit: p.target.unit, result: p.resultOnBasis, result_unit: p.result.unit, ratio: p.ratio,
        ratio_annualised: p.ratioAnnualised,
        confidence: p.confidence, target_line: p.target.line, result_line: p.result.line, method: 'extracted',
        target_per: p.target.per, basis_note: p.basisNote, similarity: p.similarity,
      });
    }
    attainment.push(...own);
    // The record's own pairs only: filtering the whole corpus's rows per record was quadratic in the corpus size.
    entityRows.push(...entityAttainment(corpus, [entity_id], own));
  }
  return { targets, results, attainment, entity_attainment: entityRows };
}
