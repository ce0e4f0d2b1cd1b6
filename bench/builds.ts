// The builds the browser benchmarks open: one private production build of the renderer per bench run, shared by
// every section that drives Chromium, and the startup floor page. Removed when the process exits.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { PROJECT_ROOT } from '../electron/corpus/defaultCorpus';
import { buildRendererPrivately } from '../tests/e2e/support/headless';

const made: string[] = [];
let renderer: string | null = null;
let floor: Promise<string> | null = null;

process.once('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The workbench as users get it; a stale or shared dist/ would time someone else's (or yesterday's) code. */
export function benchRendererBuild(): string {
  if (!renderer) {
    renderer = buildRendererPrivately('kyosei-bench-dist-');
    made.push(renderer);
  }
  return renderer;
}

/** bench/floor: a blank page that starts the app's duckdb-wasm engine and runs SELECT 1, built like the app. */
export function benchFloorBuild(): Promise<string> {
  floor ??= (async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'kyosei-bench-floor-'));
    made.push(outDir);
    await build({
      configFile: false,
      root: path.join(PROJECT_ROOT, 'bench', 'floor'),
      base: '/',
      logLevel: 'error',
      mode: 'production',
      build: { outDir, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0, chunkSizeWarningLimit: 6000 },
      worker: { format: 'es' },
    });
    return outDir;
  })();
  return floor;
}
