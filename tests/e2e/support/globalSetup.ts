import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The renderer built for this e2e run (private, so runs of several people never overwrite each other's). */
    e2eDistDir: string;
  }
}

/** Builds the renderer once per e2e run into a private folder; every test file serves that build. */
export default function setup(project: TestProject): () => void {
  const root = path.resolve(import.meta.dirname, '..', '..', '..');
  const distDir = mkdtempSync(path.join(tmpdir(), 'kyosei-e2e-dist-'));
  const started = Date.now();
  const build = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error', '--outDir', distDir, '--emptyOutDir'],
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (build.status !== 0) throw new Error(`vite build failed (exit ${build.status})`);
  console.log(`e2e: renderer built in ${((Date.now() - started) / 1000).toFixed(1)} s → ${distDir}`);
  project.provide('e2eDistDir', distDir);
  return () => rmSync(distDir, { recursive: true, force: true });
}
