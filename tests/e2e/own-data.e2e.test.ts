import { existsSync, readFileSync, statSync } from 'node:fs';
import { tableFromIPC } from 'apache-arrow';
import { DEFAULT_CORPUS_PATH } from '../../electron/corpus/defaultCorpus';
import { readParquet } from 'parquet-wasm';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRoom, readGrid, runSql } from './support/workbench';
import { workbenchSession } from './support/session';

/** 「団体コード,予算」 and two rows in Shift_JIS, as an old Excel saves a CSV. */
function budgetCsvShiftJis(): Buffer {
  const header = Buffer.from([0x92, 0x63, 0x91, 0xcc, 0x83, 0x52, 0x81, 0x5b, 0x83, 0x68, 0x2c, 0x97, 0x5c, 0x8e, 0x5a]);
  return Buffer.concat([header, Buffer.from('\r\n011002,"1,234"\r\n012068,567\r\n', 'ascii')]);
}

const list = (page: import('playwright-core').Page) => page.locator('[data-testid="import-list"]');

const JOIN = 'SELECT e.municipality, e.population, m."予算" FROM entities e JOIN budget m ON e.lg_code = m."団体コード" ORDER BY m."予算" DESC';

// Journey 1, her own data: the analyst brings her prefecture's spreadsheet and joins it on the municipality code.
describe('政策分析担当: 自分の表を取り込み、団体コードで結合する', () => {
  const session = workbenchSession();

  it('imports a Shift_JIS CSV from the SQL room and says what it read', async () => {
    const { page } = session.tb;
    const box = page.locator('[data-testid="import"]');
    await page.setInputFiles('[data-testid="import-file"]', { name: 'budget.csv', mimeType: 'text/csv', buffer: budgetCsvShiftJis() });
    await expect.poll(() => box.getAttribute('data-imports')).toBe('1');
    await expect(box.locator('[role="status"]').innerText()).resolves.toContain('表 budget として取り込みました (2 行・2 列)');
    await expect(box.locator('[data-testid="import-columns"]').innerText()).resolves.toBe('団体コード (文字)、予算 (数値)');
    const kept = path.join(session.server.dataDir, 'imports', 'budget.csv');
    expect(existsSync(kept)).toBe(true);
    expect(statSync(kept).mode & 0o777).toBe(0o600);
    await expect.poll(() => page.locator('.schema-name', { hasText: /^budget$/ }).count()).toBe(1);
    await session.tb.screenshot('own-data-01-imported');
  });

  it('joins it with the corpus on lg_code: 札幌市 1,234, 釧路市 567', async () => {
    const { page } = session.tb;
    expect(await runSql(page, JOIN)).toBe('done');
    const grid = await readGrid(page);
    const col = (name: string) => grid.headers.indexOf(name);
    expect(grid.rows.map((r) => [r[col('municipality')], r[col('population')], r[col('予算')]])).toEqual([
      ['札幌市', '1,966,735', '1,234'],
      ['釧路市', '170,364', '567'],
    ]);
    await session.tb.screenshot('own-data-02-joined');
  });

  it('pivots and charts the imported table like a corpus table', async () => {
    const { page } = session.tb;
    await page.click('[data-testid="open-in-charts"]');
    await page.waitForSelector('[data-room-panel="charts"]:not([hidden])');
    await expect.poll(() => page.locator('[data-testid="chart-status"]').getAttribute('data-plotted')).toBe('2');
    await openRoom(page, 'pivot');
    await page.selectOption('[data-testid="pivot-source"]', 'table:budget');
    await page.waitForSelector('[data-testid="pivot-field-select"] option[value="予算"]', { state: 'attached' });
    for (const [field, zone] of [['団体コード', 'rows'], ['予算', 'values']] as const) {
      await page.selectOption('[data-testid="pivot-field-select"]', field);
      await page.click(`[data-add-to="${zone}"]`);
    }
    const cells = () => page.locator('[data-testid="pivot-grid"] .ag-cell').allInnerTexts();
    await expect.poll(async () => (await cells()).join('|')).toBe('011002|1,234|012068|567|総計|1,801');
    await session.tb.screenshot('own-data-02b-pivot');
    // The generated SQL's heading stays on one line at 1400 px (it used to wrap one character a line).
    const heading = await page.locator('.pivot-sql-head h3').boundingBox();
    expect(heading!.height).toBeLessThan(24);
    await openRoom(page, 'sql');
    expect(await runSql(page, JOIN)).toBe('done');
  });

  it('exports the joined result as Parquet, Shift_JIS CSV and XLSX that read back identically', async () => {
    const { page } = session.tb;
    const [parquet] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-parquet"]')]);
    const table = tableFromIPC(readParquet(readFileSync((await parquet.path())!)).intoIPCStream());
    expect(table.toArray().map((r) => r.toJSON())).toEqual([
      { municipality: '札幌市', population: 1_966_735, 予算: 1234 },
      { municipality: '釧路市', population: 170_364, 予算: 567 },
    ]);
    // DuckDB reads the same Parquet back: imported into the workbench, it holds exactly the rows of the query.
    const parquetBytes = readFileSync((await parquet.path())!);
    const box = page.locator('[data-testid="import"]');
    const before = Number(await box.getAttribute('data-imports'));
    await page.setInputFiles('[data-testid="import-file"]', { name: 'joined.parquet', mimeType: 'application/octet-stream', buffer: parquetBytes });
    await expect.poll(() => box.getAttribute('data-imports').then(Number)).toBe(before + 1);
    const sameRows = `SELECT (SELECT count(*) FROM joined) AS n, (SELECT count(*) FROM (SELECT * FROM joined EXCEPT (${JOIN.replace(/ ORDER BY.*$/, '')}))) AS differing`;
    expect(await runSql(page, sameRows)).toBe('done');
    expect((await readGrid(page)).rows[0].slice(-2)).toEqual(['2', '0']);
    await list(page).locator('[data-import="joined"] button').click();
    await expect.poll(() => page.locator('.schema-name', { hasText: /^joined$/ }).count()).toBe(0);
    expect(await runSql(page, JOIN)).toBe('done');
    const [sjis] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv-sjis"]')]);
    expect(new TextDecoder('shift_jis').decode(readFileSync((await sjis.path())!))).toBe('municipality,population,予算\r\n札幌市,1966735,1234\r\n釧路市,170364,567\r\n');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-xlsx"]')]);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsx.path())!);
    const rows = book.worksheets[0].getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1));
    expect(rows).toEqual([
      ['municipality', 'population', '予算'],
      ['札幌市', 1_966_735, 1234],
      ['釧路市', 170_364, 567],
    ]);
  });

  it('is still there after a reload, and a file it cannot read is refused with its name', async () => {
    const { page } = session.tb;
    await page.reload();
    await page.waitForSelector('[data-stage="ready"]', { timeout: 60_000 });
    expect(await runSql(page, JOIN)).toBe('done');
    expect((await readGrid(page)).rows).toHaveLength(2);
    await page.setInputFiles('[data-testid="import-file"]', { name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from([0x61, 0x0a, 0xff, 0xfe, 0xfd]) });
    await expect.poll(() => page.locator('[data-testid="import"]').getAttribute('data-state')).toBe('failed');
    await expect(page.locator('.import-error').innerText()).resolves.toMatch(/broken\.csv: UTF-8 でも Shift_JIS でも読めません/);
    expect(existsSync(path.join(session.server.dataDir, 'imports', 'broken.csv'))).toBe(false);
  });

  it('brings next year’s reports in beside this year’s, told apart by corpus', async () => {
    const { page } = session.tb;
    const nextYear = Buffer.from(readFileSync(DEFAULT_CORPUS_PATH, 'utf8').replace('1,966,735(人)', '1,970,000(人)'));
    const box = page.locator('[data-testid="import"]');
    const before = Number(await box.getAttribute('data-imports'));
    await page.setInputFiles('[data-testid="import-file"]', { name: 'fy2019.txt', mimeType: 'text/plain', buffer: nextYear });
    await expect.poll(() => box.getAttribute('data-imports').then(Number)).toBe(before + 1);
    await expect(box.locator('[role="status"]').innerText()).resolves.toContain('コーパス fy2019.txt を取り込みました (報告 50 件');
    const bothYears = "SELECT corpus, population FROM entities WHERE municipality = '札幌市' ORDER BY corpus";
    expect(await runSql(page, bothYears)).toBe('done');
    expect((await readGrid(page)).rows.map((r) => r.slice(-2))).toEqual([
      ['000_28d5abefee45edbb.txt', '1,966,735'],
      ['fy2019.txt', '1,970,000'],
    ]);
    await page.reload();
    await page.waitForSelector('[data-stage="ready"]', { timeout: 60_000 });
    await expect(page.locator('[data-testid="other-corpora"]').innerText()).resolves.toContain('fy2019.txt');
    expect(await runSql(page, 'SELECT count(*) AS n FROM entities')).toBe('done');
    expect((await readGrid(page)).rows[0].at(-1)).toBe('100');
    await expect.poll(() => page.locator('.schema-table', { hasText: 'entities' }).locator('.schema-rows').first().innerText()).toBe('100 行');
    await session.tb.screenshot('own-data-03-two-years');
  });

  it('removes what she imported: the table goes, next year’s rows go, and so do the kept files', async () => {
    const { page } = session.tb;
    const list = page.locator('[data-testid="import-list"]');
    await expect.poll(() => list.locator('li').count()).toBe(2);
    await list.locator('[data-import="budget"] button').click();
    await expect.poll(() => page.locator('.schema-name', { hasText: /^budget$/ }).count()).toBe(0);
    await list.locator('[data-import="fy2019"] button').click();
    await expect.poll(() => list.count()).toBe(0);
    expect(await runSql(page, 'SELECT count(*) AS n FROM entities')).toBe('done');
    expect((await readGrid(page)).rows[0].at(-1)).toBe('50');
    await expect(page.locator('.schema-table', { hasText: 'entities' }).locator('.schema-rows').first().innerText()).resolves.toBe('50 行');
    expect(existsSync(path.join(session.server.dataDir, 'imports', 'budget.csv'))).toBe(false);
    expect(existsSync(path.join(session.server.dataDir, 'imports', 'fy2019.txt'))).toBe(false);
  });
});
