import { normalizeText } from './normalize.js';

/**
 * A search expression as the analyst writes it: words separated by spaces must all occur (AND), `OR` (or `|`)
 * separates alternatives, a word starting with `-` must not occur, and "double quotes" keep a phrase with spaces
 * as one word. `居場所 OR サロン`, `ひきこもり 8050`, `サロン -高齢者`.
 */
export interface SearchQuery {
  /** Alternatives, each a list of terms that must all occur; terms are in normal form (normalize.ts). */
  anyOf: string[][];
  /** Terms in normal form that exclude a passage. */
  without: string[];
}

export class QueryError extends Error {
  override name = 'QueryError';
}

/** The longest expression accepted: a theme's expressions are typed by hand. */
export const MAX_QUERY_CHARS = 500;

function words(expression: string): string[] {
  const out: string[] = [];
  for (const m of expression.matchAll(/(-?)"([^"]*)"|(\S+)/g)) out.push(m[3] ?? `${m[1]}${m[2]}`);
  return out;
}

/** Parses an expression; throws QueryError (in Japanese) when it asks for nothing. */
export function parseQuery(expression: string): SearchQuery {
  if (expression.length > MAX_QUERY_CHARS) throw new QueryError(`検索式は ${MAX_QUERY_CHARS} 文字以内にしてください`);
  // NFKC first, so ＯＲ, ｜ and full-width spaces and quotes work as their ASCII forms.
  const tokens = words(expression.normalize('NFKC').replace(/\|/g, ' OR '));
  const anyOf: string[][] = [[]];
  const without: string[] = [];
  for (const token of tokens) {
    if (token === 'OR') {
      if (anyOf[anyOf.length - 1].length > 0) anyOf.push([]);
      continue;
    }
    const negated = token.startsWith('-') && token.length > 1;
    const term = normalizeText(negated ? token.slice(1) : token);
    if (!term) continue;
    if (negated) without.push(term);
    else anyOf[anyOf.length - 1].push(term);
  }
  const groups = anyOf.filter((g) => g.length > 0);
  if (groups.length === 0) throw new QueryError('検索する語を入力してください');
  return { anyOf: groups, without };
}

/** Every distinct term the query looks for, for highlighting. */
export function queryTerms(query: SearchQuery): string[] {
  return [...new Set(query.anyOf.flat())];
}
