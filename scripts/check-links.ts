/**
 * `npm run check:links` (after `npm run build`): every internal link and #anchor in dist/**.html
 * must resolve. One line per problem:
 *   dist文件:行  链接  问题说明  怎样改  （来源：content/…）
 * External links, mailto: and tel: are not checked. DIST_DIR and CONTENT_DIR override the folders.
 * Exit status 1 when there is any problem, 2 when dist/ is missing.
 *
 * `--if-built` (the last step of `npm run check`): without a dist/ there is nothing to check yet,
 * so say so and succeed; with one, name when it was built, so a result from an old build is
 * recognisable as such.
 */
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { checkLinks, extractPage, pageUrl, type PageLinks } from '../src/lib/links.ts';
import { ENTRY_ROUTES, entryOfUrl } from '../src/lib/links-content.ts';
import { formatProblem } from '../src/lib/content-validation/validate.ts';
import { site } from '../src/site.config.ts';

const distDir = process.env['DIST_DIR'] ?? 'dist';
const contentDir = process.env['CONTENT_DIR'] ?? 'content';

const ifBuilt = process.argv.includes('--if-built');
if (!existsSync(distDir)) {
  if (ifBuilt) {
    console.log(`链接检查跳过：还没有构建（没有 ${distDir}/）。运行 npm run build 之后，npm run check 会同时检查站内链接。`);
    process.exit(0);
  }
  console.error(`找不到 ${distDir}/：请先运行 npm run build 再检查链接。`);
  process.exit(2);
}
if (ifBuilt) {
  const builtAt = new Date(statSync(distDir).mtimeMs).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  console.log(`链接检查：检查 ${builtAt} 构建的 ${distDir}/（修改内容后请重新 npm run build）。`);
}

const started = performance.now();
const all = (await readdir(distDir, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile())
  .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).replace(/\\/g, '/'));
const files = new Set(all);
const pages = new Map<string, PageLinks>();
for (const file of all.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))) {
  pages.set(file, extractPage(await readFile(join(distDir, file), 'utf8')));
}

/** Content ids by collection, to name the source file of a page that does not say it. */
const ids = new Map<string, Set<string>>();
const sourceFiles = new Map<string, string>();
for (const route of ENTRY_ROUTES) {
  const folder = join(contentDir, route.folder);
  if (!existsSync(folder)) continue;
  const names = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && /\.(mdx|md|json)$/.test(entry.name))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).replace(/\\/g, '/'));
  ids.set(route.collection, new Set(names.map((name) => name.replace(/\.(mdx|md|json)$/, ''))));
  for (const name of names) sourceFiles.set(`${route.collection}/${name.replace(/\.(mdx|md|json)$/, '')}`, join(contentDir, route.folder, name));
}

const source = (page: string) => sourceOf(page);
function sourceOf(page: string): string | undefined {
  const declared = pages.get(page)?.source;
  if (declared) return declared;
  const entry = entryOfUrl(pageUrl(page), ids);
  return entry ? sourceFiles.get(`${entry.collection}/${entry.id}`) : undefined;
}

/** Where the link is written: content/x.mdx:行 when the content file contains it, else the page template. */
async function whereWritten(page: string, href: string, inArticle: boolean): Promise<string> {
  const source = sourceOf(page);
  if (source && inArticle && existsSync(source)) {
    const lines = (await readFile(source, 'utf8')).split('\n');
    const index = lines.findIndex((line) => line.includes(`(${href})`) || line.includes(`(${href} `) || line.includes(`"${href}"`));
    if (index >= 0) return `（写在 ${source}:${index + 1}）`;
    // A link the page builds from a field (relatedServices: [abc] → /services/abc/): find the id.
    const id = href.split(/[?#]/)[0]!.replace(/\/+$/, '').split('/').pop() ?? '';
    const token = id ? new RegExp(`(^|[^a-z0-9-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^a-z0-9-]|$)`) : null;
    const fieldLine = token ? lines.findIndex((line) => token.test(line)) : -1;
    if (fieldLine >= 0) return `（来自 ${source}:${fieldLine + 1} 的“${id}”）`;
    return `（链接由页面模板生成，不在内容文件里；页面内容来自 ${source}）`;
  }
  return source ? `（链接来自页面模板，不在 ${source} 中）` : '（链接来自页面模板）';
}

const problems = checkLinks(pages, files, site.url);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  // A link written in a content file is listed for each page; the same broken link in the header
  // or footer of every page (the page template) is one problem, listed once.
  const lines: string[] = [];
  const templateGroups = new Map<string, { problem: (typeof problems)[number]; count: number }>();
  for (const problem of problems) {
    const where = await whereWritten(problem.page, problem.href, problem.inArticle);
    if (problem.inArticle && source(problem.page)) {
      lines.push(formatProblem({ file: join(distDir, problem.page), line: problem.line, field: `链接 ${problem.href}`, message: problem.message, hint: `${problem.hint}${where}` }));
      continue;
    }
    const key = `${problem.href}\u0000${problem.message}`;
    const group = templateGroups.get(key);
    if (group) group.count++;
    else templateGroups.set(key, { problem, count: 1 });
  }
  for (const { problem, count } of templateGroups.values()) {
    const more = count > 1 ? `；共 ${count} 个页面有同样的链接` : '';
    lines.push(formatProblem({ file: join(distDir, problem.page), line: problem.line, field: `链接 ${problem.href}`, message: problem.message, hint: `${problem.hint}（链接来自页面模板${more}）` }));
  }
  console.error(`链接检查发现 ${lines.length} 个问题（link check found ${lines.length} problem(s)）：`);
  for (const line of lines) console.error(line);
  console.error('\n请修改“写在”所指文件中的链接（来自页面模板的请告诉技术人员），重新运行 npm run build 后再运行 npm run check:links。');
  process.exit(1);
}
console.log(`链接检查通过：${pages.size} 个页面，用时 ${seconds} 秒（link check passed）。`);
