import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './headless';
import { PROJECT_ROOT } from './webServer';

export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'test-output', 'screenshots');

export interface TestBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Requests that went anywhere but 127.0.0.1/localhost: any entry fails the test. */
  offHostRequests: string[];
  /** console.error messages and uncaught page errors. */
  consoleErrors: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether a request URL stays on this machine (data: and blob: never leave it). */
export function isLocalUrl(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
  return LOCAL_HOSTS.has(u.hostname);
}

export async function launchBrowser(options: { viewport?: { width: number; height: number } } = {}): Promise<TestBrowser> {
  // playwright's launch() gives every browser a fresh temporary profile (the --user-data-dir of FACTS.md).
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 }, locale: 'ja-JP', acceptDownloads: true });
  const offHostRequests: string[] = [];
  const consoleErrors: string[] = [];
  // Block and record, so an off-host request both fails the test and never reaches the network.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocalUrl(url)) return route.continue();
    offHostRequests.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (req) => {
    if (!isLocalUrl(req.url()) && !offHostRequests.includes(req.url())) offHostRequests.push(req.url());
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    browser,
    context,
    page,
    offHostRequests,
    consoleErrors,
    async screenshot(name) {
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      await browser.close();
    },
  };
}
