/**
 * One search as the page runs it: the query normalised (文号 and 索引号 become their keys), the
 * filters of the URL plus the page's fixed ones, and one extra search per ticked group so that
 * each group is counted as if its own boxes were unticked. The Pagefind API is a parameter (the
 * island passes the loaded bundle, tests a stand-in), so this stays pure of the browser.
 */
import { normaliseQuery } from './search-query.ts';
import { groupsNeedingOwnCounts, type FilterCounts } from './search-facets.ts';
import type { ResultData } from './search-results.ts';
import { pagefindFilters, type FilterKey, type SearchState } from './search-url.ts';

/** The part of Pagefind's JS API the search page uses. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface PagefindSearchOptions {
  filters?: object;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindApi {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
}
export interface SearchScope {
  /** Filters every search of this page applies, e.g. { 栏目: '政府信息公开' }. */
  fixedFilters: Readonly<Record<string, string>>;
  /** Filter groups the page offers. */
  groups: readonly FilterKey[];
}

export interface SearchOutcome {
  results: PagefindResult[];
  counts: (key: FilterKey) => FilterCounts;
}

/** True when there is something to search for: words, or at least one ticked filter. */
export function isSearchable(state: SearchState, scope: SearchScope): boolean {
  return normaliseQuery(state.q).term !== '' || scope.groups.some((key) => state.filters[key].length > 0);
}

export async function runSearch(api: PagefindApi, state: SearchState, scope: SearchScope): Promise<SearchOutcome> {
  const term = normaliseQuery(state.q).term || null;
  // Without words there is no relevance to rank by: filter-only results come newest first.
  const sort = state.sort === 'date' || term === null ? { sort: { date: 'desc' as const } } : {};
  const own = groupsNeedingOwnCounts(state, scope.groups);
  const [main, ...others] = await Promise.all([
    api.search(term, { filters: pagefindFilters(state, scope.fixedFilters), ...sort }),
    ...own.map((key) => api.search(term, { filters: pagefindFilters(state, scope.fixedFilters, key) })),
  ]);
  const byGroup = new Map(own.map((key, i) => [key, others[i]!.filters]));
  return { results: main!.results, counts: (key) => byGroup.get(key) ?? main!.filters };
}
