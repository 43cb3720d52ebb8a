/**
 * Shared end-to-end harness: serves dist/ on a loopback port, drives Debian's Chromium through
 * playwright-core, and records every request, console error and page error so a test can assert
 * that nothing left the machine and nothing broke.
 */
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
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

/** axe-core violations on the current page, as readable lines (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(' | ')}`,
  );
}
