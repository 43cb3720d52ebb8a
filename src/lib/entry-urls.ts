/** The URL of every content entry, by collection, from the one route table (links-content.ts). */
import { ENTRY_ROUTES } from './links-content.ts';

export function entryUrl(collection: string, id: string): string {
  const route = ENTRY_ROUTES.find((candidate) => candidate.collection === collection);
  if (route === undefined) throw new Error(`No pages are built for the collection “${collection}”`);
  return `${route.prefix}${id}/`;
}

export const collectionsWithPages = ENTRY_ROUTES.map((route) => route.collection);
