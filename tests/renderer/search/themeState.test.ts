import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Notebook } from '../../../common/notebookFormat';
import { withThemes } from '../../../renderer/search/notebookThemes';
import { applyThemeAction, themeNameFor } from '../../../renderer/search/themeState';
import { validateNotebook } from '../../../electron/notebooks/validate';

const hikikomori = { name: 'ひきこもり', expressions: ['ひきこもり OR 8050'], excluded: [] };
const ibasho = { name: '居場所', expressions: ['居場所 OR サロン'], excluded: [] };
const passage = '000_28d5abefee45edbb.txt:526:3.⑦イ:相談支援包括化推進会議の開催方法';

describe('theme actions', () => {
  it('defines, re-defines keeping un-coded passages, un-codes, restores and removes', () => {
    let themes = applyThemeAction([], { kind: 'define', theme: hikikomori });
    themes = applyThemeAction(themes, { kind: 'uncode', name: 'ひきこもり', passageId: passage });
    themes = applyThemeAction(themes, { kind: 'uncode', name: 'ひきこもり', passageId: passage });
    expect(themes).toEqual([{ ...hikikomori, excluded: [passage] }]);
    themes = applyThemeAction(themes, { kind: 'define', theme: { name: 'ひきこもり', expressions: ['ひきこもり', '8050'], excluded: [] } });
    expect(themes).toEqual([{ name: 'ひきこもり', expressions: ['ひきこもり', '8050'], excluded: [passage] }]);
    themes = applyThemeAction(themes, { kind: 'recode', name: 'ひきこもり', passageId: passage });
    expect(themes[0].excluded).toEqual([]);
    expect(applyThemeAction(themes, { kind: 'remove', name: 'ひきこもり' })).toEqual([]);
  });

  it('a notebook\'s themes join the analyst\'s by name, never replacing hers', () => {
    const mine = [{ ...hikikomori, expressions: ['ひきこもり'] }];
    expect(applyThemeAction(mine, { kind: 'adopt', themes: [hikikomori, ibasho] })).toEqual([...mine, ibasho]);
  });

  it('names a theme after the first word of the search', () => {
    expect(themeNameFor('ひきこもり 8050')).toBe('ひきこもり');
    expect(themeNameFor('"居場所" OR サロン')).toBe('居場所');
  });
});

describe('themes carried by notebooks', () => {
  const example = JSON.parse(readFileSync('data/themes-by-prefecture.kynb.json', 'utf8')) as Notebook;

  it('the shipped example carries its themes and is a valid notebook', () => {
    expect(validateNotebook(example).ok).toBe(true);
    expect(example.metadata.themes?.map((t) => t.name)).toEqual(['ひきこもり', '居場所']);
  });

  it('a notebook saved with cells over theme_hits carries the themes; one without such cells does not', () => {
    const saved = withThemes(example, [hikikomori]);
    expect(saved.metadata.themes).toEqual([hikikomori]);
    const plain = { ...example, cells: example.cells.filter((c) => c.kind === 'markdown') };
    expect(withThemes(plain, [hikikomori]).metadata).not.toHaveProperty('themes');
  });
});
