import { describe, expect, it } from 'vitest';
import { groupByYear, newsFeedItems, newsNewestFirst, YEAR_SLUG } from '../../src/lib/news.ts';

const item = (id: string, publishedAt: string, kind = '工作动态') => ({ id, data: { title: `标题${id}`, summary: `摘要${id}`, publishedAt, kind } });

describe('news grouping', () => {
  it('sorts newest first, ties by id', () => {
    expect(newsNewestFirst([item('b', '2012-03-01'), item('a', '2012-03-01'), item('c', '2013-01-05')]).map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });

  it('groups by year, newest year first, items newest first', () => {
    const groups = groupByYear([item('a', '2012-03-01'), item('b', '2013-01-05'), item('c', '2012-11-20'), item('d', '2012-12-31')]);
    expect(groups.map((group) => [group.year, group.entries.map((e) => e.id)])).toEqual([
      [2013, ['b']],
      [2012, ['d', 'c', 'a']],
    ]);
    expect(groupByYear([])).toEqual([]);
  });

  it('knows which slugs would collide with a year list', () => {
    expect(YEAR_SLUG.test('2012')).toBe(true);
    expect(YEAR_SLUG.test('jiazhang-daketang-2012')).toBe(false);
  });
});

describe('newsFeedItems', () => {
  it('builds absolute links from the site URL and carries kind as category', () => {
    const items = newsFeedItems([item('a', '2012-03-01'), item('b', '2012-05-01', '活动预告')], 'https://ehome.example.gov.cn');
    expect(items).toEqual([
      { title: '标题b', link: 'https://ehome.example.gov.cn/news/b/', pubDate: '2012-05-01', description: '摘要b', categories: ['活动预告'] },
      { title: '标题a', link: 'https://ehome.example.gov.cn/news/a/', pubDate: '2012-03-01', description: '摘要a', categories: ['工作动态'] },
    ]);
  });
});
