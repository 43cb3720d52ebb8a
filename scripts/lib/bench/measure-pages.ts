/**
 * Loads each page in headless Chromium (the e2e harness: dist/ on a loopback port, the project's
 * Chromium flags), brings every island into view the way a reader scrolling would, so that
 * client:visible charts load, and records every response.
 */
import type { Response } from 'playwright-core';
import { startHarness } from '../../../tests/e2e/support/browser.ts';
import { summarise, transferSize, type MeasuredResponse, type PageWeight } from './weights.ts';
import type { PageType } from './page-set.ts';

async function measured(response: Response): Promise<MeasuredResponse> {
  const headers = await response.allHeaders();
  // Redirects and aborted requests have no body.
  const body = await response.body().catch(() => Buffer.alloc(0));
  const sizes = await response.request().sizes().catch(() => ({ responseBodySize: body.length }));
  return {
    url: response.url(),
    resourceType: response.request().resourceType(),
    status: response.status(),
    transferBytes: transferSize(body, headers['content-type'] ?? '', headers['content-encoding'], sizes.responseBodySize),
  };
}

export interface PageMeasurement extends PageType {
  weight: PageWeight;
  failed: string[];
  warnings: string[];
}

export async function measurePages(pages: readonly PageType[], dist = 'dist'): Promise<PageMeasurement[]> {
  const harness = await startHarness(dist);
  const results: PageMeasurement[] = [];
  try {
    for (const type of pages) {
      // A fresh context per page: an empty cache, as for a first visit.
      const context = await harness.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const pending: Promise<MeasuredResponse>[] = [];
      const warnings: string[] = [];
      page.on('response', (response) => pending.push(measured(response)));
      page.on('console', (message) => {
        if (message.type() === 'error') warnings.push(`console error: ${message.text()}`);
      });
      const response = await page.goto(harness.baseUrl + type.path, { waitUntil: 'load' });
      const html = (await response?.text()) ?? '';
      for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded().catch(() => undefined);
      // Astro removes the ssr attribute once an island has hydrated.
      await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 15_000 }).catch(() => warnings.push('some islands did not hydrate within 15 s'));
      await page.waitForLoadState('networkidle');
      const responses = await Promise.all(pending);
      results.push({ ...type, weight: summarise(responses, html), failed: responses.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.url}`), warnings });
      await context.close();
    }
  } finally {
    await harness.close();
  }
  return results;
}
