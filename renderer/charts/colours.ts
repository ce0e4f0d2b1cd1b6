import type { ChartSpec } from './chartSpec.js';
import { inDomainOrder } from './categoryOrder.js';
import { categoryName, groupBy, isNumber } from './records.js';

type Columns = Record<string, readonly unknown[]>;

/** Okabe–Ito: distinguishable for colour-blind readers and in greyscale print. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000', '#999999', '#882255', '#44AA99', '#117733'];

/** A numeric colour column with more distinct values than this gets a continuous scale instead of one trace per value. */
const MAX_COLOUR_GROUPS = 12;

/** Colours that mean the same program in every chart of the workbench. */
const PROGRAM_COLOURS: Record<string, string> = {
  両方: '#0072B2',
  地域力のみ: '#009E73',
  地域力強化推進事業: '#009E73',
  多機関のみ: '#E69F00',
  多機関協働事業: '#E69F00',
  都道府県事業: '#CC79A7',
  なし: '#999999',
};

/** More colour groups than this become one 「その他」 group: hundreds of traces make Plotly slow and the legend useless. */
export const MAX_COLOUR_TRACES = 30;
export const OTHER_GROUP = 'その他';

export interface ColourGroup {
  name: string | null;
  rows: number[];
  colour: string;
}

export interface ColourPlan {
  /** Group name of each category value (values beyond the cap map to その他). */
  groupOf: Map<string, string>;
  colourOf: Map<string, string>;
  /** Group names in drawing (legend) order: the domain order for known fields, else first appearance. */
  order: string[];
  merged: number;
}

/** Which colour each value of the colour column gets, decided once for the whole chart (all facets alike). */
export function planColours(spec: ChartSpec, columns: Columns, rows: readonly number[]): ColourPlan | null {
  if (!spec.color || isContinuousColour(spec, columns, rows)) return null;
  const colourColumn = columns[spec.color];
  const found = new Map(groupBy(rows, (i) => categoryName(colourColumn[i])));
  const groups = inDomainOrder(spec.color, [...found.keys()]).map((name) => [name, found.get(name) as number[]] as const);
  // Beyond the cap, the largest groups keep their own colour, in order of first appearance.
  const kept = new Set(
    groups.length <= MAX_COLOUR_TRACES ? groups.map(([name]) => name) : [...groups].sort((a, b) => b[1].length - a[1].length).slice(0, MAX_COLOUR_TRACES - 1).map(([name]) => name),
  );
  const groupOf = new Map<string, string>();
  const colourOf = new Map<string, string>();
  let next = 0;
  const taken = new Set(groups.map(([name]) => PROGRAM_COLOURS[name]).filter(Boolean));
  const palette = [...PALETTE.filter((c) => !taken.has(c)), ...PALETTE.filter((c) => taken.has(c))];
  for (const [name] of groups) {
    const group = kept.has(name) ? name : OTHER_GROUP;
    groupOf.set(name, group);
    if (!colourOf.has(group)) colourOf.set(group, group === OTHER_GROUP ? '#bbbbbb' : PROGRAM_COLOURS[group] ?? palette[next++ % palette.length]);
  }
  return { groupOf, colourOf, order: [...colourOf.keys()], merged: groups.length - kept.size };
}

/** One group per colour value, a stable colour per value across facets (program names keep their own colour). */
export function colourGroups(plan: ColourPlan | null, spec: ChartSpec, columns: Columns, rows: number[]): ColourGroup[] {
  if (!plan) return [{ name: null, rows, colour: PALETTE[0] }];
  const colourColumn = columns[spec.color as string];
  const grouped = groupBy(rows, (i) => plan.groupOf.get(categoryName(colourColumn[i])) as string);
  // その他 goes last, whatever its first appearance.
  grouped.sort((a, b) => Number(a[0] === OTHER_GROUP) - Number(b[0] === OTHER_GROUP) || plan.order.indexOf(a[0]) - plan.order.indexOf(b[0]));
  return grouped.map(([name, members]) => ({ name, rows: members, colour: plan.colourOf.get(name) as string }));
}

/** A numeric colour column with many values on a scatter: a colour scale, not one trace per value. */
export function isContinuousColour(spec: ChartSpec, columns: Columns, rows: readonly number[]): boolean {
  if (!spec.color || spec.kind !== 'scatter') return false;
  const values = rows.map((i) => columns[spec.color as string][i]);
  if (!values.every((v) => v === null || isNumber(v))) return false;
  return new Set(values).size > MAX_COLOUR_GROUPS;
}
