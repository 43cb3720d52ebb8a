/**
 * Content-Security-Policy violations as a page sees them. A blocked inline script or style only
 * logs to the console and fires `securitypolicyviolation` on the document; this records the event,
 * from before the first script of every document the page loads.
 */
import type { Page } from 'playwright-core';
import { watchPage, type Harness } from './browser.ts';

export async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportCspViolation', (line: string) => violations.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation(line: string): void }).__reportCspViolation;
      report(`${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
    });
  });
  return violations;
}

/** Scrolls every island into view and waits until all have hydrated (Astro drops their `ssr`). */
export async function hydrateIslands(page: Page): Promise<void> {
  for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 15_000 });
}

/**
 * Loads Pagefind the way the search page does (a dynamic import from this origin), searches, and
 * returns the first result's URL. Pagefind compiles WebAssembly in a worker from this origin.
 */
export async function pagefindFirstResult(page: Page, query: string): Promise<{ count: number; url: string | undefined }> {
  return page.evaluate(async (term) => {
    const pagefindUrl = '/pagefind/pagefind.js';
    const pagefind = await import(pagefindUrl);
    await pagefind.init();
    const search = await pagefind.search(term);
    const first = search.results[0] ? await search.results[0].data() : undefined;
    return { count: search.results.length as number, url: first?.url as string | undefined };
  }, query);
}

/**
 * A search in a fresh page of `harness` at `url`, with everything a CSP check asserts on: the
 * first result, the workers started, Pagefind's console warnings (a worker refused by the CSP
 * makes it fall back to the main thread and say so), violations and console errors.
 */
export async function searchUnderCsp(harness: Harness, url: string, query = '孕前检查') {
  const context = await harness.newContext();
  try {
    const page = await context.newPage();
    const violations = await watchCspViolations(page);
    const watch = watchPage(page, harness.baseUrl);
    const warnings: string[] = [];
    page.on('console', (message) => { if (message.type() === 'warning' && /pagefind/i.test(message.text())) warnings.push(message.text()); });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    await page.goto(url);
    const result = await pagefindFirstResult(page, query);
    return { result, workers, pagefindWarnings: warnings, violations, consoleErrors: watch.consoleErrors };
  } finally {
    await context.close();
  }
}
