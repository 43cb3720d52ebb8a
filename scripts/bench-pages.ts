/**
 * Benchmark (not a test): what one page of each type costs and how Lighthouse scores it, and how
 * long the build takes for the real site and for a synthetic site of about 5 000 pages.
 *
 *   npm run bench:pages                       # build, weigh, Lighthouse, synthetic build (10–20 min)
 *   npm run bench:pages -- --no-build         # use the dist/ there is; no build timings
 *   npm run bench:pages -- --no-synthetic     # skip the 5 000-page build
 *   npm run bench:pages -- --no-lighthouse    # bytes and requests only
 *   npm run bench:pages -- --synthetic=2000   # another size of synthetic site
 *   npm run bench:pages -- --runs=5           # Lighthouse runs per page and device (median reported; 3)
 *
 * Bytes are gzip sizes of response bodies (node:zlib level 9 where the server sent them
 * uncompressed, as scripts/lib/static-server.ts does), headers not counted. Each page loads in a
 * fresh browser context (empty cache) and every island is scrolled into view so charts load.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { pageTypes } from './lib/bench/page-set.ts';
import { measurePages, type PageMeasurement } from './lib/bench/measure-pages.ts';
import { CATEGORIES, lighthouseScores, type FormFactor, type LighthouseResult } from './lib/bench/lighthouse-scores.ts';
import { timeCopyBuild, timeRealBuild, type BuildTiming } from './lib/bench/build-timing.ts';
import { createStaticServer } from './lib/static-server.ts';

const args = new Set(process.argv.slice(2));
const option = (name: string, fallback: number) => Number([...args].find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const syntheticSize = option('synthetic', 5000);
const lighthouseRuns = option('runs', 3);
const TARGETS = { guideTotal: 40 * 1024, guideJs: 1024, lighthouse: 98 };

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const pad = (text: string | number, width: number) => String(text).padStart(width);

const loadAtStart = loadavg()[0]!;
const builds: BuildTiming[] = [];
if (!args.has('--no-build')) {
  console.log('building the site (npm run build steps)…');
  builds.push(timeRealBuild());
}
if (!existsSync('dist/index.html')) {
  console.error('没有找到 dist/：请先运行 npm run build（或去掉 --no-build）。');
  process.exit(1);
}

const pages = pageTypes();
console.log(`weighing ${pages.length} pages in Chromium…`);
const measurements = await measurePages(pages);

let scores = new Map<string, Record<FormFactor, LighthouseResult>>();
if (!args.has('--no-lighthouse')) {
  console.log(`Lighthouse, mobile and desktop, ${pages.length} pages, median of ${lighthouseRuns} runs…`);
  const server = createStaticServer('dist');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const byUrl = await lighthouseScores(pages.map((page) => base + page.path), TARGETS.lighthouse, lighthouseRuns);
    scores = new Map(pages.map((page) => [page.path, byUrl.get(base + page.path)!]));
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

if (!args.has('--no-build')) {
  console.log('building a copy of the real site (cold cache)…');
  builds.push(timeCopyBuild(0));
}
if (!args.has('--no-synthetic')) {
  console.log(`building a synthetic site (${syntheticSize} extra disclosure items)…`);
  builds.push(timeCopyBuild(syntheticSize));
}

const date = new Date().toISOString().slice(0, 10);
const scoreText = (path: string, factor: FormFactor) => {
  const result = scores.get(path)?.[factor];
  return result ? CATEGORIES.map((id) => result.scores[id] ?? '–').join('/') : 'n/a';
};
console.log(`\n西城幸福e家 page budgets, ${date} — gzip KB (headers excluded); Lighthouse 12.2.3 performance/accessibility/best-practices/SEO, median of ${lighthouseRuns} runs\n`);
console.log(['page type'.padEnd(20), 'path'.padEnd(46), pad('HTML', 7), pad('CSS', 6), pad('JS', 6), pad('inl.JS', 7), pad('other', 7), pad('total', 7), pad('req', 4), pad('mobile', 16), pad('desktop', 16)].join(' '));
for (const m of measurements) {
  const w = m.weight;
  console.log([m.label.padEnd(20), m.path.slice(0, 46).padEnd(46), pad(kb(w.html), 7), pad(kb(w.css), 6), pad(kb(w.js), 6), pad(kb(w.inlineJs), 7), pad(kb(w.other), 7), pad(kb(w.total), 7), pad(w.requests, 4), pad(scoreText(m.path, 'mobile'), 16), pad(scoreText(m.path, 'desktop'), 16)].join(' '));
}
console.log('inl.JS = inline <script> code, already counted in HTML. other = JSON, images, fonts, Pagefind files.');

if (builds.length > 0) {
  console.log(`\n${'build'.padEnd(48)} ${pad('pages', 6)} ${pad('check s', 8)} ${pad('astro s', 8)} ${pad('pagefind s', 10)} ${pad('csp+gz s', 8)} ${pad('total s', 8)} ${pad('ms/page', 8)} ${pad('CPU s', 7)}`);
  for (const b of builds) console.log(`${b.label.padEnd(48)} ${pad(b.pages, 6)} ${pad(b.check.toFixed(1), 8)} ${pad(b.astro.toFixed(1), 8)} ${pad(b.pagefind.toFixed(1), 10)} ${pad(b.post.toFixed(1), 8)} ${pad(b.total.toFixed(1), 8)} ${pad(b.msPerPage.toFixed(1), 8)} ${pad(b.cpu === null ? 'n/a' : b.cpu.toFixed(1), 7)}`);
}

console.log(`Machine: ${availableParallelism()} CPUs; 1-minute load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end (other work on the machine slows every figure).`);
if (builds.length > 0) console.log('Seconds are wall time; CPU s is user + system time of the build processes (2 cores can give up to 2 CPU s per second).');
console.log('\nTargets');
const guide = measurements.find((m) => m.label === 'guide');
if (guide) {
  const js = guide.weight.js + guide.weight.inlineJs;
  console.log(`  guide ${guide.path}: ${kb(guide.weight.total)} KB total (≤ ${kb(TARGETS.guideTotal)}): ${guide.weight.total <= TARGETS.guideTotal ? 'met' : 'MISSED'}; ${(js / 1024).toFixed(2)} KB JavaScript incl. inline (≤ 1 KB): ${js <= TARGETS.guideJs ? 'met' : 'MISSED'}`);
}
if (scores.size > 0) {
  const misses = measurements.flatMap((m) =>
    (['mobile', 'desktop'] as const).flatMap((factor) => {
      const result = scores.get(m.path)?.[factor];
      const low = result ? CATEGORIES.filter((id) => (result.scores[id] ?? 0) < TARGETS.lighthouse) : [];
      return low.length > 0 ? [`  ${m.label} ${factor}: ${low.map((id) => `${id} ${result!.scores[id]}`).join(', ')} — ${result!.failing.join('; ') || 'no single audit below 0.9'}`] : [];
    }),
  );
  console.log(`  every Lighthouse category ≥ ${TARGETS.lighthouse} on every page type: ${misses.length === 0 ? 'met' : 'MISSED'}`);
  for (const line of misses) console.log(line);
}
const problems = measurements.flatMap((m: PageMeasurement) => [...m.failed, ...m.warnings].map((text) => `  ${m.path}: ${text}`));
if (problems.length > 0) console.log(`\nProblems seen while loading\n${problems.join('\n')}`);
