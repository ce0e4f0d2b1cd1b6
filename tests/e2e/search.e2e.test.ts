import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../common/search/query';
import { searchPassages } from '../../common/search/rank';
import { codeTheme } from '../../common/search/themes';
import { corpusIndex, recordsMentioning } from '../common/search/corpusPassages';
import { workbenchSession } from './support/session';
import { openRoom, runSql } from './support/workbench';

// What the reports say, counted in Node from the same corpus: the page must show the same.
const index = corpusIndex();
const hikikomori = searchPassages(index, parseQuery('ひきこもり'));
const hikikomoriRecords = recordsMentioning('ひきこもり');

describe('an analyst searches the narrative, codes a theme and charts it', () => {
  const session = workbenchSession({ strictConsole: true, removeData: true });

  it('searches ひきこもり and reads ranked hits in context, from several records, the word highlighted', async () => {
    const { page } = session.tb;
    await openRoom(page, 'search');
    await page.waitForSelector('[data-testid="search-room"][data-index="ready"]');
    await page.fill('[data-testid="search-input"]', 'ひきこもり');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="search-room"][data-search-run="1"] [data-testid="search-summary"]');
    const summary = page.locator('[data-testid="search-summary"]');
    expect(await summary.getAttribute('data-passages')).toBe(String(hikikomori.length));
    expect(await summary.getAttribute('data-records')).toBe(String(hikikomoriRecords.size));
    expect(hikikomoriRecords.size).toBe(15);
    const groups = await page.locator('[data-testid="hit-group"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-entity')));
    expect(new Set(groups)).toEqual(hikikomoriRecords);
    // Ranked: the record of the best passage comes first.
    expect(groups[0]).toBe(hikikomori[0].passage.entity_id);
    const marks = await page.locator('[data-testid="kwic"] mark').allInnerTexts();
    expect(marks.length).toBeGreaterThanOrEqual(hikikomori.length);
    expect(new Set(marks)).toEqual(new Set(['ひきこもり']));
    await session.tb.screenshot('search-01-hikikomori');
  });

  it('opens a hit at its line in the report', async () => {
    const { page } = session.tb;
    const kwic = page.locator('[data-testid="hit-group"][data-entity="茨城県 東海村"] [data-testid="kwic"]').first();
    const line = Number(await kwic.getAttribute('data-line'));
    await kwic.click();
    const viewer = page.locator('[data-testid="source-viewer"]');
    await viewer.waitFor();
    await expect.poll(() => viewer.locator('[data-testid="source-heading"]').innerText()).toBe('茨城県 東海村');
    const cited = viewer.locator(`li.cited[data-line="${line}"]`);
    await cited.waitFor();
    expect(await cited.innerText()).toContain('ひきこもり');
    await session.tb.screenshot('search-02-source-line');
    await page.keyboard.press('Escape');
    await expect.poll(() => viewer.count()).toBe(0);
  });

  it('the hit list is a table: records mentioning ひきこもり by prefecture in SQL', async () => {
    const { page } = session.tb;
    await openRoom(page, 'sql');
    expect(await runSql(page, 'SELECT count(DISTINCT entity_id) AS records, count(*) AS passages FROM search_hits')).toBe('done');
    const cells = await page.locator('[data-testid="result-grid"] .ag-row[row-index="0"] .ag-cell').allInnerTexts();
    expect(cells.slice(0, 2).map((c) => c.trim())).toEqual([String(hikikomoriRecords.size), String(hikikomori.length)]);
    await openRoom(page, 'search');
  });

  it('narrows the hits by prefecture, and back', async () => {
    const { page } = session.tb;
    const hokkaido = new Set(searchPassages(index, parseQuery('ひきこもり'), { prefectures: ['北海道'] }).map((h) => h.passage.entity_id));
    await page.selectOption('[data-testid="filter-prefecture"]', '北海道');
    await page.waitForSelector('[data-testid="search-room"][data-search-run="2"] [data-testid="search-summary"]');
    const groups = await page.locator('[data-testid="hit-group"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-entity')));
    expect(new Set(groups)).toEqual(hokkaido);
    expect(hokkaido).toEqual(new Set(['北海道 鷹栖町', '北海道 津別町']));
    await page.selectOption('[data-testid="filter-prefecture"]', '');
    await page.waitForSelector('[data-testid="search-room"][data-search-run="3"] [data-testid="search-summary"]');
    expect(await page.locator('[data-testid="search-summary"]').getAttribute('data-records')).toBe(String(hikikomoriRecords.size));
  });

  it('defines a theme from the search, un-codes a wrong passage, and the theme is saved as plain JSON', async () => {
    const { page } = session.tb;
    await page.click('[data-testid="search-as-theme"]');
    // The search becomes the new theme's name and expression.
    await expect.poll(() => page.inputValue('[data-testid="theme-name"]')).toBe('ひきこもり');
    expect(await page.inputValue('[data-testid="theme-expressions"]')).toBe('ひきこもり');
    await page.fill('[data-testid="theme-expressions"]', 'ひきこもり\n8050');
    await page.click('[data-testid="theme-define"]');
    const theme = page.locator('[data-testid="theme"][data-theme="ひきこもり"]');
    await theme.waitFor();
    const coded = codeTheme(index, { name: 'ひきこもり', expressions: ['ひきこもり', '8050'], excluded: [] });
    await expect.poll(() => theme.getAttribute('data-passages')).toBe(String(coded.length));
    expect(await theme.getAttribute('data-records')).toBe(String(new Set(coded.map((c) => c.passage.entity_id)).size));
    await session.tb.screenshot('search-03-theme-defined');

    // Every coded passage is listed under the new theme, best first.
    await expect.poll(() => theme.locator('[data-testid="passage"]').count()).toBe(coded.length);
    const first = theme.locator('[data-testid="passage"]').first();
    expect(await first.getAttribute('data-passage-id')).toBe(coded[0].passage.id);
    const uncodedId = await first.getAttribute('data-passage-id');
    await first.locator('[data-testid="uncode"]').click();
    await expect.poll(() => theme.getAttribute('data-passages')).toBe(String(coded.length - 1));
    await theme.locator(`[data-testid="passage"][data-passage-id="${uncodedId}"][data-excluded="true"]`).waitFor();
    await session.tb.screenshot('search-04-uncoded');

    const saved = JSON.parse(readFileSync(path.join(session.server.dataDir, 'themes.json'), 'utf8'));
    expect(saved).toEqual({ format: 'kyosei-themes', version: 1, themes: [{ name: 'ひきこもり', expressions: ['ひきこもり', '8050'], excluded: [uncodedId] }] });
  });

  it('charts theme hits by prefecture in the charts room', async () => {
    const { page } = session.tb;
    const theme = codeTheme(index, { name: 'ひきこもり', expressions: ['ひきこもり', '8050'], excluded: [] });
    const uncodedId = await page.locator('[data-testid="passage"][data-excluded="true"]').first().getAttribute('data-passage-id');
    const prefectures = new Set(theme.filter((c) => c.passage.id !== uncodedId).map((c) => c.passage.prefecture));
    await page.click('[data-testid="theme-chart"]');
    await page.waitForSelector('[data-room-panel="charts"]:not([hidden])');
    await expect.poll(() => page.inputValue('[data-testid="chart-sql"]')).toContain('FROM theme_hits');
    await page.waitForSelector('[data-testid="chart-plot"][data-drawn="yes"]', { timeout: 60_000 });
    await expect.poll(() => page.locator('[data-testid="chart-status"]').getAttribute('data-plotted')).toBe(String(prefectures.size));
    await session.tb.screenshot('search-05-theme-chart');
    // One bar per prefecture whose reports the theme codes, each prefecture named on the category axis.
    const ticks = await page.locator('[data-testid="chart-plot"] .xtick text, [data-testid="chart-plot"] .ytick text').evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
    expect(ticks.filter((t) => prefectures.has(t)).sort()).toEqual([...prefectures].sort());
  });

  it('a notebook carrying themes adds the missing one and counts theme passages in a SQL cell over themes', async () => {
    const { page } = session.tb;
    await openRoom(page, 'notebook');
    await page.click('[data-action="open"]');
    await page.click('[data-example="themes-by-prefecture"]');
    // The analyst's own ひきこもり theme is kept; the notebook's 居場所 joins it, coded at once.
    const ibasho = codeTheme(index, { name: '居場所', expressions: ['居場所 OR サロン'], excluded: [] });
    const added = page.locator('[data-testid="theme"][data-theme="居場所"]');
    await expect.poll(() => added.getAttribute('data-passages')).toBe(String(ibasho.length));
    await page.click('[data-action="run-all"]');
    const counts = page.locator('[data-cell-kind="sql"]').first();
    await counts.locator('[data-testid="result-grid"] .ag-row').first().waitFor();
    await page.locator('[data-cell-kind="chart"] [data-testid="notebook-chart"][data-rendered="true"]').waitFor({ timeout: 60_000 });
    const rows = await counts.locator('[data-testid="result-grid"] .ag-row').evaluateAll((els) =>
      els.map((r) => [...r.querySelectorAll('.ag-cell')].map((c) => (c as HTMLElement).innerText.trim())),
    );
    const ibashoRow = rows.find((r) => r.includes('居場所'));
    expect(ibashoRow).toContain(String(ibasho.length));
    expect(ibashoRow).toContain(String(new Set(ibasho.map((c) => c.passage.entity_id)).size));
    await session.tb.screenshot('search-06-notebook-themes');
  });
});
