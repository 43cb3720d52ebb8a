/** robots.txt: everything may be crawled; the sitemap index is named with the site's own origin. */
export function robotsTxt(origin: string): string {
  return ['User-agent: *', 'Allow: /', `Sitemap: ${new URL('/sitemap-index.xml', origin).href}`, ''].join('\n');
}
