/**
 * A ratio of sums (Σ実績 ÷ Σ目標) adds the numerator and the denominator over its rows: rows counted in different units
 * (人, 件, 回) do not add, and one large pair can carry a whole group. The check names the units it would mix.
 */
import type { WorkbenchEngine } from '../engine/types';
import { tableToRows } from '../../common/arrowAdapters';
import { distinctUnitsSql } from './generateSql';
import type { PivotSpec } from './spec';

export interface UnitMix {
  /** The unit column whose values differ (e.g. target_unit). */
  column: string;
  units: string[];
}

/**
 * Unit columns of the ratio measures' fields (`result` → `result_unit`, `target` → `target_unit`) that the source has
 * and that no axis already separates: on the rows or columns, each cell has one unit and nothing is mixed.
 */
export function ratioUnitColumns(spec: PivotSpec, fieldNames: readonly string[]): string[] {
  const onAxis = new Set([...spec.rows, ...spec.columns]);
  const wanted = spec.values
    .filter((m) => m.agg === 'ratio')
    .flatMap((m) => [m.denominator, m.field])
    .filter((f): f is string => !!f)
    .map((f) => `${f}_unit`);
  return [...new Set(wanted)].filter((c) => fieldNames.includes(c) && !onAxis.has(c));
}

/** The first unit column with more than one unit under the spec's filters, or null when the ratio adds like with like. */
export async function findUnitMix(engine: WorkbenchEngine, spec: PivotSpec, fieldNames: readonly string[], signal?: AbortSignal): Promise<UnitMix | null> {
  for (const column of ratioUnitColumns(spec, fieldNames)) {
    const units = tableToRows(await engine.query(distinctUnitsSql(spec, column), { signal })).map((r) => String(r.unit));
    if (units.length > 1) return { column, units };
  }
  return null;
}
