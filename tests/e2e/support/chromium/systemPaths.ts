import path from 'node:path';

/** Executable names of Chromium and Chrome looked up on PATH (Linux, Homebrew links, Nix …). */
export const NAMES_ON_PATH = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

const LINUX = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/snap/bin/chromium', '/opt/google/chrome/chrome'];

const MAC_APPS = ['Chromium.app/Contents/MacOS/Chromium', 'Google Chrome.app/Contents/MacOS/Google Chrome'];

/** Where Chromium or Chrome is installed by the usual packages and installers, in the order they are tried. */
export function systemChromiumPaths(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    return roots.flatMap((root) => [path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'), path.win32.join(root, 'Chromium', 'Application', 'chrome.exe')]);
  }
  if (platform === 'darwin') {
    const dirs = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])];
    return dirs.flatMap((dir) => MAC_APPS.map((app) => path.posix.join(dir, app)));
  }
  return LINUX;
}

/** The same browsers by name in every PATH folder (none on Windows, where installers do not put them there). */
export function chromiumOnPath(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'win32') return [];
  const dirs = (env.PATH ?? '').split(':').filter(Boolean);
  return dirs.flatMap((dir) => NAMES_ON_PATH.map((name) => path.posix.join(dir, name)));
}
