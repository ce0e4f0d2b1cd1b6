/**
 * The pivot's cells from a small pre-aggregate instead of the raw rows.
 *
 * One pass over the source groups it by (row fields × column fields) into partial sums, counts, minima and maxima;
 * every cell, subtotal and total then combines the partials of its groups. Over a million rows this is one grouping
 * instead of one filtered aggregate per output column. Sums, counts, averages (Σ ÷ n), minima, maxima and ratios of
 * sums combine exactly; a median or a count of distinct values does not, so a pivot with one of those reads the raw
 * rows (`canPreAggregate`).
 */
import type { Aggregation, Measure } from './spec';
import { quoteIdent } from './sqlText';

const COMBINABLE: ReadonlySet<Aggregation> = new Set(['count', 'sum', 'avg', 'min', 'max', 'ratio']);

export function canPreAggregate(measures: readonly Measure[]): boolean {
  return measures.every((m) => COMBINABLE.has(m.agg));
}

type PartialKind = 'sum' | 'count' | 'min' | 'max';

export interface PreAggregate {
  /** The `grouped` CTE: partials per (row keys × column keys). */
  cte: string;
  /** A measure's expression over `grouped`, optionally restricted to the rows of one column key. */
  cell(m: Measure, condition: string | null): string;
}

/** Plans the partials every measure needs (shared when two measures need the same one) and the CTE that makes them. */
export function planPreAggregate(measures: readonly Measure[], keyFields: readonly string[]): PreAggregate {
  const names = new Map<string, string>();
  const taken = new Set(keyFields);
  const selects: string[] = [];
  const partial = (kind: PartialKind, field: string | null): string => {
    const source = `${kind}(${field === null ? '*' : quoteIdent(field)})`;
    let name = names.get(source);
    if (!name) {
      let wanted = `${field ?? 'rows'}_${kind}`;
      for (let i = 2; taken.has(wanted); i++) wanted = `${field ?? 'rows'}_${kind}_${i}`;
      taken.add(wanted);
      name = quoteIdent(wanted);
      names.set(source, name);
      selects.push(`${source} AS ${name}`);
    }
    return name;
  };
  const combine = (m: Measure): ((filter: string) => string) => {
    const field = m.field;
    switch (m.agg) {
      case 'count': {
        const n = partial('count', field);
        // No rows under a key counts 0, as count() over no rows does; the type stays BIGINT.
        return (filter) => `CAST(coalesce(sum(${n})${filter}, 0) AS BIGINT)`;
      }
      case 'sum': {
        const s = partial('sum', field);
        return (filter) => `CAST(sum(${s})${filter} AS DOUBLE)`;
      }
      case 'avg': {
        const s = partial('sum', field);
        const n = partial('count', field);
        return (filter) => `sum(${s})${filter} / nullif(sum(${n})${filter}, 0)`;
      }
      case 'min':
      case 'max': {
        const v = partial(m.agg, field);
        return (filter) => `${m.agg}(${v})${filter}`;
      }
      case 'ratio': {
        const num = partial('sum', field);
        const den = partial('sum', m.denominator ?? '');
        return (filter) => `sum(${num})${filter} / nullif(sum(${den})${filter}, 0)`;
      }
      default:
        throw new Error(`${m.agg} は先に集計できません`);
    }
  };
  const combiners = new Map(measures.map((m) => [m, combine(m)]));
  const keys = keyFields.map(quoteIdent);
  const groupBy = keys.length ? `\n  GROUP BY ${keys.join(', ')}` : '';
  const cte = [
    '-- 行 × 列の組ごとに先に集計し、その小さな結果からセルを作る',
    `grouped AS (\n  SELECT\n    ${[...keys, ...selects].join(',\n    ')}\n  FROM source${groupBy}\n)`,
  ].join('\n');
  return {
    cte,
    cell(m, condition) {
      const combiner = combiners.get(m);
      if (!combiner) throw new Error('集計の計画にない値です');
      return combiner(condition ? ` FILTER (WHERE ${condition})` : '');
    },
  };
}
