import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_PATH } from '../../electron/corpus/defaultCorpus';
import { parseNotebookText } from '../../electron/notebooks/parse';
import { launchBrowser, type TestBrowser } from './support/browser';
import { expectedRows } from './support/expected';
import { startWebServer, type RunningWebServer } from './support/webServer';
import { openRoom, openWorkbench, readGrid, runSql } from './support/workbench';

// The pair she picks: 天童市's 相談支援回数, 855回 (91世帯 × 9.4回) against 482回 counted to the end of December.
const [tendo] = await expectedRows(`SELECT target, result, ratio, confidence, target_line, result_line FROM attainment
  WHERE entity_id = '山形県 天童市' AND confidence = 'low' AND target = 855`);
const PAIR_SQL = `SELECT entity_id, indicator, target, result, ratio, confidence, method, target_line, result_line
FROM attainment WHERE entity_id = '山形県 天童市' ORDER BY target_line`;

/** The grid's rows as the user reads them, by column name (the 原文 column left out). */
async function gridRecords(page: Page): Promise<Record<string, string>[]> {
  const { headers, rows } = await readGrid(page);
  return rows.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i]]).filter(([h]) => h !== '原文')));
}

async function runSqlIn(page: Page, sql: string): Promise<Record<string, string>[]> {
  await openRoom(page, 'sql');
  expect(await runSql(page, sql)).toBe('done');
  return gridRecords(page);
}

async function closeSource(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('[data-testid="source-viewer"]').waitFor({ state: 'detached' });
}

/** The curated tables are back in the engine and the list knows the change (the panel's version moved). */
async function waitForCurationSaved(page: Page, version: number): Promise<void> {
  await page.waitForSelector(`[data-testid="curation-panel"][data-version="${version}"]:not([data-busy])`, { timeout: 30_000 });
}

// Journey 2, a day later: the evaluator does not take a low pair on trust. She reads it at its source, corrects it
// with a note, sees her reading in every room, finds it again the next morning, and is told when the report changed.
describe('評価担当: 規則の組を原文で確かめ、直し、翌日も、報告書が変わったときも分かる', () => {
  let server: RunningWebServer;
  let tb: TestBrowser;
  let page: Page;
  beforeAll(async () => {
    server = await startWebServer();
    tb = await launchBrowser({ viewport: { width: 1500, height: 950 } });
    page = tb.page;
    await openWorkbench(page, server.url);
  });
  afterAll(async () => {
    await tb?.close();
    await server?.stop();
  });

  it('finds the pair the rules rate low (天童市 855回 ↔ 482回) and opens it at its source', async () => {
    expect(tendo).toMatchObject({ target: 855, result: 482, ratio: 0.564, confidence: 'low', target_line: 2011, result_line: 2019 });
    expect(await runSql(page, "SELECT entity_id, indicator, target, result, ratio, confidence, method, target_line, result_line FROM attainment WHERE confidence = 'low' ORDER BY entity_id")).toBe('done');
    const row = page.locator('[data-testid="result-grid"] .ag-row').filter({ hasText: '山形県 天童市' }).first();
    await row.locator('.source-button').click();
    const viewer = page.locator('[data-testid="source-viewer"]');
    await viewer.locator('[data-line="2019"]').waitFor();
    expect(await viewer.locator('[data-line="2019"] .line-text').innerText()).toContain('計482回');
    // First time: she gives the name her reviews are signed with.
    await page.fill('[data-testid="curation-who"]', '評価者A');
    await page.click('[data-testid="curation-who-save"]');
    const pair = viewer.locator('[data-testid="curation-pair"][data-target-line="2011"][data-result-line="2019"]');
    await expect.poll(() => pair.getAttribute('data-method')).toBe('extracted');
    expect(await pair.innerText()).toContain('56.4%');
  });

  it('corrects it with a note: nine months of 482回 scaled to a year, 643回, 75.2 %', async () => {
    const pair = page.locator('[data-testid="curation-pair"][data-target-line="2011"][data-result-line="2019"]');
    await pair.locator('[data-testid="curation-correct"]').click();
    await page.fill('[data-testid="curation-form-indicator"]', '相談支援回数 (12か月換算)');
    await page.fill('[data-testid="curation-form-result"]', '643');
    await page.fill('[data-testid="curation-form-note"]', '実績は4〜12月の9か月分: 482 ÷ 9 × 12 = 643回として年間目標と比べる');
    await expect.poll(() => page.locator('[data-testid="curation-preview"]').innerText()).toBe('達成率 75.2%');
    await page.click('[data-testid="curation-save"]');
    await waitForCurationSaved(page, 1);
    await expect.poll(() => pair.getAttribute('data-method')).toBe('curated');
    expect(await pair.innerText()).toContain('75.2%');
    expect(await page.locator('[data-testid="curation-mine"]').innerText()).toContain('評価者A');
    expect(await page.locator('[data-testid="curation-list-button"]').getAttribute('data-count')).toBe('1');
    await tb.screenshot('curation-01-corrected-at-source');
  });

  it('sees it curated in the grid, marked in the attainment chart and counted in the pivot', async () => {
    await closeSource(page);
    expect(await runSql(page, PAIR_SQL)).toBe('done');
    expect(await gridRecords(page)).toEqual([{ entity_id: '山形県 天童市', indicator: '相談支援回数 (12か月換算)', target: '855', result: '643', ratio: '0.752', confidence: 'high', method: 'curated', target_line: '2011', result_line: '2019' }]);
    await tb.screenshot('curation-02-grid');

    await openRoom(page, 'charts');
    await page.waitForSelector('[data-testid="chart-plot"][data-drawn="yes"]', { timeout: 60_000 });
    // The record had only a low pair before: it is on the chart now, as the one diamond (Plotly draws circles with arcs).
    const diamonds = () => page.locator('[data-testid="chart-plot"] .scatterlayer .trace path.point').evaluateAll((ps) => ps.filter((p) => !/A/.test(p.getAttribute('d') ?? 'A')).length);
    await expect.poll(diamonds).toBe(1);
    expect(await page.locator('[data-testid="chart-plot"] .annotation-text').evaluateAll((ts) => ts.map((t) => t.textContent))).toContain('◆ = 分析者が確認した組を含む記録 (1)');
    await tb.screenshot('curation-03-chart');

    await openRoom(page, 'pivot');
    await page.selectOption('[data-testid="pivot-preset"]', 'attainment-by-method');
    await page.waitForSelector('[data-testid="pivot-room"][data-pivot-state="ready"]', { timeout: 30_000 });
    await expect.poll(() => page.locator('[data-testid="pivot-grid"] .ag-header-cell-text, [data-testid="pivot-grid"] .ag-header-group-text').allInnerTexts()).toContain('curated');
    const takikan = page.locator('[data-testid="pivot-grid"] .ag-row').filter({ hasText: '多機関協働事業' }).first();
    await expect.poll(() => takikan.innerText()).toContain('75.2%');
    await tb.screenshot('curation-04-pivot');
  });

  it('adds the pair the rules missed in 東海村 from the report’s own lines: 相談支援 新規100件 ↔ 総合相談件数 164件', async () => {
    await openRoom(page, 'sql');
    expect(await runSql(page, "SELECT entity_id, line_start, line_end FROM entities WHERE entity_id = '茨城県 東海村'")).toBe('done');
    await page.locator('[data-testid="result-grid"] .ag-row').first().locator('.source-button').click();
    const viewer = page.locator('[data-testid="source-viewer"]');
    await viewer.locator('[data-line="2468"]').waitFor();
    await viewer.locator('[data-line="2462"] [data-testid="source-line-no"]').click();
    await page.click('[data-testid="curation-add"]');
    await expect.poll(() => page.inputValue('[data-testid="curation-form-target_line"]')).toBe('2462');
    await viewer.locator('[data-line="2468"] [data-testid="source-line-no"]').click();
    await page.click('[data-testid="curation-pick-result"]');
    await page.selectOption('[data-testid="curation-form-program"]', '多機関協働事業');
    await page.fill('[data-testid="curation-form-indicator"]', '相談支援 新規件数');
    await page.fill('[data-testid="curation-form-target"]', '100');
    await page.fill('[data-testid="curation-form-target_unit"]', '件');
    await page.fill('[data-testid="curation-form-result"]', '164');
    await page.fill('[data-testid="curation-form-result_unit"]', '件');
    await page.fill('[data-testid="curation-form-note"]', '総合相談 (2月末まで) が多機関の相談支援の実績');
    await page.click('[data-testid="curation-save"]');
    await waitForCurationSaved(page, 2);
    const added = viewer.locator('[data-testid="curation-pair"][data-target-line="2462"][data-result-line="2468"]');
    await expect.poll(() => added.getAttribute('data-method')).toBe('curated');
    expect(await added.innerText()).toContain('= 164.0%');
    await tb.screenshot('curation-03b-added-from-lines');
    await closeSource(page);
    expect(await runSqlIn(page, "SELECT program, target, result, ratio, method FROM attainment WHERE entity_id = '茨城県 東海村' AND target_line = 2462")).toEqual([
      { program: '多機関協働事業', target: '100', result: '164', ratio: '1.64', method: 'curated' },
    ]);
  });

  it('reloads the page the next morning and finds her correction still applied', async () => {
    await page.reload();
    await page.waitForSelector('[data-stage="ready"]', { timeout: 60_000 });
    await page.waitForSelector('.sql-editor .cm-content', { timeout: 60_000 });
    expect(await runSql(page, PAIR_SQL)).toBe('done');
    expect(await gridRecords(page)).toMatchObject([{ result: '643', ratio: '0.752', confidence: 'high', method: 'curated' }]);
    await page.click('[data-testid="curation-list-button"]');
    expect(await page.locator('[data-testid="curation-list-row"]').evaluateAll((rs) => rs.map((r) => [r.getAttribute('data-entity'), r.getAttribute('data-status')]))).toEqual([
      ['山形県 天童市', 'applied'], ['茨城県 東海村', 'applied'],
    ]);
    const row = page.locator('[data-testid="curation-list-row"][data-entity="山形県 天童市"]');
    expect(await row.innerText()).toContain('482 ÷ 9 × 12');
    expect(await row.innerText()).toContain('評価者A');
    await tb.screenshot('curation-05-list-after-reload');
    await page.click('[data-testid="curation-list-button"]');
  });

  it('saves a notebook that carries her reading; a colleague who opens it is told and adds it himself', async () => {
    await openRoom(page, 'notebook');
    await page.click('[data-action="save-as"]');
    await page.fill('[data-field="save-as-name"]', '天童市の確認');
    await page.click('[data-action="confirm-save-as"]');
    const file = path.join(server.dataDir, 'notebooks', '天童市の確認.kynb.json');
    await expect.poll(() => existsSync(file)).toBe(true);
    const saved = parseNotebookText(readFileSync(file, 'utf8'), 'saved');
    expect(saved.metadata.curations?.curations).toMatchObject([
      { action: 'correct', who: '評価者A', target: { line: 2011 }, result: { line: 2019 }, pair: { result: 643 } },
      { action: 'add', who: '評価者A', target: { line: 2462 }, result: { line: 2468 }, pair: { target: 100, result: 164 } },
    ]);

    // The colleague: his own workbench (another data folder), the file saved from his mail into his notebooks folder.
    const colleague = await startWebServer();
    const theirs = await launchBrowser({ viewport: { width: 1500, height: 950 } });
    try {
      mkdirSync(path.join(colleague.dataDir, 'notebooks'), { recursive: true });
      copyFileSync(file, path.join(colleague.dataDir, 'notebooks', '届いた確認.kynb.json'));
      const p = theirs.page;
      await openWorkbench(p, colleague.url);
      expect(await p.locator('[data-testid="curation-list-button"]').getAttribute('data-count')).toBe('0');
      await openRoom(p, 'notebook');
      await p.click('[data-action="open"]');
      await p.click('[data-testid="saved-list"] [data-ref="届いた確認"]');
      const notice = p.locator('[data-testid="curation-received"]');
      await expect.poll(() => notice.innerText()).toContain('評価者A による組の確認が 2 件');
      // Nothing is applied until he asks.
      expect(await runSqlIn(p, PAIR_SQL)).toMatchObject([{ result: '482', method: 'extracted' }]);
      await openRoom(p, 'notebook');
      await theirs.screenshot('curation-06-received');
      await p.click('[data-testid="curation-received-apply"]');
      await expect.poll(() => p.locator('[data-testid="curation-received-done"]').innerText()).toContain('2 件を加えました');
      expect(await p.locator('[data-testid="curation-list-button"]').getAttribute('data-count')).toBe('2');
      expect(await runSqlIn(p, PAIR_SQL)).toMatchObject([{ result: '643', ratio: '0.752', method: 'curated' }]);
      expect(theirs.offHostRequests).toEqual([]);
    } finally {
      await theirs.close();
      await colleague.stop();
    }
  });

  it('is told, not silently given, when the report line she judged has changed', async () => {
    // A re-issued corpus: the same file name, line 2019 now reading 計490回. The server restarts on her data folder.
    const dir = mkdtempSync(path.join(tmpdir(), 'kyosei-e2e-corpus-'));
    const changed = path.join(dir, path.basename(DEFAULT_CORPUS_PATH));
    const lines = readFileSync(DEFAULT_CORPUS_PATH, 'utf8').split('\n');
    expect(lines[2018]).toContain('計482回');
    lines[2018] = lines[2018].replace('計482回', '計490回');
    writeFileSync(changed, lines.join('\n'));
    await server.stop({ keepData: true });
    server = await startWebServer({ dataDir: server.dataDir, corpusPath: changed });
    await openWorkbench(page, server.url);

    const button = page.locator('[data-testid="curation-list-button"]');
    await expect.poll(() => button.getAttribute('data-stale')).toBe('1');
    expect(await page.locator('[data-testid="curation-stale-badge"]').innerText()).toBe('古い確認 1');
    expect(await runSql(page, PAIR_SQL)).toBe('done');
    expect(await gridRecords(page)).toMatchObject([{ result: '490', ratio: '0.573', confidence: 'low', method: 'extracted' }]);
    expect(await runSql(page, "SELECT code, line_no, entity_id, message FROM parse_warnings WHERE code LIKE 'curation%' ORDER BY code")).toBe('done');
    const warnings = await gridRecords(page);
    expect(warnings.map((w) => [w.code, w.line_no, w.entity_id])).toEqual([['curation_corpus_changed', 'NULL', 'NULL'], ['curation_stale', '2011', '山形県 天童市']]);
    expect(warnings[1].message).toContain('2019行の本文が変わりました');
    await button.click();
    const row = page.locator('[data-testid="curation-list-row"][data-entity="山形県 天童市"]');
    await expect.poll(() => row.getAttribute('data-status')).toBe('stale');
    // 東海村's lines did not change: that curation still applies.
    expect(await page.locator('[data-testid="curation-list-row"][data-entity="茨城県 東海村"]').getAttribute('data-status')).toBe('applied');
    expect(await row.locator('[data-testid="curation-status"]').innerText()).toBe('古い (未適用): 2019行の本文が変わりました');
    await tb.screenshot('curation-07-stale');
    expect(tb.offHostRequests).toEqual([]);
  });
});
