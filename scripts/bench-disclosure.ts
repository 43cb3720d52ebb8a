/**
 * Benchmark (not a test): how the disclosure column scales. For each N, copies content/ to a
 * temporary folder, adds N synthetic disclosure items, builds the site from it
 * (CONTENT_DIR=… astro build --outDir …) and prints build seconds, ms per page and the largest
 * catalogue page in KB.
 *
 * The build runs in a throw-away copy of the project (src/, public/, config; node_modules linked
 * package by package) so that Astro's content cache (.astro/, node_modules/.astro/) of the real
 * project is never touched.
 *
 *   npx node scripts/bench-disclosure.ts            # N = 500 and 5000
 *   npx node scripts/bench-disclosure.ts 200        # just N = 200
 *   KEEP=1 npx node scripts/bench-disclosure.ts 500 # keep the temporary folder to inspect it
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { DISCLOSURE_KINDS } from '../src/lib/disclosure-catalog.ts';
import { formatIndexNumber } from '../src/lib/index-number.ts';
import { site } from '../src/site.config.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
const runs = sizes.length > 0 ? sizes : [500, 5000];
const topics = (JSON.parse(readFileSync('content/data/topics.json', 'utf8')) as { id: string; name: string }[]).map((topic) => topic);
const kinds = DISCLOSURE_KINDS.filter((kind) => kind.name !== '年度报告').map((kind) => kind.name);

/** A small deterministic generator, so every run builds the same corpus. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function syntheticItem(i: number, next: () => number): { name: string; text: string } {
  const year = 2010 + (i % 4);
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  const issued = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const published = `${year}-${String(month).padStart(2, '0')}-${String(Math.min(28, day + Math.floor(next() * 5))).padStart(2, '0')}`;
  const topic = topics[Math.floor(next() * topics.length)]!;
  const kind = kinds[Math.floor(next() * kinds.length)]!;
  const validity = next() < 0.1 ? '失效' : next() < 0.05 ? '废止' : '有效';
  const indexNo = formatIndexNumber({ orgCode: site.indexNoOrgCode, year, serial: 50000 + Math.floor(i / 4) });
  const paragraph = `本条是基准测试生成的第 ${i + 1} 条${kind}，主题为${topic.name}。为测试公开目录在大量信息下的构建时间和页面体积，正文包含若干段落，长度与一般通知相当。`;
  const text = [
    '---',
    `title: 基准测试信息 ${i + 1}：关于${topic.name}工作的${kind}`,
    `summary: 基准测试生成的示例信息，主题为${topic.name}，信息类别为${kind}。`,
    `indexNo: ${indexNo}`,
    `issuer: ${site.owner}`,
    `issuedAt: ${issued}`,
    `publishedAt: ${published}`,
    `category: ${topic.id}`,
    `kind: ${kind}`,
    `validity: ${validity}`,
    'sample: true',
    '---',
    '',
    paragraph,
    '',
    `## 一、有关情况\n\n${paragraph.repeat(2)}`,
    '',
    `## 二、工作要求\n\n${paragraph.repeat(2)}`,
    '',
  ].join('\n');
  return { name: `bench-${String(i + 1).padStart(5, '0')}.mdx`, text };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** A copy of the project to build in: own src/, public/ and caches; packages linked from node_modules. */
function prepareProjectCopy(root: string): void {
  for (const path of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(path, join(root, path), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync('node_modules')) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(resolve('node_modules', name), join(root, 'node_modules', name));
  }
}

const results: string[] = [];
for (const n of runs) {
  const root = mkdtempSync(join(tmpdir(), `ehome-bench-${n}-`));
  const contentDir = join(root, 'content');
  const outDir = join(root, 'dist');
  prepareProjectCopy(root);
  cpSync('content', contentDir, { recursive: true });
  const next = random(n);
  for (let i = 0; i < n; i++) {
    const item = syntheticItem(i, next);
    writeFileSync(join(contentDir, 'disclosure', item.name), item.text);
  }
  console.log(`N=${n}: ${n} synthetic items written to ${contentDir}; building…`);
  const started = performance.now();
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    console.error(build.stdout.slice(-4000), build.stderr.slice(-4000));
    throw new Error(`build failed for N=${n}`);
  }
  const pages = walk(outDir).filter((file) => file.endsWith('.html'));
  const catalogPages = walk(join(outDir, 'disclosure', 'catalog')).filter((file) => file.endsWith('.html'));
  const largest = catalogPages.reduce((max, file) => Math.max(max, statSync(file).size), 0);
  const json = statSync(join(outDir, 'disclosure', 'catalog.json')).size;
  const line = `N=${n}: build ${seconds.toFixed(1)} s, ${pages.length} pages, ${((seconds * 1000) / pages.length).toFixed(1)} ms/page; catalogue ${catalogPages.length} pages, largest ${(largest / 1024).toFixed(1)} KB; catalog.json ${(json / 1024).toFixed(0)} KB`;
  console.log(line);
  results.push(line);
  if (process.env['KEEP'] !== '1') rmSync(root, { recursive: true, force: true });
  else console.log(`kept ${root}`);
}
console.log(`\n${results.join('\n')}`);
