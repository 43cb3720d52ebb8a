/**
 * Search quality: every query of search-queries.ts, run in headless Chromium through Pagefind's
 * JS API with the search page's options and query normalisation, returns its page among the first
 * three (or first, where the table says so). Build first: npm run build.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './support/browser.ts';
import { openPagefind, topUrls } from './support/pagefind.ts';
import { SEARCH_QUERIES } from './search-queries.ts';

let harness: Harness;
let page: Page;
before(async () => {
  harness = await startHarness();
  page = await (await harness.newContext()).newPage();
  await openPagefind(page, harness.baseUrl);
});
after(async () => {
  await harness?.close();
});

describe('search quality', () => {
  it('has at least 30 real queries', () => {
    assert.ok(SEARCH_QUERIES.length >= 30, `${SEARCH_QUERIES.length} queries`);
  });

  for (const test of SEARCH_QUERIES) {
    const where = test.disclosure ? '（信息公开搜索）' : '';
    it(`“${test.query}”${where} → ${[test.expect].flat().join(' | ')}${test.first ? ' first' : ''}`, async () => {
      const top = await topUrls(page, test.query, test.disclosure ? { fixed: { 栏目: '政府信息公开' } } : {});
      const wanted = [test.expect].flat();
      const position = top.findIndex((url) => wanted.includes(url)) + 1;
      const limit = test.first ? 1 : 3;
      assert.ok(position >= 1 && position <= limit, `${test.why}: expected in the top ${limit}, got ${top.join(' , ') || 'nothing'}`);
    });
  }
});
