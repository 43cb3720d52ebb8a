/**
 * How the search page uses Pagefind: one place, shared by the island and by the tests and the
 * benchmark that must search exactly as the page does.
 */

/** Where `npm run build` writes Pagefind's bundle (scripts/build-search-index.ts). */
export const PAGEFIND_URL = '/pagefind/pagefind.js';

/** Results rendered at first and added by each “加载更多”. */
export const PAGE_SIZE = 10;

/** Pause in typing before a search runs, in milliseconds. */
export const TYPING_DEBOUNCE_MS = 250;

/**
 * Passed to pagefind.options(). Matches in metadata add to a page's score: the title (already
 * weighted 10 in the text, see ArticleLayout), `terms` (title, synonyms, keywords, as written and
 * as the browser segments a query, see SearchFilters.astro), and the 文号/索引号 keys
 * (src/lib/search-query.ts) so that
 * typing a number puts its document first. A low pageLength: a 办事指南 is long (every standard
 * element) and is usually the answer, so length should not count much against it. Tuned with
 * tests/e2e/search-queries.ts.
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 36,
  ranking: {
    pageLength: 0.3,
    metaWeights: { title: 5, terms: 5, keys: 10, section: 0, date: 0 },
  },
} as const;
