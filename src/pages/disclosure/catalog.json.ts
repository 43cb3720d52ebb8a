/** /disclosure/catalog.json: every published item's metadata and absolute URL, for other portals to harvest. */
import type { APIRoute } from 'astro';
import { catalogJson } from '../../lib/disclosure-catalog.ts';
import { loadCatalog } from '../../components/disclosure/catalog-data.ts';
import { site } from '../../site.config.ts';

export const GET: APIRoute = async () => {
  const { catalog } = await loadCatalog();
  return new Response(`${JSON.stringify(catalogJson(catalog, site))}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
