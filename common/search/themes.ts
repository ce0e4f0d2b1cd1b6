import { MAX_QUERY_CHARS, parseQuery, QueryError } from './query.js';
import { searchPassages, type PassageHit } from './rank.js';
import type { SearchIndex } from './searchIndex.js';

/**
 * A theme of qualitative coding: a name, the search expressions that code a passage with it (any of them), and
 * the passages the analyst un-coded by hand (by passage id, so a wrong hit stays out when the theme is re-run).
 */
export interface Theme {
  name: string;
  expressions: string[];
  excluded: string[];
}

/** The themes file in the user data folder: plain JSON an analyst can read, diff and hand on. */
export interface ThemeFile {
  format: typeof THEME_FORMAT;
  version: typeof THEME_VERSION;
  themes: Theme[];
}

export const THEME_FORMAT = 'kyosei-themes';
export const THEME_VERSION = 1;
export const MAX_THEMES = 200;
export const MAX_THEME_NAME = 60;
export const MAX_EXPRESSIONS = 20;
export const MAX_EXCLUDED = 10_000;

export interface ThemeIssue {
  path: string;
  message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function stringList(value: unknown, path: string, max: number, maxChars: number, issues: ThemeIssue[]): value is string[] {
  if (!Array.isArray(value)) {
    issues.push({ path, message: '配列である必要があります (must be an array)' });
    return false;
  }
  if (value.length > max) issues.push({ path, message: `${max} 個までです (at most ${max})` });
  value.forEach((x, i) => {
    if (typeof x !== 'string' || x.length === 0 || x.length > maxChars) issues.push({ path: `${path}[${i}]`, message: `1〜${maxChars} 文字の文字列である必要があります` });
  });
  return true;
}

/** Every problem of a list of themes, with its path (`themes[2].expressions[0]`); an empty list means valid. */
export function themeIssues(value: unknown, path = 'themes'): ThemeIssue[] {
  const issues: ThemeIssue[] = [];
  if (!Array.isArray(value)) return [{ path, message: '配列である必要があります (must be an array)' }];
  if (value.length > MAX_THEMES) issues.push({ path, message: `テーマは ${MAX_THEMES} 個までです` });
  const names = new Set<string>();
  value.forEach((theme, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(theme)) return issues.push({ path: at, message: 'オブジェクトである必要があります (must be an object)' });
    for (const key of Object.keys(theme)) if (!['name', 'expressions', 'excluded'].includes(key)) issues.push({ path: `${at}.${key}`, message: '未知の項目です (unknown field)' });
    const name = theme.name;
    if (typeof name !== 'string' || !name.trim() || name.length > MAX_THEME_NAME) issues.push({ path: `${at}.name`, message: `1〜${MAX_THEME_NAME} 文字の名前が必要です` });
    else if (names.has(name)) issues.push({ path: `${at}.name`, message: `テーマ名「${name}」が重複しています` });
    else names.add(name);
    if (stringList(theme.expressions, `${at}.expressions`, MAX_EXPRESSIONS, MAX_QUERY_CHARS, issues)) {
      if (theme.expressions.length === 0) issues.push({ path: `${at}.expressions`, message: '検索式が一つ以上必要です' });
      theme.expressions.forEach((e, k) => {
        if (typeof e !== 'string') return;
        try {
          parseQuery(e);
        } catch (err) {
          if (err instanceof QueryError) issues.push({ path: `${at}.expressions[${k}]`, message: err.message });
        }
      });
    }
    stringList(theme.excluded, `${at}.excluded`, MAX_EXCLUDED, 1_000, issues);
  });
  return issues;
}

/** The expressions typed in a theme's text box: one per line, blank lines ignored. */
export function expressionsFromText(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

export interface CodedPassage extends PassageHit {
  theme: string;
  /** The theme's expressions that matched this passage, in the theme's order. */
  expressions: string[];
  /** True when the analyst un-coded it: shown, never counted. */
  excluded: boolean;
}

/** Every passage a theme codes (any expression matching), best first, un-coded ones marked. */
export function codeTheme(index: SearchIndex, theme: Theme): CodedPassage[] {
  const byPassage = new Map<string, CodedPassage>();
  const excluded = new Set(theme.excluded);
  for (const expression of theme.expressions) {
    for (const hit of searchPassages(index, parseQuery(expression))) {
      const known = byPassage.get(hit.passage.id);
      if (known) {
        known.expressions.push(expression);
        known.score += hit.score;
        known.spans = [...known.spans, ...hit.spans].sort((a, b) => a.start - b.start);
      } else {
        byPassage.set(hit.passage.id, { ...hit, theme: theme.name, expressions: [expression], excluded: excluded.has(hit.passage.id) });
      }
    }
  }
  return [...byPassage.values()].sort((a, b) => b.score - a.score || a.passage.line_start - b.passage.line_start);
}
