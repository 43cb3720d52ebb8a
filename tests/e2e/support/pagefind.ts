/**
 * Pagefind's JS API in Chromium, set up exactly as the search island sets it up (same options,
 * same query normalisation), for tests that look at the index and at ranking rather than the UI.
 */
import type { Page } from 'playwright-core';
import { PAGEFIND_OPTIONS, PAGEFIND_URL } from '../../../src/lib/search-config.ts';
import { emptyState, pagefindFilters } from '../../../src/lib/search-url.ts';
import { normaliseQuery } from '../../../src/lib/search-query.ts';

export interface IndexedPage {
  url: string;
  title: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Opens /search/ (which loads nothing of Pagefind by itself) and loads Pagefind with the page's options. */
export async function openPagefind(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/search/`);
  await page.evaluate(
    async ({ url, options }) => {
      const api = await import(/* @vite-ignore */ url);
      await api.options(options);
      await api.filters();
      (window as unknown as { __pf: unknown }).__pf = api;
    },
    { url: PAGEFIND_URL, options: PAGEFIND_OPTIONS },
  );
}

/** Every page in the index: a search for null with no filters returns all of them. */
export async function allIndexedPages(page: Page): Promise<IndexedPage[]> {
  return page.evaluate(async () => {
    type Api = { search(term: null): Promise<{ results: { data(): Promise<IndexedPageData> }[] }> };
    type IndexedPageData = { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> };
    const api = (window as unknown as { __pf: Api }).__pf;
    const { results } = await api.search(null);
    const data = await Promise.all(results.map((result) => result.data()));
    return data.map((d) => ({ url: d.url, title: d.meta['title'] ?? '', content: d.content, meta: d.meta, filters: d.filters }));
  });
}

/**
 * URLs of the top `n` results for a query as a reader types it, with the filters the search page
 * would send (`fixed` as on /disclosure/search/).
 */
export async function topUrls(page: Page, query: string, options: { fixed?: Record<string, string>; n?: number } = {}): Promise<string[]> {
  const term = normaliseQuery(query).term;
  const filters = pagefindFilters(emptyState(), options.fixed ?? {});
  return page.evaluate(
    async ({ term, filters, n }) => {
      type Api = { search(term: string, options: object): Promise<{ results: { data(): Promise<{ url: string }> }[] }> };
      const api = (window as unknown as { __pf: Api }).__pf;
      const { results } = await api.search(term, { filters });
      return Promise.all(results.slice(0, n).map(async (result) => (await result.data()).url));
    },
    { term, filters, n: options.n ?? 3 },
  );
}
