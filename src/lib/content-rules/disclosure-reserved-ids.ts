/**
 * Disclosure items live at /disclosure/<file name>/, beside the column's own pages
 * (/disclosure/catalog/, /disclosure/guide/ …): an item may not take one of those names.
 */
import type { ContentRule, Problem } from '../content-validation/types.ts';

/** Paths under /disclosure/ used by the column itself (routes in src/pages/disclosure/). */
export const RESERVED_DISCLOSURE_IDS = ['catalog', 'search', 'apply', 'annual-reports', 'page', 'feeds', 'files'] as const;

export const disclosureReservedIds: ContentRule = (snapshot) => {
  const pageNames = (snapshot.get('pages') ?? []).filter((page) => page.id.startsWith('disclosure/')).map((page) => page.id.slice('disclosure/'.length));
  const reserved = new Set<string>([...RESERVED_DISCLOSURE_IDS, ...pageNames]);
  const problems: Problem[] = [];
  for (const entry of snapshot.get('disclosure') ?? []) {
    if (!reserved.has(entry.id)) continue;
    problems.push({
      file: entry.file,
      field: '文件名',
      message: `文件名“${entry.id}”与本栏目的页面 /disclosure/${entry.id}/ 冲突`,
      hint: '换一个文件名，例如加上年份：xxx-2012.mdx',
    });
  }
  return problems;
};
