import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openRoom } from './support/workbench';
import { workbenchSession } from './support/session';

const cell = (page: Page, kind: string) => page.locator(`[data-cell-kind="${kind}"]`).last();

// Rough edges in the notebook (issue 15): each test failed before its fix.
describe('ノートブック: rough edges', () => {
  const session = workbenchSession({ removeData: true });
  beforeAll(async () => {
    await openRoom(session.tb.page, 'notebook');
  });

  it('offers a pivot cell’s columns to the chart that reads it', async () => {
    const { page } = session.tb;
    await page.click('[data-action="new"]');
    await page.click('[data-action="add-sql"]');
    await cell(page, 'sql').locator('[data-field="name"]').fill('kinds');
    await cell(page, 'sql').locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('SELECT prefecture, entity_kind, population FROM entities');
    await cell(page, 'sql').locator('[data-action="run-cell"]').click();
    await cell(page, 'sql').locator('[data-state="done"]').waitFor({ timeout: 30_000 });

    await page.click('[data-action="add-pivot"]');
    await cell(page, 'pivot').locator('[data-field="pivot-rows"]').fill('prefecture');
    await cell(page, 'pivot').locator('[data-field="pivot-columns"]').fill('entity_kind');
    await cell(page, 'pivot').locator('[data-action="run-cell"]').click();
    await cell(page, 'pivot').locator('[data-state="done"]').waitFor({ timeout: 30_000 });

    await page.click('[data-action="add-chart"]');
    const chart = cell(page, 'chart');
    await expect(chart.locator('[data-field="input"]').inputValue()).resolves.toBe('pivot1');
    const choices = (await chart.locator('[data-field="chart-x"] option').allInnerTexts()).filter((c) => c !== '—');
    expect(choices).toContain('prefecture');
    expect(choices.length).toBeGreaterThan(1);
    await expect(chart.locator('[data-field="chart-y"] option').count()).resolves.toBe(choices.length + 1);
    await chart.locator('[data-field="chart-x"]').selectOption('prefecture');
    await chart.locator('[data-field="chart-y"]').selectOption(choices.find((c) => c !== 'prefecture' && !c.startsWith('pivot_'))!);
    await chart.locator('[data-action="run-cell"]').click();
    await chart.locator('[data-testid="notebook-chart"][data-rendered="true"]').waitFor({ timeout: 30_000 });
    await session.tb.screenshot('rough-edges-notebook-01-chart-of-pivot');
  });
});
