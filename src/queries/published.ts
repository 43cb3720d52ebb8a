/**
 * Drafts show in `astro dev` and never in a production build. Pass as the filter of getCollection.
 * MODE, not DEV: DEV is also true in a build run with NODE_ENV=test (as under vitest).
 */
export function isPublished(entry: { data: { draft?: boolean } }): boolean {
  return import.meta.env.MODE === 'development' || entry.data.draft !== true;
}
