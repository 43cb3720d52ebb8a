/**
 * Runs the search for a URL state and holds what it found: results (Pagefind's lazy handles), the
 * first pages of them loaded for display, filter counts, and where focus goes after 加载更多.
 * A newer state wins: answers to an older search are dropped.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { PAGE_SIZE } from '../../lib/search-config.ts';
import { facetGroups, type FacetGroup } from '../../lib/search-facets.ts';
import { resultView, type ResultView } from '../../lib/search-results.ts';
import { serialiseSearchState, type SearchState } from '../../lib/search-url.ts';
import { loadPagefind } from './pagefind.ts';
import { isSearchable, runSearch, type PagefindResult, type SearchScope } from '../../lib/search-run.ts';

export type Phase = 'idle' | 'loading' | 'ready' | 'error';

export interface SearchResults {
  phase: Phase;
  results: PagefindResult[];
  views: ResultView[];
  facets: FacetGroup[];
  /** The URL state the shown results belong to. */
  shownFor: string;
  loadingMore: boolean;
  loadMore(): void;
}

export function useSearch(state: SearchState, scope: SearchScope, enabled: boolean, sectionOrder: readonly string[], list: RefObject<HTMLOListElement | null>): SearchResults {
  const [phase, setPhase] = useState<Phase>('idle');
  const [results, setResults] = useState<PagefindResult[]>([]);
  const [views, setViews] = useState<ResultView[]>([]);
  const [facets, setFacets] = useState<FacetGroup[]>([]);
  const [shownFor, setShownFor] = useState('');
  const [loadingMore, setLoadingMore] = useState(false);
  const [focusFrom, setFocusFrom] = useState<number | null>(null);
  const sequence = useRef(0);

  useEffect(() => {
    if (!enabled) return;
    const id = ++sequence.current;
    if (!isSearchable(state, scope)) {
      setPhase('idle');
      setResults([]);
      setViews([]);
      setFacets([]);
      setShownFor('');
      return;
    }
    setPhase('loading');
    void (async () => {
      try {
        const api = await loadPagefind();
        const outcome = await runSearch(api, state, scope);
        const first = await Promise.all(outcome.results.slice(0, PAGE_SIZE).map((result) => result.data()));
        if (id !== sequence.current) return;
        setResults(outcome.results);
        setViews(first.map(resultView));
        setFacets(facetGroups(state, outcome.counts, { groups: scope.groups, preferredOrder: { section: sectionOrder } }));
        setShownFor(serialiseSearchState(state));
        setPhase('ready');
      } catch (error) {
        if (id !== sequence.current) return;
        console.warn('搜索失败', error);
        setPhase('error');
      }
    })();
  }, [state, scope, enabled, sectionOrder]);

  // After 加载更多, focus the first new result, so keyboard and screen-reader users read on from there.
  useEffect(() => {
    if (focusFrom === null) return;
    list.current?.querySelectorAll<HTMLAnchorElement>('.search-result__title a')[focusFrom]?.focus();
    setFocusFrom(null);
  }, [views, focusFrom, list]);

  function loadMore() {
    if (loadingMore) return;
    const id = sequence.current;
    const start = views.length;
    setLoadingMore(true);
    void Promise.all(results.slice(start, start + PAGE_SIZE).map((result) => result.data()))
      .then((more) => {
        if (id !== sequence.current) return;
        setViews((current) => [...current, ...more.map(resultView)]);
        setFocusFrom(start);
      })
      .finally(() => setLoadingMore(false));
  }

  return { phase, results, views, facets, shownFor, loadingMore, loadMore };
}
