// Pivot benchmark: a 1,002,816-row synthetic table (1,741 municipalities × 24 indicators × 24 years) pivoted by the
// room's own generator in both shapes — cells from the grouped pre-aggregate (what the room runs) and the direct shape
// (one FILTER aggregate per cell over every row, what it ran before) — in duckdb-wasm (Chromium, through the app, and
// Node) with native DuckDB running the same SQL in the same run as the peer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/support/headless';
import { beside, median, type Beside } from './stats';
import { benchRendererBuild } from './builds';
import { openNativeDuckDb } from './nativeDuckdb';
import { openNodeDuckDb } from '../electron/engine/nodeDuckdb';
import { startBrowserMode } from '../electron/server/main';
import { tableToRows } from '../common/arrowAdapters';
import { columnKeysSql, KNOWN_ORDERS, pivotSql, type PivotShape } from '../renderer/pivot/generateSql';
import { emptySpec, type FilterValue, type PivotSchema, type PivotSpec } from '../renderer/pivot/spec';
import { quoteText } from '../renderer/pivot/sqlText';

const RUNS = 3;
const SHAPES: readonly PivotShape[] = ['grouped', 'direct'];
/** The goal of issue 14 for the pivot's queries (column keys + pivot) over 1M rows in duckdb-wasm. */
const GOAL_MS = 300;
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


/** Median ms of RUNS runs of one statement. */
async function timeRuns(run: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Median ms of each shape, their runs taking turns so a change of the shared machine's load touches both alike. */
async function timeShapes(time: (shape: PivotShape) => Promise<number>): Promise<Record<PivotShape, number>> {
  const times: Record<PivotShape, number[]> = { grouped: [], direct: [] };
  for (let i = 0; i < RUNS; i++) for (const shape of SHAPES) times[shape].push(await time(shape));
  return { grouped: median(times.grouped), direct: median(times.direct) };
}

interface EngineTimes {
  description: string;
  generateMs: number;
  keysMs: number;
  shapeMs: Record<PivotShape, number>;
}

/** The same statements in one engine: build the table, read the column keys, run each shape's pivot SQL. */
async function timeEngine(description: string, run: (sql: string) => Promise<unknown> | unknown, sqlFor: (shape: PivotShape) => string): Promise<EngineTimes> {
  const t0 = performance.now();
  await run(syntheticTableSql());
  const generateMs = performance.now() - t0;
  const keysMs = await timeRuns(() => run(columnKeysSql(benchSpec())!));
  const shapeMs = await timeShapes(async (shape) => {
    const t1 = performance.now();
    await run(sqlFor(shape));
    return performance.now() - t1;
  });
  return { description, generateMs, keysMs, shapeMs };
}

/** The column keys and each shape's SQL, from the Node duckdb-wasm that also checks the table's size. */
async function benchEngines(): Promise<{ wasm: EngineTimes; native: EngineTimes; sql: Record<PivotShape, string>; rowsOut: number }> {
  const db = await openNodeDuckDb();
  const native = await openNativeDuckDb();
  try {
    db.query(syntheticTableSql());
    const rows = Number(db.query(`SELECT count(*) AS n FROM ${SYNTHETIC_TABLE}`).getChild('n')?.get(0));
    if (rows !== SYNTHETIC_ROWS) throw new Error(`synthetic table has ${rows} rows, expected ${SYNTHETIC_ROWS}`);
    const keys = tableToRows(db.query(columnKeysSql(benchSpec())!)).map((r) => [r.indicator as FilterValue]);
    const sql = { grouped: pivotSql(benchSpec(), SCHEMA, keys, 'grouped').sql, direct: pivotSql(benchSpec(), SCHEMA, keys, 'direct').sql };
    const rowsOut = db.query(sql.grouped).numRows;
    const wasm = await timeEngine('duckdb-wasm 1.32.0 in Node (one thread)', (s) => db.query(s), (shape) => sql[shape]);
    const nativeTimes = await timeEngine(native.description, (s) => native.run(s), (shape) => sql[shape]);
    return { wasm, native: nativeTimes, sql, rowsOut };
  } finally {
    native.close();
    db.close();
  }
}

/** Runs SQL in the SQL room; returns the room's own query time (engine to Arrow in JS, before the grid draws). */
async function runSqlInRoom(page: Page, sql: string): Promise<number> {
  await page.locator('.sql-editor .cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(sql);
  await page.keyboard.press('Control+Enter');
  const status = page.locator('[data-testid="sql-status"]:not([data-state="running"]):not([data-state="idle"])');
  await status.waitFor({ timeout: 120_000 });
  const state = await status.getAttribute('data-state');
  if (state !== 'done') throw new Error(`SQL room: ${state}`);
  const elapsed = await page.locator('[data-testid="elapsed"]').textContent();
  return Number(/[\d.]+/.exec(elapsed ?? '')?.[0]) * 1000;
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

interface ChromiumTimes {
  generateMs: number;
  rowsOut: number;
  /** The pivot room's own queries (column keys + pivot) per click. */
  queryMs: number;
  clickToDrawnMs: number;
  /** Each shape's SQL run in the SQL room of the same page. */
  shapeMs: Record<PivotShape, number>;
}

/** In the browser: build the table in the app's own engine, build the pivot through the UI, time re-runs. */
async function benchChromium(sql: Record<PivotShape, string>): Promise<ChromiumTimes> {
  const distDir = benchRendererBuild();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kyosei-bench-pivot-'));
  const server = await startBrowserMode({ port: 0, dataDir, distDir });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(server.url);
    await page.waitForSelector('[data-stage="ready"]', { timeout: 60_000 });
    await page.waitForSelector('.sql-editor .cm-content');
    const generateMs = await runSqlInRoom(page, syntheticTableSql());
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
    for (let i = 0; i < RUNS; i++) {
      const runsBefore = await pivotRuns(page);
      const clickedAt = await page.evaluate(() => performance.now());
      await page.click('[data-testid="pivot-columnGrand"]');
      await waitForRun(page, runsBefore);
      const r = await page.evaluate(() => ({ ...window.__kyoseiPivot!, now: performance.now() }));
      samples.push({ click: r.now - clickedAt, query: r.queryMs, drawn: r.drawnMs, rows: r.rows });
    }
    await page.click('[data-room="sql"]');
    const shapeMs = await timeShapes((shape) => runSqlInRoom(page, sql[shape]));
    return {
      generateMs,
      rowsOut: samples[0].rows,
      queryMs: median(samples.map((s) => s.query)),
      clickToDrawnMs: median(samples.map((s) => s.click)),
      shapeMs,
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export interface PivotBench {
  rows_in: number;
  rows_out: number;
  goal_ms: number;
  wasm_in_node: string;
  native: string;
  /** The room's own queries per click in Chromium (column keys + pivot), beside native DuckDB running the same two. */
  chromium_room_query?: Beside & { meets_goal: boolean };
  chromium_room_click_to_drawn?: Beside;
  chromium_grouped_vs_direct?: Beside;
  chromium_grouped?: Beside;
  chromium_direct?: Beside;
  chromium_generate_table?: Beside;
  node_wasm_grouped_vs_direct: Beside;
  node_wasm_grouped: Beside;
  node_wasm_direct: Beside;
  node_wasm_column_keys: Beside;
  node_wasm_generate_table: Beside;
  chromium_failed?: string;
}

/** Engine figures always; Chromium figures when the browser and the built renderer are available. */
export async function benchPivot(): Promise<PivotBench> {
  const { wasm, native, sql, rowsOut } = await benchEngines();
  const NATIVE = `${native.description}, same SQL, same run`;
  const DIRECT = 'the direct shape (one FILTER aggregate per cell over every row), same engine, same run';
  const nativeRoom = native.keysMs + native.shapeMs.grouped;
  const report: Partial<PivotBench> = {
    rows_in: SYNTHETIC_ROWS,
    rows_out: rowsOut,
    goal_ms: GOAL_MS,
    wasm_in_node: wasm.description,
    native: native.description,
  };
  try {
    const c = await benchChromium(sql);
    Object.assign(report, {
      chromium_room_query: { ...beside(c.queryMs, `${NATIVE} (column keys + grouped pivot)`, nativeRoom), meets_goal: c.queryMs <= GOAL_MS },
      chromium_room_click_to_drawn: beside(c.clickToDrawnMs, 'the room’s own queries in the same clicks', c.queryMs),
      chromium_grouped_vs_direct: beside(c.shapeMs.grouped, DIRECT, c.shapeMs.direct),
      chromium_grouped: beside(c.shapeMs.grouped, NATIVE, native.shapeMs.grouped),
      chromium_direct: beside(c.shapeMs.direct, NATIVE, native.shapeMs.direct),
      chromium_generate_table: beside(c.generateMs, NATIVE, native.generateMs),
    });
    if (c.rowsOut !== rowsOut) throw new Error(`the room drew ${c.rowsOut} rows, the engines returned ${rowsOut}`);
  } catch (e) {
    report.chromium_failed = e instanceof Error ? e.message : String(e);
  }
  return {
    ...report,
    node_wasm_grouped_vs_direct: beside(wasm.shapeMs.grouped, DIRECT, wasm.shapeMs.direct),
    node_wasm_grouped: beside(wasm.shapeMs.grouped, NATIVE, native.shapeMs.grouped),
    node_wasm_direct: beside(wasm.shapeMs.direct, NATIVE, native.shapeMs.direct),
    node_wasm_column_keys: beside(wasm.keysMs, NATIVE, native.keysMs),
    node_wasm_generate_table: beside(wasm.generateMs, NATIVE, native.generateMs),
  } as PivotBench;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  console.log(JSON.stringify(await benchPivot(), null, 2));
  process.exit(0);
}
