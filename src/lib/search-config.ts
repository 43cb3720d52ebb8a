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
 * weighted 10 in the text, see ArticleLayout), and 文号, 索引号 and their keys
 * (src/lib/search-query.ts) so that typing a number puts its document first.
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 36,
  ranking: {
    metaWeights: { title: 5, keys: 10, docNumber: 6, indexNo: 6, section: 0, date: 0 },
  },
} as const;
