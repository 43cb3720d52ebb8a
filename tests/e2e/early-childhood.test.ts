/**
 * 婴幼儿早期发展: a parent picks an age and reaches the band's page and its guides; the month-age
 * shortcut jumps to the right band; the section works without JavaScript; the printable pack holds
 * every guide of the band and prints without the site chrome; every page type is axe-clean.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axeViolations, startHarness, watchPage, type Harness } from './support/browser.ts';

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

async function bandGuideTitles(page: Page): Promise<string[]> {
  return (await page.locator('#band-guides ~ ul.guide-list .guide-list__title a').allInnerTexts()).map((t) => t.trim());
}

describe('early childhood section', () => {
  it('a parent picks an age band on the section home and reaches that band and one of its guides', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    const watch = watchPage(page, harness.baseUrl);
    await page.goto(`${harness.baseUrl}/early-childhood/`);
    assert.equal((await page.locator('h1').innerText()).trim(), '婴幼儿早期发展');
    await page.getByRole('heading', { name: '宝宝现在多大？' }).waitFor();

    await page.getByRole('link', { name: '7—12个月', exact: true }).click();
    await page.waitForURL('**/early-childhood/age/7-12m/');
    assert.match(await page.locator('h1').innerText(), /7—12个月/);
    for (const heading of ['发育里程碑', '在家可以做的活动', '需要留意的预警信号', '什么时候看医生']) {
      assert.equal(await page.getByRole('heading', { name: heading, exact: true }).count(), 1, heading);
    }
    assert.ok(await page.locator('a[href="/services/child-development-assessment/"]').count() > 0);
    assert.ok(await page.locator('a[href="/services/early-education-gift-pack/"]').count() > 0);
    assert.equal(await page.locator('nav[aria-label="选择月龄段"] a[aria-current="page"]').innerText(), '7—12个月');

    const titles = await bandGuideTitles(page);
    assert.ok(titles.length >= 3, `7—12个月 lists ${titles.length} guides`);
    await page.getByRole('link', { name: titles[0]!, exact: true }).first().click();
    await page.waitForURL(/\/early-childhood\/[a-z0-9-]+\/$/);
    assert.equal((await page.locator('h1').innerText()).trim(), titles[0]);
    const meta = await page.locator('.guide-meta').innerText();
    assert.match(meta, /适用月龄/);
    assert.match(meta, /发展领域/);
    // The guide covers the band it was reached from.
    assert.ok(await page.locator('.guide-meta a[href="/early-childhood/age/7-12m/"]').count() === 1);
    assert.deepEqual(watch.foreignRequests, []);
    assert.deepEqual(watch.consoleErrors, []);
    assert.deepEqual(watch.pageErrors, []);
    await context.close();
  });

  it('“宝宝几个月了？” jumps to the band of the age typed and explains ages outside 0—36 months', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    const watch = watchPage(page, harness.baseUrl);
    await page.goto(`${harness.baseUrl}/early-childhood/`);
    const input = page.getByLabel('宝宝几个月了？');
    await input.fill('4岁');
    await page.getByRole('button', { name: '看看这个月龄' }).click();
    assert.match(await page.getByRole('alert').innerText(), /0—36 个月/);
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    assert.deepEqual(await axeViolations(page), []);

    await input.fill('1岁3个月');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/early-childhood/age/13-18m/');
    assert.match(await page.locator('h1').innerText(), /13—18个月/);
    assert.deepEqual(watch.pageErrors, []);
    await context.close();
  });

  it('works without JavaScript: the six bands are plain links and guide pages carry no script', async () => {
    const context = await harness.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${harness.baseUrl}/early-childhood/`);
    const bandLinks = page.locator('.band-cards a');
    assert.equal(await bandLinks.count(), 6);
    assert.deepEqual(await bandLinks.allInnerTexts(), ['0—3个月', '4—6个月', '7—12个月', '13—18个月', '19—24个月', '25—36个月']);
    await bandLinks.nth(0).click();
    await page.waitForURL('**/early-childhood/age/0-3m/');
    assert.ok((await bandGuideTitles(page)).length > 0);
    for (const path of ['/early-childhood/age/0-3m/', '/early-childhood/age/0-3m/pack/', '/early-childhood/safe-sleep/', '/early-childhood/domain/motor/']) {
      await page.goto(harness.baseUrl + path);
      assert.equal(await page.locator('script[src], astro-island').count(), 0, `${path} loads no script`);
    }
    await context.close();
  });

  it('the printable pack renders every guide of the band in full and prints without the site navigation', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await page.goto(`${harness.baseUrl}/early-childhood/age/7-12m/`);
    const titles = await bandGuideTitles(page);
    await page.getByRole('link', { name: /早教知识大礼包（可打印）/ }).click();
    await page.waitForURL('**/early-childhood/age/7-12m/pack/');

    assert.equal((await page.locator('h1').innerText()).trim(), '儿童早教知识大礼包（7—12个月）');
    assert.match(await page.locator('main').innerText(), /为 0—3 岁婴幼儿家庭发放儿童早教知识大礼包/);
    const packTitles = (await page.locator('article.pack-guide > h2').allInnerTexts()).map((t) => t.trim());
    assert.deepEqual(packTitles, titles);
    // Full bodies, not summaries: each guide brings its own sections (h3, one level below the guide's h2).
    for (const article of await page.locator('article.pack-guide').all()) {
      assert.ok(await article.locator('h3').count() >= 2);
      assert.ok((await article.innerText()).length > 400);
    }
    assert.equal(await page.locator('article.pack-guide [id]:not(h2)').count(), 0, 'guide headings carry no repeated ids');

    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-nav', '.site-footer', '.breadcrumbs']) {
      assert.equal(await page.locator(selector).first().isVisible(), false, `${selector} hidden in print`);
    }
    const breaks = await page.locator('article.pack-guide').evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).breakBefore));
    assert.ok(breaks.length > 0 && breaks.every((value) => value === 'page'), `break-before: ${breaks.join(',')}`);
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await page.locator('.site-nav').isVisible(), true);
    await context.close();
  });

  const AXE_PAGES = [
    { path: '/early-childhood/', h1: '婴幼儿早期发展' },
    { path: '/early-childhood/age/0-3m/', h1: '0—3个月宝宝：发育要点与家庭养育' },
    { path: '/early-childhood/domain/language/', h1: '语言：0—3岁婴幼儿语言发展指南' },
    { path: '/early-childhood/safe-sleep/', h1: '宝宝安全睡眠' },
    { path: '/early-childhood/crawling-and-standing/', h1: '爬、扶站和迈出第一步' },
    { path: '/early-childhood/community-activities/', h1: '到社区去：儿童早期发展指导基地和亲子活动' },
    { path: '/early-childhood/age/25-36m/pack/', h1: '儿童早教知识大礼包（25—36个月）' },
  ];
  for (const { path, h1 } of AXE_PAGES) {
    it(`${path} has one h1, is axe-clean and makes no foreign request`, async () => {
      const context = await harness.newContext();
      const page = await context.newPage();
      const watch = watchPage(page, harness.baseUrl);
      const response = await page.goto(harness.baseUrl + path);
      assert.equal(response?.status(), 200);
      assert.equal(await page.locator('h1').count(), 1);
      assert.equal((await page.locator('h1').innerText()).trim(), h1);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(watch.foreignRequests, []);
      assert.deepEqual(watch.consoleErrors, []);
      assert.deepEqual(watch.pageErrors, []);
      await context.close();
    });
  }

  it('a sample guide shows the sample notice and a real-guidance guide does not', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await page.goto(`${harness.baseUrl}/early-childhood/community-activities/`);
    assert.equal(await page.locator('.sample-notice').count(), 1);
    await page.goto(`${harness.baseUrl}/early-childhood/safe-sleep/`);
    assert.equal(await page.locator('.sample-notice').count(), 0);
    await context.close();
  });
});
