/**
 * Loads Pagefind's browser bundle from /pagefind/ at run time, once. The URL is a variable with
 * @vite-ignore so that Vite leaves the import alone: the bundle does not exist until
 * scripts/build-search-index.ts has run after astro build, and it must not be bundled.
 */
import { PAGEFIND_OPTIONS, PAGEFIND_URL } from '../../lib/search-config.ts';
import type { PagefindApi } from '../../lib/search-run.ts';

let loading: Promise<PagefindApi> | null = null;

export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url: string = PAGEFIND_URL;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options(PAGEFIND_OPTIONS);
    await api.init();
    // Loads every filter chunk now: a search only returns counts for filters already loaded.
    await api.filters();
    return api;
  })();
  // A failed load (offline, index missing) may be retried by the next search.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
