/** /feeds/news.xml: 工作动态 and 活动预告 as RSS 2.0, absolute links under site.url. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildRss } from '../../lib/rss.ts';
import { newsFeedItems } from '../../lib/news.ts';
import { isPublished } from '../../queries/published.ts';
import { site } from '../../site.config.ts';

export const GET: APIRoute = async () => {
  const items = await getCollection('news', isPublished);
  const xml = buildRss({
    title: `${site.name} · 工作动态`,
    link: new URL('/news/', site.url).href,
    selfLink: new URL('/feeds/news.xml', site.url).href,
    description: `${site.operator}发布的人口和计划生育工作动态与活动预告`,
    items: newsFeedItems(items, site.url),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
