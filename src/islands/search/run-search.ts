/**
 * One search as the page runs it: the query normalised (文号 and 索引号 become their keys), the
 * filters of the URL plus the page's fixed ones, and one extra search per ticked group so that
 * each group is counted as if its own boxes were unticked.
 */
import { normaliseQuery } from '../../lib/search-query.ts';
import { groupsNeedingOwnCounts, type FilterCounts } from '../../lib/search-facets.ts';
import { pagefindFilters, type FilterKey, type SearchState } from '../../lib/search-url.ts';
import type { PagefindApi, PagefindResult } from './pagefind.ts';

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
