/**
 * The search page's state in its URL: /search/?q=孕前检查&section=办事指南&year=2012&sort=date.
 * The URL is the state, so the header form (a plain GET to ?q=), the back button and a shared
 * link all land on the same results. Filter values are the Chinese names Pagefind filters on;
 * a group may repeat (topic=a&topic=b) and means any of them.
 */

/** The filter groups, their URL parameter and the Pagefind filter (data-pagefind-filter) name. */
export const FILTER_GROUPS = [
  { key: 'section', filter: '栏目', label: '栏目' },
  { key: 'topic', filter: '主题', label: '主题' },
  { key: 'year', filter: '年份', label: '年份' },
  { key: 'stage', filter: '人生阶段', label: '人生阶段' },
  { key: 'audience', filter: '服务对象', label: '服务对象' },
] as const;

export type FilterGroup = (typeof FILTER_GROUPS)[number];
export type FilterKey = FilterGroup['key'];
export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  sort: SortOrder;
}

export function emptyFilters(): Record<FilterKey, string[]> {
  return { section: [], topic: [], year: [], stage: [], audience: [] };
}

export function emptyState(): SearchState {
  return { q: '', filters: emptyFilters(), sort: 'relevance' };
}

/** Reads ?q=…; unknown parameters are ignored, and so are groups not in `groups`. */
export function parseSearchParams(search: string | URLSearchParams, groups: readonly FilterKey[] = FILTER_GROUPS.map((g) => g.key)): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptyState();
  state.q = (params.get('q') ?? '').trim();
  for (const key of groups) {
    const values = params.getAll(key).map((value) => value.trim()).filter(Boolean);
    state.filters[key] = [...new Set(values)];
  }
  state.sort = params.get('sort') === 'date' ? 'date' : 'relevance';
  return state;
}

/** The query string for a state ("?q=…", or "" for the empty state), in a fixed parameter order. */
export function serialiseSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const group of FILTER_GROUPS) {
    for (const value of state.filters[group.key]) params.append(group.key, value);
  }
  if (state.sort === 'date') params.set('sort', 'date');
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_GROUPS.some((group) => state.filters[group.key].length > 0);
}

/** A copy of the state with one value of a group switched on or off. */
export function toggleFilter(state: SearchState, key: FilterKey, value: string, on: boolean): SearchState {
  const current = state.filters[key];
  const next = on ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
  return { ...state, filters: { ...state.filters, [key]: next } };
}

export type HistoryMode = 'push' | 'replace';

/** A typed query that has stood this long has been read: the next one gets its own entry. */
export const TYPING_SETTLE_MS = 1500;

/**
 * Whether a typed query replaces the current history entry or adds one. It replaces while the
 * entry is a query still being typed (written by typing less than TYPING_SETTLE_MS ago), so
 * that 准, 准生, 准生证 are one entry; `typedAt` is null when the entry was not written by typing.
 */
export function historyModeForTyping(typedAt: number | null, now: number): HistoryMode {
  return typedAt !== null && now - typedAt < TYPING_SETTLE_MS ? 'replace' : 'push';
}

export type PagefindFilters = Record<string, { any: string[] }>;

/**
 * Pagefind's filter object: groups are combined with AND, the values of one group with OR.
 * `fixed` (e.g. 栏目 = 政府信息公开 on the disclosure search) always applies; `except` leaves one
 * group out, to count that group's options as if it were not selected.
 */
export function pagefindFilters(state: SearchState, fixed: Readonly<Record<string, string>> = {}, except?: FilterKey): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const group of FILTER_GROUPS) {
    const values = state.filters[group.key];
    if (group.key !== except && values.length > 0) filters[group.filter] = { any: [...values] };
  }
  for (const [name, value] of Object.entries(fixed)) filters[name] = { any: [value] };
  return filters;
}
