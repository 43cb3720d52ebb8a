import { describe, expect, it } from 'vitest';
import { emptyState, hasFilters, historyModeForTyping, pagefindFilters, parseSearchParams, serialiseSearchState, toggleFilter, TYPING_SETTLE_MS } from '../../src/lib/search-url.ts';

describe('search state in the URL', () => {
  it('reads the header form’s ?q= and every filter group', () => {
    const state = parseSearchParams('?q=%E5%AD%95%E5%89%8D%E6%A3%80%E6%9F%A5&section=办事指南&topic=a&topic=b&year=2012&stage=孕前优生&audience=流动人口&sort=date');
    expect(state).toEqual({
      q: '孕前检查',
      filters: { section: ['办事指南'], topic: ['a', 'b'], year: ['2012'], stage: ['孕前优生'], audience: ['流动人口'] },
      sort: 'date',
    });
  });

  it('reads a query typed with + for spaces, ignores unknown parameters, repeated values and unknown sorts', () => {
    const state = parseSearchParams('q=%E6%B5%81%E5%8A%A8%E4%BA%BA%E5%8F%A3+%E5%A9%9A%E8%82%B2%E8%AF%81%E6%98%8E&utm=x&year=2012&year=2012&sort=oldest');
    expect(state.q).toBe('流动人口 婚育证明');
    expect(state.filters.year).toEqual(['2012']);
    expect(state.sort).toBe('relevance');
  });

  it('reads only the groups a page offers', () => {
    expect(parseSearchParams('q=x&section=办事指南&year=2012', ['topic', 'year']).filters).toEqual({ section: [], topic: [], year: ['2012'], stage: [], audience: [] });
  });

  it('writes a state back to the same state, in a fixed order, and the empty state as ""', () => {
    const state = toggleFilter(toggleFilter({ ...emptyState(), q: '生育服务证', sort: 'date' }, 'year', '2012', true), 'section', '办事指南', true);
    const text = serialiseSearchState(state);
    expect(text.startsWith('?q=')).toBe(true);
    expect(text.indexOf('section=')).toBeLessThan(text.indexOf('year='));
    expect(parseSearchParams(text)).toEqual(state);
    expect(serialiseSearchState(emptyState())).toBe('');
  });

  it('switches filter values on and off', () => {
    const on = toggleFilter(emptyState(), 'topic', '扶助关怀', true);
    expect(on.filters.topic).toEqual(['扶助关怀']);
    expect(hasFilters(on)).toBe(true);
    expect(toggleFilter(on, 'topic', '扶助关怀', true).filters.topic).toEqual(['扶助关怀']);
    expect(hasFilters(toggleFilter(on, 'topic', '扶助关怀', false))).toBe(false);
  });
});

describe('pagefindFilters', () => {
  const state = toggleFilter(toggleFilter(toggleFilter(emptyState(), 'year', '2012', true), 'year', '2011', true), 'topic', '扶助关怀', true);

  it('ORs the values of a group and ANDs the groups, under the Pagefind filter names', () => {
    expect(pagefindFilters(state)).toEqual({ 主题: { any: ['扶助关怀'] }, 年份: { any: ['2012', '2011'] } });
  });

  it('always applies the page’s fixed filters', () => {
    expect(pagefindFilters(emptyState(), { 栏目: '政府信息公开' })).toEqual({ 栏目: { any: ['政府信息公开'] } });
  });

  it('leaves one group out for counting that group', () => {
    expect(pagefindFilters(state, { 栏目: '政府信息公开' }, 'year')).toEqual({ 主题: { any: ['扶助关怀'] }, 栏目: { any: ['政府信息公开'] } });
  });
});

describe('historyModeForTyping', () => {
  it('replaces the entry while a query is being typed, and adds one once it has been read', () => {
    expect(historyModeForTyping(null, 10_000)).toBe('push');
    expect(historyModeForTyping(10_000, 10_000 + 300)).toBe('replace');
    expect(historyModeForTyping(10_000, 10_000 + TYPING_SETTLE_MS - 1)).toBe('replace');
    expect(historyModeForTyping(10_000, 10_000 + TYPING_SETTLE_MS)).toBe('push');
  });
});
