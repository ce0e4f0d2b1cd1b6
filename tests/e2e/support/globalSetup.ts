import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Builds the renderer once per e2e run, so every test file serves the same, current dist/. */
export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '..', '..', '..');
  const started = Date.now();
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error(`vite build failed (exit ${build.status})`);
  console.log(`e2e: renderer built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
