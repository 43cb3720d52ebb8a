/**
 * The filter checkboxes of the search page, from Pagefind's filter counts. Each group is counted
 * as if its own boxes were unticked (so ticking 2012 does not turn 2011 into 0), and an option
 * with no results is left out unless it is ticked, so that a reader can always untick it.
 */
import { FILTER_GROUPS, type FilterKey, type SearchState } from './search-url.ts';

/** Pagefind's counts: filter name → value → number of results. */
export type FilterCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;

export interface FacetOption {
  value: string;
  count: number;
  selected: boolean;
}

export interface FacetGroup {
  key: FilterKey;
  label: string;
  options: FacetOption[];
  selectedCount: number;
}

export interface FacetOptions {
  /** Groups to show, in this order. */
  groups: readonly FilterKey[];
  /** Values listed first, in this order (e.g. the 栏目 in navigation order); the rest follow. */
  preferredOrder?: Partial<Record<FilterKey, readonly string[]>>;
}

const collator = new Intl.Collator('zh-CN');

function compareOptions(key: FilterKey, preferred: readonly string[]) {
  return (a: FacetOption, b: FacetOption): number => {
    if (key === 'year') return b.value.localeCompare(a.value);
    const ia = preferred.indexOf(a.value);
    const ib = preferred.indexOf(b.value);
    if (ia !== -1 || ib !== -1) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
    return b.count - a.count || collator.compare(a.value, b.value);
  };
}

/**
 * `counts(key)` gives the counts to show for a group: the counts of the full search for groups
 * with nothing ticked, or of the search without that group's filter for groups with a tick.
 */
export function facetGroups(state: SearchState, counts: (key: FilterKey) => FilterCounts, options: FacetOptions): FacetGroup[] {
  const groups: FacetGroup[] = [];
  for (const key of options.groups) {
    const group = FILTER_GROUPS.find((candidate) => candidate.key === key)!;
    const selected = state.filters[key];
    const values = { ...(counts(key)[group.filter] ?? {}) };
    for (const value of selected) values[value] ??= 0;
    const list = Object.entries(values)
      .map(([value, count]) => ({ value, count, selected: selected.includes(value) }))
      .filter((option) => option.count > 0 || option.selected)
      .sort(compareOptions(key, options.preferredOrder?.[key] ?? []));
    if (list.length > 0) groups.push({ key, label: group.label, options: list, selectedCount: selected.length });
  }
  return groups;
}

/** Which groups need a search of their own for their counts: those with a tick. */
export function groupsNeedingOwnCounts(state: SearchState, groups: readonly FilterKey[]): FilterKey[] {
  return groups.filter((key) => state.filters[key].length > 0);
}
