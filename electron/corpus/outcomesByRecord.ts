import { extractOutcomes } from '../outcomes/index.js';
import type { OutcomeRecord, OutcomeTables } from '../outcomes/types.js';
import type { WarningRow } from './types.js';

/**
 * The outcome rules run record by record, each guarded: a record whose text trips a rule loses its outcome rows (with a
 * warning naming its first line), never the other records' rows.
 */
export function outcomesByRecord(records: readonly OutcomeRecord[], firstLine: (entityId: string) => number | null): { tables: OutcomeTables; warnings: WarningRow[] } {
  const tables: OutcomeTables = { targets: [], results: [], attainment: [], entity_attainment: [] };
  const warnings: WarningRow[] = [];
  for (const record of records) {
    try {
      const one = extractOutcomes([record]);
      tables.targets.push(...one.targets);
      tables.results.push(...one.results);
      tables.attainment.push(...one.attainment);
      tables.entity_attainment.push(...one.entity_attainment);
    } catch (e) {
      const line = firstLine(record.entity_id);
      warnings.push({
        corpus: record.corpus, line_no: line, entity_id: record.entity_id, code: 'outcomes_unreadable',
        message: `${record.corpus}:${line ?? '?'}: この報告書の成果目標・達成状況を読めませんでした (${e instanceof Error ? e.message : String(e)})`,
      });
    }
  }
  return { tables, warnings };
}
