import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser, type TestBrowser } from './browser';
import { startWebServer, type RunningWebServer } from './webServer';
import { openWorkbench } from './workbench';

export interface SessionOptions {
  viewport?: { width: number; height: number };
  /** Let the page read and write the clipboard (copy tests). */
  clipboard?: boolean;
  /** Fail a test on any error in the page console, too. */
  strictConsole?: boolean;
  /** Remove the server's data folder (history, notebooks) at the end. */
  removeData?: boolean;
}

/**
 * One journey's session: the browser-mode server on a random port, Chromium with the workbench open, and after
 * every test the check that no request left 127.0.0.1. Its fields are there once the suite's beforeAll has run.
 */
export function workbenchSession(options: SessionOptions = {}): { server: RunningWebServer; tb: TestBrowser } {
  const session = {} as { server: RunningWebServer; tb: TestBrowser };
  beforeAll(async () => {
    session.server = await startWebServer();
    session.tb = await launchBrowser({ viewport: options.viewport });
    if (options.clipboard) {
      await session.tb.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.origin });
    }
    await openWorkbench(session.tb.page, session.server.url);
  });
  afterEach(() => {
    expect(session.tb.offHostRequests, 'requests that left 127.0.0.1').toEqual([]);
    if (options.strictConsole) expect(session.tb.consoleErrors, 'errors in the page console').toEqual([]);
  });
  afterAll(async () => {
    await session.tb?.close();
    await session.server?.stop();
    if (options.removeData && session.server) rmSync(session.server.dataDir, { recursive: true, force: true });
  });
  return session;
}
