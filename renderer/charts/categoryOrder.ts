/** The order categories are drawn in: the query's, except that labels with a domain order follow it, as in the pivot. */
import { KNOWN_ORDERS } from '../pivot/generateSql.js';

/** Names in their field's domain order (prefectures by 都道府県コード); names outside it stay after, in given order. */
export function inDomainOrder(field: string, names: readonly string[]): string[] {
  const known = KNOWN_ORDERS[field];
  if (!known) return [...names];
  const rank = (name: string) => {
    const at = known.indexOf(name);
    return at < 0 ? known.length : at;
  };
  return names.map((name, i) => ({ name, i })).sort((a, b) => rank(a.name) - rank(b.name) || a.i - b.i).map((e) => e.name);
}

/** Values that only rise or only fall (at least three, not all equal): the query ranked its bars. */
function isRanking(values: readonly number[]): boolean {
  if (values.length < 3 || values.every((v) => v === values[0])) return false;
  const rising = values.every((v, i) => i === 0 || v >= values[i - 1]);
  const falling = values.every((v, i) => i === 0 || v <= values[i - 1]);
  return rising || falling;
}

/** Bar categories across all colour groups: a ranking keeps the query's order, other orders yield to the domain's. */
export function barCategoryOrder(field: string, names: readonly string[], totals: readonly number[]): string[] {
  return isRanking(totals) ? [...names] : inDomainOrder(field, names);
}
