/**
 * Drafts show in `astro dev` and never in a production build. Pass as the filter of getCollection.
 */
export function isPublished(entry: { data: { draft?: boolean } }): boolean {
  return import.meta.env.DEV || entry.data.draft !== true;
}
