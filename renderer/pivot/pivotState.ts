/** Edits of a PivotSpec as a reducer: the builder's whole state change logic, testable without React. */
import { defaultFormat } from './formats';
import type { SourceField } from './runPivot';
import type { AxisTotals, Measure, PivotFilter, PivotSort, PivotSource, PivotSpec } from './spec';
import { emptySpec, PLAIN_COUNT } from './spec';

export type Zone = 'rows' | 'columns' | 'values' | 'filters';
export const ZONES: readonly Zone[] = ['rows', 'columns', 'values', 'filters'];

export type PivotAction =
  | { type: 'add'; zone: Zone; field: string; kind: SourceField['kind'] }
  /** The whole-row 件数 beside the measures already there (it named, so a later field does not replace it). */
  | { type: 'addRowCount' }
  | { type: 'remove'; zone: Zone; index: number }
  | { type: 'move'; zone: Zone; index: number; delta: -1 | 1 }
  | { type: 'transfer'; from: Zone; index: number; to: Zone; kind: SourceField['kind'] }
  | { type: 'measure'; index: number; patch: Partial<Measure> }
  | { type: 'filter'; index: number; patch: Partial<PivotFilter> }
  | { type: 'totals'; axis: 'rows' | 'columns'; patch: Partial<AxisTotals> }
  | { type: 'sort'; patch: Partial<PivotSort> }
  | { type: 'source'; source: PivotSource }
  | { type: 'replace'; spec: PivotSpec };

function newMeasure(field: string, kind: SourceField['kind']): Measure {
  const agg = kind === 'number' || kind === 'integer' ? 'sum' : 'count';
  return { field, agg, format: defaultFormat(agg, kind) };
}

/** The header of a whole-row count added on purpose: the same word as the starter's, kept when a field is added. */
export const ROW_COUNT_LABEL = '件数';

/** Whether the pivot already counts whole rows (a count of no field). */
export function hasRowCount(values: readonly Measure[]): boolean {
  return values.some((m) => m.agg === 'count' && m.field === null);
}

/** The 件数 an empty pivot starts with, untouched: the first measure the user adds takes its place. */
function isStarterCount(values: readonly Measure[]): boolean {
  const [only] = values;
  return values.length === 1 && only.field === null && only.agg === 'count' && !only.label && JSON.stringify(only.format) === JSON.stringify(PLAIN_COUNT);
}

function fieldAt(spec: PivotSpec, zone: Zone, index: number): string | null {
  if (zone === 'values') return spec.values[index]?.field ?? null;
  if (zone === 'filters') return spec.filters[index]?.field ?? null;
  return spec[zone][index] ?? null;
}

function without<T>(list: T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

function add(spec: PivotSpec, zone: Zone, field: string, kind: SourceField['kind']): PivotSpec {
  switch (zone) {
    case 'rows':
    case 'columns': {
      // A field is on one axis at most: dropping it on the other axis moves it.
      const other = zone === 'rows' ? 'columns' : 'rows';
      if (spec[zone].includes(field)) return spec;
      return { ...spec, [zone]: [...spec[zone], field], [other]: spec[other].filter((f) => f !== field) };
    }
    case 'values':
      return { ...spec, values: [...(isStarterCount(spec.values) ? [] : spec.values), newMeasure(field, kind)] };
    case 'filters':
      if (spec.filters.some((f) => f.field === field)) return spec;
      return { ...spec, filters: [...spec.filters, { field, op: 'in', values: [] }] };
  }
}

function remove(spec: PivotSpec, zone: Zone, index: number): PivotSpec {
  if (zone === 'values') {
    const values = without(spec.values, index);
    return { ...spec, values, sort: { ...spec.sort, measure: Math.min(spec.sort.measure, Math.max(0, values.length - 1)) } };
  }
  if (zone === 'filters') return { ...spec, filters: without(spec.filters, index) };
  return { ...spec, [zone]: without(spec[zone], index) };
}

function move<T>(list: T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (to < 0 || to >= list.length) return list;
  const copy = [...list];
  [copy[index], copy[to]] = [copy[to], copy[index]];
  return copy;
}

export function pivotReducer(spec: PivotSpec, action: PivotAction): PivotSpec {
  switch (action.type) {
    case 'add':
      return add(spec, action.zone, action.field, action.kind);
    case 'addRowCount':
      return hasRowCount(spec.values) ? spec : { ...spec, values: [...spec.values, { field: null, agg: 'count', format: PLAIN_COUNT, label: ROW_COUNT_LABEL }] };
    case 'remove':
      return remove(spec, action.zone, action.index);
    case 'move':
      if (action.zone === 'values') return { ...spec, values: move(spec.values, action.index, action.delta) };
      if (action.zone === 'filters') return { ...spec, filters: move(spec.filters, action.index, action.delta) };
      return { ...spec, [action.zone]: move(spec[action.zone], action.index, action.delta) };
    case 'transfer': {
      const field = fieldAt(spec, action.from, action.index);
      if (field === null || action.from === action.to) return spec;
      return add(remove(spec, action.from, action.index), action.to, field, action.kind);
    }
    case 'measure':
      return { ...spec, values: spec.values.map((m, i) => (i === action.index ? { ...m, ...action.patch } : m)) };
    case 'filter':
      return { ...spec, filters: spec.filters.map((f, i) => (i === action.index ? { ...f, ...action.patch } : f)) };
    case 'totals':
      return { ...spec, totals: { ...spec.totals, [action.axis]: { ...spec.totals[action.axis], ...action.patch } } };
    case 'sort':
      return { ...spec, sort: { ...spec.sort, ...action.patch } };
    case 'source':
      return emptySpec(action.source);
    case 'replace':
      return action.spec;
  }
}
