/** The site shell: home, a disclosure page and the 404 render; preferences persist; axe-clean. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, startHarness, watchPage, type Harness } from './support/browser.ts';

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

const PAGES = [
  { path: '/', h1: '西城幸福e家' },
  { path: '/disclosure/xizhengfa-2012-4/', h1: '北京市西城区人民政府关于印发北京市西城区2012年人口和计划生育工作要点的通知' },
];

describe('site shell', () => {
  for (const { path, h1 } of PAGES) {
    it(`${path} renders one h1, is axe-clean, makes no foreign request and logs no error`, async () => {
      const context = await harness.newContext();
      const page = await context.newPage();
      const watch = watchPage(page, harness.baseUrl);
      const response = await page.goto(harness.baseUrl + path);
      assert.equal(response?.status(), 200);
      assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
      assert.equal(await page.locator('h1').count(), 1);
      assert.equal((await page.locator('h1').innerText()).trim(), h1);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(watch.foreignRequests, []);
      assert.deepEqual(watch.consoleErrors, []);
      assert.deepEqual(watch.pageErrors, []);
      await context.close();
    });
  }

  it('an unknown address shows the custom 404 page with status 404', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    const watch = watchPage(page, harness.baseUrl);
    const response = await page.goto(`${harness.baseUrl}/no-such-page/`);
    assert.equal(response?.status(), 404);
    assert.equal((await page.locator('h1').innerText()).trim(), '页面未找到');
    assert.deepEqual(await axeViolations(page), []);
    // Chromium reports the page's own 404 as a console error; nothing else may fail or leave.
    assert.deepEqual(watch.consoleErrors.filter((text) => !/status of 404/.test(text)), []);
    assert.deepEqual(watch.failedRequests.filter((line) => !line.includes('/no-such-page/')), []);
    assert.deepEqual(watch.pageErrors, []);
    assert.deepEqual(watch.foreignRequests, []);
    await context.close();
  });

  it('reading preferences apply at once, persist across navigation and work from the keyboard', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await page.goto(`${harness.baseUrl}/`);
    const sizes = page.getByRole('group', { name: '字号' });
    const large = sizes.getByRole('button', { name: '大', exact: true });
    const fontBefore = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    assert.ok(fontBefore >= 18, `base text is ${fontBefore}px, expected at least 18px`);
    assert.equal(await sizes.getByRole('button', { name: '标准' }).getAttribute('aria-pressed'), 'true');
    await large.focus();
    await page.keyboard.press('Enter');
    assert.equal(await large.getAttribute('aria-pressed'), 'true');
    assert.equal(await sizes.getByRole('button', { name: '标准' }).getAttribute('aria-pressed'), 'false');
    await page.getByRole('button', { name: '高对比' }).click();
    const fontAfter = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    assert.equal(fontAfter, fontBefore * 1.5, `大 is 150% of ${fontBefore}px, got ${fontAfter}px`);

    await page.goto(`${harness.baseUrl}/disclosure/xizhengfa-2012-4/`);
    assert.equal(await page.locator('html').getAttribute('data-text-size'), '150');
    assert.equal(await page.locator('html').getAttribute('data-contrast'), 'high');
    assert.equal(await page.getByRole('button', { name: '高对比' }).getAttribute('aria-pressed'), 'true');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background, 'rgb(0, 0, 0)');
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
});
