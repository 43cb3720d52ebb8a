/**
 * The service center in Chromium: a resident's journey home → stage → guide → service point and
 * back, every page type axe-clean, the guide printing as a handout, and no broken link inside the
 * services, policies, audiences and service-point sections.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createStaticServer } from '../../scripts/lib/static-server.ts';
import { countColour } from './support/pixels.ts';
import { axeViolations, CHROMIUM_ARGS, CHROMIUM_PATH, startHarness, watchPage } from './support/browser.ts';

interface Run {
  baseUrl: string;
  newContext(): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * The shared harness; if this playwright-core refuses its --user-data-dir argument, the same
 * server and browser without it (Playwright then uses a fresh temporary profile of its own).
 */
async function start(): Promise<Run> {
  try {
    return await startHarness();
  } catch (error) {
    if (!String(error).includes('userDataDir')) throw error;
    const server = createStaticServer('dist');
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    return {
      baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      newContext: () => browser.newContext(),
      async close() {
        await browser.close();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  }
}

let run: Run;
before(async () => {
  run = await start();
});
after(async () => {
  await run?.close();
});

async function open(path: string): Promise<{ page: Page; context: BrowserContext }> {
  const context = await run.newContext();
  const page = await context.newPage();
  const response = await page.goto(run.baseUrl + path);
  assert.equal(response?.status(), 200, path);
  return { page, context };
}

const h1 = async (page: Page) => (await page.locator('h1').innerText()).trim();
const pathOf = (page: Page) => {
  const url = new URL(page.url());
  return url.pathname + url.hash;
};

describe('a resident finds a service', () => {
  it('home → stage → guide → service point → guide → next stage, by clicking', async () => {
    const { page, context } = await open('/');
    const watch = watchPage(page, run.baseUrl);

    // The home page offers a path into every stage.
    for (const id of ['marriage-prep', 'pre-pregnancy', 'pregnancy', 'infant', 'preschool', 'adolescence', 'family-development', 'elderly']) {
      assert.ok((await page.locator(`main a[href="/services/stages/${id}/"]`).count()) > 0, `home links to stage ${id}`);
    }
    await page.locator('main a[href="/services/stages/pre-pregnancy/"]').first().click();
    await page.waitForURL('**/services/stages/pre-pregnancy/');
    assert.equal(await h1(page), '孕前优生');
    assert.ok(await page.getByRole('navigation', { name: '上一步和下一步' }).isVisible());

    await page.getByRole('main').getByRole('link', { name: '免费孕前优生健康检查', exact: true }).click();
    await page.waitForURL('**/services/free-prepregnancy-checkup/');
    assert.equal(await h1(page), '免费孕前优生健康检查');
    // The summary box first, then every standard element under a stable anchor.
    assert.equal(await page.locator('.guide-summary h2').innerText(), '办事要点');
    for (const id of ['provider', 'audience', 'eligibility', 'materials', 'steps', 'time-limit', 'fee', 'locations', 'hotline', 'complaint', 'basis', 'notes']) {
      assert.equal(await page.locator(`section#${id}`).count(), 1, `section #${id}`);
    }
    const headers = await page.locator('#materials thead th').allInnerTexts();
    assert.deepEqual(headers.map((t) => t.trim()), ['序号', '材料名称', '原件/复印件', '份数', '备注']);
    assert.ok((await page.locator('#steps ol > li').count()) >= 3);
    assert.equal(await page.locator('#basis a[href="/policies/beijing-free-prepregnancy-checkup-plan/"]').count(), 1);
    assert.ok((await page.locator('.related-guides li a').count()) > 0);
    assert.ok(await page.getByRole('heading', { name: '常见问题' }).isVisible());

    await page.locator('#locations').getByRole('link', { name: '西城区免费孕前优生健康检查定点服务机构' }).click();
    await page.waitForURL('**/service-points/#prepregnancy-checkup-clinic');
    assert.equal(await h1(page), '服务网络');
    const point = page.locator('article#prepregnancy-checkup-clinic');
    assert.ok(await point.isVisible());
    assert.match(await point.innerText(), /地址/);
    // The point lists the guide that named it, and links back.
    await point.getByRole('link', { name: '免费孕前优生健康检查', exact: true }).click();
    await page.waitForURL('**/services/free-prepregnancy-checkup/');

    await page.getByRole('navigation', { name: '当前位置' }).getByRole('link', { name: '孕前优生' }).click();
    await page.waitForURL('**/services/stages/pre-pregnancy/');
    await page.getByRole('link', { name: /下一步/ }).click();
    await page.waitForURL('**/services/stages/pregnancy/');
    assert.equal(await h1(page), '孕产期');
    await page.getByRole('link', { name: /上一步/ }).click();
    assert.equal(pathOf(page), '/services/stages/pre-pregnancy/');

    await page.goBack();
    assert.equal(pathOf(page), '/services/stages/pregnancy/');

    assert.deepEqual(watch.foreignRequests, []);
    assert.deepEqual(watch.pageErrors, []);
    assert.deepEqual(watch.consoleErrors, []);
    await context.close();
  });

  it('the first stage has no 上一步 and the last has no 下一步', async () => {
    const { page, context } = await open('/services/stages/marriage-prep/');
    assert.equal(await page.getByRole('link', { name: /上一步/ }).count(), 0);
    assert.equal(await page.getByRole('link', { name: /下一步/ }).count(), 1);
    await page.goto(`${run.baseUrl}/services/stages/elderly/`);
    assert.equal(await page.getByRole('link', { name: /下一步/ }).count(), 0);
    assert.equal(await page.getByRole('link', { name: /上一步/ }).count(), 1);
    await context.close();
  });

  it('/services/ is a step-by-step journey of the 8 stages in order', async () => {
    const { page, context } = await open('/services/');
    const titles = await page.locator('.step-by-step__title').allInnerTexts();
    assert.equal(titles.length, 8);
    assert.match(titles[0]!, /婚育准备/);
    assert.match(titles[7]!, /老年与养老/);
    await context.close();
  });

  it('a repealed policy is marked and links to its replacement; a policy lists the guides citing it', async () => {
    const { page, context } = await open('/policies/');
    const repealed = page.locator('.policy-list li', { hasText: '原西城区计划生育困难家庭生育关怀专项救助暂行办法' });
    assert.match(await repealed.innerText(), /已废止/);
    await repealed.getByRole('link', { name: '北京市西城区计划生育困难家庭生育关怀专项救助实施办法' }).click();
    await page.waitForURL('**/policies/xicheng-birth-care-relief-measures/');
    assert.ok(await page.locator('.policy-citing a[href="/services/birth-care-relief-fund/"]').isVisible());

    await page.goto(`${run.baseUrl}/policies/xicheng-2012-work-points/`);
    assert.match(await page.locator('.policy-meta').innerText(), /西政发〔2012〕4号/);
    assert.ok((await page.locator('.policy-citing li').count()) >= 5);
    await context.close();
  });

  it('an audience page lists its guides in stage order', async () => {
    const { page, context } = await open('/audiences/special-families/');
    assert.equal(await h1(page), '计划生育特殊家庭');
    const stages = await page.locator('#audience-guides-heading ~ h3').allInnerTexts();
    const orders = stages.map((text) => Number.parseInt(text, 10));
    assert.ok(orders.length >= 2);
    assert.deepEqual(orders, [...orders].sort((a, b) => a - b));
    await context.close();
  });
});

describe('every page type is accessible', () => {
  const PAGES = [
    '/services/',
    '/services/stages/infant/',
    '/services/special-assistance-application/',
    '/policies/',
    '/policies/xicheng-birth-care-relief-interim-2008/',
    '/policies/population-family-planning-law/',
    '/audiences/',
    '/audiences/migrants/',
    '/service-points/',
  ];
  for (const path of PAGES) {
    it(`${path} has one h1 and no axe violation`, async () => {
      const { page, context } = await open(path);
      assert.equal(await page.locator('h1').count(), 1);
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
  }
});

describe('high contrast', () => {
  for (const path of ['/services/', '/services/free-prepregnancy-checkup/', '/policies/', '/service-points/']) {
    it(`${path} stays axe-clean with the 高对比 preference`, async () => {
      const context = await run.newContext();
      await context.addInitScript(() => localStorage.setItem('ehome-reading-preferences', JSON.stringify({ contrast: 'high', textSize: 'large' })));
      const page = await context.newPage();
      await page.goto(run.baseUrl + path);
      assert.equal(await page.locator('html').getAttribute('data-contrast'), 'high');
      assert.deepEqual(await axeViolations(page), []);
      await context.close();
    });
  }
});

describe('a guide printed', () => {
  it('hides the site nav and on-screen aids, keeps the facts and shows the page URL', async () => {
    const { page, context } = await open('/services/second-child-approval/');
    // What a person sees at the top of the page: on screen the red header band and its nav, in
    // print neither (the accent red, #a8141b, is the header's colour).
    const top = { x: 0, y: 0, width: 1000, height: 260 };
    const redOnScreen = await countColour(page, await page.screenshot({ clip: top }), [0xa8, 0x14, 0x1b]);
    await page.emulateMedia({ media: 'print' });
    const redInPrint = await countColour(page, await page.screenshot({ clip: top }), [0xa8, 0x14, 0x1b]);
    assert.ok(redOnScreen > 20_000, `the header band is on screen (${redOnScreen} red pixels)`);
    assert.equal(redInPrint, 0, 'no header band in print');
    assert.equal(await page.locator('.site-nav').isVisible(), false);
    assert.equal(await page.locator('.guide-toc').isVisible(), false);
    assert.equal(await page.locator('.related-guides').isVisible(), false);
    assert.ok(await page.locator('#materials table').isVisible());
    assert.ok(await page.locator('#steps').isVisible());
    assert.match(await page.locator('main').innerText(), /本页网址：https?:\/\/\S+\/services\/second-child-approval\//);
    // Link URLs are printed after the link text.
    const after = await page.locator('#basis a').first().evaluate((a) => getComputedStyle(a, '::after').content);
    assert.match(after, /attr\(href\)|\/policies\//);
    await context.close();
  });
});

describe('every guide as a handout', () => {
  it('prints on at most two A4 pages', async () => {
    const { page, context } = await open('/services/');
    const slugs = await page.locator('.step-by-step__guides a').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
    assert.ok(slugs.length >= 22, `found ${slugs.length} guides`);
    const long: string[] = [];
    for (const href of slugs) {
      await page.goto(run.baseUrl + href);
      const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      if (pages > 2 || pages === 0) long.push(`${href}: ${pages} pages`);
    }
    assert.deepEqual(long, []);
    await context.close();
  });
});

describe('links inside the service center', () => {
  it('every internal link from guides, stages, policies, audiences and points resolves', async () => {
    const { page, context } = await open('/services/');
    const start = ['/services/', '/policies/', '/audiences/', '/service-points/'];
    const sections = /^\/(services|policies|audiences|service-points)\//;
    const seen = new Set<string>(start);
    const queue = [...start];
    const broken: string[] = [];
    const idsOf = new Map<string, Set<string>>();
    const anchorLinks: { from: string; target: string; hash: string }[] = [];
    while (queue.length > 0) {
      const path = queue.shift()!;
      const response = await page.goto(run.baseUrl + path);
      if (response?.status() !== 200) {
        broken.push(`${response?.status()} ${path}`);
        continue;
      }
      idsOf.set(path, new Set(await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id))));
      const hrefs = await page.locator('main a[href^="/"], main a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      for (const href of hrefs) {
        const [pathPart, hash] = href.split('#');
        const target = pathPart || path;
        if (hash) anchorLinks.push({ from: path, target, hash });
        if (sections.test(target) && !seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    // Anchors (a guide's #locations, /service-points/#<point-id> …) must exist on their target page.
    for (const { from, target, hash } of anchorLinks) {
      const ids = idsOf.get(target);
      if (ids && !ids.has(hash)) broken.push(`${from} → ${target}#${hash}`);
    }
    assert.deepEqual(broken, []);
    assert.ok(seen.size > 50, `crawled ${seen.size} pages`);
    await context.close();
  });
});
