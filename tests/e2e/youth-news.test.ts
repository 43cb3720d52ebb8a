/** 青春健康 and 工作动态: the section pages render, an event shows when/where/status, the feed is valid RSS 2.0. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { axeViolations, startHarness, watchPage, type Harness } from './support/browser.ts';

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

/** Opens a page, checks status, one h1, no errors and no foreign request, and axe. */
async function openClean(path: string, h1: string | RegExp): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await harness.newContext();
  const page = await context.newPage();
  const watch = watchPage(page, harness.baseUrl);
  const response = await page.goto(harness.baseUrl + path);
  assert.equal(response?.status(), 200, `${path} status`);
  assert.equal(await page.locator('h1').count(), 1, `${path} has one h1`);
  const heading = (await page.locator('h1').innerText()).trim();
  if (typeof h1 === 'string') assert.equal(heading, h1);
  else assert.match(heading, h1);
  assert.ok((await page.locator('nav.breadcrumbs').count()) === 1, `${path} has breadcrumbs`);
  assert.deepEqual(await axeViolations(page), [], `${path} axe`);
  assert.deepEqual(watch.foreignRequests, []);
  assert.deepEqual(watch.consoleErrors, []);
  assert.deepEqual(watch.pageErrors, []);
  return { page, close: () => context.close() };
}

/** Published news entries on disk: .md/.mdx files not starting with _ and not marked draft. */
const newsEntryCount = readdirSync('content/news').filter(
  (name) => /\.mdx?$/.test(name) && !name.startsWith('_') && !/^---\n[\s\S]*?^draft:\s*true\s*$[\s\S]*?^---$/m.test(readFileSync(`content/news/${name}`, 'utf8')),
).length;

describe('青春健康', () => {
  it('the section home links to the three audiences, the center, the green channel guide and 家长大课堂', async () => {
    const { page, close } = await openClean('/youth/', '青春健康');
    const main = page.locator('main');
    for (const [name, href] of [
      ['写给青少年', '/youth/teens/'],
      ['写给家长', '/youth/parents/'],
      ['写给教师', '/youth/teachers/'],
      ['查看家长大课堂历届安排', '/youth/parent-classes/'],
      ['办事指南：青少年健康咨询绿色通道', '/services/youth-consultation-green-channel/'],
    ] as const) {
      assert.equal(await main.getByRole('link', { name, exact: true }).first().getAttribute('href'), href, name);
    }
    assert.match(await main.innerText(), /可以不留姓名/);
    await close();
  });

  for (const [slug, heading, sampleTitle] of [
    ['teens', '写给青少年', '青春期身体的变化：你需要知道的事'],
    ['parents', '写给家长', '如何与孩子谈青春期'],
    ['teachers', '写给教师', '教师如何开展青春期教育'],
  ] as const) {
    it(`/youth/${slug}/ lists that audience's entries by kind`, async () => {
      const { page, close } = await openClean(`/youth/${slug}/`, heading);
      const link = page.locator('main').getByRole('link', { name: sampleTitle, exact: true });
      assert.equal(await link.count(), 1, `${sampleTitle} listed`);
      const kinds = await page.locator('main h2').allInnerTexts();
      assert.ok(kinds.length >= 1 && kinds.every((text) => ['知识文章', '课程', '活动'].includes(text.trim())), `kind headings: ${kinds.join(',')}`);
      await close();
    });
  }

  it('the 家长大课堂 page lists the 13th session with its lectures in order', async () => {
    const { page, close } = await openClean('/youth/parent-classes/', '青春健康教育家长大课堂');
    assert.equal((await page.locator('main h2').first().innerText()).trim(), '第十三届家长大课堂');
    const titles = await page.locator('main section').first().locator('.youth-list__title').allInnerTexts();
    assert.deepEqual(titles.map((t) => t.trim()), [
      '第十三届青春健康教育家长大课堂开班',
      '家长大课堂第一讲：和孩子谈身体变化',
      '家长大课堂第二讲：听懂孩子的情绪',
      '家长大课堂第三讲：网络时代的家庭性教育',
    ]);
    await close();
  });

  it('the center page shows the green channel: hotline, hours, who answers, confidentiality, and is marked sample', async () => {
    const { page, close } = await openClean('/youth/center/', '青春健康中心与青少年咨询绿色通道');
    const table = page.locator('table', { has: page.locator('caption', { hasText: '咨询绿色通道' }) });
    for (const header of ['咨询电话', '服务时间', '谁来解答', '保密承诺']) {
      assert.equal(await table.getByRole('rowheader', { name: header }).count(), 1, header);
    }
    assert.equal(await page.locator('.sample-notice').count(), 1);
    assert.deepEqual(await page.locator('[data-pagefind-filter="主题"]').allTextContents(), ['青春健康']);
    assert.deepEqual(await page.locator('[data-pagefind-filter="服务对象"]').allTextContents(), ['青少年及家长']);
    assert.deepEqual(await page.locator('[data-pagefind-filter="人生阶段"]').allTextContents(), ['青春期']);
    await close();
  });
});

describe('工作动态', () => {
  it('/news/ lists every item newest first with its kind', async () => {
    const { page, close } = await openClean('/news/', '工作动态');
    const dates = await page.locator('section[aria-labelledby^="year-"] .news-list time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
    assert.equal(dates.length, newsEntryCount);
    assert.deepEqual(dates, [...dates].sort().reverse());
    const kinds = await page.locator('section[aria-labelledby^="year-"] .news-list .kind-tag').allInnerTexts();
    assert.equal(kinds.length, newsEntryCount);
    assert.ok(kinds.includes('活动预告') && kinds.includes('工作动态'));
    await close();
  });

  it('/news/2012/ lists only that year', async () => {
    const { page, close } = await openClean('/news/2012/', '2012年工作动态');
    const dates = await page.locator('.news-list time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
    assert.ok(dates.length >= 5);
    assert.ok(dates.every((date) => date.startsWith('2012-')), dates.join(','));
    assert.equal(await page.getByRole('link', { name: '2012年', exact: false }).first().getAttribute('aria-current'), 'page');
    await close();
  });

  it('an event item shows its time, place and 已结束 status', async () => {
    const { page, close } = await openClean('/news/jiazhang-daketang-13-yugao/', '第十三届青春健康教育家长大课堂即将开班');
    const table = page.locator('table', { has: page.locator('caption', { hasText: '活动安排' }) });
    assert.match(await table.getByRole('row', { name: /活动时间/ }).innerText(), /2012年5月12日 9:00—11:30/);
    assert.match(await table.getByRole('row', { name: /活动地点/ }).innerText(), /西城区文化中心报告厅/);
    assert.match(await table.getByRole('row', { name: /活动状态/ }).innerText(), /已结束/);
    assert.equal(await table.locator('time').getAttribute('datetime'), '2012-05-12T09:00+08:00');
    await close();
  });

  it('/feeds/news.xml is RSS 2.0 with absolute links and a pubDate for every news entry', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${harness.baseUrl}/news/`);
    assert.equal(response?.status(), 200);
    const feed = await page.evaluate(async () => {
      const res = await fetch('/feeds/news.xml');
      const doc = new DOMParser().parseFromString(await res.text(), 'application/xml');
      return {
        status: res.status,
        parseError: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        version: doc.documentElement.getAttribute('version'),
        channelTitle: doc.querySelector('channel > title')?.textContent ?? '',
        channelLink: doc.querySelector('channel > link')?.textContent ?? '',
        items: [...doc.querySelectorAll('channel > item')].map((item) => ({
          title: item.querySelector('title')?.textContent ?? '',
          link: item.querySelector('link')?.textContent ?? '',
          pubDate: item.querySelector('pubDate')?.textContent ?? '',
        })),
      };
    });
    assert.equal(feed.status, 200);
    assert.equal(feed.parseError, null);
    assert.equal(feed.root, 'rss');
    assert.equal(feed.version, '2.0');
    assert.equal(feed.channelTitle, '西城幸福e家 · 工作动态');
    assert.match(feed.channelLink, /^https?:\/\/[^/]+\/news\/$/);
    assert.equal(feed.items.length, newsEntryCount);
    for (const item of feed.items) {
      assert.match(item.title, /[\u4e00-\u9fff]/, 'Chinese title');
      assert.match(item.link, /^https?:\/\/[^/]+\/news\/[a-z0-9-]+\/$/, item.link);
      assert.ok(!Number.isNaN(Date.parse(item.pubDate)), `pubDate ${item.pubDate}`);
      assert.match(item.pubDate, /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$/);
    }
    await context.close();
  });
});

describe('youth and news entry pages', () => {
  it('a youth activity shows its time, place and status, and is axe-clean', async () => {
    const { page, close } = await openClean('/youth/jiazhang-daketang-13-di-yi-jiang/', '家长大课堂第一讲：和孩子谈身体变化');
    assert.match(await page.locator('main').innerText(), /第十三届/);
    assert.match(await page.locator('.event-details').innerText(), /2012年5月26日 9:00—11:00[\s\S]*已结束/);
    await close();
  });
});
