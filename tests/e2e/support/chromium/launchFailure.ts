import path from 'node:path';
import { ChromiumUnavailable, type ResolvedChromium } from './resolve';

/** Every library the packaged Chromium links beyond libc, and their Debian/Ubuntu packages: a bare Debian lacks all. */
const KNOWN_LIBRARY = /^lib(nss3|nssutil3|smime3|nspr4|plc4|plds4|expat)\.so/;
const KNOWN_PACKAGES = 'libnss3 libnspr4 libexpat1';

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
  // All three at once: the loader names only the first missing one, and a bare Debian would take three tries.
  const fix = library
    ? `apt-get install ${KNOWN_LIBRARY.test(library) ? KNOWN_PACKAGES : `the package that provides ${library}`} (Debian/Ubuntu), or set CHROMIUM_PATH to a browser that starts`
    : 'set CHROMIUM_PATH to a Chromium or Chrome that starts here';
  return new ChromiumUnavailable(`Chromium (${resolved.source}: ${resolved.path}) did not start: ${reason}. Fix: ${fix}.`);
}
