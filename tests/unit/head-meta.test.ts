import { describe, expect, it } from 'vitest';
import { openGraphTags } from '../../src/lib/open-graph.ts';
import { robotsTxt } from '../../src/lib/robots.ts';

describe('openGraphTags', () => {
  const base = { title: '标题', description: '摘要', url: 'https://ehome.example.gov.cn/x/', siteName: '西城幸福e家' };
  it('gives every page type, title, description, url, site name and locale', () => {
    expect(openGraphTags({ ...base, type: 'website' })).toEqual([
      { property: 'og:type', content: 'website' },
      { property: 'og:title', content: '标题' },
      { property: 'og:description', content: '摘要' },
      { property: 'og:url', content: 'https://ehome.example.gov.cn/x/' },
      { property: 'og:site_name', content: '西城幸福e家' },
      { property: 'og:locale', content: 'zh_CN' },
    ]);
  });
  it('adds the article dates and section on articles only', () => {
    const article = openGraphTags({ ...base, type: 'article', publishedTime: '2012-02-28', modifiedTime: '2012-03-01', section: '政策法规' });
    expect(article.slice(6)).toEqual([
      { property: 'article:published_time', content: '2012-02-28' },
      { property: 'article:modified_time', content: '2012-03-01' },
      { property: 'article:section', content: '政策法规' },
    ]);
    expect(openGraphTags({ ...base, type: 'website', publishedTime: '2012-02-28' })).toHaveLength(6);
  });
});

describe('robotsTxt', () => {
  it('allows everything and points at the sitemap index on the configured origin', () => {
    expect(robotsTxt('https://other.example.gov.cn')).toBe('User-agent: *\nAllow: /\nSitemap: https://other.example.gov.cn/sitemap-index.xml\n');
  });
});
