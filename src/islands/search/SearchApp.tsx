/**
 * The search page: a search field, results with filters and sort, over Pagefind's JS API. The
 * URL holds the query, filters and sort (src/lib/search-url.ts); this component keeps the field,
 * the URL and history in step, and useSearch runs the searches. Used on /search/ and, with a
 * fixed 栏目, on /disclosure/search/.
 */
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { TYPING_DEBOUNCE_MS } from '../../lib/search-config.ts';
import { resultCountText } from '../../lib/search-results.ts';
import { emptyFilters, hasFilters, toggleFilter, type FilterKey, type SearchState, type SortOrder } from '../../lib/search-url.ts';
import { readUrl, SearchHistory } from './url-history.ts';
import { useSearch } from './use-search.ts';
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

function BrowseLinks({ links }: { links: readonly BrowseLink[] }) {
  return <p>按栏目浏览：{links.map((link, i) => <Fragment key={link.href}>{i > 0 && '、'}<a href={link.href}>{link.label}</a></Fragment>)}</p>;
}

const NO_ORDER: string[] = [];

export default function SearchApp({ fixedFilters, groups, sectionOrder = NO_ORDER, browseLinks, placeholder, hint, available }: Props) {
  const scope = useMemo(() => ({ fixedFilters: fixedFilters ?? {}, groups }), [fixedFilters, groups]);
  const [state, setState] = useState<SearchState>(() => readUrl(groups));
  const [input, setInput] = useState(state.q);
  const stateRef = useRef(state);
  stateRef.current = state;
  const inputRef = useRef(input);
  inputRef.current = input;
  const urlHistory = useMemo(() => new SearchHistory(groups), [groups]);
  const timer = useRef<number | undefined>(undefined);
  const listRef = useRef<HTMLOListElement>(null);
  const { phase, results, views, facets, shownFor, loadingMore, loadMore } = useSearch(state, scope, available, sectionOrder, listRef);

  useEffect(() => {
    const fromUrl = () => {
      window.clearTimeout(timer.current);
      urlHistory.restored();
      const next = readUrl(groups);
      setState(next);
      setInput(next.q);
    };
    window.addEventListener('popstate', fromUrl);
    return () => {
      window.removeEventListener('popstate', fromUrl);
      window.clearTimeout(timer.current);
    };
  }, [groups, urlHistory]);

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

  const clearFilters = () => commit({ ...settled(), filters: emptyFilters() });

  if (!available) {
    return (
      <div className="notice search-unavailable">
        <p>开发预览（npm run dev）中没有搜索索引，搜索不可用。请运行 <code>npm run build</code> 后用 <code>npm run serve</code> 打开网站再试。</p>
        <BrowseLinks links={browseLinks} />
      </div>
    );
  }

  const filtered = hasFilters(state);
  const status = phase === 'ready' ? resultCountText(results.length, views.length) : phase === 'error' ? '搜索暂时无法使用' : '';
  const showLayout = (phase === 'ready' || phase === 'loading') && (results.length > 0 || filtered);
  const nothingFound = phase === 'ready' && results.length === 0;
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
          <BrowseLinks links={browseLinks} />
        </div>
      )}
      {showLayout && (
        <div className="search-layout">
          <section className="search-main" aria-labelledby="search-results-heading" aria-busy={phase === 'loading'}>
            <h2 id="search-results-heading">搜索结果</h2>
            {results.length > 0 && <SortControl value={state.sort} onChange={(sort: SortOrder) => commit({ ...settled(), sort })} />}
            {nothingFound && <NoResults query={state.q} filtered browseLinks={browseLinks} onClearFilters={clearFilters} />}
            <ResultList views={views} listRef={listRef} />
            {views.length < results.length && (
              <button type="button" className="search-more" onClick={loadMore}>
                {loadingMore ? '正在加载…' : `加载更多（还有 ${results.length - views.length} 条）`}
              </button>
            )}
          </section>
          <FacetPanel groups={facets} selected={state.filters} onToggle={(key, value, on) => commit(toggleFilter(settled(), key, value, on))} onClear={clearFilters} />
        </div>
      )}
      {nothingFound && !filtered && <NoResults query={state.q} filtered={false} browseLinks={browseLinks} onClearFilters={clearFilters} />}
    </div>
  );
}
