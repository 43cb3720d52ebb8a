/**
 * Discoverability, read the way a crawler reads it: every JSON-LD block of one page of each type
 * parsed with JSON.parse and checked for its type and required properties; canonical and Open
 * Graph tags on every built page; robots.txt and the sitemap against the content on disk.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { site } from '../../src/site.config.ts';
import { startHarness, watchPage, type Harness } from './support/browser.ts';
import { firstEntryUrl, publishedEntries } from '../../scripts/lib/content-entries.ts';

const ORIGIN = new URL(site.url).origin;
type Node = Record<string, unknown>;

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

const firstDir = (folder: string) => {
  const name = readdirSync(join('dist', folder), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()[0];
  assert.ok(name, `no pages under dist/${folder}`);
  return `/${folder}/${name}/`;
};

const has = (node: Node, ...keys: string[]) => {
  for (const key of keys) assert.ok(node[key] !== undefined && node[key] !== '', `${String(node['@type'])} lacks ${key}`);
};

/** Every absolute URL in a JSON-LD object (but the @context, a vocabulary name). */
function urlsIn(value: unknown): string[] {
  if (typeof value === 'string') return /^[a-z]+:\/\//i.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => (key === '@context' ? [] : urlsIn(inner)));
  return [];
}

const article = (dated: boolean) => (node: Node) => {
  has(node, 'headline', 'description', 'url', 'dateModified', 'author', 'publisher');
  if (dated) has(node, 'datePublished');
  assert.equal(node['inLanguage'], 'zh-CN');
};

/** One page of each type, the schema.org types its JSON-LD must include, and what each must carry. */
const PAGES: { label: string; path: () => string; og: 'website' | 'article'; types: Record<string, (node: Node) => void> }[] = [
  {
    label: 'home',
    path: () => '/',
    og: 'website',
    types: {
      GovernmentOrganization: (node) => { has(node, 'name', 'url', 'areaServed'); assert.equal(node['name'], site.owner); },
      WebSite: (node) => { has(node, 'name', 'url', 'publisher'); assert.equal(node['name'], site.name); },
    },
  },
  { label: 'section index', path: () => '/services/', og: 'website', types: {} },
  {
    label: 'service guide',
    path: () => firstEntryUrl('services'),
    og: 'article',
    types: {
      GovernmentService: (node) => {
        has(node, 'name', 'description', 'url', 'provider', 'areaServed', 'serviceType', 'audience', 'availableChannel');
        const channels = node['availableChannel'] as { '@type': string; serviceLocation: { '@type': string; address: { streetAddress: string } } }[];
        assert.ok(channels.length > 0);
        for (const channel of channels) {
          assert.equal(channel['@type'], 'ServiceChannel');
          assert.equal(channel.serviceLocation['@type'], 'Place');
          assert.ok(channel.serviceLocation.address.streetAddress);
        }
      },
    },
  },
  { label: 'policy', path: () => firstEntryUrl('policies'), og: 'article', types: { Article: article(true) } },
  { label: 'audience', path: () => firstDir('audiences'), og: 'website', types: {} },
  { label: 'service points', path: () => '/service-points/', og: 'website', types: {} },
  { label: 'early-childhood guide', path: () => firstEntryUrl('earlyChildhood'), og: 'article', types: { Article: article(true) } },
  { label: 'early-childhood age', path: () => firstDir('early-childhood/age'), og: 'website', types: {} },
  { label: 'youth entry', path: () => firstEntryUrl('youth'), og: 'article', types: { Article: article(true) } },
  { label: 'news item', path: () => firstEntryUrl('news'), og: 'article', types: { NewsArticle: article(true) } },
  { label: 'disclosure item', path: () => firstEntryUrl('disclosure'), og: 'article', types: { Article: article(true) } },
  { label: 'disclosure catalog', path: () => '/disclosure/catalog/', og: 'website', types: {} },
  { label: 'single page', path: () => firstEntryUrl('pages'), og: 'article', types: { Article: article(false) } },
  ...(['bulletin issue', 'trends'] as const).map((label) => ({
    label,
    path: () => (label === 'trends' ? '/bulletins/trends/' : firstEntryUrl('bulletins')),
    og: 'article' as const,
    types: {
      Dataset: (node: Node) => {
        has(node, 'name', 'description', 'url', 'temporalCoverage', 'spatialCoverage', 'publisher', 'distribution');
        if (label === 'bulletin issue') has(node, 'datePublished');
        assert.equal(node['isAccessibleForFree'], true);
        assert.match(String(node['temporalCoverage']), /^\d{4}-\d{2}\/\d{4}-\d{2}$/);
        const downloads = node['distribution'] as { '@type': string; encodingFormat: string; contentUrl: string }[];
        assert.ok(downloads.every((download) => download['@type'] === 'DataDownload'));
        assert.ok(downloads.some((download) => download.encodingFormat === 'text/csv'));
        if (label === 'bulletin issue') assert.ok(downloads.some((download) => download.encodingFormat === 'application/json'));
      },
    },
  })),
];

describe('structured data and Open Graph, one page of each type', () => {
  for (const { label, path, og, types } of PAGES) {
    it(`${label}: JSON-LD parses, has the expected types and properties, absolute URLs on the site; og tags match the canonical URL`, async () => {
      const pathname = path();
      const context = await harness.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      const watch = watchPage(page, harness.baseUrl);
      const response = await page.goto(harness.baseUrl + pathname);
      assert.equal(response?.status(), 200, pathname);

      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      const nodes = blocks.map((text) => JSON.parse(text) as Node);
      for (const node of nodes) assert.equal(node['@context'], 'https://schema.org');
      const found = nodes.map((node) => String(node['@type']));
      const expected = [...Object.keys(types), ...(pathname === '/' ? [] : ['BreadcrumbList'])];
      assert.deepEqual([...found].sort(), [...expected].sort(), `${pathname}: JSON-LD types`);
      for (const node of nodes) types[String(node['@type'])]?.(node);

      const trail = nodes.find((node) => node['@type'] === 'BreadcrumbList');
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      assert.equal(canonical, new URL(pathname, ORIGIN).href);
      if (trail) {
        const items = trail['itemListElement'] as { position: number; name: string; item: string }[];
        assert.deepEqual(items.map((item) => item.position), items.map((_, i) => i + 1));
        assert.equal(items[0]?.item, `${ORIGIN}/`);
        assert.equal(items.at(-1)?.item, canonical, 'the last crumb is the page itself');
        const visible = await page.locator('nav.breadcrumbs li').allInnerTexts();
        assert.deepEqual(items.map((item) => item.name), visible.map((text) => text.trim()));
      }
      for (const url of urlsIn(nodes)) assert.ok(url.startsWith(`${ORIGIN}/`), `${url} is not on ${ORIGIN}`);
      // Every download a Dataset names is really there.
      for (const node of nodes.filter((candidate) => candidate['@type'] === 'Dataset')) {
        for (const { contentUrl } of node['distribution'] as { contentUrl: string }[]) {
          const download = await fetch(harness.baseUrl + new URL(contentUrl).pathname);
          assert.equal(download.status, 200, contentUrl);
        }
      }

      const meta = async (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
      assert.equal(await meta('og:url'), canonical);
      assert.equal(await meta('og:type'), og);
      assert.equal(await meta('og:site_name'), site.name);
      assert.equal(await meta('og:locale'), 'zh_CN');
      assert.ok(await meta('og:title'));
      assert.equal(await meta('og:description'), await page.locator('meta[name="description"]').getAttribute('content'));
      const article = nodes.find((node) => node['@type'] === 'Article' || node['@type'] === 'NewsArticle');
      if (article?.['datePublished']) assert.equal(await meta('article:published_time'), article['datePublished']);
      assert.deepEqual(watch.foreignRequests, []);
      await context.close();
    });
  }
});

/** Every built page: dist/a/b/index.html → /a/b/ */
function builtPages(dir = 'dist', prefix = '/'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : builtPages(join(dir, entry.name), `${prefix}${entry.name}/`);
    return entry.name === 'index.html' ? [prefix] : [];
  });
}

const html = (pathname: string) => readFileSync(join('dist', pathname, 'index.html'), 'utf8');
const attribute = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]!);

describe('every built page', () => {
  const pages = builtPages();
  it('has one canonical URL, its own address on the site origin, and og:url equal to it', () => {
    assert.ok(pages.length > 100, `only ${pages.length} pages found in dist/`);
    for (const pathname of pages) {
      const text = html(pathname);
      assert.deepEqual(attribute(text, /<link rel="canonical" href="([^"]+)"/g), [new URL(pathname, ORIGIN).href], pathname);
      assert.deepEqual(attribute(text, /<meta property="og:url" content="([^"]+)"/g), [new URL(pathname, ORIGIN).href], pathname);
    }
  });
  it('the 404 page is noindex and claims no canonical URL', () => {
    const text = readFileSync('dist/404.html', 'utf8');
    assert.match(text, /<meta name="robots" content="noindex"/);
    assert.doesNotMatch(text, /rel="canonical"|og:url|application\/ld\+json/);
  });
});

describe('robots.txt and sitemap', () => {
  it('robots.txt allows crawling and names the sitemap index on the site origin', async () => {
    const response = await fetch(`${harness.baseUrl}/robots.txt`);
    assert.equal(response.status, 200);
    const text = await response.text();
    assert.match(text, /^User-agent: \*$/m);
    assert.doesNotMatch(text, /^Disallow: \/\s*$/m);
    assert.equal(/^Sitemap: (.+)$/m.exec(text)?.[1], `${ORIGIN}/sitemap-index.xml`);
  });

  it('the sitemap index points at sitemap-0.xml, which lists every published content entry, only built pages, and no 404', () => {
    const index = readFileSync('dist/sitemap-index.xml', 'utf8');
    assert.ok(attribute(index, /<loc>([^<]+)<\/loc>/g).includes(`${ORIGIN}/sitemap-0.xml`));
    const listed = new Set(attribute(readFileSync('dist/sitemap-0.xml', 'utf8'), /<loc>([^<]+)<\/loc>/g));
    const entries = publishedEntries();
    assert.ok(entries.length > 50, `only ${entries.length} content entries found`);
    const missing = entries.filter((entry) => !listed.has(new URL(entry.url, ORIGIN).href)).map((entry) => entry.file);
    assert.deepEqual(missing, []);
    const built = new Set(builtPages().map((pathname) => new URL(pathname, ORIGIN).href));
    for (const url of listed) {
      assert.ok(url.startsWith(`${ORIGIN}/`), url);
      assert.ok(!/\/404(\.html|\/)?$/.test(new URL(url).pathname), `${url} is a 404 page`);
      assert.ok(built.has(url), `${url} is in the sitemap but no page was built for it`);
    }
  });
});
