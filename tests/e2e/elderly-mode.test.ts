/**
 * 适老化 in Chromium: the 字号 / 高对比 / 长者模式 controls from the keyboard, what 长者模式 changes
 * (text, cursor, focus ring, 60px targets), tap targets on every page type, preferences applied
 * before first paint on the next page, and 朗读 against a stand-in speech engine.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { minifyInlineScript } from '../../src/scripts/inline-script.ts';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startHarness, watchPage, type Harness } from './support/browser.ts';
import { MODES, PAGE_TYPES, prepareContext } from './support/a11y.ts';
import { BASE_FONT_PX, ELDERLY_TEXT_SIZE, TAP_TARGET_PX, TEXT_SIZES } from '../../src/lib/reading-preferences.ts';

const GUIDE = '/services/free-prepregnancy-checkup/';
const PREFERENCES_SCRIPT = minifyInlineScript(readFileSync(new URL('../../src/scripts/reading-preferences.js', import.meta.url), 'utf8'));

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

const rootFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

async function tabToButton(page: Page, name: string, limit = 30): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.replace('✓', '').trim())) === name) return;
  }
  assert.fail(`no button “${name}” within ${limit} Tab presses`);
}

describe('阅读设置 controls', () => {
  it('字号 offers 100/125/150/200% and each one scales the 18px base text', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await page.goto(harness.baseUrl + '/');
    const group = page.getByRole('group', { name: '字号' });
    assert.deepEqual((await group.getByRole('button').allInnerTexts()).map((text) => text.replace('✓', '').trim()), TEXT_SIZES.map((size) => size.label));
    assert.equal(await rootFontSize(page), BASE_FONT_PX);
    for (const size of TEXT_SIZES) {
      const button = group.getByRole('button', { name: size.label, exact: true });
      await button.click();
      assert.equal(await button.getAttribute('aria-pressed'), 'true');
      assert.equal(await group.locator('[aria-pressed="true"]').count(), 1, 'one size is pressed at a time');
      assert.equal(await rootFontSize(page), BASE_FONT_PX * size.scale, size.label);
    }
    await context.close();
  });

  it('长者模式 from the keyboard: 150% text, a large cursor, a thicker focus ring and 60px targets; off again restores', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    const watch = watchPage(page, harness.baseUrl);
    await page.goto(harness.baseUrl + '/');
    await tabToButton(page, '长者模式');
    const ringWidth = () => page.evaluate(() => parseFloat(getComputedStyle(document.activeElement!).outlineWidth));
    const normalRing = await ringWidth();
    await page.keyboard.press('Space');
    const elderly = page.getByRole('button', { name: '长者模式' });
    assert.equal(await elderly.getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('html').getAttribute('data-elderly'), 'on');
    const scale = TEXT_SIZES.find((size) => size.value === ELDERLY_TEXT_SIZE)!.scale;
    assert.equal(await rootFontSize(page), BASE_FONT_PX * scale);
    assert.equal(await page.getByRole('group', { name: '字号' }).getByRole('button', { name: '大', exact: true }).getAttribute('aria-pressed'), 'true');

    const looks = await page.evaluate(() => {
      const link = document.querySelector('.site-nav a')!;
      return {
        cursor: getComputedStyle(document.body).cursor,
        linkCursor: getComputedStyle(link).cursor,
        navHeight: link.getBoundingClientRect().height,
      };
    });
    const elderlyRing = await ringWidth();
    assert.ok(normalRing > 0 && elderlyRing > normalRing, `focus ring ${elderlyRing}px is thicker than the normal ${normalRing}px`);
    assert.match(looks.cursor, /url\("[^"]*\/cursors\/arrow-large\.svg"\)/);
    assert.match(looks.linkCursor, /url\("[^"]*\/cursors\/pointer-large\.svg"\)/);
    assert.ok(looks.navHeight >= TAP_TARGET_PX.elderly, `nav link ${looks.navHeight}px high`);
    for (const file of ['arrow-large.svg', 'pointer-large.svg']) {
      const response = await page.request.get(`${harness.baseUrl}/cursors/${file}`);
      assert.equal(response.status(), 200, file);
      assert.match(response.headers()['content-type'] ?? '', /image\/svg\+xml/);
    }

    await page.keyboard.press('Enter');
    assert.equal(await elderly.getAttribute('aria-pressed'), 'false');
    assert.equal(await page.locator('html').getAttribute('data-elderly'), null);
    assert.equal(await rootFontSize(page), BASE_FONT_PX, 'the text size from before 长者模式 is back');
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).cursor), 'auto');
    assert.deepEqual(watch.foreignRequests, []);
    await context.close();
  });

  it('without JavaScript there is no dead control: no 阅读设置 bar and no 朗读 button', async () => {
    const context = await harness.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(harness.baseUrl + GUIDE);
    assert.equal(await page.locator('.reading-prefs').isVisible(), false);
    assert.equal(await page.locator('[data-read-aloud]').isVisible(), false);
    assert.deepEqual(await page.locator('header button:visible').allInnerTexts(), ['搜索']);
    await context.close();
  });
});

describe('tap targets', () => {
  /**
   * Header, navigation and footer links, card and list-entry titles, buttons and form controls.
   * Links inside a sentence or a table cell are exempt (WCAG 2.5.8 inline), and axe checks their 24px.
   */
  const TARGETS = [
    '.skip-link', '.site-header a', '.site-header button', '.site-header input', 'nav a', '.site-footer a',
    ':is(.card-list, .entry-list) > li > a', ':is(.card-list, .entry-list) > li > :is(h2, h3) > a',
    'main button', 'main .button', 'main input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"])', 'main select', 'main textarea', 'main summary',
    'label:has(> input[type="checkbox"], > input[type="radio"])', '.pager span[aria-current]',
  ].join(', ');

  for (const mode of ['normal', 'elderly'] as const) {
    const min = TAP_TARGET_PX[mode];
    it(`are at least ${min}×${min}px on every page type in ${mode} mode`, async () => {
      const context = await harness.newContext({ viewport: { width: 1280, height: 900 } });
      await prepareContext(context, MODES[mode]);
      const page = await context.newPage();
      const small: string[] = [];
      let measured = 0;
      for (const path of PAGE_TYPES) {
        await page.goto(harness.baseUrl + path);
        // Controls that islands render once hydrated.
        if (path === '/early-childhood/') await page.locator('.month-age-jump input').waitFor();
        if (path === '/disclosure/catalog/') await page.locator('.catalog-filter input').waitFor();
        if (path.includes('search/?q=')) await page.locator('.search-results li').first().waitFor();
        await page.locator('.skip-link').focus();
        const found = await page.evaluate((selector) => {
          const out: { name: string; width: number; height: number }[] = [];
          for (const element of document.querySelectorAll<HTMLElement>(selector)) {
            const rect = element.getBoundingClientRect();
            if (rect.width === 0 && rect.height === 0) continue; // not rendered (hidden, print only)
            out.push({ name: `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 16)}”`, width: rect.width, height: rect.height });
          }
          return out;
        }, TARGETS);
        measured += found.length;
        for (const target of found) {
          if (target.width < min - 0.5 || target.height < min - 0.5) small.push(`${path}: ${target.name} ${Math.round(target.width)}×${Math.round(target.height)}`);
        }
      }
      assert.ok(measured > PAGE_TYPES.length * 20, `measured ${measured} targets`);
      assert.deepEqual(small, []);
      await context.close();
    });
  }
});

describe('preferences persist and apply before first paint', () => {
  it('a choice made on one page is in force on the next before its first frame, with no flash', async () => {
    const context = await harness.newContext();
    await context.addInitScript(() => {
      const snap = () => ({
        textSize: document.documentElement.getAttribute('data-text-size'),
        contrast: document.documentElement.getAttribute('data-contrast'),
        fontSize: getComputedStyle(document.documentElement).fontSize,
        background: document.body ? getComputedStyle(document.body).backgroundColor : null,
      });
      const seen: Record<string, unknown> = {};
      (window as unknown as { firstPaint: Record<string, unknown> }).firstPaint = seen;
      // The body's first appearance and the first animation frame both come before anything is painted.
      new MutationObserver((_records, observer) => {
        if (document.body) {
          seen['body'] = snap();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
      requestAnimationFrame(() => { seen['frame'] = snap(); });
      document.addEventListener('DOMContentLoaded', () => { seen['ready'] = snap(); });
    });
    const page = await context.newPage();
    await page.goto(harness.baseUrl + '/');
    await page.getByRole('button', { name: '特大' }).click();
    await page.getByRole('button', { name: '高对比' }).click();
    await Promise.all([page.waitForURL('**/services/'), page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '办事指南' }).click()]);
    await page.waitForLoadState('load');
    const seen = await page.evaluate(() => (window as unknown as { firstPaint: Record<string, { textSize: string; contrast: string; fontSize: string; background: string | null }> }).firstPaint);
    for (const moment of ['body', 'frame', 'ready'] as const) {
      assert.ok(seen[moment], `recorded at ${moment}`);
      assert.equal(seen[moment].textSize, '200', moment);
      assert.equal(seen[moment].contrast, 'high', moment);
    }
    // Styles are not loaded yet when <body> is parsed, but rendering waits for them: the first frame
    // is already large and black.
    assert.equal(seen.frame?.fontSize, `${BASE_FONT_PX * 2}px`);
    assert.equal(seen.frame?.background, 'rgb(0, 0, 0)');
    assert.equal(await page.getByRole('button', { name: '特大' }).getAttribute('aria-pressed'), 'true');
    await context.close();
  });
});

/**
 * A stand-in for the browser's speech engine that records what it is asked to do. Its first
 * Chinese voice is a network one, as Chrome's “Google 普通话” is: it must never be used.
 */
function fakeSpeech(options: { localChinese: boolean } = { localChinese: true }) {
  interface Utterance { text: string; lang: string; voice: { name: string; lang: string } | null; onend: (() => void) | null }
  const calls: { call: string; text?: string; lang?: string; voice?: string | null }[] = [];
  let queue: Utterance[] = [];
  const voices = [
    { name: 'Google 普通话（中国大陆）', lang: 'zh-CN', localService: false },
    { name: 'English', lang: 'en-US', localService: true },
    ...(options.localChinese ? [{ name: '中文（普通话）', lang: 'zh-CN', localService: true }] : []),
  ];
  const engine = {
    paused: false,
    getVoices: () => voices,
    addEventListener() {},
    speak(u: Utterance) { calls.push({ call: 'speak', text: u.text, lang: u.lang, voice: u.voice?.name ?? null }); queue.push(u); },
    pause() { calls.push({ call: 'pause' }); engine.paused = true; },
    resume() { calls.push({ call: 'resume' }); engine.paused = false; },
    cancel() { calls.push({ call: 'cancel' }); queue = []; },
    /** Plays the queue to the end, as the real engine would. */
    finish() { const last = queue.at(-1); queue = []; last?.onend?.(); },
  };
  class FakeUtterance {
    text: string;
    lang = '';
    voice: Utterance['voice'] = null;
    onend: Utterance['onend'] = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
  (window as unknown as { speech: unknown }).speech = { calls, engine };
}

type SpeechLog = { call: string; text?: string; lang?: string; voice?: string | null }[];
const speechCalls = (page: Page) => page.evaluate(() => (window as unknown as { speech: { calls: SpeechLog } }).speech.calls.slice());
/** The speech module loads on first use and answers asynchronously: wait for the engine call. */
const lastCallIs = (page: Page, call: string) =>
  page.waitForFunction((name) => (window as unknown as { speech: { calls: SpeechLog } }).speech.calls.at(-1)?.call === name, call);

describe('朗读', () => {
  it('reads the guide’s title and main text in zh-CN, and pauses, resumes and stops', async () => {
    const context = await harness.newContext();
    await context.addInitScript(fakeSpeech);
    const page = await context.newPage();
    const watch = watchPage(page, harness.baseUrl);
    await page.goto(harness.baseUrl + GUIDE);
    const box = page.getByRole('group', { name: '朗读本页' });
    const toggle = box.getByRole('button', { name: '朗读全文' });
    assert.ok(await toggle.isVisible());
    assert.equal(await box.getByRole('button', { name: '停止' }).isVisible(), false);

    await toggle.click();
    await lastCallIs(page, 'speak');
    const spoken = (await speechCalls(page)).filter((c) => c.call === 'speak');
    assert.equal(spoken[0]?.text, '免费孕前优生健康检查', 'the title first');
    assert.ok(spoken.every((c) => c.lang === 'zh-CN' && c.voice === '中文（普通话）'), 'every line in zh-CN with the local Chinese voice, never the network one');
    const text = spoken.map((c) => c.text).join('\n');
    const lede = (await page.locator('.guide-lede').innerText()).trim();
    assert.ok(text.includes(lede), 'the summary is read');
    for (const heading of await page.locator('[data-read-aloud-text] h2').allInnerTexts()) assert.ok(text.includes(heading.trim()), `section “${heading}” is read`);
    for (const chrome of ['朗读全文', '相关办事指南', '在 GitHub 上编辑此页', '本页网址', '跳到主要内容', '主导航']) assert.ok(!text.includes(chrome), `“${chrome}” is not read`);

    const pause = box.getByRole('button', { name: '暂停' });
    await pause.click();
    await lastCallIs(page, 'pause');
    await box.getByRole('button', { name: '继续' }).click();
    await lastCallIs(page, 'resume');

    // 停止 from the keyboard: speech is cancelled and focus stays on the control, not lost to <body>.
    await box.getByRole('button', { name: '停止' }).focus();
    await page.keyboard.press('Enter');
    await lastCallIs(page, 'cancel');
    assert.ok(await box.getByRole('button', { name: '朗读全文' }).isVisible());
    assert.equal(await box.getByRole('button', { name: '停止' }).isVisible(), false);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-speech')), 'toggle');

    // Read again to the end: the control returns to 朗读全文 by itself.
    await box.getByRole('button', { name: '朗读全文' }).click();
    await box.getByRole('button', { name: '暂停' }).waitFor();
    await page.evaluate(() => (window as unknown as { speech: { engine: { finish(): void } } }).speech.engine.finish());
    assert.ok(await box.getByRole('button', { name: '朗读全文' }).isVisible());
    assert.deepEqual(watch.foreignRequests, []);
    assert.deepEqual(watch.pageErrors, []);
    await context.close();
  });

  it('says so, and speaks nothing, when the only Chinese voice would go over the network', async () => {
    const context = await harness.newContext();
    await context.addInitScript(fakeSpeech, { localChinese: false });
    const page = await context.newPage();
    await page.goto(harness.baseUrl + GUIDE);
    await page.getByRole('button', { name: '朗读全文' }).click();
    const status = page.locator('[data-speech-status]');
    await status.filter({ hasText: '没有可以离线使用的中文语音' }).waitFor();
    assert.deepEqual((await speechCalls(page)).filter((c) => c.call === 'speak'), []);
    assert.ok(await page.getByRole('button', { name: '朗读全文' }).isVisible());
    await context.close();
  });

  it('loads its code only when a reader first presses 朗读全文', async () => {
    const context = await harness.newContext();
    await context.addInitScript(fakeSpeech);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => { if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname); });
    await page.goto(harness.baseUrl + GUIDE);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(scripts, []);
    await page.getByRole('button', { name: '朗读全文' }).click();
    await lastCallIs(page, 'speak');
    assert.deepEqual(scripts, ['/scripts/read-aloud.js']);
    await context.close();
  });

  it('is on entry pages only, and hidden where the browser has no speech engine', async () => {
    const context = await harness.newContext();
    await context.addInitScript(fakeSpeech);
    const page = await context.newPage();
    for (const path of ['/policies/population-family-planning-law/', '/news/xicheng-xingfu-ejia-qidong/', '/accessibility/']) {
      await page.goto(harness.baseUrl + path);
      assert.ok(await page.getByRole('button', { name: '朗读全文' }).isVisible(), path);
    }
    for (const path of ['/', '/services/', '/news/']) {
      await page.goto(harness.baseUrl + path);
      assert.equal(await page.locator('[data-read-aloud]').count(), 0, path);
    }
    await context.close();

    const silent = await harness.newContext();
    await silent.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true }));
    const quiet = await silent.newPage();
    await quiet.goto(harness.baseUrl + GUIDE);
    assert.equal(await quiet.locator('[data-read-aloud]').isVisible(), false);
    assert.ok(await quiet.getByRole('button', { name: '长者模式' }).isVisible(), 'the other preferences still work');
    await silent.close();
  });

  it('costs a guide page no script beyond the one inline preferences script', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    let scriptBytes = 0;
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scriptBytes += (await response.body()).length;
    });
    await page.goto(harness.baseUrl + GUIDE);
    await page.waitForLoadState('networkidle');
    assert.equal(scriptBytes, 0, `${scriptBytes} bytes of external script`);
    // The one inline script is the budget: ≤ 1 KB gzip (issue 9).
    assert.ok(gzipSync(PREFERENCES_SCRIPT, { level: 9 }).length <= 1024, `${gzipSync(PREFERENCES_SCRIPT, { level: 9 }).length} bytes gzip inline`);
    const inline = await page.locator('script:not([src])').evaluateAll((scripts) =>
      scripts.filter((s) => ['', 'module', 'text/javascript'].includes(s.getAttribute('type') ?? '')).map((s) => s.textContent ?? ''),
    );
    assert.deepEqual(inline, [PREFERENCES_SCRIPT]);
    await context.close();
  });
});
