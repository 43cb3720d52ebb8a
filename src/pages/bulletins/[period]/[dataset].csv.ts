/** /bulletins/2012-h1/population-by-street.csv: one CSV per dataset, plus headlines.csv. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { isPublished } from '../../../queries/published.ts';
import { datasetCsv, headlinesCsv } from '../../../lib/bulletin-csv.ts';

export const getStaticPaths = (async () => {
  const entries = await getCollection('bulletins', isPublished);
  return entries.flatMap((entry) => [
    { params: { period: entry.id, dataset: 'headlines' }, props: { csv: headlinesCsv(entry.data.headlines) } },
    ...entry.data.datasets.map((dataset) => ({ params: { period: entry.id, dataset: dataset.id }, props: { csv: datasetCsv(dataset) } })),
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: string }).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
