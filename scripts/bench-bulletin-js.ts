/**
 * Budget benchmark for 人口专刊 charts (run after `npm run build`; not a test).
 * For a bulletin page and for non-bulletin pages (a policy or disclosure page, the home page) it
 * reads the built HTML, finds every script it loads (script src, astro-island component-url and
 * renderer-url, modulepreload), follows their imports through dist/_astro and prints the gzip
 * bytes: chart code (the chart island and chart.js), framework (the React renderer), other.
 * Target: 0 KB chart code on non-bulletin pages, ≤ 60 KB gzip on a bulletin page.
 *   npm run bench:bulletin-js [-- dist]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inlineScriptBytes } from './lib/bench/weights.ts';

const dist = process.argv[2] ?? 'dist';
const CHART_BUDGET = 60 * 1024;

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function fileOf(url: string): string {
  return join(dist, url.replace(/^\//, '').replace(/[?#].*$/, ''));
}

/** Every module reachable from `entry` through static and dynamic imports (URLs, from the site root). */
function reachable(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  const path = fileOf(entry);
  if (!existsSync(path)) return seen;
  seen.add(entry);
  const code = readFileSync(path, 'utf8');
  const pattern = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']|\bimport\s*\(\s*["']([^"']+\.m?js)["']\s*\)/g;
  for (const match of code.matchAll(pattern)) {
    const specifier = match[1] ?? match[2]!;
    const url = new URL(specifier, `http://site${entry}`).pathname;
    reachable(url, seen);
  }
  return seen;
}

interface PageReport {
  page: string;
  chart: Set<string>;
  framework: Set<string>;
  other: Set<string>;
  inlineBytes: number;
}

function analyse(page: string): PageReport {
  const html = readFileSync(join(dist, page.replace(/^\//, ''), 'index.html'), 'utf8');
  const attr = (name: string) => [...html.matchAll(new RegExp(`${name}="([^"]+)"`, 'g'))].map((m) => m[1]!.replace(/&amp;/g, '&'));
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => m[0]);
  const chartEntries = islands.filter((tag) => /BulletinChart/.test(tag)).map((tag) => /component-url="([^"]+)"/.exec(tag)![1]!);
  const otherIslandEntries = islands.filter((tag) => !/BulletinChart/.test(tag)).map((tag) => /component-url="([^"]+)"/.exec(tag)![1]!);
  const framework = new Set<string>();
  for (const url of attr('renderer-url')) reachable(url, framework);
  const chart = new Set<string>();
  for (const url of chartEntries) for (const file of reachable(url)) if (!framework.has(file)) chart.add(file);
  const other = new Set<string>();
  for (const url of [...scripts, ...preloads, ...otherIslandEntries]) for (const file of reachable(url)) if (!framework.has(file) && !chart.has(file)) other.add(file);
  // Inline code that runs; JSON-LD blocks are data, not JavaScript.
  return { page, chart, framework, other, inlineBytes: inlineScriptBytes(html) };
}

const sizeOf = (files: Set<string>) => [...files].reduce((sum, url) => sum + gz(readFileSync(fileOf(url))), 0);

function firstPage(folder: string): string | null {
  const dir = join(dist, folder);
  if (!existsSync(dir)) return null;
  const slug = readdirSync(dir, { withFileTypes: true }).find((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))?.name;
  return slug ? `/${folder}/${slug}/` : null;
}

if (!existsSync(join(dist, 'bulletins', 'index.html'))) {
  console.error(`没有找到 ${dist}/bulletins/index.html：请先运行 npm run build。`);
  process.exit(1);
}

const bulletinPage = firstPage('bulletins');
const pages = [bulletinPage, '/bulletins/trends/', firstPage('policies'), firstPage('disclosure'), '/'].filter((page): page is string => page !== null);
const reports = pages.map(analyse);

console.log('JavaScript a page loads (gzip, node:zlib level 9)\n');
console.log(['page'.padEnd(36), 'chart code'.padStart(11), 'React'.padStart(9), 'other'.padStart(9), 'inline'.padStart(9), 'total'.padStart(9)].join(''));
for (const report of reports) {
  const chart = sizeOf(report.chart);
  const framework = sizeOf(report.framework);
  const other = sizeOf(report.other);
  console.log([report.page.padEnd(36), kb(chart).padStart(11), kb(framework).padStart(9), kb(other).padStart(9), kb(report.inlineBytes).padStart(9), kb(chart + framework + other + report.inlineBytes).padStart(9)].join(''));
}
console.log('\nChart code = the BulletinChart island and the chart.js modules it imports (loaded by client:visible when a chart scrolls into view).');
const bulletinReport = reports.find((report) => report.page === bulletinPage);
if (bulletinReport) {
  console.log(`Files of chart code on ${bulletinReport.page}:`);
  for (const url of bulletinReport.chart) console.log(`  ${url}  ${kb(gz(readFileSync(fileOf(url))))}`);
}
const nonBulletin = reports.filter((report) => !report.page.startsWith('/bulletins/'));
const chartOnBulletin = bulletinReport ? sizeOf(bulletinReport.chart) : 0;
const chartElsewhere = nonBulletin.reduce((sum, report) => sum + sizeOf(report.chart), 0);
console.log(`\nBudget: chart code on a bulletin page ${kb(chartOnBulletin)} (target ≤ ${kb(CHART_BUDGET)}): ${chartOnBulletin <= CHART_BUDGET ? 'within' : 'OVER'}`);
console.log(`Budget: chart code on non-bulletin pages ${kb(chartElsewhere)} (target 0 KB): ${chartElsewhere === 0 ? 'within' : 'OVER'}`);
