import { describe, expect, it } from 'vitest';
import { isSearchable, runSearch, type PagefindApi, type PagefindSearchOptions } from '../../src/lib/search-run.ts';
import { docNumberKey } from '../../src/lib/search-query.ts';
import { emptyState, toggleFilter } from '../../src/lib/search-url.ts';

/** A stand-in for Pagefind that records each search and answers with counts named after it. */
function fakeApi() {
  const calls: { term: string | null; options: PagefindSearchOptions | undefined }[] = [];
  const api: PagefindApi = {
    options: async () => {},
    init: async () => {},
    filters: async () => ({}),
    async search(term, options) {
      calls.push({ term, options });
      const n = calls.length;
      return { results: [{ id: `r${n}`, score: 1, data: async () => ({ url: `/r${n}/`, excerpt: '', meta: {}, filters: {} }) as never }], unfilteredResultCount: 1, filters: { 栏目: { [`call ${n}`]: n } }, totalFilters: {} };
    },
  };
  return { api, calls };
}

const scope = { fixedFilters: {}, groups: ['section', 'topic', 'year'] as const };

describe('runSearch', () => {
  it('one search without ticked filters: the words, relevance order, the page’s counts', async () => {
    const { api, calls } = fakeApi();
    const outcome = await runSearch(api, { ...emptyState(), q: '孕前检查' }, scope);
    expect(calls).toEqual([{ term: '孕前检查', options: { filters: {} } }]);
    expect(outcome.results.map((r) => r.id)).toEqual(['r1']);
    expect(outcome.counts('section')).toEqual({ 栏目: { 'call 1': 1 } });
  });

  it('a ticked group is counted by a search of its own without its own boxes', async () => {
    const { api, calls } = fakeApi();
    const state = toggleFilter({ ...emptyState(), q: '扶助' }, 'section', '办事指南', true);
    const outcome = await runSearch(api, state, { ...scope, fixedFilters: { 语言: '中文' } });
    expect(calls).toHaveLength(2);
    expect(calls[0]!.options?.filters).toEqual({ 栏目: { any: ['办事指南'] }, 语言: { any: ['中文'] } });
    expect(calls[1]!.options?.filters).toEqual({ 语言: { any: ['中文'] } });
    expect(outcome.counts('section')).toEqual({ 栏目: { 'call 2': 2 } });
    expect(outcome.counts('topic')).toEqual({ 栏目: { 'call 1': 1 } });
  });

  it('sends a 文号 as its key, and sorts filter-only or date searches newest first', async () => {
    const { api, calls } = fakeApi();
    await runSearch(api, { ...emptyState(), q: '西政发[2012]4号' }, scope);
    expect(calls[0]!.term).toBe(docNumberKey('西政发〔2012〕4号'));
    await runSearch(api, toggleFilter(emptyState(), 'year', '2012', true), scope);
    expect(calls[1]).toMatchObject({ term: null, options: { sort: { date: 'desc' } } });
    await runSearch(api, { ...emptyState(), q: '孕前', sort: 'date' }, scope);
    expect(calls.at(-1)!.options?.sort).toEqual({ date: 'desc' });
  });
});

describe('isSearchable', () => {
  it('needs words or a ticked filter the page offers', () => {
    expect(isSearchable(emptyState(), scope)).toBe(false);
    expect(isSearchable({ ...emptyState(), q: '  ' }, scope)).toBe(false);
    expect(isSearchable({ ...emptyState(), q: '孕检' }, scope)).toBe(true);
    expect(isSearchable(toggleFilter(emptyState(), 'year', '2012', true), scope)).toBe(true);
    expect(isSearchable(toggleFilter(emptyState(), 'year', '2012', true), { ...scope, groups: ['section'] })).toBe(false);
  });
});
