/**
 * The search page: a search field, results with filters and sort, over Pagefind's JS API. The
 * URL holds the query, filters and sort (src/lib/search-url.ts); this component keeps the page,
 * the URL and history in step. Used on /search/ and, with a fixed 栏目, on /disclosure/search/.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { PAGE_SIZE, TYPING_DEBOUNCE_MS } from '../../lib/search-config.ts';
import { facetGroups, type FacetGroup } from '../../lib/search-facets.ts';
import { resultCountText, resultView, type ResultView } from '../../lib/search-results.ts';
import { emptyFilters, hasFilters, serialiseSearchState, toggleFilter, type FilterKey, type SearchState, type SortOrder } from '../../lib/search-url.ts';
import { loadPagefind, type PagefindResult } from './pagefind.ts';
import { isSearchable, runSearch } from './run-search.ts';
import { readUrl, SearchHistory } from './url-history.ts';
import SearchForm from './SearchForm.tsx';
import FacetPanel from './FacetPanel.tsx';
import SortControl from './SortControl.tsx';
import ResultList from './ResultList.tsx';
import NoResults from './NoResults.tsx';

export interface BrowseLink {
  label: string;
  href: string;
}

interface Props {
  /** Filters applied to every search here, e.g. { 栏目: '政府信息公开' }. */
  fixedFilters?: Record<string, string> | undefined;
  /** Filter groups offered, in order. */
  groups: FilterKey[];
  /** 栏目 in navigation order, for listing the 栏目 filter. */
  sectionOrder?: string[] | undefined;
  /** Section indexes suggested when nothing is found. */
  browseLinks: BrowseLink[];
  placeholder: string;
  hint?: string | undefined;
  /** False under `astro dev`, where there is no index to search. */
  available: boolean;
}

type Phase = 'idle' | 'loading' | 'ready' | 'error';

export default function SearchApp({ fixedFilters, groups, sectionOrder, browseLinks, placeholder, hint, available }: Props) {
  const scope = useMemo(() => ({ fixedFilters: fixedFilters ?? {}, groups }), [fixedFilters, groups]);
  const [state, setState] = useState<SearchState>(() => readUrl(groups));
  const [input, setInput] = useState(state.q);
  const [phase, setPhase] = useState<Phase>('idle');
  const [results, setResults] = useState<PagefindResult[]>([]);
  const [views, setViews] = useState<ResultView[]>([]);
  const [facets, setFacets] = useState<FacetGroup[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  /** The URL state the shown results belong to (data-results-for, for tests and styles). */
  const [shownFor, setShownFor] = useState('');
  const [focusFrom, setFocusFrom] = useState<number | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  const inputRef = useRef(input);
  inputRef.current = input;
  const urlHistory = useMemo(() => new SearchHistory(groups), [groups]);
  const timer = useRef<number | undefined>(undefined);
  const sequence = useRef(0);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const fromUrl = () => {
      window.clearTimeout(timer.current);
      urlHistory.restored();
      const next = readUrl(groups);
      setState(next);
      setInput(next.q);
    };
    window.addEventListener('popstate', fromUrl);
    return () => window.removeEventListener('popstate', fromUrl);
  }, [groups, urlHistory]);

  useEffect(() => {
    if (!available) return;
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
        setFacets(facetGroups(state, outcome.counts, { groups: scope.groups, preferredOrder: { section: sectionOrder ?? [] } }));
        setShownFor(serialiseSearchState(state));
        setPhase('ready');
      } catch (error) {
        if (id !== sequence.current) return;
        console.warn('搜索失败', error);
        setPhase('error');
      }
    })();
  }, [state, scope, available, sectionOrder]);

  useEffect(() => {
    if (focusFrom === null) return;
    listRef.current?.querySelectorAll<HTMLAnchorElement>('.search-result__title a')[focusFrom]?.focus();
    setFocusFrom(null);
  }, [views, focusFrom]);

  /** The current state with what is typed but not yet searched for. */
  function settled(): SearchState {
    window.clearTimeout(timer.current);
    return { ...stateRef.current, q: inputRef.current.trim() };
  }

  function onType(value: string) {
    setInput(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const next = { ...stateRef.current, q: value.trim() };
      if (next.q === stateRef.current.q) return;
      urlHistory.typed(next);
      setState(next);
    }, TYPING_DEBOUNCE_MS);
  }

  function onSubmit() {
    const next = settled();
    urlHistory.submitted(next);
    if (next.q !== stateRef.current.q) setState(next);
  }

  function commit(next: SearchState) {
    urlHistory.changed(next);
    setState(next);
  }

  async function loadMore() {
    const id = sequence.current;
    const start = views.length;
    setLoadingMore(true);
    try {
      const more = await Promise.all(results.slice(start, start + PAGE_SIZE).map((result) => result.data()));
      if (id !== sequence.current) return;
      setViews((current) => [...current, ...more.map(resultView)]);
      setFocusFrom(start);
    } finally {
      setLoadingMore(false);
    }
  }

  if (!available) {
    return (
      <div className="notice search-unavailable">
        <p>开发预览（npm run dev）中没有搜索索引，搜索不可用。请运行 <code>npm run build</code> 后用 <code>npm run serve</code> 打开网站再试。</p>
        <p>按栏目浏览：{browseLinks.map((link, i) => <span key={link.href}>{i > 0 && '、'}<a href={link.href}>{link.label}</a></span>)}</p>
      </div>
    );
  }

  const filtered = hasFilters(state);
  const status = phase === 'ready' ? resultCountText(results.length, views.length) : phase === 'error' ? '搜索暂时无法使用' : '';
  return (
    <div className="search-app" data-phase={phase} data-results-for={shownFor}>
      <SearchForm value={input} placeholder={placeholder} hint={hint} onChange={onType} onSubmit={onSubmit} />
      <div className="search-status-row">
        <p className="search-status" role="status" aria-live="polite" aria-atomic="true">{status}</p>
        {phase === 'loading' && <p className="search-loading">正在搜索…</p>}
      </div>
      {phase === 'error' && (
        <div className="notice">
          <p>搜索暂时无法使用，请稍后刷新页面再试。</p>
          <p>按栏目浏览：{browseLinks.map((link, i) => <span key={link.href}>{i > 0 && '、'}<a href={link.href}>{link.label}</a></span>)}</p>
        </div>
      )}
      {(phase === 'ready' || phase === 'loading') && (results.length > 0 || filtered) && (
        <div className="search-layout">
          <FacetPanel groups={facets} selected={state.filters} onToggle={(key, value, on) => commit(toggleFilter(settled(), key, value, on))} onClear={() => commit({ ...settled(), filters: emptyFilters() })} />
          <section className="search-main" aria-labelledby="search-results-heading" aria-busy={phase === 'loading'}>
            <h2 id="search-results-heading">搜索结果</h2>
            {results.length > 0 && <SortControl value={state.sort} onChange={(sort: SortOrder) => commit({ ...settled(), sort })} />}
            {phase === 'ready' && results.length === 0 && (
              <NoResults query={state.q} filtered={filtered} browseLinks={browseLinks} onClearFilters={() => commit({ ...settled(), filters: emptyFilters() })} />
            )}
            <ResultList views={views} listRef={listRef} />
            {views.length < results.length && (
              <button type="button" className="search-more" onClick={() => void loadMore()}>
                {loadingMore ? '正在加载…' : `加载更多（还有 ${results.length - views.length} 条）`}
              </button>
            )}
          </section>
        </div>
      )}
      {phase === 'ready' && results.length === 0 && !filtered && (
        <NoResults query={state.q} filtered={false} browseLinks={browseLinks} onClearFilters={() => undefined} />
      )}
    </div>
  );
}
