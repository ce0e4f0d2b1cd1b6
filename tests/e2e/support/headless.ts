import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { launchFailure } from './chromium/launchFailure';
import { packagedFontsConf } from './chromium/packaged';
import { resolveChromium, type ResolvedChromium } from './chromium/resolve';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** Flags that keep Chromium from reaching the (closed) internet at start. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Headless Chromium as the e2e tests, the benchmarks and screenshot tools drive it, found by resolveChromium.
 * Throws ChromiumUnavailable, whose message is one line, when none is found or the one found does not start.
 */
export async function launchChromium(resolved: ResolvedChromium = resolveChromium()): Promise<Browser> {
  // The packaged browser gets the system's fonts plus its own Open Sans, unless the caller chose a font setup.
  const env = resolved.source === 'packaged' && !process.env.FONTCONFIG_FILE ? { ...process.env, FONTCONFIG_FILE: packagedFontsConf(resolved.path) } : undefined;
  try {
    return await chromium.launch({ executablePath: resolved.path, headless: true, args: CHROMIUM_FLAGS, env });
  } catch (e) {
    throw launchFailure(resolved, e);
  }
}

/** Finds and starts the browser once and says which it is, e.g. "Chromium 147.0.7727.0 (packaged: …/chromium)". */
export async function checkChromium(): Promise<string> {
  const resolved = resolveChromium();
  const browser = await launchChromium(resolved);
  const version = browser.version();
  await browser.close();
  return `Chromium ${version} (${resolved.source}: ${resolved.path})`;
}

/**
 * A production build of the renderer in a private temporary folder: the shared dist/ may be missing, stale or a
 * development build, and runs of several people must not overwrite each other's.
 */
export function buildRendererPrivately(prefix: string): string {
  const distDir = mkdtempSync(path.join(tmpdir(), prefix));
  const build = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error', '--outDir', distDir, '--emptyOutDir'],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (build.status !== 0) throw new Error(`vite build failed (exit ${build.status})`);
  return distDir;
}
