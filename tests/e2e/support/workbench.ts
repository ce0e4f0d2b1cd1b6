import type { Page } from 'playwright-core';

/** Opens the app and waits until the engine has every table (the status reads 準備完了). */
export async function openWorkbench(page: Page, url: string, timeoutMs = 60_000): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('[data-stage="ready"]', { timeout: timeoutMs });
  await page.waitForSelector('.sql-editor .cm-content', { timeout: timeoutMs });
}

/** Switches to a room by its registry id. */
export async function openRoom(page: Page, roomId: string): Promise<void> {
  await page.click(`[data-room="${roomId}"]`);
  await page.waitForSelector(`[data-room-panel="${roomId}"]:not([hidden])`);
}

/** Replaces the editor's text by typing, as a user would. */
export async function typeSql(page: Page, sql: string): Promise<void> {
  const editor = page.locator('[data-room-panel="sql"] .sql-editor .cm-content');
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  // insertText avoids the completion popup and auto-closed brackets changing what was typed.
  await page.keyboard.insertText(sql);
}

export type SqlOutcome = 'done' | 'error' | 'cancelled';

/** Types SQL, presses Ctrl+Enter and waits for the result, the error or the cancellation. */
export async function runSql(page: Page, sql: string, timeoutMs = 30_000): Promise<SqlOutcome> {
  await typeSql(page, sql);
  return pressRunAndWait(page, timeoutMs);
}

/** The number of the SQL room's last run (0 before the first). */
export async function currentRun(page: Page): Promise<number> {
  return Number(await page.locator('[data-testid="sql-status"]').getAttribute('data-run'));
}

/** Presses Ctrl+Enter in the editor and waits for the outcome of that run (never the previous one's). */
export async function pressRunAndWait(page: Page, timeoutMs = 30_000): Promise<SqlOutcome> {
  const before = await currentRun(page);
  await page.keyboard.press('Control+Enter');
  return waitForSqlOutcome(page, timeoutMs, before);
}

/** Waits for the first outcome after run number `after` (default: the run in progress or the last one). */
export async function waitForSqlOutcome(page: Page, timeoutMs = 30_000, after?: number): Promise<SqlOutcome> {
  if (after !== undefined) {
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="sql-status"]')?.getAttribute('data-run')) > n, after, { timeout: timeoutMs });
  }
  const status = page.locator('[data-testid="sql-status"]:not([data-state="running"]):not([data-state="idle"])');
  await status.waitFor({ timeout: timeoutMs });
  const state = (await status.getAttribute('data-state')) as SqlOutcome;
  if (state === 'done') await waitForGridDrawn(page, timeoutMs);
  return state;
}

/** Waits until the grid shows the current result: its headers are the result's columns and its first row is drawn. */
export async function waitForGridDrawn(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const grid = document.querySelector('[data-testid="result-grid"]');
      if (!grid) return false;
      const columns = JSON.parse(grid.getAttribute('data-columns') ?? '[]') as string[];
      // Wide results draw only the visible headers: the first must be the first column, and none may be stale.
      const headers = ([...grid.querySelectorAll('.ag-header-row-column .ag-header-cell')] as HTMLElement[])
        .filter((h) => h.getAttribute('col-id') !== 'source')
        .sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left)
        .map((h) => h.innerText.trim());
      if (headers[0] !== columns[0] || !headers.every((h) => columns.includes(h))) return false;
      // The grid reads rows in blocks a task after it draws their places: a row still loading has no values yet.
      return grid.getAttribute('data-rows') === '0' || grid.querySelector('.ag-row[row-index="0"]:not(.ag-row-loading) .ag-cell[col-id="c0"]') !== null;
    },
    undefined,
    { timeout: timeoutMs },
  );
}

/** The grid as the user sees it: header names and the displayed text of every rendered row, in row order. */
export async function readGrid(page: Page): Promise<{ headers: string[]; rows: string[][] }> {
  return page.evaluate(() => {
    const grid = document.querySelector('[data-testid="result-grid"]')!;
    const headerCells = [...grid.querySelectorAll('.ag-header-row-column .ag-header-cell')] as HTMLElement[];
    const headerOrder = headerCells
      .map((h) => ({ id: h.getAttribute('col-id') ?? '', text: h.innerText.trim(), left: h.getBoundingClientRect().left }))
      .sort((a, b) => a.left - b.left);
    const rowsByIndex = new Map<number, Map<string, string>>();
    for (const row of grid.querySelectorAll('.ag-row') as NodeListOf<HTMLElement>) {
      const index = Number(row.getAttribute('row-index'));
      const cells = rowsByIndex.get(index) ?? new Map<string, string>();
      for (const cell of row.querySelectorAll('.ag-cell') as NodeListOf<HTMLElement>) cells.set(cell.getAttribute('col-id') ?? '', cell.innerText.trim());
      rowsByIndex.set(index, cells);
    }
    const rows = [...rowsByIndex]
      .sort(([a], [b]) => a - b)
      .map(([, cells]) => headerOrder.map((h) => cells.get(h.id) ?? ''));
    return { headers: headerOrder.map((h) => h.text), rows };
  });
}

/** The status line after a run: "10 行" and "0.012 秒". */
export async function readResultStatus(page: Page): Promise<{ rows: string; elapsed: string }> {
  return {
    rows: (await page.locator('[data-testid="row-count"]').innerText()).trim(),
    elapsed: (await page.locator('[data-testid="elapsed"]').innerText()).trim(),
  };
}
