import { codeTheme, type CodedPassage, type Theme } from '../../common/search/themes';
import { requireApi } from '../api/client';
import type { Workbench } from '../app/workbenchContext';
import { corpusSearchFor, type CorpusSearch } from './corpusSearch';
import { themeHitsTable, themesTable } from './hitTables';
import { applyThemeAction, type ThemeAction } from './themeState';

export const THEME_TABLES = ['themes', 'theme_hits'] as const;

/** Told the themes and what they code each time the theme tables are put into the engine. */
type Listener = (themes: readonly Theme[], coded: CodedPassage[]) => void;

/**
 * The one owner of the analyst's themes in the page: loads them from the themes file, saves every change, and keeps
 * the `themes` and `theme_hits` tables in the engine in step, for the 検索 room, the notebook and plain SQL alike.
 */
class ThemeService {
  private themes: Theme[] | null = null;
  private loading: Promise<Theme[]> | null = null;
  private readonly listeners = new Set<Listener>();

  /** The themes: read from the file once, then the list as last saved. */
  load(): Promise<Theme[]> {
    if (this.themes) return Promise.resolve(this.themes);
    this.loading ??= requireApi('themes.load', {}).then((t) => (this.themes ??= t), (e: unknown) => {
      this.loading = null;
      throw e;
    });
    return this.loading;
  }

  current(): readonly Theme[] {
    return this.themes ?? [];
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies one change, saves the whole list and re-codes; the tables follow. */
  async change(wb: Workbench, action: ThemeAction): Promise<CodedPassage[]> {
    const before = await this.load();
    const next = applyThemeAction(before, action);
    this.themes = await requireApi('themes.save', { themes: next });
    return this.registerTables(wb);
  }

  /** Codes every theme over the corpus and puts `themes` and `theme_hits` into the engine. */
  async registerTables(wb: Workbench): Promise<CodedPassage[]> {
    const themes = await this.load();
    const search = await corpusSearchFor(wb.engine, wb.rowCounts.fields ?? 0);
    const coded = codeAll(search, themes);
    await wb.tables.replace('theme_hits', themeHitsTable(search, coded));
    await wb.tables.replace('themes', themesTable(themes, coded));
    wb.refreshSchema();
    for (const l of this.listeners) l(themes, coded);
    return coded;
  }
}

export function codeAll(search: CorpusSearch, themes: readonly Theme[]): CodedPassage[] {
  return themes.flatMap((t) => codeTheme(search.index, t));
}

export const themeService = new ThemeService();
