/** The nav item a path belongs to: the longest href that prefixes it (home only for “/”). */
export function activeNavHref(pathname: string, hrefs: readonly string[]): string | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  let best: string | undefined;
  for (const href of hrefs) {
    const matches = href === '/' ? path === '/' : path.startsWith(href);
    if (matches && (best === undefined || href.length > best.length)) best = href;
  }
  return best;
}
