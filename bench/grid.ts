// Grid benchmark: first paint and fast scrolling of a 20 × 100k result in Chromium, the grid that reads Arrow lazily
// beside the old tableToRows path (bench/gridHarness/LegacyGrid.tsx) in the same run; and, in duckdb-wasm under Node,
// what sorting costs when the result is registered once versus when every page re-runs the statement.
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { PROJECT_ROOT } from '../electron/corpus/defaultCorpus.js';
import { openNodeDuckDb } from '../electron/engine/nodeDuckdb.js';
import { launchChromium } from '../tests/e2e/support/headless.js';
import type { GridMode, ScrollFrames } from './gridHarness/harness.js';
import { median, round } from './stats.js';

const RUNS = 3;
const ROWS = 100_000;
const COLUMNS = 20;
const BIG_ROWS = 1_000_000;
/** Fast scrolling: 120 frames, each jumping 3,000 px (100 rows of 30 px). */
const SCROLL_FRAMES = 120;
const SCROLL_STEP_PX = 3_000;

export async function buildHarness(): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'kyosei-grid-bench-'));
  await build({
    configFile: false,
    root: path.join(PROJECT_ROOT, 'bench', 'gridHarness'),
    base: './',
    logLevel: 'error',
    plugins: [react()],
    define: { global: 'globalThis', 'process.env.NODE_ENV': '"production"' },
    mode: 'production',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 6000 },
  });
  return outDir;
}

export function serve(dir: string): Promise<{ server: Server; url: string }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2' };
  const server = createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const target = existsSync(file) && statSync(file).isDirectory() ? path.join(file, 'index.html') : file;
    if (!target.startsWith(dir) || !existsSync(target)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(target)] ?? 'application/octet-stream' });
    createReadStream(target).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` })));
}

interface BrowserSample {
  firstPaintMs: number;
  scroll: ScrollFrames;
}

export async function measureInBrowser(url: string, mode: GridMode, rows: number): Promise<BrowserSample> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(url);
    await page.waitForFunction(() => window.__gridBench !== undefined);
    const firstPaintMs = await page.evaluate(([m, r, c]) => window.__gridBench.firstPaint(m as GridMode, r as number, c as number), [mode, rows, COLUMNS] as const);
    const scroll = await page.evaluate(([f, s]) => window.__gridBench.scroll(f, s), [SCROLL_FRAMES, SCROLL_STEP_PX] as const);
    return { firstPaintMs, scroll };
  } finally {
    await browser.close();
  }
}

async function tableToRowsInBrowser(url: string): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__gridBench !== undefined);
    return await page.evaluate(([r, c]) => window.__gridBench.tableToRowsMs(r, c), [ROWS, COLUMNS] as const);
  } finally {
    await browser.close();
  }
}

const pct = (s: BrowserSample[]) => round((100 * s.reduce((n, x) => n + x.scroll.over50, 0)) / s.reduce((n, x) => n + x.scroll.frames, 0), 1);

/** Sorting a registered result (once registered, every scroll is free) against re-running the statement per page. */
async function sortCosts(): Promise<Record<string, number>> {
  const db = await openNodeDuckDb();
  // The engine's own apache-arrow copy: a Table from another copy serialises slowly and inserts nothing.
  const { tableToIPC } = createRequire(import.meta.url)('apache-arrow') as typeof import('apache-arrow');
  const columns = Array.from({ length: COLUMNS }, (_, i) => (i % 4 === 0 ? `'text ' || (range * ${i + 7} % 1000) AS c${i}` : i % 4 === 2 ? `(range % 977) / 7.0 AS c${i}` : `range * ${i} AS c${i}`)).join(', ');
  const sql = `SELECT ${columns} FROM range(${ROWS})`;
  const time = (f: () => unknown) => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };
  const table = db.query(sql);
  const registerMs = time(() => db.insertIpc('_grid_bench', tableToIPC(table as never, 'stream')));
  const orderMs = time(() => db.query('SELECT rowid::INTEGER FROM _grid_bench ORDER BY c2 DESC, rowid'));
  const lastPageRegisteredMs = time(() => db.query(`SELECT * FROM _grid_bench ORDER BY c2 DESC, rowid LIMIT 100 OFFSET ${ROWS - 100}`));
  const lastPageWrappedMs = time(() => db.query(`SELECT * FROM (${sql}) ORDER BY c2 DESC LIMIT 100 OFFSET ${ROWS - 100}`));
  const big = db.query(`SELECT range AS n, range * 2 AS twice FROM range(${BIG_ROWS})`);
  const registerBigMs = time(() => db.insertIpc('_grid_bench_big', tableToIPC(big as never, 'stream')));
  const orderBigMs = time(() => db.query('SELECT rowid::INTEGER FROM _grid_bench_big ORDER BY twice DESC, rowid'));
  return {
    grid_sort_register_20x100k_ms: round(registerMs),
    grid_sort_order_indices_100k_ms: round(orderMs),
    grid_sort_page_registered_100k_ms: round(lastPageRegisteredMs),
    grid_sort_page_rerun_statement_100k_ms: round(lastPageWrappedMs),
    grid_sort_register_1m_ms: round(registerBigMs),
    grid_sort_order_indices_1m_ms: round(orderBigMs),
  };
}

/** Medians over fresh browsers, the two paths alternating so both see the same machine load. */
export async function benchGrid(): Promise<Record<string, number>> {
  const dir = await buildHarness();
  const { server, url } = await serve(dir);
  const arrow: BrowserSample[] = [];
  const rows: BrowserSample[] = [];
  const big: BrowserSample[] = [];
  const toRows: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      rows.push(await measureInBrowser(url, 'rows', ROWS));
      arrow.push(await measureInBrowser(url, 'arrow', ROWS));
      big.push(await measureInBrowser(url, 'arrow', BIG_ROWS));
      toRows.push(await tableToRowsInBrowser(url));
    }
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    grid_first_paint_20x100k_ms: round(median(arrow.map((s) => s.firstPaintMs))),
    grid_first_paint_20x100k_table_to_rows_ms: round(median(rows.map((s) => s.firstPaintMs))),
    grid_table_to_rows_20x100k_ms: round(median(toRows)),
    grid_first_paint_20x1m_ms: round(median(big.map((s) => s.firstPaintMs))),
    grid_scroll_frames_over_50ms_pct: pct(arrow),
    grid_scroll_frames_over_50ms_table_to_rows_pct: pct(rows),
    grid_scroll_median_frame_ms: round(median(arrow.map((s) => s.scroll.medianMs))),
    grid_scroll_median_frame_table_to_rows_ms: round(median(rows.map((s) => s.scroll.medianMs))),
    grid_scroll_frames_over_50ms_1m_pct: pct(big),
    ...(await sortCosts()),
    grid_runs: RUNS,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  console.log(JSON.stringify(await benchGrid(), null, 2));
}
