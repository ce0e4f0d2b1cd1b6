/** One attainment figure per record, for charts: the median ratio of its high- and medium-confidence pairs. */
import type { AttainmentRow, EntityAttainmentRow } from '../corpus/types.js';

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const m = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return Math.round(m * 1000) / 1000;
}

/** Every record gets a row; a record without a trusted pair has ratio null and pairs 0. */
export function entityAttainment(corpus: string, entityIds: string[], attainment: AttainmentRow[]): EntityAttainmentRow[] {
  return entityIds.map((entity_id) => {
    const own = attainment.filter((a) => a.entity_id === entity_id);
    const trusted = own.filter((a) => a.confidence !== 'low');
    return {
      corpus, entity_id,
      ratio: median(trusted.map((a) => a.ratio)),
      pairs: trusted.length,
      pairs_low: own.length - trusted.length,
    };
  });
}
