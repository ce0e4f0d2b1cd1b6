/** The outcome tables of every record cut from the seed (seedSlices.ts), and lookups that fail loudly when a row is missing. */
import { expect } from 'vitest';
import { extractOutcomes } from '../../electron/outcomes/index.js';
import type { AttainmentRow, ResultRow, TargetRow } from '../../electron/corpus/types.js';
import { recordFromSeed, SEED_RECORDS } from './seedSlices.js';

export const fixtureTables = extractOutcomes(Object.values(SEED_RECORDS).map((spec) => recordFromSeed(spec)));

function one<T>(rows: T[], what: string): T {
  expect(rows, what).toHaveLength(1);
  return rows[0];
}

export function resultAt(entity: string, line: number, value: number, indicator = ''): ResultRow {
  return one(fixtureTables.results.filter((r) => r.entity_id === entity && r.line === line && r.value === value && r.indicator.includes(indicator)), `${entity}: result ${value} on line ${line}`);
}

export function targetAt(entity: string, line: number, value: number, indicator = ''): TargetRow {
  return one(fixtureTables.targets.filter((t) => t.entity_id === entity && t.line === line && t.value === value && t.indicator.includes(indicator)), `${entity}: target ${value} on line ${line}`);
}

export function pairsFor(entity: string, targetLine: number, target: number): AttainmentRow[] {
  return fixtureTables.attainment.filter((a) => a.entity_id === entity && a.target_line === targetLine && a.target === target);
}
