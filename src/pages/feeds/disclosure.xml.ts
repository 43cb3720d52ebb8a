/** RSS 2.0: the newest disclosure items, from the same catalogue code path as the pages. */
import type { APIRoute } from 'astro';
import { buildRss } from '../../lib/rss.ts';
import { absoluteUrl, feedItems } from '../../lib/disclosure-catalog.ts';
import { loadCatalog } from '../../components/disclosure/catalog-data.ts';
import { site } from '../../site.config.ts';

export const GET: APIRoute = async () => {
  const { catalog } = await loadCatalog();
  const xml = buildRss({
    title: `${site.name} · 政府信息公开`,
    link: absoluteUrl('/disclosure/', site.url),
    selfLink: absoluteUrl('/feeds/disclosure.xml', site.url),
    description: `${site.owner}主动公开的政府信息，按发布日期从新到旧排列。`,
    items: feedItems(catalog, site.url),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
