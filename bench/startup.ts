// Startup benchmark, in one run: the workbench's cold query-ready time in Chromium (browser mode) beside the floor, a
// blank page on the same kind of server that starts the same duckdb-wasm engine alone and runs SELECT 1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/support/headless';
import { beside, median, round, type Beside } from './stats';
import { benchFloorBuild, benchRendererBuild } from './builds';
import { startBrowserMode } from '../electron/server/main';
import { startWorkbenchServer, type WorkbenchServer } from '../electron/server/server';

/** Pairs of (floor, workbench), each in a fresh browser: an empty HTTP cache and no compiled wasm, as on a first start. */
const RUNS = 3;
const FLOOR = 'floor: blank page, the same duckdb-wasm engine alone to SELECT 1, same server, same run';
/** The goal of issue 14: cold query-ready within this many ms of the floor. */
const GOAL_OVER_FLOOR_MS = 300;

interface PageSample {
  readyMs: number;
  /** When the page asked for the engine's worker script (ms from navigation). */
  workerRequestedMs: number;
  engineMs: number;
  warmReadyMs: number;
}

interface WorkbenchSample extends PageSample {
  corpusMs: number;
  loadMs: number;
  firstResultMs: number;
}

const workerRequested = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').find((e) => /duckdb-browser-(eh|mvp)\.worker/.test(e.name))?.startTime ?? Number.NaN);

async function floorSample(browser: Browser, server: WorkbenchServer): Promise<PageSample> {
  const page = await browser.newPage();
  const ready = async () => {
    await page.waitForFunction(() => window.__kyoseiFloor?.readyAtMs !== undefined || window.__kyoseiFloor?.error, undefined, { timeout: 60_000, polling: 10 });
    const floor = await page.evaluate(() => window.__kyoseiFloor!);
    if (floor.readyAtMs === undefined) throw new Error(`floor page failed: ${floor.error}`);
    return floor.readyAtMs;
  };
  await page.goto(server.url);
  const readyMs = await ready();
  const workerRequestedMs = await workerRequested(page);
  await page.reload();
  return { readyMs, workerRequestedMs, engineMs: readyMs, warmReadyMs: await ready() };
}

async function workbenchSample(browser: Browser, server: WorkbenchServer): Promise<WorkbenchSample> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(server.url);
  await page.waitForFunction(() => window.__kyoseiStartup?.stage === 'ready' || window.__kyoseiStartup?.stage === 'failed', undefined, { timeout: 60_000, polling: 10 });
  const startup = await page.evaluate(() => window.__kyoseiStartup!);
  if (startup.stage !== 'ready' || !startup.timings || startup.readyAtMs === undefined) throw new Error(`startup failed: ${startup.error}`);
  const workerRequestedMs = await workerRequested(page);
  await page.locator('.sql-editor .cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText('SELECT entity_id, aging_rate FROM entities ORDER BY aging_rate DESC LIMIT 10');
  const typedAt = await page.evaluate(() => performance.now());
  await page.keyboard.press('Control+Enter');
  await page.waitForSelector('[data-testid="result-grid"] .ag-row', { timeout: 30_000 });
  const firstResultMs = (await page.evaluate(() => performance.now())) - typedAt;
  await page.reload();
  await page.waitForFunction(() => window.__kyoseiStartup?.readyAtMs !== undefined, undefined, { timeout: 60_000, polling: 10 });
  const warmReadyMs = await page.evaluate(() => window.__kyoseiStartup!.readyAtMs!);
  const { corpusMs, engineMs, loadMs } = startup.timings;
  return { readyMs: startup.readyAtMs, workerRequestedMs, corpusMs, engineMs, loadMs, firstResultMs, warmReadyMs };
}

async function inFreshBrowser<T>(run: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchChromium();
  try {
    return await run(browser);
  } finally {
    await browser.close();
  }
}

export interface StartupBench {
  runs: number;
  goal_over_floor_ms: number;
  /** over_floor_ms: median minus median; paired_over_floor_ms: the median of each pair's difference (less noisy). */
  cold_query_ready: Beside & { over_floor_ms: number; paired_over_floor_ms: number; meets_goal: boolean };
  warm_query_ready: Beside;
  engine_requested: Beside;
  engine_started: Beside;
  corpus_received: Beside;
  tables_loaded: Beside;
  first_typed_result: Beside;
}

/** Medians over RUNS alternating pairs of fresh browsers, after one unmeasured pair warms the servers and the disk cache. */
export async function benchStartup(): Promise<StartupBench> {
  const distDir = benchRendererBuild();
  const floorDir = await benchFloorBuild();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kyosei-bench-'));
  const workbench = await startBrowserMode({ port: 0, dataDir, distDir });
  const floorServer = await startWorkbenchServer({ port: 0, distDir: floorDir, channels: {} });
  const floors: PageSample[] = [];
  const samples: WorkbenchSample[] = [];
  try {
    await inFreshBrowser((b) => floorSample(b, floorServer));
    await inFreshBrowser((b) => workbenchSample(b, workbench));
    for (let i = 0; i < RUNS; i++) {
      // Alternating which goes first cancels a drift of the shared machine's load across the run.
      const floorFirst = i % 2 === 0;
      if (floorFirst) floors.push(await inFreshBrowser((b) => floorSample(b, floorServer)));
      samples.push(await inFreshBrowser((b) => workbenchSample(b, workbench)));
      if (!floorFirst) floors.push(await inFreshBrowser((b) => floorSample(b, floorServer)));
    }
  } finally {
    await workbench.close();
    await floorServer.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const m = <T>(xs: T[], key: (x: T) => number) => median(xs.map(key));
  const ready = m(samples, (s) => s.readyMs);
  const floor = m(floors, (s) => s.readyMs);
  const overFloor = ready - floor;
  const paired = median(samples.map((s, i) => s.readyMs - floors[i].readyMs));
  return {
    runs: samples.length,
    goal_over_floor_ms: GOAL_OVER_FLOOR_MS,
    cold_query_ready: { ...beside(ready, FLOOR, floor), over_floor_ms: round(overFloor), paired_over_floor_ms: round(paired), meets_goal: overFloor <= GOAL_OVER_FLOOR_MS },
    warm_query_ready: beside(m(samples, (s) => s.warmReadyMs), `${FLOOR}, page reloaded in the same browser`, m(floors, (s) => s.warmReadyMs)),
    engine_requested: beside(m(samples, (s) => s.workerRequestedMs), 'the floor page asking for the same worker script', m(floors, (s) => s.workerRequestedMs)),
    engine_started: beside(m(samples, (s) => s.engineMs), 'the floor page to SELECT 1 (its engine start and one query)', floor),
    corpus_received: beside(m(samples, (s) => s.corpusMs), 'the engine start beside it, in the same page', m(samples, (s) => s.engineMs)),
    tables_loaded: beside(m(samples, (s) => s.loadMs), 'cold query-ready of the same page', ready),
    first_typed_result: beside(m(samples, (s) => s.firstResultMs), 'cold query-ready of the same page', ready),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  console.log(JSON.stringify(await benchStartup(), null, 2));
  process.exit(0);
}
