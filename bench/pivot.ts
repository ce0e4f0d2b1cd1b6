// Pivot benchmark: a 1,002,816-row synthetic table (1,741 municipalities × 24 indicators × 24 years) pivoted by
// the same generator, runner and shaping the room uses — in Node DuckDB, and in Chromium from request to drawn grid.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { buildRendererPrivately, launchChromium } from '../tests/e2e/support/headless';
import { median, round } from './stats';
import { openNodeDuckDb } from '../electron/engine/nodeDuckdb';
import { startBrowserMode } from '../electron/server/main';
import { KNOWN_ORDERS } from '../renderer/pivot/generateSql';
import { runPivot } from '../renderer/pivot/runPivot';
import { shapePivot } from '../renderer/pivot/shape';
import { emptySpec, type PivotSchema, type PivotSpec } from '../renderer/pivot/spec';
import { quoteText } from '../renderer/pivot/sqlText';

const RUNS = 3;
export const SYNTHETIC_TABLE = 'synthetic_indicators';
export const SYNTHETIC_ROWS = 1741 * 24 * 24;

/** One statement that builds the table inside DuckDB from range(): no data crosses into JS. */
export function syntheticTableSql(): string {
  const prefectures = `[${KNOWN_ORDERS.prefecture.map(quoteText).join(', ')}]`;
  return [
    `CREATE OR REPLACE TABLE ${SYNTHETIC_TABLE} AS`,
    'SELECT',
    `  ${prefectures}[(m.range % 47) + 1] AS prefecture,`,
    `  '自治体' || lpad(CAST(m.range AS VARCHAR), 4, '0') AS municipality,`,
    `  '指標' || lpad(CAST(i.range + 1 AS VARCHAR), 2, '0') AS indicator,`,
    '  CAST(1997 + y.range AS INTEGER) AS year,',
    '  (hash(m.range, i.range, y.range) % 100000) / 100.0 AS value',
    'FROM range(1741) m, range(24) i, range(24) y',
  ].join('\n');
}

/** Rows prefecture → year (with subtotals), columns indicator, average value: 1,176 rows × 25 columns. */
export function benchSpec(): PivotSpec {
  return {
    ...emptySpec({ kind: 'table', table: SYNTHETIC_TABLE }),
    rows: ['prefecture', 'year'],
    columns: ['indicator'],
    values: [{ field: 'value', agg: 'avg', format: { style: 'number', decimals: 1, thousands: true, fromFraction: false } }],
  };
}

const SCHEMA: PivotSchema = { prefecture: 'text', municipality: 'text', indicator: 'text', year: 'number', value: 'number' };

async function benchNode(): Promise<Record<string, number>> {
  const db = await openNodeDuckDb();
  try {
    const t0 = performance.now();
    db.query(syntheticTableSql());
    const generateMs = performance.now() - t0;
    const rows = Number(db.query(`SELECT count(*) AS n FROM ${SYNTHETIC_TABLE}`).getChild('n')?.get(0));
    if (rows !== SYNTHETIC_ROWS) throw new Error(`synthetic table has ${rows} rows, expected ${SYNTHETIC_ROWS}`);
    const engine = { query: async (sql: string) => db.query(sql) };
    const samples: { keys: number; pivot: number; shape: number; total: number; rows: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const run = await runPivot(engine, benchSpec(), SCHEMA);
      const s0 = performance.now();
      const grid = shapePivot(run.table, run.plan, 'v', 'ja');
      const end = performance.now();
      samples.push({ keys: run.millis.keys, pivot: run.millis.pivot, shape: end - s0, total: end - start, rows: grid.rows.length });
    }
    return {
      pivot_rows_in: rows,
      pivot_rows_out: samples[0].rows,
      pivot_node_generate_ms: round(generateMs),
      pivot_node_column_keys_ms: round(median(samples.map((s) => s.keys))),
      pivot_node_query_ms: round(median(samples.map((s) => s.pivot))),
      pivot_node_shape_ms: round(median(samples.map((s) => s.shape))),
      pivot_node_total_ms: round(median(samples.map((s) => s.total))),
    };
  } finally {
    db.close();
  }
}

async function runSqlInRoom(page: Page, sql: string): Promise<void> {
  await page.locator('.sql-editor .cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(sql);
  await page.keyboard.press('Control+Enter');
  const status = page.locator('[data-testid="sql-status"]:not([data-state="running"]):not([data-state="idle"])');
  await status.waitFor({ timeout: 120_000 });
  const state = await status.getAttribute('data-state');
  if (state !== 'done') throw new Error(`SQL room: ${state}`);
}

const pivotRuns = (page: Page) => page.evaluate(() => window.__kyoseiPivot?.runs ?? 0);

async function waitForRun(page: Page, before: number): Promise<void> {
  await page.waitForFunction((n) => (window.__kyoseiPivot?.runs ?? 0) > n, before, { timeout: 120_000, polling: 5 });
}

async function addField(page: Page, field: string, zone: string): Promise<void> {
  const before = await pivotRuns(page);
  await page.selectOption('[data-testid="pivot-field-select"]', field);
  await page.click(`[data-add-to="${zone}"]`);
  await waitForRun(page, before);
}

/** In the browser: build the table in the app's own engine, build the pivot through the UI, time re-runs. */
async function benchChromium(): Promise<Record<string, number>> {
  // A fresh private build: a stale or shared dist/ would time someone else's (or yesterday's) code.
  const distDir = buildRendererPrivately('kyosei-bench-pivot-dist-');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kyosei-bench-pivot-'));
  const server = await startBrowserMode({ port: 0, dataDir, distDir });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(server.url);
    await page.waitForSelector('[data-stage="ready"]', { timeout: 60_000 });
    await page.waitForSelector('.sql-editor .cm-content');
    const g0 = Date.now();
    await runSqlInRoom(page, syntheticTableSql());
    const generateMs = Date.now() - g0;
    await page.click('[data-room="pivot"]');
    await page.waitForSelector('[data-testid="pivot-room"][data-pivot-state="ready"]', { timeout: 60_000 });
    await page.waitForSelector(`[data-testid="pivot-source"] option[value="table:${SYNTHETIC_TABLE}"]`, { state: 'attached', timeout: 30_000 });
    const before = await pivotRuns(page);
    await page.selectOption('[data-testid="pivot-source"]', `table:${SYNTHETIC_TABLE}`);
    await waitForRun(page, before);
    await addField(page, 'prefecture', 'rows');
    await addField(page, 'year', 'rows');
    // Replace the default count by avg(value); removing the only measure leaves nothing to run.
    await page.locator('[data-zone="values"] .pivot-chip').first().locator('button[aria-label$="外す"]').click();
    await addField(page, 'value', 'values');
    const beforeAvg = await pivotRuns(page);
    await page.selectOption('[data-testid="pivot-agg-0"]', 'avg');
    await waitForRun(page, beforeAvg);
    await addField(page, 'indicator', 'columns');
    const samples: { click: number; query: number; drawn: number; rows: number }[] = [];
    // Each toggle of the column grand total is a full re-run of the 1M-row pivot: time click → grid drawn.
    for (let i = 0; i < RUNS * 2; i++) {
      const runsBefore = await pivotRuns(page);
      const clickedAt = await page.evaluate(() => performance.now());
      await page.click('[data-testid="pivot-columnGrand"]');
      await waitForRun(page, runsBefore);
      const r = await page.evaluate(() => ({ ...window.__kyoseiPivot!, now: performance.now() }));
      samples.push({ click: r.now - clickedAt, query: r.queryMs, drawn: r.drawnMs, rows: r.rows });
    }
    return {
      pivot_chromium_generate_ms: generateMs,
      pivot_chromium_rows_out: samples[0].rows,
      pivot_chromium_query_ms: round(median(samples.map((s) => s.query))),
      pivot_chromium_request_to_drawn_ms: round(median(samples.map((s) => s.drawn))),
      pivot_chromium_click_to_drawn_ms: round(median(samples.map((s) => s.click))),
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(distDir, { recursive: true, force: true });
  }
}

/** Node figures always; Chromium figures when the browser and the built renderer are available. */
export async function benchPivot(): Promise<Record<string, number>> {
  const node = await benchNode();
  let browserFigures: Record<string, number> = {};
  try {
    browserFigures = await benchChromium();
  } catch (e) {
    console.warn('pivot bench (Chromium) failed:', e instanceof Error ? e.message : e);
    browserFigures = { pivot_chromium_failed: 1 };
  }
  return { ...node, ...browserFigures };
}
