import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentRun, readGrid, runSql, typeSql, waitForSqlOutcome } from './support/workbench';
import { workbenchSession } from './support/session';

// Rough edges new users hit in the SQL room (issue 15): each test failed before its fix.
describe('SQL room: rough edges', () => {
  const session = workbenchSession({ removeData: true });

  it('shows a parser error as DuckDB’s sentence with its position, not raw JSON', async () => {
    const { page } = session.tb;
    expect(await runSql(page, 'SELECT entity_id\nFROM entities WHERE')).toBe('error');
    const error = await page.locator('[data-testid="sql-error"]').innerText();
    expect(error).not.toContain('exception_type');
    expect(error).toContain('Parser Error: syntax error at end of input');
    expect(error).toContain('2 行 20 列');
    // The error is past the last character: the last word is underlined.
    await expect(page.locator('.cm-lintRange-error').innerText()).resolves.toBe('WHERE');
    await session.tb.screenshot('rough-edges-01-parser-error');
  });

  it('shows an INTERVAL as DuckDB prints it and exports a DATE as the grid shows it', async () => {
    const { page } = session.tb;
    expect(await runSql(page, "SELECT INTERVAL 3 DAY AS i, DATE '2019-03-31' AS d, TIMESTAMP '2019-03-31 12:34:56' AS ts")).toBe('done');
    expect(await readGrid(page)).toEqual({ headers: ['i', 'd', 'ts'], rows: [['3 days', '2019-03-31', '2019-03-31 12:34:56']] });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe('\uFEFFi,d,ts\r\n3 days,2019-03-31,2019-03-31 12:34:56\r\n');
    await session.tb.screenshot('rough-edges-02-interval-date');
  });

  it('prints line numbers as identifiers, without thousands separators', async () => {
    const { page } = session.tb;
    expect(await runSql(page, 'SELECT line_no, length(text) AS chars FROM lines WHERE line_no IN (1707, 5188) ORDER BY line_no')).toBe('done');
    const grid = await readGrid(page);
    expect(grid.headers.slice(-2)).toEqual(['line_no', 'chars']);
    expect(grid.rows.map((r) => r.at(-2))).toEqual(['1707', '5188']);
  });

  it('lists every shortcut in the help, Ctrl+S and F1 among them', async () => {
    const { page } = session.tb;
    await page.keyboard.press('F1');
    const keys = await page.locator('.help-panel dt').allInnerTexts();
    expect(keys.map((k) => k.trim())).toEqual(['Ctrl+Enter', 'Esc', 'Ctrl+Space', 'Ctrl+1…4', 'Ctrl+C', 'Ctrl+Shift+C', 'Ctrl+S', 'F1']);
    await expect(page.locator('.help-panel').innerText()).resolves.toContain('ノートブックを保存');
    await session.tb.screenshot('rough-edges-04-help');
    await page.keyboard.press('F1');
    await expect(page.locator('.help-panel').count()).resolves.toBe(0);
  });

  it('shows the seconds of a running query and 実行中 in the header until it ends', async () => {
    const { page } = session.tb;
    const header = page.locator('.startup-status');
    await expect(header.innerText()).resolves.toContain('準備完了');
    await typeSql(page, 'SELECT sum(hash(a.range * b.range)) FROM range(1000000) a, range(1000000) b');
    const before = await currentRun(page);
    await page.keyboard.press('Control+Enter');
    await page.locator(`[data-testid="sql-status"][data-state="running"][data-run="${before + 1}"]`).waitFor();
    await page.locator('.startup-status[data-busy="true"]').waitFor();
    await expect(header.innerText()).resolves.toContain('実行中');
    // The timer moves: wait for it to pass 0.2 s (a state of the page, not a sleep).
    await page.waitForFunction(() => {
      const text = document.querySelector('[data-testid="running-elapsed"]')?.textContent ?? '';
      return /^実行中… \d+\.\d 秒$/.test(text) && Number(/([\d.]+) 秒/.exec(text)![1]) >= 0.2;
    });
    await session.tb.screenshot('rough-edges-05-running');
    await page.click('[data-testid="cancel"]');
    expect(await waitForSqlOutcome(page)).toBe('cancelled');
    await page.locator('.startup-status:not([data-busy])').waitFor();
    await expect(header.innerText()).resolves.toContain('準備完了');
  });
});
