/**
 * Shared end-to-end harness: serves dist/ on a loopback port, drives Debian's Chromium through
 * playwright-core, and records every request, console error and page error so a test can assert
 * that nothing left the machine and nothing broke.
 */
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createStaticServer } from '../../../scripts/lib/static-server.ts';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Harness {
  baseUrl: string;
  browser: Browser;
  newContext(options?: Parameters<Browser['newContext']>[0]): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** Starts the server on a free loopback port and launches Chromium with a fresh profile. */
export async function startHarness(distDir = 'dist'): Promise<Harness> {
  const server = createStaticServer(distDir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const stop = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return launchAgainst(`http://127.0.0.1:${port}`, stop);
}

/**
 * Chromium against a server that is already running, e.g. nginx in tests/e2e/nginx.test.ts.
 * close() closes the browser only; the caller stops its server.
 */
export function connectHarness(baseUrl: string): Promise<Harness> {
  return launchAgainst(baseUrl.replace(/\/$/, ''), async () => {});
}

async function launchAgainst(baseUrl: string, stopServer: () => Promise<void>): Promise<Harness> {
  // Playwright gives every launch a fresh, empty temporary profile (its own --user-data-dir).
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 60_000 });
  } catch (error) {
    await stopServer();
    throw error;
  }
  return {
    baseUrl,
    browser,
    newContext: (options) => browser.newContext(options),
    async close() {
      await browser.close();
      await stopServer();
    },
  };
}

export interface PageWatch {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  failedRequests: string[];
}

/** Records what a person would never want: errors, and any request to another origin. */
export function watchPage(page: Page, baseUrl: string): PageWatch {
  const watch: PageWatch = { consoleErrors: [], pageErrors: [], foreignRequests: [], failedRequests: [] };
  const origin = new URL(baseUrl).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.foreignRequests.push(url);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) watch.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  return watch;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core with the WCAG 2.2 AA tags on the current page, as readable lines (empty when clean).
 * axe is evaluated through the DevTools protocol, which the page's CSP does not govern, unless a
 * context already loads it into every page (prepareContext in a11y.ts, faster for long runs).
 * Text whose colour equals its background is reported too: axe lists it only as “incomplete”
 * (it might be deliberately hidden), but on this site it is always a mistake.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
    const lines = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`,
    );
    for (const item of results.incomplete) {
      if (item.id !== 'color-contrast') continue;
      const same = item.nodes.filter((n) => n.any.some((check) => (check.data as { messageKey?: string } | null)?.messageKey === 'equalRatio'));
      if (same.length > 0) lines.push(`color-contrast: text in its background colour — ${same.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
    }
    return lines;
  }, WCAG_TAGS);
}
