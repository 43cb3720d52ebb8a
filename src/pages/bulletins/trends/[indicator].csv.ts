/** /bulletins/trends/resident-population.csv: one headline indicator across all bulletins. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { isPublished } from '../../../queries/published.ts';
import { headlineTrends, trendAsDataset } from '../../../lib/bulletin.ts';
import { datasetCsv } from '../../../lib/bulletin-csv.ts';

export const getStaticPaths = (async () => {
  const entries = await getCollection('bulletins', isPublished);
  return headlineTrends(entries.map((entry) => entry.data)).map((trend) => ({ params: { indicator: trend.id }, props: { csv: datasetCsv(trendAsDataset(trend)) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csv: string }).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
