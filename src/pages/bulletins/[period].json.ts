/** /bulletins/2012-h1.json: the validated data of one bulletin, as the schema reads it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished } from '../../queries/published.ts';

export const getStaticPaths = (async () => {
  const entries = await getCollection('bulletins', isPublished);
  return entries.map((entry) => ({ params: { period: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { entry } = props as { entry: CollectionEntry<'bulletins'> };
  const { draft: _draft, ...data } = entry.data;
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
