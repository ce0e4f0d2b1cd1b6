import type { Theme } from '../../common/search/themes';

/** The analyst's themes as a list changed only by these actions, each returning a new list (saved as a whole). */
export type ThemeAction =
  | { kind: 'define'; theme: Theme }
  | { kind: 'remove'; name: string }
  | { kind: 'uncode'; name: string; passageId: string }
  | { kind: 'recode'; name: string; passageId: string }
  /** Themes a notebook carries: added when their name is new, left alone when the analyst has one by that name. */
  | { kind: 'adopt'; themes: readonly Theme[] };

export function applyThemeAction(themes: readonly Theme[], action: ThemeAction): Theme[] {
  const change = (name: string, edit: (t: Theme) => Theme) => themes.map((t) => (t.name === name ? edit(t) : t));
  switch (action.kind) {
    case 'define': {
      const known = themes.some((t) => t.name === action.theme.name);
      return known ? change(action.theme.name, (t) => ({ ...action.theme, excluded: t.excluded })) : [...themes, action.theme];
    }
    case 'remove':
      return themes.filter((t) => t.name !== action.name);
    case 'uncode':
      return change(action.name, (t) => (t.excluded.includes(action.passageId) ? t : { ...t, excluded: [...t.excluded, action.passageId] }));
    case 'recode':
      return change(action.name, (t) => ({ ...t, excluded: t.excluded.filter((id) => id !== action.passageId) }));
    case 'adopt': {
      const names = new Set(themes.map((t) => t.name));
      return [...themes, ...action.themes.filter((t) => !names.has(t.name))];
    }
  }
}

/** A theme's name suggested from a search: the first word of the expression. */
export function themeNameFor(expression: string): string {
  return expression.trim().split(/\s+/)[0]?.replace(/^-|"/g, '').slice(0, 60) ?? '';
}
