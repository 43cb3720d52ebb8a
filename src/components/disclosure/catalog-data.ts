/**
 * The one place the disclosure column reads its collection: the catalogue pages, the column home,
 * the RSS feed and catalog.json all call loadCatalog(), so they can never disagree.
 */
import { getCollection } from 'astro:content';
import { isPublished } from '../../queries/published.ts';
import { buildCatalog, catalogViews, type CatalogItem, type CatalogView, type Topic } from '../../lib/disclosure-catalog.ts';

export interface LoadedCatalog {
  topics: Topic[];
  catalog: CatalogItem[];
  views: CatalogView[];
}

let cached: Promise<LoadedCatalog> | undefined;

export function loadCatalog(): Promise<LoadedCatalog> {
  cached ??= (async () => {
    const topics = (await getCollection('topics')).map((topic) => ({ id: topic.data.id, code: topic.data.code, name: topic.data.name }));
    const entries = await getCollection('disclosure', isPublished);
    const catalog = buildCatalog(entries, topics);
    return { topics, catalog, views: catalogViews(catalog, topics) };
  })();
  return cached;
}
