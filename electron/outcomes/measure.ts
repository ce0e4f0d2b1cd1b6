import type { Quantity } from './numbers.js';

/** A number read from a statement, with the words that say what it counts. */
export interface Measure extends Quantity {
  /** The indicator as written before the number, cleaned of bullets, periods and particles. */
  label: string;
  /** The segment before the number as written (for baseline and 目標 wording). */
  rawLabel: string;
  /** True when the label was borrowed from an earlier number of the same statement ("20件 12月現在 53件"). */
  labelInherited: boolean;
  /** Label plus the words right after the number, for comparing indicators. */
  matchText: string;
  /** Not a measure of its own: a breakdown, a denominator, a scope, a factor of a product, a summand. */
  drop: boolean;
  /** Wording right next to the number: 目標 (a target restated) or a left side of an arrow. */
  marker: 'target' | 'baseline' | null;
  /** Index (in the same list) of the restated target this number answers, e.g. 67 in "目標60団体に対し、67団体". */
  linkedTarget: number | null;
  /** A per-month figure written beside a count: "14件(月当たり1.4件)". */
  altPerMonth: number | null;
}
