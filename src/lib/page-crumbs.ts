import type { Crumb } from './breadcrumbs.ts';

/**
 * Breadcrumbs above a single page from its folder: pages/disclosure/guide → 政府信息公开 › …,
 * using the nav item (or a page) whose URL is the folder.
 */
export function parentCrumbs(id: string, pages: readonly { id: string; title: string }[], nav: readonly { label: string; href: string }[]): Crumb[] {
  const segments = id.split('/').slice(0, -1);
  const crumbs: Crumb[] = [];
  for (let i = 1; i <= segments.length; i++) {
    const path = segments.slice(0, i).join('/');
    const href = `/${path}/`;
    const label = nav.find((item) => item.href === href)?.label ?? pages.find((page) => page.id === path)?.title;
    if (label) crumbs.push({ label, href });
  }
  return crumbs;
}
