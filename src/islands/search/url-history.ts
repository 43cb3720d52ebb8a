/**
 * The search state in the address bar, and which changes get a history entry of their own:
 * a submitted query, a filter or a sort always do; typing does once it has settled (see
 * historyModeForTyping), so the back button returns to the previous query, not every keystroke.
 */
import { historyModeForTyping, parseSearchParams, serialiseSearchState, type FilterKey, type HistoryMode, type SearchState } from '../../lib/search-url.ts';

export function readUrl(groups: readonly FilterKey[]): SearchState {
  return parseSearchParams(window.location.search, groups);
}

function writeUrl(state: SearchState, mode: HistoryMode, groups: readonly FilterKey[]): void {
  const next = serialiseSearchState(state);
  if (next === serialiseSearchState(readUrl(groups))) return;
  const url = `${window.location.pathname}${next}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

export class SearchHistory {
  /** When the current entry was last written by typing; null when it was not written by typing. */
  private typedAt: number | null = null;

  constructor(private readonly groups: readonly FilterKey[]) {}

  /** A query typed into the field, after the search debounce. */
  typed(state: SearchState): void {
    const now = performance.now();
    writeUrl(state, historyModeForTyping(this.typedAt, now), this.groups);
    this.typedAt = now;
  }

  /** The form submitted (Enter or the button). */
  submitted(state: SearchState): void {
    writeUrl(state, historyModeForTyping(this.typedAt, performance.now()), this.groups);
    this.typedAt = null;
  }

  /** A filter, the sort, or “清除全部筛选”. */
  changed(state: SearchState): void {
    writeUrl(state, 'push', this.groups);
    this.typedAt = null;
  }

  /** Back or forward: the entry we are on now was not typed here. */
  restored(): void {
    this.typedAt = null;
  }
}
