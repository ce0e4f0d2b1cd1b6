import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { expectedRows } from './support/expected';
import { startWebServer } from './support/webServer';
import { openWorkbench, pressRunAndWait, readGrid, runSql, typeSql } from './support/workbench';
import { workbenchSession } from './support/session';

// Journey 1, continued: completion while typing, schema clicks, CSV for Excel, history after a restart, English.
describe('政策分析担当: 補完・CSV・履歴', () => {
  const session = workbenchSession({ removeData: true });

  it('completes column names of the live schema while typing', async () => {
    const { page } = session.tb;
    await typeSql(page, 'SELECT runs_ta');
    await page.keyboard.press('Control+Space');
    const option = page.locator('.cm-tooltip-autocomplete li[aria-selected="true"]', { hasText: 'runs_takikan' });
    await option.waitFor();
    await session.tb.screenshot('workbench-editor-01-completion');
    // CodeMirror lets Enter through as a line break for 75 ms after the list (re)opens (interactionDelay).
    await page.waitForTimeout(200);
    await option.waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.sql-editor .cm-content').innerText()).toBe('SELECT runs_takikan');
  });

  it('runs the analyst’s takikan count by prefecture after building it from schema clicks', async () => {
    const { page } = session.tb;
    await typeSql(page, 'SELECT ');
    await page.click('.schema-column:has(.col-name:text-is("prefecture"))');
    await page.keyboard.insertText(', count(*) AS n FROM ');
    await page.click('.schema-name:text-is("entities")');
    await page.keyboard.insertText(' WHERE runs_takikan GROUP BY 1 ORDER BY 2 DESC, 1');
    const sql = 'SELECT prefecture, count(*) AS n FROM entities WHERE runs_takikan GROUP BY 1 ORDER BY 2 DESC, 1';
    await expect(page.locator('.sql-editor .cm-content').innerText()).resolves.toBe(sql);
    expect(await pressRunAndWait(page)).toBe('done');
    const expected = await expectedRows(sql);
    expect(expected.length).toBeGreaterThan(0);
    const grid = await readGrid(page);
    expect(grid.rows.slice(0, 5)).toEqual(expected.slice(0, 5).map((r) => [String(r.prefecture), String(r.n)]));
    await session.tb.screenshot('workbench-editor-02-takikan-by-prefecture');
  });

  it('runs only the statement under the cursor of a script', async () => {
    const { page } = session.tb;
    await typeSql(page, "SELECT count(*) AS records FROM entities;\nSELECT count(*) AS notes FROM parse_warnings WHERE code = 'welfare_unit_suspect';");
    expect(await pressRunAndWait(page)).toBe('done');
    const [notes] = await expectedRows("SELECT count(*) AS notes FROM parse_warnings WHERE code = 'welfare_unit_suspect'");
    expect(await readGrid(page)).toEqual({ headers: ['notes'], rows: [[String(notes.notes)]] });
    await page.keyboard.press('Control+Home');
    expect(await pressRunAndWait(page)).toBe('done');
    expect(await readGrid(page)).toEqual({ headers: ['records'], rows: [['50']] });
  });

  it('exports the result as CSV that Excel reads as UTF-8', async () => {
    const { page } = session.tb;
    const sql = "SELECT entity_id, population, welfare_rate FROM entities WHERE entity_kind = 'municipality' ORDER BY population DESC NULLS LAST, entity_id LIMIT 5";
    expect(await runSql(page, sql)).toBe('done');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
    expect(download.suggestedFilename()).toMatch(/^kyosei-.*\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    const expected = await expectedRows(sql);
    expect(lines[0]).toBe('entity_id,population,welfare_rate');
    expect(lines.slice(1)).toEqual(expected.map((r) => [r.entity_id, r.population, r.welfare_rate ?? ''].join(',')));
  });

  it('keeps the query history after the app is restarted', async () => {
    await session.tb.close();
    const dataDir = session.server.dataDir;
    await session.server.stop({ keepData: true });
    // Same data dir, new server and browser: what a restart looks like in browser mode.
    session.server = await startWebServer({ dataDir });
    session.tb = await launchBrowser();
    const { page } = session.tb;
    await openWorkbench(page, session.server.url);
    await page.click('[data-testid="history-toggle"]');
    await page.locator('[data-testid="history"] .history-entry').first().waitFor();
    const entries = await page.locator('[data-testid="history"] .history-entry').allInnerTexts();
    expect(entries[0]).toContain("WHERE entity_kind = 'municipality'");
    expect(entries.some((e) => e.includes('WHERE runs_takikan GROUP BY 1'))).toBe(true);
    await page.locator('[data-testid="history"] .history-entry', { hasText: 'WHERE runs_takikan' }).click();
    await expect(page.locator('.sql-editor .cm-content').innerText()).resolves.toContain('WHERE runs_takikan');
    await session.tb.screenshot('workbench-editor-03-history-after-restart');
  });

  it('hands a result to the pivot and chart rooms', async () => {
    const { page } = session.tb;
    const sql = 'SELECT prefecture, avg(aging_rate) AS aging FROM entities GROUP BY 1 ORDER BY 1';
    expect(await runSql(page, sql)).toBe('done');
    await page.click('[data-testid="open-in-pivot"]');
    const pivot = page.locator('[data-room-panel="pivot"]:not([hidden])');
    await pivot.waitFor();
    await expect(pivot.locator('textarea').first().inputValue()).resolves.toBe(sql);
    await session.tb.screenshot('workbench-editor-05-open-in-pivot');
    await page.keyboard.press('Control+1');
    await page.locator('[data-room-panel="sql"]:not([hidden])').waitFor();
    await page.click('[data-testid="open-in-charts"]');
    const charts = page.locator('[data-room-panel="charts"]:not([hidden])');
    await charts.waitFor();
    await expect(charts.locator('textarea').first().inputValue()).resolves.toBe(sql);
    await page.click('[data-room="sql"]');
  });

  it('switches the interface to English and back', async () => {
    const { page } = session.tb;
    await page.click('.lang-switch');
    await expect(page.locator('[data-testid="run"]').innerText()).resolves.toContain('Run');
    await expect(page.locator('.shell-title').innerText()).resolves.toBe('Kyosei Workbench');
    expect(await runSql(page, 'SELECT 1966735 AS population')).toBe('done');
    await expect(page.locator('[data-testid="row-count"]').innerText()).resolves.toBe('1 rows');
    expect((await readGrid(page)).rows).toEqual([['1,966,735']]);
    // The schema browser describes the contract in English as well.
    await expect(page.locator('[data-table="entities"] .schema-table-desc').innerText()).resolves.toBe('One row per report (municipality, prefecture or area)');
    await expect(page.locator('[data-table="entities"] li', { has: page.locator('.col-name', { hasText: /^aging_rate$/ }) }).locator('.col-desc').innerText()).resolves.toBe('Aging rate (%)');
    await session.tb.screenshot('workbench-editor-04-english');
    await page.click('.lang-switch');
    await expect(page.locator('[data-testid="run"]').innerText()).resolves.toContain('実行');
  });

  it('logged no console errors', () => {
    expect(session.tb.consoleErrors).toEqual([]);
  });
});
