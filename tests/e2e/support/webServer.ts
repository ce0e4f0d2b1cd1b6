import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

export interface RunningWebServer {
  /** The printed URL, with this launch's token. */
  url: string;
  /** http://127.0.0.1:port, without the token. */
  origin: string;
  dataDir: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  /** Stops the server; its data dir is removed unless it was passed in or keepData is set (to restart on it). */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/**
 * Starts `npm run web` (scripts/web.mjs) on a random port with a fresh data dir, as a user would, serving the
 * renderer this e2e run built. Pass the same dataDir to a second server to test what survives a restart.
 */
export async function startWebServer(options: { dataDir?: string; corpusPath?: string } = {}): Promise<RunningWebServer> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'kyosei-e2e-data-'));
  const args = [path.join(PROJECT_ROOT, 'scripts', 'web.mjs'), '--port', '0', '--data-dir', dataDir, '--dist-dir', inject('e2eDistDir')];
  // Another version of the corpus (a re-issued report file), served under its own file name.
  if (options.corpusPath) args.push('--corpus', options.corpusPath);
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web server did not print its URL in 60 s:\n${out}`)), 60_000);
    const check = () => {
      // The whole line, so a token split across two chunks is never taken half.
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+(?=\r?\n)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web server exited (${code}) before printing its URL:\n${out}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    dataDir,
    output: () => out,
    stop: async ({ keepData = false } = {}) => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.dataDir && !keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
