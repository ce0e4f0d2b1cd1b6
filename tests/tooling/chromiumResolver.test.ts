import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchFailure } from '../e2e/support/chromium/launchFailure';
import { packagedChromium, packagedFontsConf } from '../e2e/support/chromium/packaged';
import { ChromiumUnavailable, notFoundFix, resolveChromium } from '../e2e/support/chromium/resolve';
import { chromiumOnPath, systemChromiumPaths } from '../e2e/support/chromium/systemPaths';
import { launchChromium } from '../e2e/support/headless';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function executable(file: string, body = '#!/bin/sh\nexit 0\n'): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, body);
  chmodSync(file, 0o755);
  return file;
}

function thrown(f: () => unknown): ChromiumUnavailable {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ChromiumUnavailable);
    return e as ChromiumUnavailable;
  }
  throw new Error('expected ChromiumUnavailable');
}

describe('where system browsers are looked for', () => {
  it('tries Debian’s Chromium first on Linux, then Ubuntu’s, Chrome’s and the snap', () => {
    const paths = systemChromiumPaths('linux', {});
    expect(paths[0]).toBe('/usr/bin/chromium');
    expect(paths).toEqual(expect.arrayContaining(['/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/snap/bin/chromium', '/opt/google/chrome/chrome']));
  });

  it('looks in /Applications and ~/Applications on macOS, and under Program Files and LocalAppData on Windows', () => {
    expect(systemChromiumPaths('darwin', { HOME: '/Users/kei' })).toContain('/Users/kei/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(systemChromiumPaths('darwin', {})).toContain('/Applications/Chromium.app/Contents/MacOS/Chromium');
    const windows = systemChromiumPaths('win32', { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\kei\\AppData\\Local' });
    expect(windows).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(windows).toContain('C:\\Users\\kei\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(chromiumOnPath('win32', { PATH: 'C:\\bin' })).toEqual([]);
  });

  it('also finds chromium or google-chrome by name in every PATH folder', () => {
    expect(chromiumOnPath('linux', { PATH: '/nix/bin:/usr/local/bin' })).toEqual(expect.arrayContaining(['/nix/bin/chromium', '/usr/local/bin/google-chrome']));
  });
});

describe('resolveChromium', () => {
  const empty = mkdtempSync(path.join(tmpdir(), 'kyosei-resolver-'));

  it('takes CHROMIUM_PATH first, and refuses one that is not an executable file in one line', () => {
    const own = executable(path.join(empty, 'own', 'chrome'));
    expect(resolveChromium({ CHROMIUM_PATH: own }, 'linux', 'x64', empty)).toEqual({ path: own, source: 'CHROMIUM_PATH' });
    const error = thrown(() => resolveChromium({ CHROMIUM_PATH: path.join(empty, 'missing') }, 'linux', 'x64', empty));
    expect(error.message).toBe(`CHROMIUM_PATH=${path.join(empty, 'missing')} is not an executable file. Fix: point CHROMIUM_PATH at a Chromium or Chrome executable, or unset it to let the tests find one.`);
  });

  it('finds a system browser, here a Chrome in ~/Applications on macOS', () => {
    const home = path.join(empty, 'home');
    const chrome = executable(path.join(home, 'Applications', 'Google Chrome.app', 'Contents', 'MacOS', 'Google Chrome'));
    expect(resolveChromium({ HOME: home, PATH: '' }, 'darwin', 'arm64', empty)).toEqual({ path: chrome, source: 'system' });
  });

  it('passes over a file that is there but not executable', () => {
    const dir = path.join(empty, 'noexec');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'chromium'), 'not a program');
    const error = thrown(() => resolveChromium({ PATH: dir, HOME: path.join(empty, 'nohome') }, 'darwin', 'x64', empty));
    expect(error.message).toContain('none at /Applications/Chromium.app/Contents/MacOS/Chromium');
  });

  it('with nothing to run, says in one line what it tried and the command that fixes it', () => {
    const error = thrown(() => resolveChromium({ PATH: '', HOME: path.join(empty, 'nohome') }, 'darwin', 'arm64', empty));
    expect(error.message.split('\n')).toHaveLength(1);
    expect(error.message).toMatch(/^No Chromium for the end-to-end tests: CHROMIUM_PATH is unset; none at \/Applications\/Chromium\.app/);
    expect(error.message).toContain('@sparticuz/chromium has no build for darwin-arm64');
    expect(error.message).toMatch(/Fix: install Google Chrome or Chromium, or set CHROMIUM_PATH to its executable\.$/);
    expect(error.stack).toBe(`ChromiumUnavailable: ${error.message}`);
  });

  it('names the override when sources are hidden; on Linux x64 the fix is otherwise npm install', () => {
    const error = thrown(() => resolveChromium({ KYOSEI_CHROMIUM_HIDE: 'system' }, 'linux', 'x64', empty));
    expect(error.message).toBe(
      'No Chromium for the end-to-end tests: CHROMIUM_PATH is unset; system browsers hidden by KYOSEI_CHROMIUM_HIDE; @sparticuz/chromium is not installed. Fix: unset KYOSEI_CHROMIUM_HIDE, or set CHROMIUM_PATH=/path/to/chrome.',
    );
    expect(notFoundFix(false, 'linux', 'x64')).toBe('npm install (its devDependency @sparticuz/chromium carries Chromium), or set CHROMIUM_PATH=/path/to/chrome');
    expect(notFoundFix(false, 'linux', 'arm64')).toBe('install Google Chrome or Chromium, or set CHROMIUM_PATH to its executable');
  });

  it('refuses an unknown name in KYOSEI_CHROMIUM_HIDE rather than ignoring it', () => {
    expect(thrown(() => resolveChromium({ KYOSEI_CHROMIUM_HIDE: 'system,debian' }, 'linux', 'x64', empty)).message).toBe(
      'KYOSEI_CHROMIUM_HIDE=system,debian: unknown source debian (use system and/or packaged)',
    );
  });
});

describe.runIf(process.platform === 'linux' && process.arch === 'x64')('the Chromium inside @sparticuz/chromium', () => {
  it('is unpacked once into node_modules/.cache by version, and found there the next time', () => {
    const first = packagedChromium(ROOT);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.path).toMatch(/node_modules\/\.cache\/kyosei-chromium\/\d+\.\d+\.\d+-linux-x64\/chromium$/);
    expect(statSync(first.path).size).toBeGreaterThan(100_000_000);
    expect(statSync(first.path).mode & 0o100).toBe(0o100);
    expect(resolveChromium({ KYOSEI_CHROMIUM_HIDE: 'system' })).toEqual({ path: first.path, source: 'packaged' });
    expect(packagedChromium(ROOT)).toEqual(first);
    // Its fontconfig adds the package's Open Sans to the system's fonts: a page with no font at all crashes.
    const conf = readFileSync(packagedFontsConf(first.path), 'utf8');
    expect(conf).toContain('<include ignore_missing="yes">/etc/fonts/fonts.conf</include>');
    const fontDir = /<dir>([^<]+)<\/dir>/.exec(conf)![1];
    expect(readdirSync(path.join(fontDir, 'Open_Sans'))).toContain('OpenSans-Regular.ttf');
  });
});

describe('a browser that is found but does not start', () => {
  it('names the missing library and the packages that bring every library it links', async () => {
    const broken = executable(
      path.join(mkdtempSync(path.join(tmpdir(), 'kyosei-broken-')), 'chromium'),
      '#!/bin/sh\necho "chromium: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory" >&2\nexit 127\n',
    );
    const error = await launchChromium({ path: broken, source: 'packaged' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ChromiumUnavailable);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toBe(
      `Chromium (packaged: ${broken}) did not start: chromium: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory. Fix: apt-get install libnss3 libnspr4 libexpat1 (Debian/Ubuntu), or set CHROMIUM_PATH to a browser that starts.`,
    );
  });

  it('asks for all three packages whichever library the loader names first, and names an unknown one as it is', () => {
    const resolved = { path: '/x/chromium', source: 'system' as const };
    expect(launchFailure(resolved, new Error('error while loading shared libraries: libplc4.so: cannot open')).message).toContain('Fix: apt-get install libnss3 libnspr4 libexpat1 (Debian/Ubuntu)');
    expect(launchFailure(resolved, new Error('error while loading shared libraries: /lib/x86_64-linux-gnu/libexpat.so.1: file too short')).message).toContain(
      'Fix: apt-get install libnss3 libnspr4 libexpat1 (Debian/Ubuntu)',
    );
    expect(launchFailure(resolved, new Error('error while loading shared libraries: libgbm.so.1: cannot open')).message).toContain('Fix: apt-get install the package that provides libgbm.so.1 (Debian/Ubuntu)');
  });
});
