import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseNotebookText } from '../../electron/notebooks/parse';
import { cellText } from '../../renderer/grid/cellText';
import { fieldLabel } from '../../renderer/pivot/fieldLabels';
import { defaultFormat, formatMeasure } from '../../renderer/pivot/formats';
import { measureLabel } from '../../renderer/pivot/spec';
import { launchBrowser, SCREENSHOT_DIR } from './support/browser';
import { expectedRows } from './support/expected';
import { openRoom } from './support/workbench';
import { workbenchSession } from './support/session';

const HOKKAIDO_SQL = `SELECT entity_id, population, aging_rate, runs_takikan
FROM entities
WHERE prefecture = '北海道' AND entity_kind = 'municipality'
ORDER BY population DESC`;
const NOTEBOOK_NAME = '北海道 来年度';
const TITLE = '北海道の市町村と事業';
const HOSTILE_NOTE = '# 目的\n\n北海道の市町村の**事業**と人口を来年度と比べる。\n\n<img src="x" onerror="window.__pwned = 1"><script>window.__pwned = 2</script>';

const cell = (page: Page, kind: string) => page.locator(`[data-cell-kind="${kind}"]`).last();

async function typeInCellEditor(page: Page, kind: string, text: string): Promise<void> {
  await cell(page, kind).locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

async function waitForRunAll(page: Page): Promise<string> {
  const status = page.locator('[data-testid="notebook-status"]');
  await expect.poll(async () => (await status.innerText().catch(() => '')).trim(), { timeout: 60_000 }).toMatch(/個のセルを実行しました|エラー/);
  return (await status.innerText()).trim();
}

async function pivotTable(page: Page): Promise<string[][]> {
  return page.locator('[data-testid="notebook-pivot"] tr').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.trim())),
  );
}

// Journey 3: an official keeps a notebook for next year, reopens it, reruns it and sends a report to a colleague.
describe('自治体職員: ノートブックを作り、保存し、開き直して、レポートを渡す', () => {
  const session = workbenchSession();
  let expected: Record<string, unknown>[];

  beforeAll(async () => {
    expected = await expectedRows(HOKKAIDO_SQL);
    await openRoom(session.tb.page, 'notebook');
  });

  it('opens the attainment vs aging rate example on first start, without running anything', async () => {
    const { page } = session.tb;
    await expect.poll(() => page.locator('[data-field="title"]').inputValue(), { timeout: 20_000 }).toBe('達成率と高齢化率');
    const states = await page.locator('[data-cell-kind] [data-state]').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
    expect(states).toEqual(['not-run', 'not-run', 'not-run']);
    await session.tb.screenshot('notebook-01-first-start-example');
  });

  it('builds a notebook with a note, a SQL cell, a pivot and a chart; the note cannot run script', async () => {
    const { page } = session.tb;
    await page.click('[data-action="new"]');
    await page.fill('[data-field="title"]', TITLE);

    await page.click('[data-action="add-markdown"]');
    await cell(page, 'markdown').locator('[data-field="markdown-source"]').fill(HOSTILE_NOTE);
    await cell(page, 'markdown').getByRole('button', { name: '完了' }).click();
    await expect(cell(page, 'markdown').locator('h1').innerText()).resolves.toBe('目的');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await cell(page, 'markdown').locator('[onerror], script').count()).toBe(0);

    await page.click('[data-action="add-sql"]');
    await cell(page, 'sql').locator('[data-field="name"]').fill('hokkaido');
    await typeInCellEditor(page, 'sql', HOKKAIDO_SQL);
    await cell(page, 'sql').locator('[data-action="run-cell"]').click();
    await expect(cell(page, 'sql').locator('[data-testid="cell-row-count"]').innerText({ timeout: 30_000 })).resolves.toBe(`${expected.length} 行`);

    await page.click('[data-action="add-pivot"]');
    const pivot = cell(page, 'pivot');
    await expect(pivot.locator('[data-field="input"]').inputValue()).resolves.toBe('hokkaido');
    await pivot.locator('[data-field="pivot-rows"]').fill('runs_takikan');
    await pivot.locator('[data-field="pivot-agg"]').selectOption('sum');
    await pivot.locator('[data-field="pivot-field"]').fill('population');

    await page.click('[data-action="add-chart"]');
    const chart = cell(page, 'chart');
    // A new chart reads the nearest result above (the pivot); she charts the municipalities instead.
    await expect(chart.locator('[data-field="input"]').inputValue()).resolves.toBe('pivot1');
    await chart.locator('[data-field="input"]').selectOption('hokkaido');
    await chart.locator('[data-field="chart-x"]').selectOption('aging_rate');
    await chart.locator('[data-field="chart-y"]').selectOption('population');
    await chart.locator('[data-field="chart-title"]').fill('北海道の市町村：高齢化率と人口');

    const kinds = await page.locator('[data-cell-kind]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cell-kind')));
    expect(kinds).toEqual(['markdown', 'sql', 'pivot', 'chart']);
    await session.tb.screenshot('notebook-02-built');
  });

  it('saves it under a Japanese name as a plain, valid notebook file', async () => {
    const { page } = session.tb;
    await page.locator('[data-field="title"]').click();
    await page.keyboard.press('Control+s');
    await page.fill('[data-field="save-as-name"]', NOTEBOOK_NAME);
    await page.click('[data-action="confirm-save-as"]');
    await expect(page.locator('[data-testid="notebook-status"]').innerText()).resolves.toBe(`「${NOTEBOOK_NAME}」に保存しました`);
    const file = path.join(session.server.dataDir, 'notebooks', `${NOTEBOOK_NAME}.kynb.json`);
    const text = readFileSync(file, 'utf8');
    const saved = parseNotebookText(text, NOTEBOOK_NAME);
    expect(saved.metadata.title).toBe(TITLE);
    expect(saved.cells.map((c) => c.kind)).toEqual(['markdown', 'sql', 'pivot', 'chart']);
    expect(saved.cells[1]).toMatchObject({ kind: 'sql', name: 'hokkaido', source: HOKKAIDO_SQL });
    expect(saved.cells[2]).toMatchObject({ kind: 'pivot', input: 'hokkaido', spec: { rows: ['runs_takikan'], values: [{ agg: 'sum', field: 'population' }] } });
    expect(saved.cells[3]).toMatchObject({ kind: 'chart', input: 'hokkaido', spec: { kind: 'scatter', x: 'aging_rate', y: 'population' } });
    // Results are not stored by default: the file stays small and diffable.
    expect(text).not.toContain('"cached"');
    expect(text).toMatch(/^\{\n  "format": "kyosei-notebook",\n  "version": 1,/);
  });

  it('after a reload, reopens it from Recent without running it, then runs all and gets the same numbers', async () => {
    const { page } = session.tb;
    await page.reload();
    await page.waitForSelector('[data-stage="ready"]', { timeout: 60_000 });
    await openRoom(page, 'notebook');
    await page.click('[data-action="open"]');
    const recent = page.locator('[data-testid="recent-list"] button');
    await expect(recent.first().innerText()).resolves.toBe(TITLE);
    await recent.first().click();
    await expect.poll(() => page.locator('[data-field="title"]').inputValue()).toBe(TITLE);
    const states = await page.locator('[data-cell-kind] [data-state]').evaluateAll((els) => els.map((e) => e.getAttribute('data-state')));
    expect(states).toEqual(['not-run', 'not-run', 'not-run']);

    await page.click('[data-action="run-all"]');
    expect(await waitForRunAll(page)).toBe('4 個のセルを実行しました');
    await expect(cell(page, 'sql').locator('[data-testid="cell-row-count"]').innerText()).resolves.toBe(`${expected.length} 行`);
    const firstRow = await cell(page, 'sql').locator('.ag-row[row-index="0"] .ag-cell').allInnerTexts();
    expect(firstRow.slice(-4)).toEqual([String(expected[0].entity_id), cellText(expected[0].population), cellText(expected[0].aging_rate), cellText(expected[0].runs_takikan)]);

    // The pivot shows a sum of a whole-number field as whole numbers, as the pivot room does.
    const sum = (rows: Record<string, unknown>[]) => formatMeasure(rows.reduce((s, r) => s + Number(r.population), 0), defaultFormat('sum', 'integer'));
    const takikan = expected.filter((r) => r.runs_takikan === true);
    const others = expected.filter((r) => r.runs_takikan === false);
    expect(await pivotTable(page)).toEqual([
      [fieldLabel('runs_takikan', 'ja'), measureLabel({ field: 'population', agg: 'sum', format: defaultFormat('sum', 'integer') })],
      ['いいえ', sum(others)],
      ['はい', sum(takikan)],
      ['総計', sum(expected)],
    ]);
    expect(sum(expected)).toBe('2,159,429');

    await page.waitForSelector('[data-cell-kind="chart"] [data-testid="notebook-chart"][data-rendered="true"]', { timeout: 30_000 });
    await expect(cell(page, 'chart').locator('.cell-status').innerText()).resolves.toMatch(new RegExp(`^${expected.length} 点`));
    const points = await cell(page, 'chart').locator('.scatterlayer .point').count();
    expect(points).toBe(expected.length);
    await cell(page, 'pivot').scrollIntoViewIfNeeded();
    await session.tb.screenshot('notebook-03-reopened-and-run');
  });

  it('exports a standalone HTML report that opens offline with nothing fetched', async () => {
    const { page } = session.tb;
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-html"]')]);
    expect(download.suggestedFilename()).toBe(`${TITLE}.html`);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const reportFile = path.join(SCREENSHOT_DIR, '..', 'notebook-report.html');
    await download.saveAs(reportFile);
    const html = readFileSync(reportFile, 'utf8');
    expect(html).toContain(`<title>${TITLE}</title>`);
    expect(html).not.toMatch(/<script|onerror=/i);
    expect(html).toContain('<figure role="img"');

    const [mdDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-md"]')]);
    const mdFile = path.join(SCREENSHOT_DIR, '..', 'notebook-report.md');
    await mdDownload.saveAs(mdFile);
    const md = readFileSync(mdFile, 'utf8');
    expect(md).toContain(`# ${TITLE}`);
    expect(md).toContain('| 総計 | 2,159,429 |');
    expect(md).not.toMatch(/<script|onerror=/i);

    // A colleague without the workbench, offline: a fresh browser with every request blocked.
    const viewer = await launchBrowser({ viewport: { width: 1100, height: 1400 } });
    try {
      const requests: string[] = [];
      await viewer.context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('file:')) return route.continue();
        requests.push(url);
        return route.abort('internetdisconnected');
      });
      viewer.page.on('request', (r) => {
        if (!r.url().startsWith('file:')) requests.push(r.url());
      });
      await viewer.page.goto(pathToFileURL(reportFile).href);
      await expect(viewer.page.locator('h1').first().innerText()).resolves.toBe(TITLE);
      const reportPivot = await viewer.page.locator('table.pivot tr.total').innerText();
      expect(reportPivot.replace(/\s+/g, ' ').trim()).toBe('総計 2,159,429');
      await expect(viewer.page.locator('section.markdown h1').innerText()).resolves.toBe('目的');
      expect(await viewer.page.locator('figure svg .scatterlayer .point').count()).toBe(expected.length);
      await viewer.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'notebook-04-report-offline.png'), fullPage: true });
      expect(requests).toEqual([]);
      expect(viewer.consoleErrors).toEqual([]);
    } finally {
      await viewer.close();
    }
    writeFileSync(path.join(SCREENSHOT_DIR, '..', 'notebook-report.checked'), 'ok\n');
  });

  it('after the page dies with unsaved changes, offers the autosaved copy and restores it', async () => {
    const { page } = session.tb;
    await page.fill('[data-field="title"]', `${TITLE}（下書き）`);
    await cell(page, 'sql').locator('[data-field="name"]').fill('hokkaido_draft');
    await expect(page.locator('[data-testid="notebook-saved-state"]').innerText()).resolves.toBe('未保存の変更あり');
    await expect(cell(page, 'chart').locator('[data-field="input"]').inputValue()).resolves.toBe('hokkaido_draft');
    // Autosave runs 1.5 s after the last change; then the page goes away without saving.
    await expect.poll(() => readdirSync(path.join(session.server.dataDir, 'recovery')).length, { timeout: 10_000 }).toBe(1);
    await page.reload();
    await page.waitForSelector('[data-stage="ready"]', { timeout: 60_000 });
    await openRoom(page, 'notebook');
    const banner = page.locator('[data-testid="notebook-recovery"]');
    await expect(banner.innerText()).resolves.toContain(`前回保存されなかった変更が見つかりました（${TITLE}（下書き）`);
    await session.tb.screenshot('notebook-05-recovery-offered');
    await banner.getByRole('button', { name: '復元する' }).click();
    await expect(page.locator('[data-field="title"]').inputValue()).resolves.toBe(`${TITLE}（下書き）`);
    await expect(cell(page, 'sql').locator('[data-field="name"]').inputValue()).resolves.toBe('hokkaido_draft');
    // The saved file itself is untouched until she saves.
    const onDisk = parseNotebookText(readFileSync(path.join(session.server.dataDir, 'notebooks', `${NOTEBOOK_NAME}.kynb.json`), 'utf8'), NOTEBOOK_NAME);
    expect(onDisk.metadata.title).toBe(TITLE);
    await page.keyboard.press('Control+s');
    await expect(page.locator('[data-testid="notebook-status"]').innerText()).resolves.toBe(`「${NOTEBOOK_NAME}」に保存しました`);
    expect(readdirSync(path.join(session.server.dataDir, 'recovery'))).toEqual([]);
  });
  it('in the attainment example, clicking the lowest point (東津軽郡, 0.28) opens its report lines', async () => {
    const { page } = session.tb;
    const [lowest] = await expectedRows(
      "SELECT e.entity_id, e.line_start, e.line_end, a.ratio FROM entities e JOIN entity_attainment a USING (corpus, entity_id) WHERE e.entity_kind <> 'prefecture' AND a.ratio IS NOT NULL AND e.aging_rate IS NOT NULL ORDER BY a.ratio LIMIT 1",
    );
    expect(String(lowest.entity_id)).toMatch(/^青森県 東津軽郡/);
    expect(Number(lowest.ratio)).toBeCloseTo(0.28, 2);
    await page.click('[data-action="open"]');
    await page.click('[data-example="attainment-vs-aging"]');
    await page.click('[data-action="run-all"]');
    expect(await waitForRunAll(page)).toBe('4 個のセルを実行しました');
    const plot = cell(page, 'chart').locator('[data-testid="notebook-chart"][data-rendered="true"]');
    await plot.waitFor({ timeout: 30_000 });
    const found = await plot.evaluate((el, name) => {
      const data = (el as HTMLElement & { _fullData: { text?: string[] }[] })._fullData;
      let offset = 0;
      for (const t of data) {
        if (!Array.isArray(t.text)) continue;
        const i = t.text.findIndex((x) => x.startsWith(`<b>${name}</b>`));
        if (i >= 0) return offset + i;
        offset += t.text.length;
      }
      return -1;
    }, String(lowest.entity_id));
    expect(found).toBeGreaterThanOrEqual(0);
    await plot.locator('.scatterlayer .trace path.point').nth(found).click({ force: true });
    const viewer = page.locator('[data-testid="source-viewer"]');
    await viewer.waitFor();
    await expect.poll(() => viewer.locator('[data-testid="source-heading"]').textContent()).toBe(String(lowest.entity_id));
    await expect.poll(() => viewer.locator('li.cited').count()).toBe(Number(lowest.line_end) - Number(lowest.line_start) + 1);
    await session.tb.screenshot('notebook-06-example-point-source');
    await page.keyboard.press('Escape');
  });
  it('a corrupt notebook and one from a newer version are refused with a clear message and left untouched', async () => {
    const { page } = session.tb;
    const dir = path.join(session.server.dataDir, 'notebooks');
    const corrupt = '{"format": "kyosei-notebook", "version": 1, "cells": [';
    const newer = JSON.stringify({ format: 'kyosei-notebook', version: 2, metadata: {}, cells: [] });
    writeFileSync(path.join(dir, '壊れた.kynb.json'), corrupt);
    writeFileSync(path.join(dir, '未来.kynb.json'), newer);
    await page.click('[data-action="open"]');
    await page.click('[data-testid="saved-list"] [data-ref="壊れた"]');
    const status = page.locator('[data-testid="notebook-status"]');
    await expect.poll(() => status.innerText()).toMatch(/^ノートブック「壊れた\.kynb\.json」は壊れています（JSON として読めません）。ファイルは変更していません。/);
    await page.click('[data-testid="saved-list"] [data-ref="未来"]');
    await expect.poll(() => status.innerText()).toMatch(/^新しいバージョンのワークベンチで作成されたノートブックです（ファイルの形式 2、このワークベンチは 1 まで）/);
    await session.tb.screenshot('notebook-07-newer-version-refused');
    expect(readFileSync(path.join(dir, '壊れた.kynb.json'), 'utf8')).toBe(corrupt);
    expect(readFileSync(path.join(dir, '未来.kynb.json'), 'utf8')).toBe(newer);
    // Still on the notebook that was open before.
    await expect(page.locator('[data-field="title"]').inputValue()).resolves.toBe('達成率と高齢化率');
  });
});
