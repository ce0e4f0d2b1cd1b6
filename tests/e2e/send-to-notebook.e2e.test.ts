import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ATTAINMENT_VS_AGING } from '../../renderer/charts/presets';
import { expectedRows } from './support/expected';
import { openRoom, runSql } from './support/workbench';
import { workbenchSession } from './support/session';

const cellKinds = (page: Page) => page.locator('[data-cell-kind]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-kind')));

/** Runs every cell and waits for the notebook to say it ran them all. */
async function runAll(page: Page): Promise<void> {
  await page.click('[data-action="run-all"]');
  await expect.poll(() => page.locator('[data-testid="notebook-status"]').innerText().catch(() => ''), { timeout: 60_000 }).toMatch(/個のセルを実行しました/);
}

// Journey 2 meets journey 3: the evaluator's comparisons, made in the SQL, pivot and chart rooms, gathered into a
// notebook she can save and hand on — each added with one button, nothing run until she asks.
describe('評価担当: 作った表とグラフをノートブックにまとめる', () => {
  const session = workbenchSession({ viewport: { width: 1500, height: 950 } });

  it('adds the SQL room’s query as a cell at the end of the notebook, not run until she asks', async () => {
    const { page } = session.tb;
    const query = "SELECT municipality, population FROM entities WHERE prefecture = '北海道' AND entity_kind = 'municipality' ORDER BY population DESC";
    expect(await runSql(page, query)).toBe('done');
    await page.click('[data-room-panel="sql"] [data-testid="send-to-notebook"]');
    await page.waitForSelector('[data-room-panel="notebook"]:not([hidden])');
    await expect.poll(() => page.locator('[data-testid="notebook-status"]').innerText().catch(() => '')).toContain('末尾にセルを追加しました（1 件');
    // The first start's example does not replace what she sent.
    expect(await cellKinds(page)).toEqual(['sql']);
    const cell = page.locator('[data-cell-kind="sql"]').last();
    await expect(cell.locator('.cm-content').innerText()).resolves.toBe(query);
    await expect(cell.locator('[data-state]').getAttribute('data-state')).resolves.toBe('not-run');
    await cell.locator('[data-action="run-cell"]').click();
    const expected = await expectedRows(query);
    await expect.poll(() => cell.locator('[data-testid="cell-row-count"]').innerText().catch(() => '')).toBe(`${expected.length} 行`);
  });

  it('adds the pivot on screen as its query and its layout; run, it shows the room’s numbers', async () => {
    const { page } = session.tb;
    await openRoom(page, 'pivot');
    await page.waitForSelector('[data-testid="pivot-room"][data-pivot-state="ready"]', { timeout: 30_000 });
    await page.selectOption('[data-testid="pivot-preset"]', 'aging-by-prefecture-kind');
    await page.waitForFunction(() => document.querySelector('[data-testid="pivot-sql"]')?.textContent?.includes('aging_rate'), undefined, { timeout: 30_000 });
    await page.waitForSelector('[data-testid="pivot-room"][data-pivot-state="ready"]', { timeout: 30_000 });
    await page.click('[data-room-panel="pivot"] [data-testid="send-to-notebook"]');
    await page.waitForSelector('[data-room-panel="notebook"]:not([hidden])');
    expect(await cellKinds(page)).toEqual(['sql', 'sql', 'pivot']);
    await runAll(page);
    const [hokkaido] = await expectedRows("SELECT avg(aging_rate) AS a FROM entities WHERE prefecture = '北海道' AND entity_kind = 'municipality'");
    const row = page.locator('[data-testid="notebook-pivot"] tr', { has: page.locator('th', { hasText: /^北海道$/ }) });
    const text = `${Number(hokkaido.a).toLocaleString('ja-JP', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
    await expect(row.first().innerText()).resolves.toContain(text);
    await session.tb.screenshot('send-to-notebook-01-pivot');
  });

  it('adds the chart on screen; run, it plots the same points as the chart room', async () => {
    const { page } = session.tb;
    await openRoom(page, 'charts');
    const points = (await expectedRows(ATTAINMENT_VS_AGING.sql)).filter((r) => r.aging_rate !== null && r.ratio !== null).length;
    await expect.poll(() => page.locator('[data-testid="chart-status"]').getAttribute('data-plotted'), { timeout: 30_000 }).toBe(String(points));
    await page.click('[data-room-panel="charts"] [data-testid="send-to-notebook"]');
    await page.waitForSelector('[data-room-panel="notebook"]:not([hidden])');
    expect(await cellKinds(page)).toEqual(['sql', 'sql', 'pivot', 'sql', 'chart']);
    await runAll(page);
    const chart = page.locator('[data-cell-kind="chart"]').last();
    await expect.poll(() => chart.locator('.cell-status').innerText().catch(() => '')).toContain(`${points.toLocaleString('ja-JP')} 点`);
    await chart.scrollIntoViewIfNeeded();
    await session.tb.screenshot('send-to-notebook-02-chart');
  });
});
