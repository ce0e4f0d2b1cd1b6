import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cellText } from '../../renderer/grid/cellText';
import { expectedRows } from './support/expected';
import { readGrid, readResultStatus, runSql } from './support/workbench';
import { workbenchSession } from './support/session';

/** Scrolls the grid to its last row and waits for it to be drawn. */
async function scrollToEnd(page: Page, lastIndex: number): Promise<void> {
  await page.evaluate(() => {
    // AG Grid 36 scrolls rows in .ag-grid-viewport (older versions: .ag-body-viewport).
    const viewport = document.querySelector('[data-testid="result-grid"] .ag-grid-viewport, [data-testid="result-grid"] .ag-body-viewport') as HTMLElement;
    viewport.scrollTop = viewport.scrollHeight;
  });
  await page.locator(`[data-testid="result-grid"] .ag-row[row-index="${lastIndex}"]:not(.ag-row-loading) .ag-cell[col-id="c0"]`).waitFor();
}

/** The view number after a sort or filter has been applied (it grows once per new order). */
const viewRun = (page: Page) => page.locator('[data-testid="result-grid"]').getAttribute('data-view').then(Number);

/** Opens a column's profile and filters from its header and waits for the profile. */
async function openColumn(page: Page, column: string): Promise<void> {
  await page.locator(`[data-testid="result-grid"] .ag-header-cell:has-text("${column}") [data-testid="column-button"]`).click();
  await page.locator(`[data-testid="column-panel"][data-column="${column}"][data-state="ready"]`).waitFor();
}

// The results grid as an analyst uses it: big results stay fast, columns sort, cells copy, types read correctly.
describe('結果グリッド', () => {
  const session = workbenchSession({ clipboard: true });

  it('shows every line of the corpus while drawing only the visible rows', async () => {
    const { page } = session.tb;
    const [{ n }] = await expectedRows('SELECT count(*) AS n FROM lines');
    expect(await runSql(page, 'SELECT line_no, entity_id, text, used_by FROM lines ORDER BY line_no')).toBe('done');
    expect((await readResultStatus(page)).rows).toBe(`${cellText(n)} 行`);
    const drawn = await page.locator('[data-testid="result-grid"] .ag-row').evaluateAll((rows) => new Set(rows.map((r) => r.getAttribute('row-index'))).size);
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(100);
    await session.tb.screenshot('workbench-grid-01-lines');
  });

  it('scrolls a 100,000-row result to its end and shows the right last row, then sorts it in DuckDB', async () => {
    const { page } = session.tb;
    expect(await runSql(page, "SELECT range AS n, range * 2 AS twice, 'row ' || range AS label FROM range(100000)")).toBe('done');
    expect((await readResultStatus(page)).rows).toBe('100,000 行');
    expect((await readGrid(page)).rows[0]).toEqual(['0', '0', 'row 0']);
    await scrollToEnd(page, 99_999);
    const grid = await readGrid(page);
    expect(grid.rows.at(-1)).toEqual(['99,999', '199,998', 'row 99999']);
    await session.tb.screenshot('workbench-grid-04-last-row');
    const before = await viewRun(page);
    await page.click('[data-testid="result-grid"] .ag-header-cell:has-text("twice") .ag-header-cell-label');
    await page.click('[data-testid="result-grid"] .ag-header-cell:has-text("twice") .ag-header-cell-label');
    await expect.poll(() => viewRun(page)).toBeGreaterThan(before + 1);
    await page.locator('[data-testid="result-grid"] .ag-row[row-index="0"] .ag-cell[col-id="c2"]:has-text("row 99999")').waitFor();
  });

  it('shows a 1,000,000-row result whole: no row cap', async () => {
    const { page } = session.tb;
    expect(await runSql(page, 'SELECT range AS n FROM range(1000000)')).toBe('done');
    expect((await readResultStatus(page)).rows).toBe('1,000,000 行');
    await expect(page.locator('[data-testid="sql-status"]').innerText()).resolves.not.toContain('表示は先頭');
    await scrollToEnd(page, 999_999);
    expect((await readGrid(page)).rows.at(-1)).toEqual(['999,999']);
    // Its CSV takes a while: the room says how far it is, and the file holds every row.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as { __exportProgress?: string[] }).__exportProgress = seen;
      new MutationObserver(() => {
        const p = document.querySelector('[data-testid="export-progress"]');
        if (p) seen.push(`${p.getAttribute('data-done')}/${p.getAttribute('data-total')}`);
      }).observe(document.querySelector('[data-room-panel="sql"]')!, { subtree: true, childList: true, attributes: true });
    });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.click('[data-testid="export-csv"]')]);
    const lines = readFileSync((await download.path())!, 'utf8').split('\r\n');
    expect([lines.length, lines[1], lines.at(-2)]).toEqual([1_000_002, '0', '999999']);
    const seen = await page.evaluate(() => (window as { __exportProgress?: string[] }).__exportProgress ?? []);
    expect(seen.some((p) => /^[1-9]\d*\/1000000$/.test(p) && p !== '1000000/1000000'), seen.slice(0, 5).join(' ')).toBe(true);
    await expect.poll(() => page.locator('[data-testid="export-progress"]').count()).toBe(0);
  });

  it('sorts by a column when its header is clicked', async () => {
    const { page } = session.tb;
    const sql = "SELECT entity_id, population FROM entities WHERE population IS NOT NULL ORDER BY entity_id";
    expect(await runSql(page, sql)).toBe('done');
    await page.click('[data-testid="result-grid"] .ag-header-cell:has-text("population") .ag-header-cell-label');
    const [smallest] = await expectedRows('SELECT entity_id, population FROM entities WHERE population IS NOT NULL ORDER BY population, entity_id LIMIT 1');
    await page.locator(`[data-testid="result-grid"] .ag-row[row-index="0"] .ag-cell:has-text("${smallest.entity_id}")`).waitFor();
    const grid = await readGrid(page);
    expect(grid.rows[0].slice(-2)).toEqual([String(smallest.entity_id), cellText(smallest.population)]);
    await session.tb.screenshot('workbench-grid-02-sorted');
  });

  it('copies a cell with Ctrl+C and its row with Ctrl+Shift+C', async () => {
    const { page } = session.tb;
    expect(await runSql(page, "SELECT entity_id, url FROM entities WHERE entity_id = '北海道 京極町'")).toBe('done');
    await page.click('[data-testid="result-grid"] .ag-row[row-index="0"] .ag-cell[col-id="c0"]');
    await page.keyboard.press('Control+c');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('北海道 京極町');
    const [expected] = await expectedRows("SELECT entity_id, url FROM entities WHERE entity_id = '北海道 京極町'");
    await page.keyboard.press('Control+Shift+C');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`北海道 京極町\t${expected.url ?? ''}`);
  });

  it('renders BIGINT, DECIMAL, NULL, dates and intervals readably', async () => {
    const { page } = session.tb;
    const sql = "SELECT sum(population)::BIGINT AS total, 26.7 AS rate, NULL AS nothing, DATE '2019-03-31' AS fiscal_end, INTERVAL 3 DAY AS span FROM entities";
    const [expected] = await expectedRows(sql);
    expect(await runSql(page, sql)).toBe('done');
    expect((await readGrid(page)).rows).toEqual([[cellText(expected.total), '26.7', 'NULL', '2019-03-31', '3 days']]);
    await session.tb.screenshot('workbench-grid-03-types');
  });

  it('marks a value the parser flagged, says why on hover, and shows the row’s details with Enter or a double click, its report one click further', async () => {
    const { page } = session.tb;
    expect(await runSql(page, "SELECT entity_id, welfare_rate, welfare_rate_unit, welfare_rate_flag, line_start, line_end FROM entities WHERE municipality = '京極町'")).toBe('done');
    const [kyogoku] = await expectedRows("SELECT line_start, line_end FROM entities WHERE municipality = '京極町'");
    const rateCell = page.locator('[data-testid="result-grid"] .ag-row[row-index="0"] .ag-cell[col-id="c1"]');
    await expect(rateCell.getAttribute('class')).resolves.toContain('cell-flagged');
    await expect(page.locator('[data-testid="result-grid"] .ag-row[row-index="0"] .ag-cell[col-id="c0"]').getAttribute('class')).resolves.not.toContain('cell-flagged');
    await rateCell.hover();
    await expect.poll(() => page.locator('.ag-tooltip').innerText().catch(() => '')).toContain('「14.4%」は受給率として大きすぎるため‰と解釈');
    await session.tb.screenshot('workbench-grid-05-flagged');
    await page.locator('[data-testid="result-grid"] .ag-row[row-index="0"] .ag-cell[col-id="c0"]').click();
    await page.keyboard.press('Enter');
    const detail = page.locator('[data-testid="detail-panel"]');
    await expect.poll(() => detail.locator('[data-column="entity_id"] dd').innerText().catch(() => '')).toBe('北海道 京極町');
    await expect(detail.locator('[data-column="welfare_rate"] [data-testid="detail-flag"]').innerText()).resolves.toContain('「14.4%」は受給率として大きすぎるため‰と解釈');
    await expect(detail.locator('[data-column="line_start"] dd').innerText()).resolves.toBe(String(kyogoku.line_start));
    const open = detail.locator('[data-testid="detail-open-source"]');
    await expect(open.innerText()).resolves.toBe(`原文を開く（${kyogoku.line_start}–${kyogoku.line_end} 行）`);
    await session.tb.screenshot('workbench-grid-06-detail');
    await open.click();
    await expect.poll(() => page.locator('[data-testid="source-heading"]').innerText().catch(() => '')).toBe('北海道 京極町');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="source-viewer"]').count()).toBe(0);
    await page.click('[data-testid="detail-close"]');
    await expect.poll(() => detail.count()).toBe(0);
    await page.locator('[data-testid="result-grid"] .ag-row[row-index="0"] .ag-cell[col-id="c2"]').dblclick();
    await expect.poll(() => detail.getAttribute('data-row').catch(() => null)).toBe('1');
    await page.click('[data-testid="detail-close"]');
  });

  it('shows long text whole on hover', async () => {
    const { page } = session.tb;
    const [line] = await expectedRows('SELECT text FROM lines WHERE line_no = 255');
    expect(await runSql(page, 'SELECT line_no, text FROM lines WHERE line_no = 255')).toBe('done');
    await page.locator('[data-testid="result-grid"] .ag-row[row-index="0"] .ag-cell[col-id="c1"]').hover();
    await expect.poll(() => page.locator('.ag-tooltip').innerText().catch(() => '')).toBe(String(line.text));
    await page.locator('[data-testid="result-grid"] .ag-row[row-index="0"] .ag-cell[col-id="c1"]').dblclick();
    await expect.poll(() => page.locator('[data-testid="detail-panel"] [data-column="text"] dd').innerText().catch(() => '')).toBe(String(line.text));
    await page.click('[data-testid="detail-close"]');
  });

  it('profiles a column by SQL: type, NULLs, distinct values, min, max and a histogram', async () => {
    const { page } = session.tb;
    const sql = "SELECT entity_id, prefecture, population FROM entities WHERE entity_kind = 'municipality' ORDER BY entity_id";
    expect(await runSql(page, sql)).toBe('done');
    const [expected] = await expectedRows("SELECT count(*) - count(population) AS nulls, count(DISTINCT population) AS d, min(population) AS lo, max(population) AS hi FROM entities WHERE entity_kind = 'municipality'");
    await openColumn(page, 'population');
    const stat = (name: string) => page.locator(`[data-testid="column-stats"] [data-stat="${name}"]`).innerText();
    expect([await stat('nulls'), await stat('distinct'), await stat('min'), await stat('max')]).toEqual([cellText(expected.nulls), cellText(expected.d), cellText(expected.lo), cellText(expected.hi)]);
    expect(await stat('max')).toBe('1,966,735');
    await expect(page.locator('[data-testid="column-histogram"] span').count()).resolves.toBeGreaterThan(1);
    await session.tb.screenshot('workbench-grid-07-profile');
    await page.click('[data-testid="column-panel-close"]');
  });

  it('filters by a value list, a number range and text, shows the filters and clears them', async () => {
    const { page } = session.tb;
    const sql = "SELECT entity_id, prefecture, population FROM entities WHERE entity_kind = 'municipality' ORDER BY entity_id";
    expect(await runSql(page, sql)).toBe('done');
    const total = (await expectedRows(sql)).length;
    await openColumn(page, 'prefecture');
    const [hokkaido] = await expectedRows("SELECT count(*) AS n FROM entities WHERE entity_kind = 'municipality' AND prefecture = '北海道'");
    const hokkaidoItem = page.locator('[data-testid="column-values"] li', { hasText: '北海道' });
    await expect(hokkaidoItem.locator('.value-count').innerText()).resolves.toBe(cellText(hokkaido.n));
    let before = await viewRun(page);
    await hokkaidoItem.locator('input[type="checkbox"]').check();
    await expect.poll(() => viewRun(page)).toBeGreaterThan(before);
    await expect(page.locator('[data-testid="filter-count"]').innerText()).resolves.toBe(`${cellText(total)} 行中 ${cellText(hokkaido.n)} 行を表示`);
    await openColumn(page, 'population');
    await page.fill('[data-testid="range-min"]', '3042');
    await page.fill('[data-testid="range-max"]', '6925');
    before = await viewRun(page);
    await page.click('[data-testid="range-filter"] button[type="submit"]');
    await expect.poll(() => viewRun(page)).toBeGreaterThan(before);
    const inRange = await expectedRows("SELECT entity_id, prefecture, population FROM entities WHERE entity_kind = 'municipality' AND prefecture = '北海道' AND population BETWEEN 3042 AND 6925 ORDER BY entity_id");
    // The grid draws a block's values, then its 原文 buttons: wait for the rows as drawn.
    await expect.poll(async () => (await readGrid(page)).rows).toEqual(inRange.map((r) => ['原文', String(r.entity_id), String(r.prefecture), cellText(r.population)]));
    expect(inRange.map((r) => r.entity_id)).toEqual(['北海道 京極町', '北海道 広尾町', '北海道 津別町', '北海道 鷹栖町']);
    await expect(page.locator('[data-testid="filter-chip"] .filter-text').allInnerTexts()).resolves.toEqual(['prefecture: 北海道', 'population: 3,042〜6,925']);
    await session.tb.screenshot('workbench-grid-08-filtered');
    await openColumn(page, 'entity_id');
    await page.fill('[data-testid="contains-text"]', '津別');
    before = await viewRun(page);
    await page.press('[data-testid="contains-text"]', 'Enter');
    await expect.poll(() => viewRun(page)).toBeGreaterThan(before);
    await expect.poll(async () => (await readGrid(page)).rows).toEqual([['原文', '北海道 津別町', '北海道', cellText(inRange.find((r) => r.entity_id === '北海道 津別町')!.population)]]);
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
    expect(readFileSync((await csvDownload.path())!, 'utf8').split('\r\n').slice(0, 3)).toEqual(['\uFEFFentity_id,prefecture,population', `北海道 津別町,北海道,${inRange.find((r) => r.entity_id === '北海道 津別町')!.population}`, '']);
    before = await viewRun(page);
    await page.click('[data-testid="filter-clear-all"]');
    await expect.poll(() => page.locator('[data-testid="grid-filter-bar"]').count()).toBe(0);
    await expect.poll(() => page.locator('[data-testid="result-grid"]').getAttribute('data-shown-rows')).toBe(String(total));
    await page.click('[data-testid="column-panel-close"]');
  });

  it('logged no console errors', () => {
    expect(session.tb.consoleErrors).toEqual([]);
  });
});
