/**
 * WCAG 2.2 AA across the site: one page of every page type is axe-clean in normal, 200% text and
 * high-contrast modes; no page scrolls sideways on a 320px screen; the main journey works with
 * Tab and Enter alone and focus is always visible; wide tables scroll in a labelled tab stop.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startHarness, watchPage, type Harness, axeViolations } from './support/browser.ts';
import { MODES, PAGE_TYPES, prepareContext, type Mode } from './support/a11y.ts';


let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(harness.baseUrl + path);
  assert.equal(response?.status(), path === '/no-such-page/' ? 404 : 200, path);
  // A search page is checked with its results and filters drawn, not while it loads.
  if (path.includes('search/?q=')) await page.locator('.search-results li').first().waitFor();
}

describe('every page type is axe-clean (WCAG 2.2 AA)', () => {
  for (const mode of ['normal', 'large', 'high-contrast'] as const satisfies readonly Mode[]) {
    it(`in ${mode} mode`, async () => {
      const context = await harness.newContext({ viewport: { width: 1280, height: 900 } });
      await prepareContext(context, MODES[mode], { axe: true });
      const page = await context.newPage();
      const watch = watchPage(page, harness.baseUrl);
      const problems: string[] = [];
      for (const path of PAGE_TYPES) {
        await open(page, path);
        if (mode !== 'normal') {
          const attribute = mode === 'large' ? 'data-text-size' : 'data-contrast';
          assert.ok(await page.locator(`html[${attribute}]`).count(), `${path}: ${mode} mode is on`);
        }
        for (const problem of await axeViolations(page)) problems.push(`${path}: ${problem}`);
      }
      assert.deepEqual(problems, []);
      assert.deepEqual(watch.foreignRequests, []);
      assert.deepEqual(watch.pageErrors, []);
      // The 404 page is expected; nothing else may fail to load.
      assert.deepEqual(watch.failedRequests.filter((line) => !line.includes('/no-such-page/')), []);
      await context.close();
    });
  }
});

describe('无障碍说明', () => {
  it('is linked from the footer of every page', () => {
    const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    assert.ok(pages.length > 100);
    const missing = pages.filter((file) => {
      const html = readFileSync(join('dist', file), 'utf8');
      const footer = html.slice(html.indexOf('<footer'));
      return !/<a href="\/accessibility\/"[^>]*>无障碍说明<\/a>/.test(footer);
    });
    assert.deepEqual(missing, []);
  });
});

describe('no page scrolls sideways on a 320px screen', () => {
  for (const mode of ['normal', 'large', 'elderly'] as const satisfies readonly Mode[]) {
    it(`in ${mode} mode`, async () => {
      const context = await harness.newContext({ viewport: { width: 320, height: 640 } });
      await prepareContext(context, MODES[mode]);
      const page = await context.newPage();
      const wide: string[] = [];
      for (const path of PAGE_TYPES) {
        await open(page, path);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
        if (scrollWidth > clientWidth) wide.push(`${path}: ${scrollWidth}px wide in a ${clientWidth}px window`);
      }
      assert.deepEqual(wide, []);
      await context.close();
    });
  }

  it('a table wider than the screen scrolls in its own box, which is a labelled tab stop; a table that fits is not', async () => {
    const context = await harness.newContext({ viewport: { width: 320, height: 640 } });
    await prepareContext(context, MODES.large);
    const page = await context.newPage();
    await open(page, '/bulletins/2012-h1/');
    const boxes = await page.locator('.table-scroll').evaluateAll((list) =>
      list.map((box) => ({ wide: box.scrollWidth > box.clientWidth + 1, tabindex: box.getAttribute('tabindex'), role: box.getAttribute('role'), label: box.getAttribute('aria-label') ?? box.getAttribute('aria-labelledby') })),
    );
    const wide = boxes.filter((box) => box.wide);
    assert.ok(wide.length > 0, 'at 320px and 200% text a bulletin table is wider than the screen');
    for (const box of wide) {
      assert.equal(box.tabindex, '0');
      assert.equal(box.role, 'region');
      assert.ok(box.label && box.label.length > 0);
    }
    const region = page.locator('.table-scroll[tabindex="0"]').first();
    await region.focus();
    await page.keyboard.press('ArrowRight');
    // Chromium animates keyboard scrolling, so wait for the box to move rather than read it at once.
    await page.waitForFunction((box) => box !== null && box.scrollLeft > 0, await region.elementHandle());

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => localStorage.setItem('ehome-reading-preferences', '{}'));
    await open(page, '/services/free-prepregnancy-checkup/');
    const stops = await page.locator('.table-scroll').evaluateAll((list) => list.filter((box) => box.scrollWidth <= box.clientWidth).map((box) => box.getAttribute('tabindex')));
    assert.ok(stops.length > 0);
    assert.ok(stops.every((tabindex) => tabindex === null), 'a table that fits adds no empty tab stop');
    await context.close();
  });
});

/** What the keyboard user sees on the focused element: a ring wider than zero. */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) : 0;
    const rect = element.getBoundingClientRect();
    return {
      href: element.getAttribute('href'),
      id: element.id,
      text: (element.textContent ?? '').trim().slice(0, 30),
      visible: outline > 0 || style.boxShadow !== 'none',
      onScreen: rect.bottom > 0 && rect.top < window.innerHeight && rect.right > 0 && rect.left < window.innerWidth,
    };
  });
}

/** Presses Tab until the focused link's href matches; every stop on the way must show its focus. */
/**
 * Tabs (or, `back`, Shift+Tabs) to the first link whose href matches, or (a string) the first
 * element matching that selector.
 */
async function tabTo(page: Page, target: RegExp | string, limit = 250, back = false): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const focus = await focusState(page);
    assert.ok(focus, `Tab ${i + 1} on ${page.url()} left focus on the page body`);
    assert.ok(focus.visible, `focus on “${focus.text}” (${focus.href ?? focus.id}) on ${page.url()} has no visible ring`);
    assert.ok(focus.onScreen, `focus on “${focus.text}” on ${page.url()} is scrolled out of view`);
    if (typeof target === 'string' ? await page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, target) : focus.href && target.test(focus.href)) return;
  }
  assert.fail(`nothing matching ${target} within ${limit} Tab presses on ${page.url()}`);
}

describe('focus is visible at every tab stop', () => {
  for (const mode of ['normal', 'elderly'] as const satisfies readonly Mode[]) {
    it(`on the home page, a guide, the catalogue and the early-childhood home (${mode}${mode === 'elderly' ? ', high contrast' : ''})`, async () => {
      const context = await harness.newContext({ viewport: { width: 1280, height: 900 } });
      await prepareContext(context, mode === 'elderly' ? { ...MODES.elderly, contrast: 'high' } : MODES.normal);
      const page = await context.newPage();
      for (const path of ['/', '/services/free-prepregnancy-checkup/', '/disclosure/catalog/', '/early-childhood/']) {
        await open(page, path);
        // Controls rendered by islands take part too.
        if (path === '/early-childhood/') await page.locator('.month-age-jump input').waitFor();
        if (path === '/disclosure/catalog/') await page.locator('.catalog-filter input').waitFor();
        let stops = 0;
        for (;;) {
          await page.keyboard.press('Tab');
          const focus = await focusState(page);
          if (!focus) break; // past the last stop, focus leaves the document
          stops++;
          assert.ok(focus.visible, `${path}: focus on “${focus.text}” (${focus.href ?? focus.id}) has no visible ring`);
          assert.ok(focus.onScreen, `${path}: focus on “${focus.text}” is scrolled out of view`);
          assert.ok(stops < 400, `${path}: Tab never leaves the page`);
        }
        assert.ok(stops > 20, `${path}: only ${stops} tab stops`);
      }
      await context.close();
    });
  }
});

/** The skip link is the first stop; Enter moves focus to <main>, so the next Tab is in the content. */
async function skipToMain(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  const skip = await focusState(page);
  assert.equal(skip?.text, '跳到主要内容');
  assert.ok(skip.visible && skip.onScreen, 'the focused skip link is visible');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
}

describe('keyboard only: home → a stage → a guide → its service point', () => {
  for (const mode of ['normal', 'elderly'] as const satisfies readonly Mode[]) {
    it(`with Tab and Enter, focus always visible (${mode}${mode === 'elderly' ? ', high contrast' : ''})`, async () => {
      const context = await harness.newContext({ viewport: { width: 1280, height: 900 } });
      await prepareContext(context, mode === 'elderly' ? { ...MODES.elderly, contrast: 'high' } : MODES.normal);
      const page = await context.newPage();
      await open(page, '/');

      await skipToMain(page);
      await tabTo(page, /^\/services\/stages\/pre-pregnancy\/$/);
      await Promise.all([page.waitForURL('**/services/stages/pre-pregnancy/'), page.keyboard.press('Enter')]);
      assert.equal((await page.locator('h1').innerText()).trim(), '孕前优生');

      await skipToMain(page);
      await tabTo(page, /^\/services\/free-prepregnancy-checkup\/$/);
      await Promise.all([page.waitForURL('**/services/free-prepregnancy-checkup/'), page.keyboard.press('Enter')]);
      assert.equal((await page.locator('h1').innerText()).trim(), '免费孕前优生健康检查');

      await skipToMain(page);
      await tabTo(page, /^\/service-points\/#.+/);
      const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      await Promise.all([page.waitForURL(/\/service-points\/#/), page.keyboard.press('Enter')]);
      const hash = new URL(href!, harness.baseUrl).hash;
      assert.equal(new URL(page.url()).hash, hash);
      const target = page.locator(':target');
      assert.equal(await target.getAttribute('id'), hash.slice(1));
      assert.ok(await target.evaluate((element) => {
        const rect = element.getBoundingClientRect();
        return rect.top >= 0 && rect.top < window.innerHeight;
      }), 'the service point is scrolled into view');
      // The next Tab continues from the service point, not from the top of the page.
      await tabTo(page, /./, 1);
      assert.ok(await page.evaluate((id) => !!document.activeElement?.closest(`#${id}`) || document.getElementById(id)!.compareDocumentPosition(document.activeElement!) === Node.DOCUMENT_POSITION_FOLLOWING, hash.slice(1)));
      await context.close();
    });
  }
});

describe('keyboard only: search and the disclosure catalogue', () => {
  it('header search box → results → a filter → a result, with Tab, Space and Enter', async () => {
    const context = await harness.newContext({ viewport: { width: 1280, height: 900 } });
    await prepareContext(context, MODES.normal);
    const page = await context.newPage();
    await open(page, '/services/');
    await tabTo(page, '#site-search-q');
    await page.keyboard.type('孕前检查');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
    await page.locator('.search-results li').first().waitFor();
    const before = await page.locator('.search-results li').count();
    await tabTo(page, '.search-facets input[type="checkbox"]');
    const section = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await page.keyboard.press('Space');
    await page.waitForURL(/[?&]section=/);
    assert.ok(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.checked), 'the ticked box keeps focus');
    // Wait for the filtered results themselves: tabbing through a list that is being replaced
    // would leave focus on a link that no longer exists.
    await page.waitForFunction(
      (name) => {
        const metas = [...document.querySelectorAll('.search-results li .search-result__meta span:first-child')];
        return metas.length > 0 && metas.every((meta) => meta.textContent === name) && document.querySelector('[aria-busy="true"]') === null;
      },
      section,
    );
    assert.ok((await page.locator('.search-results li').count()) <= before, 'the filter narrows the results');
    // The results come before the filters in the page: back up to the first result.
    await tabTo(page, /^\/(services|policies|disclosure|youth|early-childhood|news|bulletins)\/.+/, 250, true);
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
    assert.equal(await page.locator('h1').count(), 1);
    await context.close();
  });

  it('column → catalogue → a topic → an item, with Tab and Enter', async () => {
    const context = await harness.newContext({ viewport: { width: 1280, height: 900 } });
    await prepareContext(context, { ...MODES.elderly, contrast: 'high' });
    const page = await context.newPage();
    await open(page, '/disclosure/');
    await skipToMain(page);
    await tabTo(page, /^\/disclosure\/catalog\/$/);
    await Promise.all([page.waitForURL('**/disclosure/catalog/'), page.keyboard.press('Enter')]);
    await tabTo(page, /^\/disclosure\/catalog\/topic\/special-assistance\/$/, 400);
    await Promise.all([page.waitForURL('**/disclosure/catalog/topic/special-assistance/'), page.keyboard.press('Enter')]);
    await skipToMain(page);
    await tabTo(page, /^\/disclosure\/(?!catalog\/|search\/|apply\/)[a-z0-9-]+\/$/);
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
    assert.ok(await page.getByRole('table').first().isVisible(), 'the item’s metadata table');
    await context.close();
  });
});
