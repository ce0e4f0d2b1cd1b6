import type { OutcomeRecord, OutcomeTables } from './types.js';

/** Placeholder until the outcome rules land: no targets, results or pairs. */
export function extractOutcomes(records: OutcomeRecord[]): OutcomeTables {
  return {
    targets: [],
    results: [],
    attainment: [],
    entity_attainment: records.map((r) => ({ corpus: r.corpus, entity_id: r.entity_id, ratio: null, pairs: 0 })),
  };
}
