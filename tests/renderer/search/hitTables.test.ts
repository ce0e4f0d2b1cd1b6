import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableToRows } from '../../../common/arrowAdapters';
import { parseQuery } from '../../../common/search/query';
import { searchPassages } from '../../../common/search/rank';
import { corpusToIpc } from '../../../electron/arrow/toArrow';
import type { NodeDuckDb } from '../../../electron/engine/nodeDuckdb';
import { buildCorpusSearch, type CorpusSearch } from '../../../renderer/search/corpusSearch';
import { SEARCH_BY_PREFECTURE_SQL, THEMES_BY_PREFECTURE_SQL } from '../../../renderer/search/handoffs';
import { searchHitsTable, themeHitsTable, themesTable } from '../../../renderer/search/hitTables';
import { codeAll } from '../../../renderer/search/themeService';
import { bundled, seedLines } from '../../corpus/seed';
import { recordsMentioning } from '../../common/search/corpusPassages';
import { openTestEngine } from '../pivot/nodeEngine';

let db: NodeDuckDb;
let search: CorpusSearch;

beforeAll(async () => {
  const { db: opened, engine } = await openTestEngine();
  db = opened;
  for (const t of corpusToIpc(bundled())) db.insertIpc(t.name, t.ipc);
  search = await buildCorpusSearch(engine);
});
afterAll(() => db.close());

const rows = (sql: string) => tableToRows(db.query(sql));

describe('the hit list as tables in the engine', () => {
  it('reads the passages from the engine as the page does: 2,977 of them', () => {
    expect(search.index.passages).toHaveLength(2977);
  });

  it('search_hits: records mentioning ひきこもり by prefecture, the same as counted in the raw text', () => {
    const hits = searchPassages(search.index, parseQuery('ひきこもり'));
    db.insertIpc('search_hits', searchHitsTable(search, 'ひきこもり', hits));
    const byPrefecture = rows(SEARCH_BY_PREFECTURE_SQL);
    const expected = new Map<string, number>();
    for (const id of recordsMentioning('ひきこもり')) {
      const prefecture = bundled().entities.find((e) => e.entity_id === id)!.prefecture;
      expected.set(prefecture, (expected.get(prefecture) ?? 0) + 1);
    }
    expect(new Map(byPrefecture.map((r) => [r.prefecture as string, Number(r.records)]))).toEqual(expected);
    expect(expected.get('北海道')).toBe(2);
  });

  it('each hit row carries its line, and that line of the corpus holds the word', () => {
    const hitRows = rows('SELECT rank, line, line_start, line_end, kwic, program FROM search_hits ORDER BY rank');
    expect(hitRows).toHaveLength(34);
    for (const r of hitRows) {
      expect(seedLines[(r.line as number) - 1]).toContain('ひきこもり');
      expect(r.kwic).toContain('【ひきこもり】');
    }
    // Cells common to all programs have no program: a SQL NULL, not the text "null".
    expect(rows("SELECT count(*) AS n FROM search_hits WHERE program IS NULL")[0].n).toBe(hitRows.filter((r) => r.program === null).length);
  });

  it('themes and theme_hits: one row per theme and per coded passage, un-coded ones left out', () => {
    const themes = [
      { name: 'ひきこもり', expressions: ['ひきこもり', '8050'], excluded: [] as string[] },
      { name: '居場所', expressions: ['居場所 OR サロン'], excluded: [] as string[] },
    ];
    const first = codeAll(search, themes);
    themes[0].excluded.push(first[0].passage.id);
    const coded = codeAll(search, themes);
    db.insertIpc('theme_hits', themeHitsTable(search, coded));
    db.insertIpc('themes', themesTable(themes, coded));
    const perTheme = rows('SELECT theme, passages, records, uncoded FROM themes ORDER BY theme');
    const kept = (name: string) => coded.filter((c) => c.theme === name && !c.excluded);
    expect(perTheme).toEqual([
      { theme: 'ひきこもり', passages: kept('ひきこもり').length, records: new Set(kept('ひきこもり').map((c) => c.passage.entity_id)).size, uncoded: 1 },
      { theme: '居場所', passages: kept('居場所').length, records: new Set(kept('居場所').map((c) => c.passage.entity_id)).size, uncoded: 0 },
    ]);
    expect(rows(`SELECT count(*) AS n FROM theme_hits WHERE passage_id = '${first[0].passage.id}' AND theme = 'ひきこもり'`)[0].n).toBe(0);
    const chart = rows(THEMES_BY_PREFECTURE_SQL);
    expect(chart.filter((r) => r.theme === '居場所').reduce((s, r) => s + Number(r.records), 0)).toBe(
      new Set(kept('居場所').map((c) => c.passage.entity_id)).size,
    );
  });
});

describe('the shipped theme notebook over the real corpus', () => {
  it('its SQL cells count each theme\'s passages and records per prefecture', async () => {
    const { readFileSync } = await import('node:fs');
    const notebook = JSON.parse(readFileSync('data/themes-by-prefecture.kynb.json', 'utf8')) as import('../../../common/notebookFormat').Notebook;
    const themes = notebook.metadata.themes!;
    const coded = codeAll(search, themes);
    db.query('DROP TABLE theme_hits');
    db.query('DROP TABLE themes');
    db.insertIpc('theme_hits', themeHitsTable(search, coded));
    db.insertIpc('themes', themesTable(themes, coded));
    const sqlOf = (name: string) => (notebook.cells.find((c) => c.kind === 'sql' && c.name === name) as import('../../../common/notebookFormat').SqlCell).source;
    const counts = rows(sqlOf('theme_counts'));
    const hikikomori = new Set([...recordsMentioning('ひきこもり'), ...recordsMentioning('引きこもり'), ...recordsMentioning('8050')]);
    expect(counts.find((r) => r.theme === 'ひきこもり')?.records).toBe(hikikomori.size);
    const byPrefecture = rows(sqlOf('theme_by_prefecture')).filter((r) => r.theme === 'ひきこもり');
    expect(byPrefecture.reduce((s, r) => s + Number(r.records), 0)).toBe(hikikomori.size);
  });
});
