/**
 * The search pages in Chromium: header form → results; filters, sort and the URL; a shared link;
 * the back button; no results; 加载更多 and focus; 文号 and 索引号 in the disclosure search; the page
 * without JavaScript; axe; and that nothing loads from elsewhere or logs an error.
 * Build first: npm run build.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { emptyState, parseSearchParams, serialiseSearchState, TYPING_SETTLE_MS } from '../../src/lib/search-url.ts';
import { site } from '../../src/site.config.ts';
import { axeViolations, startHarness, watchPage, type Harness, type PageWatch } from './support/browser.ts';

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

interface Session {
  context: BrowserContext;
  page: Page;
  watch: PageWatch;
}

async function open(path: string, options: Parameters<Harness['newContext']>[0] = {}): Promise<Session> {
  const context = await harness.newContext(options);
  const page = await context.newPage();
  const watch = watchPage(page, harness.baseUrl);
  await page.goto(harness.baseUrl + path);
  return { context, page, watch };
}

/** Waits until the island shows the results of this URL state (a query string such as "?q=…"). */
async function resultsFor(page: Page, search: string): Promise<void> {
  const expected = serialiseSearchState(parseSearchParams(search));
  await page.locator(`.search-app[data-phase="ready"][data-results-for="${expected.replaceAll('"', '\\"')}"]`).waitFor({ timeout: 15_000 });
}

const q = (query: string) => serialiseSearchState({ ...emptyState(), q: query });
const resultUrls = (page: Page) => page.locator('.search-result__title a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
const resultSections = (page: Page) => page.locator('.search-result__meta > span:first-child').allInnerTexts();
const searchField = (page: Page) => page.getByRole('search').filter({ has: page.getByLabel('搜索关键词') }).getByLabel('搜索关键词');

async function clean(session: Session): Promise<void> {
  assert.deepEqual(session.watch.foreignRequests, [], 'no request to another origin');
  assert.deepEqual(session.watch.consoleErrors, [], 'no console error');
  assert.deepEqual(session.watch.pageErrors, [], 'no page error');
  assert.deepEqual(session.watch.failedRequests, [], 'no failed request');
  await session.context.close();
}

describe('站内搜索', () => {
  it('the header form on another page submits to /search/?q= and the page shows marked results', async () => {
    const session = await open('/services/');
    const { page } = session;
    const header = page.locator('.site-search');
    await header.getByLabel('搜索本站').fill('孕前检查');
    await header.getByRole('button', { name: '搜索' }).click();
    await page.waitForURL(/\/search\/\?q=/);
    assert.equal(new URL(page.url()).searchParams.get('q'), '孕前检查');
    await resultsFor(page, q('孕前检查'));
    assert.equal(await searchField(page).inputValue(), '孕前检查');
    const status = page.getByRole('status');
    assert.equal(await status.getAttribute('aria-live'), 'polite');
    assert.match(await status.innerText(), /^找到 \d+ 条结果/);
    assert.equal((await resultUrls(page))[0], '/services/free-prepregnancy-checkup/');
    const first = page.locator('.search-result').first();
    assert.equal((await first.locator('h3 a').innerText()).trim(), '免费孕前优生健康检查');
    assert.equal(await first.locator('.search-result__meta > span').first().innerText(), '办事指南');
    assert.match(await first.locator('time').innerText(), /^\d{4}年\d{1,2}月\d{1,2}日$/);
    assert.ok((await first.locator('.search-result__excerpt mark').count()) > 0, 'matched words are marked');
    await clean(session);
  });

  it('Pagefind loads only when a search runs, and content pages load no script', async () => {
    const session = await open('/search/');
    const { page } = session;
    const pagefindRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefindRequests.push(request.url());
    });
    await page.locator('.search-app').waitFor();
    assert.equal(pagefindRequests.length, 0, 'nothing of Pagefind before a search');
    await searchField(page).fill('叶酸');
    await resultsFor(page, q('叶酸'));
    assert.ok(pagefindRequests.some((url) => url.endsWith('/pagefind/pagefind.js')), 'Pagefind loaded on the first search');
    await page.goto(`${harness.baseUrl}/services/free-prepregnancy-checkup/`);
    assert.equal(await page.locator('script[src], script[type="module"], astro-island').count(), 0, 'a content page has no island and no script file');
    await clean(session);
  });

  it('the search island is on the two search pages and no other page of the build', () => {
    const html = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? html(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : []));
    const withIsland = html('dist').filter((file) => /component-url="[^"]*SearchApp/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(withIsland.sort(), [join('dist', 'disclosure', 'search', 'index.html'), join('dist', 'search', 'index.html')]);
  });

  it('filters narrow the results, show counts and update the URL; unticking restores them', async () => {
    const session = await open(`/search/${q('孕前检查')}`);
    const { page } = session;
    await resultsFor(page, q('孕前检查'));
    const total = Number(/找到 (\d+) 条/.exec(await page.getByRole('status').innerText())![1]);
    const sectionLabel = page.locator('.search-facets__group label').filter({ hasText: /^办事指南/ });
    const sectionBox = sectionLabel.getByRole('checkbox');
    const count = Number(/（(\d+)）/.exec(await sectionLabel.innerText())![1]);
    assert.ok(count > 0 && count < total, `办事指南 has ${count} of ${total}`);
    await sectionBox.check();
    await resultsFor(page, '?q=孕前检查&section=办事指南');
    assert.equal(new URL(page.url()).searchParams.get('section'), '办事指南');
    assert.match(await page.getByRole('status').innerText(), new RegExp(`^找到 ${count} 条结果`));
    assert.ok((await resultSections(page)).every((section) => section === '办事指南'));
    assert.ok(await sectionBox.isChecked());
    assert.ok(await page.evaluate(() => document.activeElement?.getAttribute('type') === 'checkbox'), 'focus stays on the checkbox');
    // Other 栏目 keep their counts while one is ticked, so a second can be added.
    assert.ok((await page.getByRole('group', { name: '栏目' }).getByRole('checkbox').count()) > 1);
    await page.getByRole('group', { name: '年份' }).getByRole('checkbox', { name: /^2012/ }).check();
    await resultsFor(page, '?q=孕前检查&section=办事指南&year=2012');
    assert.deepEqual(new URL(page.url()).searchParams.getAll('year'), ['2012']);
    await page.getByRole('button', { name: '清除全部筛选' }).first().click();
    await resultsFor(page, q('孕前检查'));
    assert.match(await page.getByRole('status').innerText(), new RegExp(`^找到 ${total} 条结果`));
    await clean(session);
  });

  it('a shared link restores query, filters and sort; date sort puts the newest first', async () => {
    const session = await open('/search/?q=%E5%AD%95%E5%89%8D%E6%A3%80%E6%9F%A5&section=%E6%94%BF%E7%AD%96%E6%B3%95%E8%A7%84&sort=date');
    const { page } = session;
    await resultsFor(page, '?q=孕前检查&section=政策法规&sort=date');
    assert.equal(await searchField(page).inputValue(), '孕前检查');
    assert.ok(await page.getByRole('group', { name: '栏目' }).getByRole('checkbox', { name: /^政策法规/ }).isChecked());
    assert.ok(await page.getByRole('radio', { name: '按日期（最新在前）' }).isChecked());
    assert.ok((await resultSections(page)).every((section) => section === '政策法规'));
    const dates = await page.locator('.search-result time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    assert.ok(dates.length > 1);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
    await page.getByRole('radio', { name: '按相关程度' }).check();
    await resultsFor(page, '?q=孕前检查&section=政策法规');
    assert.equal(new URL(page.url()).searchParams.get('sort'), null);
    await clean(session);
  });

  it('the back button returns to the previous query and its results', async () => {
    const session = await open(`/search/${q('孕前检查')}`);
    const { page } = session;
    await resultsFor(page, q('孕前检查'));
    await searchField(page).fill('特别扶助金');
    await searchField(page).press('Enter');
    await resultsFor(page, q('特别扶助金'));
    assert.equal(new URL(page.url()).searchParams.get('q'), '特别扶助金');
    assert.ok((await resultUrls(page)).slice(0, 3).includes('/services/special-assistance-application/'));
    await page.goBack();
    await resultsFor(page, q('孕前检查'));
    assert.equal(new URL(page.url()).searchParams.get('q'), '孕前检查');
    assert.equal(await searchField(page).inputValue(), '孕前检查');
    assert.equal((await resultUrls(page))[0], '/services/free-prepregnancy-checkup/');
    await page.goForward();
    await resultsFor(page, q('特别扶助金'));
    assert.equal(await searchField(page).inputValue(), '特别扶助金');
    await clean(session);
  });

  it('typing searches as you type, with one history entry per query read', async () => {
    const session = await open('/search/');
    const { page } = session;
    await searchField(page).pressSequentially('准生证', { delay: 30 });
    await resultsFor(page, q('准生证'));
    assert.equal((await resultUrls(page))[0], '/services/birth-service-certificate/');
    // A reader looks at the results before typing the next query (see historyModeForTyping).
    await page.waitForTimeout(TYPING_SETTLE_MS + 200);
    await searchField(page).fill('');
    await searchField(page).pressSequentially('叶酸', { delay: 30 });
    await resultsFor(page, q('叶酸'));
    await page.goBack();
    await resultsFor(page, q('准生证'));
    await page.goBack();
    await page.waitForFunction(() => window.location.search === '');
    assert.equal(await searchField(page).inputValue(), '');
    await clean(session);
  });

  it('no results: says so, with advice and links to the sections', async () => {
    const session = await open(`/search/${q('zzqxjv')}`);
    const { page } = session;
    await resultsFor(page, q('zzqxjv'));
    assert.equal(await page.getByRole('status').innerText(), '没有找到结果');
    const empty = page.locator('.search-empty');
    assert.match(await empty.getByRole('heading').innerText(), /没有找到与“zzqxjv”相关的内容/);
    assert.match(await empty.innerText(), /错别字/);
    assert.match(await empty.innerText(), /减少词语/);
    for (const item of site.nav.filter((nav) => nav.href !== '/')) {
      assert.equal(await empty.getByRole('link', { name: item.label, exact: true }).getAttribute('href'), item.href);
    }
    await clean(session);
  });

  it('加载更多 adds ten results and moves focus to the first new one', async () => {
    const session = await open(`/search/${q('家庭')}`);
    const { page } = session;
    await resultsFor(page, q('家庭'));
    const total = Number(/找到 (\d+) 条/.exec(await page.getByRole('status').innerText())![1]);
    assert.ok(total > 20, `${total} results`);
    assert.equal(await page.locator('.search-result').count(), 10);
    const more = page.getByRole('button', { name: /^加载更多/ });
    await more.focus();
    await page.keyboard.press('Enter');
    await page.locator('.search-result').nth(10).waitFor();
    assert.equal(await page.locator('.search-result').count(), 20);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    assert.equal(focused, await page.locator('.search-result').nth(10).locator('h3 a').getAttribute('href'));
    assert.match(await page.getByRole('status').innerText(), new RegExp(`找到 ${total} 条结果，显示前 20 条`));
    await clean(session);
  });

  it('is axe-clean with results shown, also in large text and high contrast', async () => {
    const session = await open(`/search/${q('孕前检查')}`);
    const { page } = session;
    await resultsFor(page, q('孕前检查'));
    assert.deepEqual(await axeViolations(page), []);
    const size = await page.locator('.search-result__excerpt').first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    assert.ok(size >= 18, `result text is ${size}px`);
    // 特大 (200%) and high contrast, set the way the preferences script sets them.
    await page.evaluate(() => {
      document.documentElement.dataset['textSize'] = '200';
      document.documentElement.dataset['contrast'] = 'high';
    });
    assert.deepEqual(await axeViolations(page), []);
    const large = await page.locator('.search-result__excerpt').first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    assert.ok(large >= size * 1.9, `result text grows with 特大: ${size}px → ${large}px`);
    const box = await page.getByRole('group', { name: '栏目' }).locator('label').first().boundingBox();
    assert.ok(box && box.height >= 44, 'filter labels are 44px tap targets');
    await clean(session);
  });

  it('without JavaScript the page says so and links to the sections', async () => {
    const session = await open('/search/?q=孕前检查', { javaScriptEnabled: false });
    const { page } = session;
    const notice = page.locator('.search-noscript');
    assert.match(await notice.innerText(), /搜索需要浏览器启用 JavaScript/);
    assert.equal(await page.locator('.search-fallback').isVisible(), false, 'no “loading” that never ends');
    for (const item of site.nav.filter((nav) => nav.href !== '/')) {
      assert.equal(await notice.getByRole('link', { name: item.label, exact: true }).getAttribute('href'), item.href);
    }
    await clean(session);
  });
});

describe('信息公开搜索', () => {
  const ITEM = '/disclosure/xizhengfa-2012-4/';

  for (const spelling of ['西政发〔2012〕4号', '西政发[2012]4号', '西政发〔2012〕第4号']) {
    it(`finds the document first for the 文号 “${spelling}”`, async () => {
      const session = await open('/disclosure/search/');
      const { page } = session;
      await searchField(page).fill(spelling);
      await searchField(page).press('Enter');
      await resultsFor(page, q(spelling));
      const urls = await resultUrls(page);
      assert.equal(urls[0], ITEM);
      assert.ok((await resultSections(page)).every((section) => section === '政府信息公开'));
      const meta = await page.locator('.search-result').first().locator('.search-result__meta').innerText();
      assert.match(meta, /文号：西政发〔2012〕4号/);
      assert.match(meta, /索引号：11A0XC-2012-00001/);
      await clean(session);
    });
  }

  it('finds an item first by its 索引号, and stays inside the column', async () => {
    const session = await open(`/disclosure/search/${q('11A0XC-2012-00016')}`);
    const { page } = session;
    await resultsFor(page, q('11A0XC-2012-00016'));
    assert.equal((await resultUrls(page))[0], '/disclosure/special-assistance-recipients-2012/');
    await searchField(page).fill('特别扶助');
    await searchField(page).press('Enter');
    await resultsFor(page, q('特别扶助'));
    const sections = await resultSections(page);
    assert.ok(sections.length > 1 && sections.every((section) => section === '政府信息公开'), 'only disclosure items');
    assert.equal(await page.getByRole('group', { name: '栏目' }).count(), 0, 'no 栏目 filter here');
    assert.ok((await page.getByRole('group', { name: '年份' }).getByRole('checkbox').count()) > 1);
    assert.deepEqual(await axeViolations(page), []);
    await clean(session);
  });

  it('is axe-clean before a search, and says so without JavaScript', async () => {
    const session = await open('/disclosure/search/');
    assert.deepEqual(await axeViolations(session.page), []);
    await clean(session);
    const noJs = await open('/disclosure/search/', { javaScriptEnabled: false });
    const notice = noJs.page.locator('.search-noscript');
    assert.match(await notice.innerText(), /搜索需要浏览器启用 JavaScript/);
    assert.equal(await noJs.page.locator('.search-fallback').isVisible(), false, 'no “loading” that never ends');
    assert.equal(await notice.getByRole('link', { name: '法定主动公开内容' }).getAttribute('href'), '/disclosure/catalog/');
    await clean(noJs);
  });
});
