import path from 'node:path';
import { ChromiumUnavailable, type ResolvedChromium } from './resolve';

/** Debian/Ubuntu packages of the shared libraries a Chromium build links to, for the fix in the message. */
const LIBRARY_PACKAGES: [RegExp, string][] = [
  [/^lib(nss3|nssutil3|smime3)\.so/, 'libnss3'],
  [/^lib(nspr4|plc4|plds4)\.so/, 'libnspr4'],
  [/^libexpat\.so/, 'libexpat1'],
];

/** The first line of the browser's own complaint, without Playwright's call log around it. */
function firstReason(message: string): string {
  const lines = message.split('\n').map((l) => l.trim()).filter(Boolean);
  const fromBrowser = lines.find((l) => /error while loading shared libraries|No such file|Permission denied|cannot execute|Failed to launch/i.test(l));
  return (fromBrowser ?? lines[0] ?? 'unknown error').replace(/^\[pid=\d+\]\[err\]\s*/, '').replace(/^browserType\.launch:\s*/, '');
}

/** One line for a browser that was found but did not start: which, why, and the command that fixes it. */
export function launchFailure(resolved: ResolvedChromium, error: unknown): ChromiumUnavailable {
  const message = error instanceof Error ? error.message : String(error);
  const reason = firstReason(message);
  const found = /error while loading shared libraries: ([^:\s]+)/.exec(message)?.[1];
  // "libnss3.so: cannot open shared object file" when absent; the full path when present but broken.
  const library = found ? path.basename(found) : undefined;
  const pkg = library ? LIBRARY_PACKAGES.find(([pattern]) => pattern.test(library))?.[1] : undefined;
  const fix = library
    ? `apt-get install ${pkg ?? `the package that provides ${library}`} (Debian/Ubuntu), or set CHROMIUM_PATH to a browser that starts`
    : 'set CHROMIUM_PATH to a Chromium or Chrome that starts here';
  return new ChromiumUnavailable(`Chromium (${resolved.source}: ${resolved.path}) did not start: ${reason}. Fix: ${fix}.`);
}
