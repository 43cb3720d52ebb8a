/**
 * 人口专刊 in Chromium: every chart draws, the tables carry the data without JavaScript and in
 * print, the CSV downloads parse back to the JSON's numbers, and the pages are axe-clean.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { axeViolations, CHROMIUM_ARGS, CHROMIUM_PATH, watchPage } from './support/browser.ts';
import { createStaticServer } from '../../scripts/lib/static-server.ts';
import { parseCsv } from '../../src/lib/bulletin-csv.ts';
import { parseFormattedNumber, type BulletinData } from '../../src/lib/bulletin.ts';

/**
 * Local harness: the shared startHarness() passes --user-data-dir to chromium.launch(), which
 * playwright-core 1.65 refuses; launch() already uses a fresh temporary profile, so we omit it.
 */
let server: Server;
let browser: Browser;
let baseUrl: string;
const downloads = mkdtempSync(join(tmpdir(), 'ehome-downloads-'));

before(async () => {
  server = createStaticServer('dist');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, downloadsPath: downloads });
});
after(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  rmSync(downloads, { recursive: true, force: true });
});

const PERIOD = '2013-h1';
const PAGE = `/bulletins/${PERIOD}/`;
const source: BulletinData = JSON.parse(readFileSync(`content/bulletins/${PERIOD}.json`, 'utf8'));

/** Scrolls every chart into view so that client:visible hydrates it. */
async function scrollThrough(page: Page) {
  for (const canvas of await page.locator('canvas[role="img"]').all()) {
    await canvas.scrollIntoViewIfNeeded();
    await page.waitForTimeout(50);
  }
}

/** The numbers of a server-rendered table, row by row, read from the text a person sees. */
async function tableValues(page: Page, datasetId: string): Promise<{ categories: string[]; values: (number | null)[][] }> {
  return page.locator(`table[data-dataset="${datasetId}"] tbody tr`).evaluateAll((rows) => ({
    categories: rows.map((row) => row.querySelector('th')!.textContent!.trim()),
    values: rows.map((row) => [...row.querySelectorAll('td')].map((cell) => {
      const clone = cell.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.status-mark').forEach((mark) => mark.remove());
      return clone.textContent!.trim();
    })),
  })).then((result) => ({ categories: result.categories, values: result.values.map((row) => row.map((text) => parseFormattedNumber(text as unknown as string))) }));
}

describe('人口专刊 pages', () => {
  it('every chart on a bulletin page draws once scrolled into view, announces itself and points at its table', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    const watch = watchPage(page, baseUrl);
    await page.goto(baseUrl + PAGE);
    const canvases = page.locator('canvas[role="img"]');
    assert.equal(await canvases.count(), source.datasets.length);
    for (const [index, dataset] of source.datasets.entries()) {
      const canvas = canvases.nth(index);
      await canvas.scrollIntoViewIfNeeded();
      const drawn = await page.waitForFunction(
        (element) => {
          const c = element as HTMLCanvasElement;
          if (c.width === 0 || c.height === 0) return false;
          const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
          let painted = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
          return painted > 500 ? painted : false;
        },
        await canvas.elementHandle(),
        { timeout: 15_000 },
      );
      assert.ok(Number(await drawn.jsonValue()) > 500, `${dataset.id} drew nothing`);
      const describedBy = await canvas.getAttribute('aria-describedby');
      assert.equal(describedBy, `table-${dataset.id}`);
      assert.equal(await page.locator(`#${describedBy}`).evaluate((el) => el.tagName), 'TABLE');
      const label = (await canvas.getAttribute('aria-label')) ?? '';
      assert.ok(label.includes(dataset.title) && label.includes(dataset.unit), `aria-label of ${dataset.id}: ${label}`);
    }
    assert.deepEqual(watch.pageErrors, []);
    assert.deepEqual(watch.consoleErrors, []);
    assert.deepEqual(watch.foreignRequests, []);
    assert.deepEqual(watch.failedRequests, []);
    await context.close();
  });

  it('without JavaScript the tables hold exactly the numbers of the JSON, and no empty chart shows', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseUrl + PAGE);
    for (const dataset of source.datasets) {
      const table = await tableValues(page, dataset.id);
      assert.deepEqual(table.categories, dataset.categories, dataset.id);
      const expected = dataset.categories.map((_, row) => dataset.series.map((series) => series.values[row] ?? null));
      assert.deepEqual(table.values, expected, dataset.id);
      assert.equal(await page.locator(`#figure-${dataset.id} canvas`).isVisible(), false, `${dataset.id} chart should be hidden without JS`);
      const caption = await page.locator(`#figure-${dataset.id} figcaption`).innerText();
      assert.ok(caption.includes(dataset.title) && caption.includes(dataset.unit) && caption.includes('2013年上半年') && caption.includes(source.source), caption);
    }
    const headlines = await tableValues(page, 'headlines');
    assert.deepEqual(headlines.categories, source.headlines.map((h) => h.label));
    assert.deepEqual(headlines.values.map((row) => row[0]), source.headlines.map((h) => h.value));
    // Status marks and their legend: 2013-H1 has revised births.
    assert.match(await page.locator('#figure-births-by-month tbody tr').nth(4).innerText(), /937\s*r/);
    assert.match(await page.locator('#figure-births-by-month .status-legend').innerText(), /r 修订数/);
    // Change since the previous issue is said in words, not only by arrow.
    const cards = await page.locator('.headline-card').allInnerTexts();
    assert.ok(cards.some((card) => card.includes('增加')) && cards.some((card) => card.includes('减少')), cards.join('\n'));
    assert.ok(await page.getByText('示例数据：').isVisible());
    await context.close();
  });

  it('printing shows the tables and hides the charts', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(baseUrl + PAGE);
    await scrollThrough(page);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('canvas[role="img"]').first().isVisible(), false);
    assert.equal(await page.locator('table[data-dataset="population-by-street"]').isVisible(), true);
    await context.close();
  });

  it('a CSV download parses back to the same numbers as the JSON download, and the data package describes every CSV', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(baseUrl + PAGE);
    const json: BulletinData = await (await page.request.get(`${baseUrl}/bulletins/${PERIOD}.json`)).json();
    assert.deepEqual(json.datasets.map((d) => d.id), source.datasets.map((d) => d.id));

    // A real download, by clicking the link under the figure.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#figure-population-by-street .figure-download a').click()]);
    const saved = join(downloads, 'population-by-street.csv');
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'CSV starts with a UTF-8 BOM');
    const byStreet = json.datasets.find((d) => d.id === 'population-by-street')!;
    const rows = parseCsv(bytes.toString('utf8'));
    assert.deepEqual(rows[0]!.slice(0, 2), ['街道', '常住人口']);
    assert.deepEqual(rows.slice(1).map((row) => row[0]), byStreet.categories);
    assert.deepEqual(rows.slice(1).map((row) => Number(row[1])), byStreet.series[0]!.values);

    // Every other CSV, through the data package descriptor.
    const pkg = await (await page.request.get(`${baseUrl}/bulletins/${PERIOD}/datapackage.json`)).json();
    assert.equal(pkg.profile, 'tabular-data-package');
    assert.equal(pkg.resources.length, json.datasets.length + 1);
    for (const resource of pkg.resources) {
      const response = await page.request.get(`${baseUrl}/bulletins/${PERIOD}/${resource.path}`);
      assert.equal(response.status(), 200, resource.path);
      assert.match(response.headers()['content-type'] ?? '', /text\/csv/);
      const table = parseCsv(await response.text());
      assert.deepEqual(table[0], resource.schema.fields.map((field: { name: string }) => field.name), resource.path);
      if (resource.name === 'headlines') {
        assert.deepEqual(table.slice(1).map((row) => Number(row[2])), json.headlines.map((h) => h.value));
        continue;
      }
      const dataset = json.datasets.find((d) => d.id === resource.name)!;
      dataset.series.forEach((series, s) => {
        assert.deepEqual(table.slice(1).map((row) => (row[1 + s] === '' ? null : Number(row[1 + s]))), series.values, `${resource.path} ${series.name}`);
      });
    }
    await context.close();
  });

  it('the chart code loads only when a chart scrolls into view', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => { if (request.resourceType() === 'script') scripts.push(request.url()); });
    await page.goto(baseUrl + PAGE);
    await page.waitForTimeout(500);
    assert.deepEqual(scripts.filter((url) => url.includes('BulletinChart')), [], 'no chart code before a chart is in view');
    await page.locator('canvas[role="img"]').first().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('BulletinChart')), undefined, { timeout: 10_000 });
    assert.equal(scripts.filter((url) => url.includes('BulletinChart')).length, 1);
    await context.close();
  });

  it('non-bulletin pages load no chart code', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => { if (request.resourceType() === 'script') scripts.push(request.url()); });
    await page.goto(`${baseUrl}/disclosure/xizhengfa-2012-4/`);
    await page.mouse.wheel(0, 5000);
    await page.waitForTimeout(300);
    assert.deepEqual(scripts.filter((url) => /BulletinChart|chart/i.test(url)), []);
    await context.close();
  });

  it('the list shows every issue newest first with its change since the previous issue', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/bulletins/`);
    const titles = await page.locator('.bulletin-list h2').allInnerTexts();
    assert.deepEqual(titles.map((t) => t.match(/\d{4}年[上下]半年/)![0]), ['2013年下半年', '2013年上半年', '2012年下半年', '2012年上半年']);
    const first = await page.locator('.bulletin-list > li').first().innerText();
    assert.match(first, /增加|减少/);
    assert.match(await page.locator('.bulletin-list > li').last().innerText(), /首期/);
    await context.close();
  });

  for (const path of ['/bulletins/', PAGE, '/bulletins/trends/']) {
    it(`${path} is axe-clean with its charts drawn, has one h1 and makes no foreign request`, async () => {
      const context = await browser.newContext({ reducedMotion: 'reduce' });
      const page = await context.newPage();
      const watch = watchPage(page, baseUrl);
      const response = await page.goto(baseUrl + path);
      assert.equal(response?.status(), 200);
      await scrollThrough(page);
      await page.waitForTimeout(300);
      assert.equal(await page.locator('h1').count(), 1);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(watch.foreignRequests, []);
      assert.deepEqual(watch.pageErrors, []);
      assert.deepEqual(watch.consoleErrors, []);
      await context.close();
    });
  }

  it('the trends page draws one line chart per headline indicator with its table across all issues', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/bulletins/trends/`);
    const tables = page.locator('table[data-dataset^="trend-"]');
    assert.equal(await tables.count(), source.headlines.length);
    const resident = await tableValues(page, 'trend-resident-population');
    assert.deepEqual(resident.categories, ['2012年上半年', '2012年下半年', '2013年上半年', '2013年下半年']);
    const values = ['2012-h1', '2012-h2', '2013-h1', '2013-h2'].map((p) => (JSON.parse(readFileSync(`content/bulletins/${p}.json`, 'utf8')) as BulletinData).headlines[0]!.value);
    assert.deepEqual(resident.values.map((row) => row[0]), values);
    const csv = parseCsv(await (await page.request.get(`${baseUrl}/bulletins/trends/resident-population.csv`)).text());
    assert.deepEqual(csv.slice(1).map((row) => Number(row[1])), values);
    await context.close();
  });
});
