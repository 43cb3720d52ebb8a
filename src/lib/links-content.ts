/**
 * Where each content entry appears on the site, and the reverse: which entry a site path shows.
 * Used by the change summary (content file → URL), the link check (dist page → content file) and
 * the draft rule (a body link → the entry it points at).
 */

/** Collection name → its folder under content/ and the URL prefix of its pages. */
export const ENTRY_ROUTES: readonly { collection: string; folder: string; prefix: string }[] = [
  { collection: 'services', folder: 'services', prefix: '/services/' },
  { collection: 'policies', folder: 'policies', prefix: '/policies/' },
  { collection: 'youth', folder: 'youth', prefix: '/youth/' },
  { collection: 'earlyChildhood', folder: 'early-childhood', prefix: '/early-childhood/' },
  { collection: 'disclosure', folder: 'disclosure', prefix: '/disclosure/' },
  { collection: 'news', folder: 'news', prefix: '/news/' },
  { collection: 'bulletins', folder: 'bulletins', prefix: '/bulletins/' },
  { collection: 'pages', folder: 'pages', prefix: '/' },
];

/** The page URL of an entry: services + free-checkup → /services/free-checkup/ */
export function entryUrl(collection: string, id: string): string | null {
  const route = ENTRY_ROUTES.find((r) => r.collection === collection);
  return route ? `${route.prefix}${id}/` : null;
}

/** content/services/free-checkup.mdx → { collection: 'services', id: 'free-checkup', url } ; null for other files. */
export function entryOfContentPath(path: string): { collection: string; folder: string; id: string; url: string } | null {
  const match = /^(?:.*\/)?content\/([^/]+)\/(.+)\.(mdx|md|json)$/.exec(path.replace(/\\/g, '/'));
  if (!match) return null;
  const [, folder, id, ext] = match;
  const route = ENTRY_ROUTES.find((r) => r.folder === folder);
  if (!route) return null;
  if (route.collection === 'bulletins' ? ext !== 'json' : ext === 'json') return null;
  return { collection: route.collection, folder: folder!, id: id!, url: `${route.prefix}${id}/` };
}

/**
 * The entry a site path shows, given the ids that exist: /services/free-checkup/ → services
 * free-checkup. Prefixed sections are tried before single pages (whose prefix is /).
 */
export function entryOfUrl(pathname: string, ids: ReadonlyMap<string, ReadonlySet<string>>): { collection: string; id: string } | null {
  const clean = decodeSafe(pathname.split(/[?#]/)[0]!).replace(/index\.html$/, '').replace(/\/?$/, '/');
  for (const route of ENTRY_ROUTES) {
    if (!clean.startsWith(route.prefix)) continue;
    const id = clean.slice(route.prefix.length, -1);
    if (id && ids.get(route.collection)?.has(id)) return { collection: route.collection, id };
  }
  return null;
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
