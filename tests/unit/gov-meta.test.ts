import { describe, expect, it } from 'vitest';
import { govMetaTags } from '../../src/lib/gov-meta.ts';
import { activeNavHref } from '../../src/lib/navigation.ts';
import { parentCrumbs } from '../../src/lib/page-crumbs.ts';

const base = {
  siteName: '西城幸福e家',
  siteDomain: 'ehome.example.gov.cn',
  siteIdCode: '示例-0000000000',
  columnName: '政府信息公开',
  url: 'https://ehome.example.gov.cn/disclosure/x/',
  description: '摘要',
};

describe('govMetaTags', () => {
  it('gives column pages the site and column tags only', () => {
    const names = govMetaTags(base).map((tag) => tag.name);
    expect(names).toEqual(['SiteName', 'SiteDomain', 'SiteIDCode', 'ColumnName', 'Description', 'Url']);
  });
  it('adds the article tags and keywords on article pages', () => {
    const tags = govMetaTags({ ...base, keywords: ['计划生育', '通知'], article: { title: '通知', pubDate: '2012-02-28', contentSource: '北京市西城区人民政府' } });
    const byName = Object.fromEntries(tags.map((tag) => [tag.name, tag.content]));
    expect(byName).toMatchObject({ ArticleTitle: '通知', PubDate: '2012-02-28', ContentSource: '北京市西城区人民政府', Keywords: '计划生育,通知' });
  });
});

describe('activeNavHref', () => {
  const hrefs = ['/', '/services/', '/disclosure/'];
  it('marks the section a page belongs to, and home only on the home page', () => {
    expect(activeNavHref('/', hrefs)).toBe('/');
    expect(activeNavHref('/services/free-prepregnancy-checkup/', hrefs)).toBe('/services/');
    expect(activeNavHref('/disclosure', hrefs)).toBe('/disclosure/');
    expect(activeNavHref('/about/', hrefs)).toBeUndefined();
  });
});

describe('parentCrumbs', () => {
  it('names a nested page’s parent from the navigation', () => {
    expect(parentCrumbs('disclosure/guide', [], [{ label: '政府信息公开', href: '/disclosure/' }])).toEqual([{ label: '政府信息公开', href: '/disclosure/' }]);
    expect(parentCrumbs('about', [], [])).toEqual([]);
  });
});
