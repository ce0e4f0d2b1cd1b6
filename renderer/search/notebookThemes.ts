import { useEffect, useRef } from 'react';
import type { Notebook } from '../../common/notebookFormat';
import type { Theme } from '../../common/search/themes';
import type { Workbench } from '../app/workbenchContext';
import { THEME_TABLES, themeService } from './themeService';

/** Whether any SQL cell names the themes or theme_hits table as a word. */
export function readsThemeTables(notebook: Notebook): boolean {
  const word = new RegExp(`(^|[^\\p{L}\\p{N}_])"?(${THEME_TABLES.join('|')})"?($|[^\\p{L}\\p{N}_])`, 'iu');
  return notebook.cells.some((c) => c.kind === 'sql' && word.test(c.source));
}

/**
 * The notebook as it is saved: with the analyst's themes in metadata.themes when its cells read the theme tables,
 * so a colleague who opens it codes the same passages; without them otherwise.
 */
export function withThemes(notebook: Notebook, themes: readonly Theme[]): Notebook {
  const { themes: _old, ...rest } = notebook.metadata;
  const carried = readsThemeTables(notebook) && themes.length > 0;
  return { ...notebook, metadata: carried ? { ...rest, themes: themes.map((t) => ({ ...t })) } : rest };
}

/** withThemes with the themes as last saved; the list is read from the file when the page has not read it yet. */
export async function withCurrentThemes(notebook: Notebook): Promise<Notebook> {
  return withThemes(notebook, await themeService.load().catch(() => []));
}

/**
 * For the notebook room: the theme tables exist whenever the analyst has themes (so a cell over theme_hits runs),
 * and a notebook that carries themes adds the ones the analyst lacks, by name, when it is opened.
 */
export function useNotebookThemes(wb: Workbench, notebook: Notebook, loadCount: number): void {
  const wbRef = useRef(wb);
  wbRef.current = wb;
  const carried = useRef<Theme[] | undefined>(undefined);
  carried.current = notebook.metadata.themes;
  useEffect(() => {
    const themes = carried.current;
    const work = themes?.length
      ? themeService.change(wbRef.current, { kind: 'adopt', themes })
      : themeService.load().then((saved) => (saved.length ? themeService.registerTables(wbRef.current) : []));
    work.catch((e: unknown) => console.warn('themes', e));
  }, [loadCount]);
}
