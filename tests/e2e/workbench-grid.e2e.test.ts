import { describe, expect, it } from 'vitest';
import { cellText } from '../../renderer/grid/cellText';
import { expectedRows } from './support/expected';
import { readGrid, readResultStatus, runSql } from './support/workbench';
import { workbenchSession } from './support/session';

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

  it('counts a 250,000-row result and says the grid shows the first 200,000', async () => {
    const { page } = session.tb;
    expect(await runSql(page, 'SELECT range AS n, range * 2 AS twice FROM range(250000)')).toBe('done');
    expect((await readResultStatus(page)).rows).toBe('250,000 行');
    await expect(page.locator('[data-testid="sql-status"]').innerText()).resolves.toContain('表示は先頭 200,000 行まで');
    expect((await readGrid(page)).rows[0]).toEqual(['0', '0']);
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

  it('renders BIGINT, DECIMAL, NULL and dates readably', async () => {
    const { page } = session.tb;
    const sql = "SELECT sum(population)::BIGINT AS total, 26.7 AS rate, NULL AS nothing, DATE '2019-03-31' AS fiscal_end FROM entities";
    const [expected] = await expectedRows(sql);
    expect(await runSql(page, sql)).toBe('done');
    expect((await readGrid(page)).rows).toEqual([[cellText(expected.total), '26.7', 'NULL', '2019-03-31']]);
    await session.tb.screenshot('workbench-grid-03-types');
  });

  it('marks a value the parser flagged, says why on hover, and opens the row’s report with Enter or a double click', async () => {
    const { page } = session.tb;
    expect(await runSql(page, "SELECT entity_id, welfare_rate, welfare_rate_unit, welfare_rate_flag, line_start, line_end FROM entities WHERE municipality = '京極町'")).toBe('done');
    const rateCell = page.locator('[data-testid="result-grid"] .ag-row[row-index="0"] .ag-cell[col-id="c1"]');
    await expect(rateCell.getAttribute('class')).resolves.toContain('cell-flagged');
    await expect(page.locator('[data-testid="result-grid"] .ag-row[row-index="0"] .ag-cell[col-id="c0"]').getAttribute('class')).resolves.not.toContain('cell-flagged');
    await rateCell.hover();
    await expect.poll(() => page.locator('.ag-tooltip').innerText().catch(() => '')).toContain('「14.4%」は受給率として大きすぎるため‰と解釈');
    await session.tb.screenshot('workbench-grid-05-flagged');
    await page.locator('[data-testid="result-grid"] .ag-row[row-index="0"] .ag-cell[col-id="c0"]').click();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="source-heading"]').innerText().catch(() => '')).toBe('北海道 京極町');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="source-viewer"]').count()).toBe(0);
    await page.locator('[data-testid="result-grid"] .ag-row[row-index="0"] .ag-cell[col-id="c2"]').dblclick();
    await expect.poll(() => page.locator('[data-testid="source-heading"]').innerText().catch(() => '')).toBe('北海道 京極町');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="source-viewer"]').count()).toBe(0);
  });

  it('shows long text whole on hover', async () => {
    const { page } = session.tb;
    const [line] = await expectedRows('SELECT text FROM lines WHERE line_no = 255');
    expect(await runSql(page, 'SELECT line_no, text FROM lines WHERE line_no = 255')).toBe('done');
    await page.locator('[data-testid="result-grid"] .ag-row[row-index="0"] .ag-cell[col-id="c1"]').hover();
    await expect.poll(() => page.locator('.ag-tooltip').innerText().catch(() => '')).toBe(String(line.text));
  });

  it('logged no console errors', () => {
    expect(session.tb.consoleErrors).toEqual([]);
  });
});
