/**
 * Benchmark (not a test): what search costs a reader, for the real site and for a synthetic site
 * of 5,000 more pages. Each site is built in a throw-away copy of the project
 * (scripts/lib/isolated-project.ts; the synthetic one gets scripts/lib/synthetic-corpus.ts
 * entries), served on loopback and searched in headless Chromium on /search/ as a reader would:
 *
 *   index on disk       bytes of dist/pagefind/ (and of the files the JS API uses, without the
 *                       stock UI bundles, which this site never loads)
 *   first query bytes   bytes of every /pagefind/ response for the first search in a fresh page
 *                       (raw as served, and gzip as a server would send pagefind.js/worker/wasm)
 *   second query bytes  /pagefind/ bytes for a different query on the same page
 *   time to results     from the input event to the results rendered (the island's
 *                       data-results-for), median of RUNS fresh pages; includes the typing
 *                       debounce (TYPING_DEBOUNCE_MS)
 *
 *   npm run bench:search                 # real site and 5,000 synthetic pages
 *   npm run bench:search -- 1000         # real site and 1,000 synthetic pages
 *   RUNS=9 KEEP=1 npm run bench:search   # more runs; keep the built copies to inspect
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { isolatedProject, type IsolatedProject } from './lib/isolated-project.ts';
import { syntheticEntries } from './lib/synthetic-corpus.ts';
import { createStaticServer } from './lib/static-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/support/browser.ts';
import { emptyState, serialiseSearchState } from '../src/lib/search-url.ts';
import { TYPING_DEBOUNCE_MS } from '../src/lib/search-config.ts';

const extra = Number(process.argv[2] ?? 5000);
const RUNS = Number(process.env['RUNS'] ?? 5);
const QUERIES = ['孕前检查', '特别扶助金'] as const;
const PAGEFIND_BUDGET = 300 * 1024;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

function build(project: IsolatedProject): number {
  const started = performance.now();
  for (const args of [['node_modules/astro/bin/astro.mjs', 'build'], ['scripts/build-search-index.ts']]) {
    const result = project.run(process.execPath, args);
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.output.slice(-4000)}`);
  }
  return (performance.now() - started) / 1000;
}

interface Fetched {
  raw: number;
  gzip: number;
  files: number;
}

/** Collects the /pagefind/ responses of a page until `take()` is called. */
function recordPagefind(page: Page) {
  let pending: Promise<{ raw: number; gzip: number }>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith('/pagefind/')) return;
    pending.push(
      response.body().then((body) => ({
        raw: body.length,
        // .pf_* files are gzip already; the JS, JSON and wasm would be compressed by the server.
        gzip: /\.pf_\w+$/.test(url.pathname) ? body.length : gzipSync(body, { level: 6 }).length,
      })),
    );
  });
  return {
    async take(): Promise<Fetched> {
      const sizes = await Promise.all(pending);
      pending = [];
      return { raw: sizes.reduce((sum, s) => sum + s.raw, 0), gzip: sizes.reduce((sum, s) => sum + s.gzip, 0), files: sizes.length };
    },
  };
}

/** Types a query into the search field; resolves with ms from the input event to results rendered. */
async function timedSearch(page: Page, query: string): Promise<number> {
  const expected = serialiseSearchState({ ...emptyState(), q: query });
  await page.evaluate((expected) => {
    const app = document.querySelector<HTMLElement>('.search-app')!;
    const input = app.querySelector<HTMLInputElement>('input[type="search"]')!;
    const timing = { start: 0, end: 0 };
    (window as unknown as { __timing: typeof timing }).__timing = timing;
    input.addEventListener('input', () => (timing.start = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (app.dataset['phase'] === 'ready' && app.dataset['resultsFor'] === expected && timing.start > 0) {
        timing.end = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(app, { attributes: true });
  }, expected);
  await page.locator('.search-app input[type="search"]').fill(query);
  await page.waitForFunction(() => (window as unknown as { __timing: { end: number } }).__timing.end > 0, undefined, { timeout: 60_000 });
  return page.evaluate(() => {
    const timing = (window as unknown as { __timing: { start: number; end: number } }).__timing;
    return timing.end - timing.start;
  });
}

interface SiteReport {
  name: string;
  pages: number;
  buildSeconds: number;
  disk: number;
  apiDisk: number;
  first: Fetched;
  second: Fetched;
  firstMs: number;
  secondMs: number;
}

async function measure(browser: Browser, name: string, project: IsolatedProject): Promise<SiteReport> {
  console.log(`${name}: building in ${project.root} …`);
  const buildSeconds = build(project);
  const dist = join(project.root, 'dist');
  const pagefindFiles = walk(join(dist, 'pagefind'));
  const disk = pagefindFiles.reduce((sum, file) => sum + statSync(file).size, 0);
  const apiDisk = pagefindFiles.filter((file) => !/pagefind-(component-|modular-)?ui|pagefind-highlight/.test(file)).reduce((sum, file) => sum + statSync(file).size, 0);
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);

  const server = createStaticServer(dist);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const firstTimes: number[] = [];
  const secondTimes: number[] = [];
  let first: Fetched | undefined;
  let second: Fetched | undefined;
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const recorder = recordPagefind(page);
      await page.goto(`${baseUrl}/search/`);
      await page.locator('.search-app input[type="search"]').waitFor();
      firstTimes.push(await timedSearch(page, QUERIES[0]));
      const firstBytes = await recorder.take();
      secondTimes.push(await timedSearch(page, QUERIES[1]));
      const secondBytes = await recorder.take();
      first ??= firstBytes;
      second ??= secondBytes;
      await context.close();
    }
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return { name, pages, buildSeconds, disk, apiDisk, first: first!, second: second!, firstMs: median(firstTimes), secondMs: median(secondTimes) };
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const reports: SiteReport[] = [];
const projects: IsolatedProject[] = [];
try {
  const real = isolatedProject('content');
  projects.push(real);
  reports.push(await measure(browser, '真实站点', real));

  const synthetic = isolatedProject('content');
  projects.push(synthetic);
  for (const file of syntheticEntries(extra)) writeFileSync(join(synthetic.contentDir, file.folder, file.name), file.text);
  reports.push(await measure(browser, `真实站点 + ${extra} 个合成页面`, synthetic));
} finally {
  await browser.close();
  if (process.env['KEEP'] !== '1') for (const project of projects) project.cleanup();
  else for (const project of projects) console.log(`kept ${project.root}`);
}

const rows = [
  ['站点', '索引页面', '构建', 'pagefind/ 磁盘', 'JS API 所用文件', `首次搜索“${QUERIES[0]}”下载`, `第二次搜索“${QUERIES[1]}”下载`, '输入到结果（首次，中位数）', '输入到结果（第二次，中位数）'],
  ['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
  ...reports.map((report) => [
    report.name,
    String(report.pages),
    `${report.buildSeconds.toFixed(0)} s`,
    kb(report.disk),
    kb(report.apiDisk),
    `${kb(report.first.raw)}（gzip ${kb(report.first.gzip)}，${report.first.files} 个文件）`,
    `${kb(report.second.raw)}（gzip ${kb(report.second.gzip)}，${report.second.files} 个文件）`,
    `${report.firstMs.toFixed(0)} ms`,
    `${report.secondMs.toFixed(0)} ms`,
  ]),
];
console.log(`\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}`);
console.log(`\n时间含 ${TYPING_DEBOUNCE_MS} ms 输入防抖；${RUNS} 次运行（每次新的浏览器上下文，无缓存）。`);
for (const report of reports) {
  const verdict = report.first.gzip <= PAGEFIND_BUDGET ? '低于' : '超过';
  console.log(`${report.name}：首次搜索下载 gzip ${kb(report.first.gzip)}，${verdict} Pagefind 所称的 300 KB。`);
}
