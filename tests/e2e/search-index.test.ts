/**
 * The Pagefind index as Chromium loads it from the built site: every published content entry is in
 * it exactly once, nothing else is (no list pages, no search pages), only main content is indexed
 * (no header, footer, breadcrumbs or hidden filter values), and every entry has the filters and
 * metadata the search page shows. Build first: npm run build.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { publishedEntries } from '../../scripts/lib/content-entries.ts';
import { site } from '../../src/site.config.ts';
import { startHarness, type Harness } from './support/browser.ts';
import { allIndexedPages, openPagefind, type IndexedPage } from './support/pagefind.ts';

/** Pages in the index that are not content entries: articles built from entries. */
const INDEXED_BUILT_PAGES = ['/bulletins/trends/'];

let harness: Harness;
let indexed: IndexedPage[];
before(async () => {
  harness = await startHarness();
  const context = await harness.newContext();
  const page = await context.newPage();
  await openPagefind(page, harness.baseUrl);
  indexed = await allIndexedPages(page);
  await context.close();
});
after(async () => {
  await harness?.close();
});

describe('search index', () => {
  it('holds every published content entry exactly once, and no other page but the built articles', async () => {
    const entries = publishedEntries();
    assert.ok(entries.length > 100, `expected the whole corpus, read ${entries.length} entries`);
    const counts = new Map<string, number>();
    for (const { url } of indexed) counts.set(url, (counts.get(url) ?? 0) + 1);
    const missing = entries.filter((entry) => !counts.has(entry.url)).map((entry) => `${entry.url}（${entry.file}）`);
    assert.deepEqual(missing, [], 'entries missing from the index');
    assert.deepEqual([...counts].filter(([, count]) => count > 1), [], 'pages indexed more than once');
    const expected = new Set([...entries.map((entry) => entry.url), ...INDEXED_BUILT_PAGES]);
    assert.deepEqual(indexed.map((page) => page.url).filter((url) => !expected.has(url)), [], 'pages that should not be in the index');
    for (const url of ['/search/', '/disclosure/search/', '/services/', '/disclosure/catalog/', '/', '/sitemap/']) assert.ok(!counts.has(url), url);
  });

  it('indexes only main content: no header, navigation, breadcrumbs, footer, edit links or hidden filter values', async () => {
    const chrome = ['跳到主要内容', site.registration.icp, site.registration.publicSecurity, site.registration.siteIdCode, '网站标识码', '在 GitHub 上编辑此页', '最后更新'];
    // A page may talk about the chrome (无障碍说明 explains the “跳到主要内容” link): its own words count.
    const sources = new Map(publishedEntries().map((entry) => [entry.url, readFileSync(entry.file, 'utf8')]));
    for (const page of indexed) {
      const own = sources.get(page.url) ?? '';
      for (const text of chrome.filter((phrase) => !own.includes(phrase))) assert.ok(!page.content.includes(text), `${page.url} has “${text}” in its indexed text`);
      // SearchFilters' hidden values (栏目, 年份, ISO date) used to run into the text after the title.
      assert.ok(!page.content.includes(page.meta['date']!), `${page.url}: hidden date ${page.meta['date']} is in the indexed text`);
      assert.ok(!page.content.startsWith(`${page.title}. ${page.meta['section']}${page.meta['date']!.slice(0, 4)}`), `${page.url}: hidden filters are in the indexed text`);
    }
  });

  it('gives every page a title, 栏目, 年份 and date, and a key for each 文号 and 索引号', () => {
    for (const page of indexed) {
      assert.ok(page.title, `${page.url} has a title`);
      assert.equal(page.filters['栏目']?.length, 1, `${page.url} has one 栏目`);
      assert.match(page.meta['date'] ?? '', /^\d{4}-\d{2}-\d{2}$/, `${page.url} has a date`);
      assert.deepEqual(page.filters['年份'], [page.meta['date']!.slice(0, 4)], `${page.url} 年份 is the year of its date`);
      assert.equal(page.meta['section'], page.filters['栏目']![0], `${page.url} shows its 栏目`);
      if (page.meta['docNumber'] || page.meta['indexNo']) assert.ok(page.meta['keys'], `${page.url} has search keys`);
    }
    // Every synonym an editor gave is searchable: it is in the page's terms metadata.
    for (const entry of publishedEntries()) {
      const text = readFileSync(entry.file, 'utf8');
      const data = entry.file.endsWith('.json') ? JSON.parse(text) : yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '');
      const synonyms = ((data as { synonyms?: string[] } | null)?.synonyms ?? []).map(String);
      const terms = indexed.find((page) => page.url === entry.url)?.meta['terms'] ?? '';
      for (const synonym of synonyms) assert.ok(terms.includes(synonym), `${entry.url}: synonym “${synonym}” is searchable`);
    }
    const disclosure = indexed.filter((page) => page.url.startsWith('/disclosure/') && page.meta['indexNo']);
    assert.ok(disclosure.length >= 30, 'disclosure items carry their 索引号');
    assert.ok(indexed.some((page) => page.meta['docNumber'] === '西政发〔2012〕4号'), 'a 文号 is in the metadata');
  });

  it('files entries under the filters the search page offers', () => {
    const values = (name: string) => new Set(indexed.flatMap((page) => page.filters[name] ?? []));
    for (const section of ['办事指南', '政策法规', '婴幼儿早期发展', '青春健康', '政府信息公开', '人口专刊', '工作动态']) assert.ok(values('栏目').has(section), section);
    assert.ok(values('主题').size >= 5, '主题');
    assert.ok(values('人生阶段').size >= 5, '人生阶段');
    assert.ok(values('服务对象').size >= 3, '服务对象');
  });
});
