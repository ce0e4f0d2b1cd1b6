import { afterEach, describe, expect, it } from 'vitest';
import { cellText } from '../../renderer/grid/cellText';
import { SCREENSHOT_DIR } from './support/browser';
import { expectedRows } from './support/expected';
import { currentRun, pressRunAndWait, readGrid, readResultStatus, runSql, typeSql, waitForSqlOutcome } from './support/workbench';
import { workbenchSession } from './support/session';

// Journey 1: a policy analyst, offline, asks the bundled reports a question and checks a figure against its source.
describe('政策分析担当: SQL で問い、原文で確かめる', () => {
  const session = workbenchSession();

  afterEach(async () => {
    // A viewer left open by a failed test must not block the next one.
    if (await session.tb.page.locator('[data-testid="source-viewer"]').count()) await session.tb.page.keyboard.press('Escape');
  });

  it('opens with Japanese labels and the corpus loaded', async () => {
    const { page } = session.tb;
    await expect(page.locator('[data-stage="ready"]').innerText()).resolves.toContain('準備完了');
    await expect(page.locator('.shell-title').innerText()).resolves.toBe('共生ワークベンチ');
    await expect(page.locator('.schema-browser').innerText()).resolves.toContain('entities');
    await session.tb.screenshot('workbench-01-start');
    await page.keyboard.press('F1');
    await expect(page.locator('.help-panel').innerText()).resolves.toContain('カーソル位置の文 (または選択範囲) を実行');
    await session.tb.screenshot('workbench-01b-help');
    await page.keyboard.press('Escape');
    await expect(page.locator('.help-panel').count()).resolves.toBe(0);
  });

  it('runs the ten records with the highest 高齢化率 by keyboard and shows their values', async () => {
    const { page } = session.tb;
    const sql = 'SELECT entity_id, aging_rate FROM entities ORDER BY aging_rate DESC, entity_id LIMIT 10';
    const expected = await expectedRows(sql);
    expect(expected).toHaveLength(10);
    expect(await runSql(page, sql)).toBe('done');
    const grid = await readGrid(page);
    expect(grid.headers.slice(-2)).toEqual(['entity_id', 'aging_rate']);
    expect(grid.rows.map((r) => r.slice(-2))).toEqual(expected.map((r) => [String(r.entity_id), cellText(r.aging_rate)]));
    const status = await readResultStatus(page);
    expect(status.rows).toBe('10 行');
    expect(status.elapsed).toMatch(/^\d+\.\d{3} 秒$/);
    await session.tb.screenshot('workbench-02-aging-top10');
    // The rows name records without line numbers; 原文 still opens the top record's report.
    await page.locator('[data-testid="result-grid"] .ag-row[row-index="0"] .source-button').click();
    const [top] = await expectedRows(`SELECT line_start FROM entities WHERE entity_id = '${String(expected[0].entity_id)}'`);
    const viewer = page.locator('[data-testid="source-viewer"]');
    await viewer.locator('.source-lines li.cited').first().waitFor();
    await expect(viewer.locator('[data-testid="source-heading"]').innerText()).resolves.toBe(String(expected[0].entity_id));
    await expect(viewer.locator('.source-lines li.cited').first().getAttribute('data-line')).resolves.toBe(String(top.line_start));
    await page.keyboard.press('Escape');
  });

  it('formats populations the Japanese way', async () => {
    const { page } = session.tb;
    const sql = "SELECT entity_id, population, welfare_rate, welfare_rate_unit FROM entities WHERE entity_id IN ('北海道 札幌市', '北海道 京極町') ORDER BY entity_id";
    const expected = await expectedRows(sql);
    expect(await runSql(page, sql)).toBe('done');
    const grid = await readGrid(page);
    expect(grid.rows.map((r) => r.slice(-4))).toEqual(
      expected.map((r) => [String(r.entity_id), cellText(r.population), cellText(r.welfare_rate), cellText(r.welfare_rate_unit)]),
    );
    const sapporo = expected.find((r) => r.entity_id === '北海道 札幌市');
    if (sapporo?.population === 1966735) expect(grid.rows.flat()).toContain('1,966,735');
    await session.tb.screenshot('workbench-03-japanese-numbers');
  });

  it('shows DuckDB’s error with its position in the editor', async () => {
    const { page } = session.tb;
    expect(await runSql(page, 'SELECT entity_id, no_such_column FROM entities')).toBe('error');
    const error = await page.locator('[data-testid="sql-error"]').innerText();
    expect(error).toContain('no_such_column');
    expect(error).toContain('1 行 19 列');
    await expect(page.locator('.cm-lintRange-error').count()).resolves.toBeGreaterThan(0);
    await session.tb.screenshot('workbench-04-sql-error');
  });

  it('never reaches the network, even for SQL that asks for a remote file or a missing extension', async () => {
    const { page } = session.tb;
    expect(await runSql(page, "SELECT * FROM read_parquet('https://example.com/data.parquet')")).toBe('error');
    const message = await page.locator('[data-testid="sql-error"]').innerText();
    expect(message).toContain('but it exists in the parquet extension');
    expect(message).toContain('拡張機能はオフラインでは読み込めません');
    // Following DuckDB's advice asks nobody: the engine is locked, extensions cannot be loaded from anywhere.
    expect(await runSql(page, 'LOAD parquet')).toBe('error');
    await expect(page.locator('[data-testid="sql-error"]').innerText()).resolves.toContain('disabled through configuration');
    expect(await runSql(page, "SELECT * FROM read_json_auto('https://example.com/a.json')")).toBe('error');
    // afterEach fails the test if any request left 127.0.0.1.
  });

  it('cancels a long query with the 中止 button', async () => {
    const { page } = session.tb;
    await typeSql(page, 'SELECT sum(hash(a.range * b.range)) FROM range(1000000) a, range(1000000) b');
    const before = await currentRun(page);
    await page.keyboard.press('Control+Enter');
    await page.locator(`[data-testid="sql-status"][data-state="running"][data-run="${before + 1}"]`).waitFor();
    await page.waitForTimeout(500);
    const started = Date.now();
    await page.click('[data-testid="cancel"]');
    expect(await waitForSqlOutcome(page, 15_000)).toBe('cancelled');
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(page.locator('[data-testid="sql-status"]').innerText()).resolves.toContain('クエリを中止しました');
    await session.tb.screenshot('workbench-05-cancelled');
    // The engine still answers after the cancel.
    expect(await runSql(page, 'SELECT 42 AS answer')).toBe('done');
    expect((await readGrid(page)).rows).toEqual([['42']]);
  });

  it('opens the source text of a row at its lines, under the record’s heading', async () => {
    const { page } = session.tb;
    const sql = "SELECT entity_id, population, line_start, line_end FROM entities WHERE entity_id = '北海道 京極町'";
    const [expected] = await expectedRows(sql);
    expect(expected).toBeDefined();
    expect(await runSql(page, sql)).toBe('done');
    await page.click('[data-testid="result-grid"] .source-button');
    const viewer = page.locator('[data-testid="source-viewer"]');
    await viewer.locator('.source-lines').waitFor();
    await expect(viewer.locator('[data-testid="source-heading"]').innerText()).resolves.toBe('北海道 京極町');
    const cited = await viewer.locator('.source-lines li.cited').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-line'))));
    const start = Number(expected.line_start);
    const end = Number(expected.line_end);
    expect(cited[0]).toBe(start);
    expect(cited.at(-1)).toBe(end);
    const [firstLine] = await expectedRows(`SELECT text FROM lines WHERE line_no = ${start}`);
    await expect(viewer.locator(`li[data-line="${start}"] .line-text`).innerText()).resolves.toBe(String(firstLine.text).trim() || '\u00a0');
    await session.tb.screenshot('workbench-06-source-viewer');
    await page.keyboard.press('Escape');
    await expect(viewer.count()).resolves.toBe(0);
  });

  it('a newcomer picks an example, runs it, and traces 京極町’s 14.4 % to its per-mille note in the report', async () => {
    const { page } = session.tb;
    await page.selectOption('[data-testid="examples"]', { label: '単位を読み替えた生活保護受給率' });
    await page.locator('.sql-editor .cm-content').click();
    expect(await pressRunAndWait(page)).toBe('done');
    const grid = await readGrid(page);
    const row = grid.rows.findIndex((r) => r.includes('北海道 京極町'));
    expect(row).toBeGreaterThanOrEqual(0);
    expect(grid.rows[row]).toContain('14.4');
    await page.locator(`[data-testid="result-grid"] .ag-row[row-index="${row}"] .source-button`).click();
    const viewer = page.locator('[data-testid="source-viewer"]');
    await viewer.locator('.source-lines li.cited').first().waitFor();
    await expect(viewer.locator('[data-testid="source-notes"]').innerText()).resolves.toContain('welfare_unit_suspect');
    const noted = viewer.locator('.source-lines li.cited.noted');
    await expect(noted.count()).resolves.toBe(1);
    await expect(noted.innerText()).resolves.toMatch(/生活保護受給率\s+14\.4\(%\)/);
    await session.tb.screenshot('workbench-08-kyogoku-per-mille');
    await page.keyboard.press('Escape');
  });

  it('says clearly in Japanese when the engine cannot start', async () => {
    const page = await session.tb.context.newPage();
    try {
      // The engine's wasm cannot be fetched; duckdb-wasm then waits forever, so the start timeout must end it with a message.
      await page.route('**/*.wasm', (route) => route.abort('failed'));
      await page.goto(session.server.url);
      const alert = page.locator('.startup-error[role="alert"]');
      await alert.waitFor({ timeout: 30_000 });
      await expect(alert.innerText()).resolves.toContain('起動に失敗しました');
      await expect(alert.innerText()).resolves.toContain('分析エンジンが 20 秒以内に起動しませんでした。ページを再読み込みしてください。');
      await page.screenshot({ path: `${SCREENSHOT_DIR}/workbench-07-engine-failed.png` });
    } finally {
      await page.close();
    }
  });

  it('logged no console errors', () => {
    expect(session.tb.consoleErrors).toEqual([]);
  });
});
