// Startup benchmark: time from navigation to a query-ready workbench in Debian's Chromium (browser mode).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildRendererPrivately, launchChromium } from '../tests/e2e/support/headless';
import { median, round } from './stats';
import { startBrowserMode } from '../electron/server/main';

const RUNS = 3;

interface StartupSample {
  readyMs: number;
  corpusMs: number;
  engineMs: number;
  loadMs: number;
  firstResultMs: number;
  /** The same page opened again in the same browser: HTTP and wasm code caches warm, as on a user's second start. */
  warmReadyMs: number;
  instantiateMs: number;
}


/** Median over fresh browsers of: query-ready time, its parts, and the first result of a typed query. */
export async function benchStartup(): Promise<Record<string, number>> {
  // A private production build: the shared dist/ may be missing, stale or a development build.
  const distDir = buildRendererPrivately('kyosei-bench-dist-');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kyosei-bench-'));
  const server = await startBrowserMode({ port: 0, dataDir, distDir });
  const samples: StartupSample[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const browser = await launchChromium();
      try {
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        await page.goto(server.url);
        await page.waitForFunction(() => window.__kyoseiStartup?.stage === 'ready' || window.__kyoseiStartup?.stage === 'failed', undefined, { timeout: 60_000, polling: 10 });
        const startup = await page.evaluate(() => window.__kyoseiStartup!);
        const steps = await page.evaluate(() => window.__kyoseiStartup?.engineSteps);
        if (startup.stage !== 'ready' || !startup.timings || startup.readyAtMs === undefined) throw new Error(`startup failed: ${startup.error}`);
        await page.locator('.sql-editor .cm-content').click();
        await page.keyboard.press('ControlOrMeta+a');
        await page.keyboard.insertText('SELECT entity_id, aging_rate FROM entities ORDER BY aging_rate DESC LIMIT 10');
        await page.keyboard.press('Control+Enter');
        await page.waitForSelector('[data-testid="result-grid"] .ag-row', { timeout: 30_000 });
        const firstResultMs = await page.evaluate(() => performance.now());
        await page.reload();
        await page.waitForFunction(() => window.__kyoseiStartup?.readyAtMs !== undefined, undefined, { timeout: 60_000, polling: 10 });
        const warmReadyMs = await page.evaluate(() => window.__kyoseiStartup!.readyAtMs!);
        samples.push({ readyMs: startup.readyAtMs, corpusMs: startup.timings.corpusMs, engineMs: startup.timings.engineMs, loadMs: startup.timings.loadMs, firstResultMs, warmReadyMs, instantiateMs: steps?.instantiateMs ?? Number.NaN });
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(distDir, { recursive: true, force: true });
  }
  return {
    startup_query_ready_ms: round(median(samples.map((s) => s.readyMs))),
    startup_query_ready_max_ms: round(Math.max(...samples.map((s) => s.readyMs))),
    startup_query_ready_warm_ms: round(median(samples.map((s) => s.warmReadyMs))),
    startup_corpus_fetch_ms: round(median(samples.map((s) => s.corpusMs))),
    startup_engine_start_ms: round(median(samples.map((s) => s.engineMs))),
    startup_wasm_instantiate_ms: round(median(samples.map((s) => s.instantiateMs))),
    startup_table_load_ms: round(median(samples.map((s) => s.loadMs))),
    startup_first_typed_result_ms: round(median(samples.map((s) => s.firstResultMs))),
    startup_runs: samples.length,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  console.log(JSON.stringify(await benchStartup(), null, 2));
}
