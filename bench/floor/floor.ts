// The startup floor: a blank page that starts the app's own duckdb-wasm engine (same bundles, same server, same
// settings) and runs SELECT 1. No corpus, no React: what the workbench's cold start is measured against.
import { startDuckDbEngine } from '../../renderer/engine/duckdbEngine';

declare global {
  interface Window {
    __kyoseiFloor?: { readyAtMs?: number; error?: string };
  }
}

startDuckDbEngine()
  .then(async (engine) => {
    const one = await engine.query('SELECT 1 AS one');
    if (one.getChild('one')?.get(0) !== 1) throw new Error('SELECT 1 did not answer 1');
    window.__kyoseiFloor = { readyAtMs: performance.now() };
  })
  .catch((e: unknown) => {
    window.__kyoseiFloor = { error: e instanceof Error ? e.message : String(e) };
  });
