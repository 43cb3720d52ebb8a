/** The published content entries on disk and the page URL each one gets (src/lib/links-content.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_ROUTES, entryOfContentPath } from '../../src/lib/links-content.ts';

export interface ContentEntry {
  file: string;
  collection: string;
  url: string;
}

function isDraft(file: string): boolean {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) return (JSON.parse(text) as { draft?: boolean }).draft === true;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return /^draft:\s*true\b/m.test(frontmatter);
}

export function publishedEntries(contentDir = 'content'): ContentEntry[] {
  return ENTRY_ROUTES.flatMap((route) =>
    readdirSync(join(contentDir, route.folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => !name.split('/').some((part) => part.startsWith('_')))
      .sort()
      .flatMap((name) => {
        const file = join(contentDir, route.folder, name);
        const entry = entryOfContentPath(file);
        return entry && !isDraft(file) ? [{ file, collection: entry.collection, url: entry.url }] : [];
      }),
  );
}

/** The first published entry of a collection, so tests follow the content rather than name one file. */
export function firstEntryUrl(collection: string, entries = publishedEntries()): string {
  const entry = entries.find((candidate) => candidate.collection === collection);
  if (!entry) throw new Error(`no published entry in ${collection}`);
  return entry.url;
}
