/**
 * The Content-Security-Policy, enforced: one page of every page type, served with the build's CSP
 * header and its own <meta>, loads, hydrates its islands and searches with no violation and no
 * console error; the policy really blocks what it should; every built page carries a sound meta.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PAGE_TYPES } from './support/a11y.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHarness, watchPage, type Harness } from './support/browser.ts';
import { hydrateIslands, searchUnderCsp, watchCspViolations } from './support/csp.ts';
import { metaPolicies } from '../../src/lib/csp-audit.ts';
import { parsePolicy } from '../../src/lib/csp.ts';
import { readHeaderPolicy } from '../../scripts/lib/security-headers.ts';

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

// One page of every type, the same list the accessibility checks use (search pages with a query).
const PAGES = PAGE_TYPES.map((path) => ({ path, status: path === '/no-such-page/' ? 404 : 200 }));

describe('CSP in Chromium', () => {
  for (const { path, status = 200 } of PAGES) {
    it(`${decodeURIComponent(path)} runs under the CSP header and meta with no violation and no console error`, async () => {
      const context = await harness.newContext({ reducedMotion: 'reduce' });
      const page = await context.newPage();
      const violations = await watchCspViolations(page);
      const watch = watchPage(page, harness.baseUrl);
      const response = await page.goto(harness.baseUrl + path);
      assert.equal(response?.status(), status);
      assert.ok(response?.headers()['content-security-policy'], 'the CSP header is sent');
      assert.equal(await page.locator('meta[http-equiv="content-security-policy"]').count(), 1);
      // The inlined reading-preferences script ran: the header policy lets it only by its hash.
      assert.equal(await page.evaluate(() => document.documentElement.classList.contains('js')), true, 'reading preferences ran');
      await hydrateIslands(page);
      // Search runs Pagefind in a worker with WebAssembly: only results prove the CSP lets it.
      if (path.includes('search/?q=')) await page.locator('.search-results li').first().waitFor();
      await page.waitForLoadState('networkidle');
      assert.deepEqual(violations, []);
      // The 404 page's own status is the one expected console line there.
      const expected = status === 404 ? ['Failed to load resource: the server responded with a status of 404 (Not Found)'] : [];
      assert.deepEqual(watch.consoleErrors, expected);
      assert.deepEqual(watch.pageErrors, []);
      assert.deepEqual(watch.foreignRequests, []);
      await context.close();
    });
  }

  it('the charts of a bulletin draw under the CSP, legend keys included', async () => {
    const context = await harness.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    const violations = await watchCspViolations(page);
    await page.goto(`${harness.baseUrl}/bulletins/2013-h1/`);
    await hydrateIslands(page);
    const frames = await page.locator('.bulletin-chart-frame').evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().height));
    assert.ok(frames.length > 0 && frames.every((height) => height >= 320), `chart heights ${frames.join(', ')}`);
    const keys = await page.locator('.bulletin-chart-legend svg rect').evaluateAll((rects) => rects.map((r) => r.getAttribute('fill')));
    assert.ok(keys.length >= 2 && keys.every(Boolean), `legend keys ${keys.join(', ')}`);
    assert.deepEqual(violations, []);
    await context.close();
  });

  it('reading preferences work under the CSP (字号“特大” sets the text size)', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    const violations = await watchCspViolations(page);
    await page.goto(`${harness.baseUrl}/services/`);
    await page.locator('[data-pref="textSize"][data-pref-value="200"]').click();
    assert.equal(await page.locator('html').getAttribute('data-text-size'), '200');
    assert.deepEqual(violations, []);
    await context.close();
  });

  it('Pagefind searches under the CSP: its module, its worker and its WebAssembly are allowed', async () => {
    const run = await searchUnderCsp(harness, `${harness.baseUrl}/`);
    assert.ok(run.result.count > 0, 'Pagefind finds 孕前检查');
    assert.match(run.result.url ?? '', /^\/[a-z0-9/-]+\/$/);
    assert.deepEqual(run.workers, ['/pagefind/pagefind-worker.js']);
    assert.deepEqual(run.pagefindWarnings, [], 'no fallback from the worker to the main thread');
    assert.deepEqual(run.violations, []);
    assert.deepEqual(run.consoleErrors, []);
  });

  it('blocks what it is there to block: an injected inline script, a style attribute, a string of code, another origin', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    const violations = await watchCspViolations(page);
    await page.goto(`${harness.baseUrl}/about/`);
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
      const paragraph = document.querySelector('main p')!;
      paragraph.setAttribute('style', 'outline: 5px solid red');
      // A string handed to setTimeout is compiled by the page, like eval (Playwright's own evaluation is exempt).
      (setTimeout as (code: string, ms: number) => number)('window.evaluated = true', 0);
      // Loopback and blocked before it is sent, had the policy failed it would still not leave the machine.
      const image = new Image();
      image.src = 'http://127.0.0.2:9/x.png';
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { injected: 'injected' in window, outline: getComputedStyle(paragraph).outlineStyle, evaluated: 'evaluated' in window };
    });
    assert.deepEqual(outcome, { injected: false, outline: 'none', evaluated: false });
    const directives = new Set(violations.map((line) => line.split(' ')[1]));
    for (const directive of ['script-src-elem', 'style-src-attr', 'script-src', 'img-src']) assert.ok(directives.has(directive), `${directive} in ${violations.join('\n')}`);
    await context.close();
  });
});

describe('CSP in the built pages', () => {
  const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  const header = parsePolicy(readHeaderPolicy('dist') ?? '');

  it(`every page (${pages.length}) has one CSP meta with script-src and style-src and no 'unsafe-inline'`, () => {
    assert.ok(pages.length > 100);
    for (const file of pages) {
      const metas = metaPolicies(readFileSync(join('dist', file), 'utf8'));
      assert.equal(metas.length, 1, file);
      const policy = parsePolicy(metas[0]!);
      for (const name of ['script-src', 'style-src']) {
        assert.ok(policy.get(name)?.includes("'self'"), `${file} ${name}`);
        assert.ok(!policy.get(name)!.includes("'unsafe-inline'"), `${file} ${name} has 'unsafe-inline'`);
      }
    }
  });

  it('the header policy allows everything each meta allows, and agrees on every other directive', () => {
    assert.deepEqual(header.get('frame-ancestors'), ["'none'"]);
    for (const file of pages) {
      const meta = parsePolicy(metaPolicies(readFileSync(join('dist', file), 'utf8'))[0]!);
      for (const [name, sources] of meta) {
        if (name === 'script-src' || name === 'style-src') {
          const missing = sources.filter((source) => !header.get(name)?.includes(source));
          assert.deepEqual(missing, [], `${file} ${name}`);
        } else {
          assert.deepEqual(header.get(name), sources, `${file} ${name}`);
        }
      }
    }
  });
});
