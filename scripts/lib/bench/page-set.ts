/**
 * One page of each type to measure, taken from the build: for a type with many pages, the largest
 * HTML file, so a budget holds for the heaviest page of its kind.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { publishedEntries } from '../content-entries.ts';

export interface PageType {
  label: string;
  path: string;
}

const htmlOf = (dist: string, path: string) => join(dist, path, 'index.html');

function subpages(dist: string, folder: string): string[] {
  const dir = join(dist, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `/${folder}/${entry.name}/`);
}

export function pageTypes(dist = 'dist', contentDir = 'content'): PageType[] {
  const entries = publishedEntries(contentDir);
  const of = (collection: string) => entries.filter((entry) => entry.collection === collection).map((entry) => entry.url);
  const candidates: [string, string[]][] = [
    ['home', ['/']],
    ['guide', of('services')],
    ['policy', of('policies')],
    ['audience', subpages(dist, 'audiences')],
    ['service points', ['/service-points/']],
    ['early-childhood age', subpages(dist, 'early-childhood/age')],
    ['youth entry', of('youth')],
    ['news item', of('news')],
    ['disclosure item', of('disclosure')],
    ['disclosure catalog', ['/disclosure/catalog/']],
    ['bulletin issue', of('bulletins')],
    ['trends', ['/bulletins/trends/']],
    ['search', ['/search/']],
  ];
  return candidates.flatMap(([label, paths]) => {
    const built = paths.filter((path) => existsSync(htmlOf(dist, path)));
    if (built.length === 0) return [];
    const largest = built.reduce((a, b) => (statSync(htmlOf(dist, b)).size > statSync(htmlOf(dist, a)).size ? b : a));
    return [{ label, path: largest }];
  });
}
