/** Runs a PivotSpec on the engine: schema, column keys, then the pivot itself, each step cancellable. */
import type { Table } from 'apache-arrow';
import type { WorkbenchEngine } from '../engine/types';
import { tableToRows } from '../../common/arrowAdapters';
import { columnKeysSql, describeSql, pivotSql, type PivotPlan } from './generateSql';
import { fieldKindOf, specProblem, type FieldKind, type FilterValue, type PivotSchema, type PivotSpec } from './spec';

export interface SourceField {
  name: string;
  kind: FieldKind;
  duckdbType: string;
}

export async function loadSourceFields(engine: WorkbenchEngine, spec: PivotSpec, signal?: AbortSignal): Promise<SourceField[]> {
  const rows = tableToRows(await engine.query(describeSql(spec), { signal }));
  return rows.map((r) => ({ name: String(r.column_name), kind: fieldKindOf(String(r.column_type)), duckdbType: String(r.column_type) }));
}

export function schemaOf(fields: SourceField[]): PivotSchema {
  return Object.fromEntries(fields.map((f) => [f.name, f.kind]));
}

export interface PivotRun {
  plan: PivotPlan;
  table: Table;
  /** The first query (distinct column keys), null without column fields. */
  keysSql: string | null;
  millis: { keys: number; pivot: number };
}

/** Column keys as raw values, in header order. */
export async function loadColumnKeys(engine: WorkbenchEngine, spec: PivotSpec, signal?: AbortSignal): Promise<FilterValue[][]> {
  const sql = columnKeysSql(spec);
  if (!sql) return [];
  const rows = tableToRows(await engine.query(sql, { signal }));
  return rows.map((r) => spec.columns.map((c) => r[c] as FilterValue));
}

export async function runPivot(engine: WorkbenchEngine, spec: PivotSpec, schema: PivotSchema, signal?: AbortSignal): Promise<PivotRun> {
  const problem = specProblem(spec);
  if (problem) throw new Error(problem);
  const t0 = performance.now();
  const keys = await loadColumnKeys(engine, spec, signal);
  const t1 = performance.now();
  const plan = pivotSql(spec, schema, keys);
  const table = await engine.query(plan.sql, { signal });
  const t2 = performance.now();
  return { plan, table, keysSql: columnKeysSql(spec), millis: { keys: t1 - t0, pivot: t2 - t1 } };
}
