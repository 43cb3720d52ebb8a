/** /bulletins/2012-h1/datapackage.json: the Frictionless Tabular Data Package descriptor. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished } from '../../../queries/published.ts';
import { bulletinDataPackage } from '../../../lib/bulletin-datapackage.ts';
import { site } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const entries = await getCollection('bulletins', isPublished);
  return entries.map((entry) => ({ params: { period: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { entry } = props as { entry: CollectionEntry<'bulletins'> };
  return new Response(`${JSON.stringify(bulletinDataPackage(entry.data, { slug: site.slug, district: site.district }), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
