import { describe, expect, it } from 'vitest';
import { facetGroups, groupsNeedingOwnCounts, type FilterCounts } from '../../src/lib/search-facets.ts';
import { emptyState, toggleFilter } from '../../src/lib/search-url.ts';

const full: FilterCounts = {
  栏目: { 政策法规: 5, 办事指南: 17, 工作动态: 1, 联系我们: 0, 政府信息公开: 4 },
  年份: { '2011': 1, '2013': 2, '2012': 23, '2004': 0 },
  主题: { 扶助关怀: 7, 青春健康: 1, 优生优育与生殖健康: 12, 儿童早期发展: 7 },
};

describe('facetGroups', () => {
  it('lists options with results, 栏目 in navigation order, years newest first, the rest by count', () => {
    const groups = facetGroups(emptyState(), () => full, { groups: ['section', 'year', 'topic', 'stage'], preferredOrder: { section: ['办事指南', '政策法规', '政府信息公开'] } });
    expect(groups.map((group) => group.key)).toEqual(['section', 'year', 'topic']);
    expect(groups[0]!.options.map((option) => option.value)).toEqual(['办事指南', '政策法规', '政府信息公开', '工作动态']);
    expect(groups[1]!.options.map((option) => option.value)).toEqual(['2013', '2012', '2011']);
    expect(groups[2]!.options.map((option) => `${option.value}${option.count}`)).toEqual(['优生优育与生殖健康12', '儿童早期发展7', '扶助关怀7', '青春健康1']);
    expect(groups[2]!.options.every((option) => !option.selected)).toBe(true);
  });

  it('counts a ticked group from its own search and keeps a ticked option even at 0', () => {
    const state = toggleFilter(toggleFilter(emptyState(), 'year', '2012', true), 'year', '2004', true);
    const narrowed: FilterCounts = { 年份: { '2012': 23, '2011': 0, '2013': 0, '2004': 0 }, 主题: { 扶助关怀: 3 } };
    const ownYear: FilterCounts = { 年份: { '2012': 23, '2011': 1, '2013': 2, '2004': 0 } };
    const groups = facetGroups(state, (key) => (key === 'year' ? ownYear : narrowed), { groups: ['year', 'topic'] });
    expect(groups[0]!.options).toEqual([
      { value: '2013', count: 2, selected: false },
      { value: '2012', count: 23, selected: true },
      { value: '2011', count: 1, selected: false },
      { value: '2004', count: 0, selected: true },
    ]);
    expect(groups[0]!.selectedCount).toBe(2);
    expect(groups[1]!.options).toEqual([{ value: '扶助关怀', count: 3, selected: false }]);
  });

  it('shows a ticked value the index does not know, so that it can be unticked', () => {
    const state = toggleFilter(emptyState(), 'topic', '不存在的主题', true);
    expect(facetGroups(state, () => ({}), { groups: ['topic'] })[0]!.options).toEqual([{ value: '不存在的主题', count: 0, selected: true }]);
  });
});

describe('groupsNeedingOwnCounts', () => {
  it('is the offered groups that have a tick', () => {
    const state = toggleFilter(toggleFilter(emptyState(), 'year', '2012', true), 'section', '办事指南', true);
    expect(groupsNeedingOwnCounts(state, ['topic', 'year'])).toEqual(['year']);
  });
});
