import { describe, expect, it } from 'vitest';
import { buildRss, escapeXml, rfc822 } from '../../src/lib/rss.ts';

const feed = {
  title: '西城幸福e家 · 工作动态',
  link: 'https://ehome.example.gov.cn/news/',
  selfLink: 'https://ehome.example.gov.cn/feeds/news.xml',
  description: '工作动态与活动预告',
  items: [
    { title: '举办第十三届青春健康教育家长大课堂 <预告> & 报名', link: 'https://ehome.example.gov.cn/news/a/', pubDate: '2012-04-20', description: '“家长”课堂', categories: ['活动预告'] },
    { title: '启动“西城幸福e家”建设', link: 'https://ehome.example.gov.cn/news/b/', pubDate: '2012-03-15', description: '摘要' },
  ],
};

describe('rfc822', () => {
  it('reads a date as Beijing midnight and writes it in UTC', () => {
    expect(rfc822('2012-04-20')).toBe('Thu, 19 Apr 2012 16:00:00 +0000');
    expect(rfc822('2012-04-20T09:30')).toBe('Fri, 20 Apr 2012 01:30:00 +0000');
  });
});

describe('buildRss', () => {
  const xml = buildRss(feed);

  it('is an RSS 2.0 document with the channel and one item per entry', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    expect(xml).toContain('<title>西城幸福e家 · 工作动态</title>');
    expect(xml.match(/<item>/g)).toHaveLength(2);
    expect(xml).toContain('<lastBuildDate>Thu, 19 Apr 2012 16:00:00 +0000</lastBuildDate>');
    expect(xml).toContain('<category>活动预告</category>');
    expect(xml).toContain('<guid isPermaLink="true">https://ehome.example.gov.cn/news/b/</guid>');
  });

  it('escapes markup in titles and descriptions', () => {
    expect(xml).toContain('<title>举办第十三届青春健康教育家长大课堂 &lt;预告&gt; &amp; 报名</title>');
    expect(escapeXml(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&apos;');
  });

  it('leaves out characters XML 1.0 forbids', () => {
    const dirty = buildRss({ ...feed, items: [{ ...feed.items[1]!, title: 'a\u0000b\u0008c' }] });
    expect(dirty).toContain('<title>abc</title>');
  });

  it('is still a well-formed channel with no items', () => {
    const empty = buildRss({ ...feed, items: [] });
    expect(empty).not.toContain('<item>');
    expect(empty).not.toContain('lastBuildDate');
    expect(empty).toContain('</channel>\n</rss>\n');
  });
});
