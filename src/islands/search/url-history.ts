/**
 * The search state in the address bar. Typing replaces the current history entry after the first
 * pause, so that one typed query is one entry; a submitted query, a filter or a sort starts a new
 * one. The back button therefore returns to the previous query, not to every keystroke.
 */
import { parseSearchParams, serialiseSearchState, type FilterKey, type SearchState } from '../../lib/search-url.ts';

export type UrlMode = 'push' | 'replace';

export function readUrl(groups: readonly FilterKey[]): SearchState {
  return parseSearchParams(window.location.search, groups);
}

export function writeUrl(state: SearchState, mode: UrlMode, groups: readonly FilterKey[]): void {
  const next = serialiseSearchState(state);
  if (next === serialiseSearchState(readUrl(groups))) return;
  const url = `${window.location.pathname}${next}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
