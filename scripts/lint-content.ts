/**
 * `npm run check` (after the content validation): Markdown/MDX lint for Chinese content —
 * full-width punctuation, no bare URLs, headings in order, no <script>/<style>/<iframe>, ASCII
 * file names, no “待填写” left in a published entry, and every .mdx file compiles (MDX 语法: the
 * same compiler the build uses, so a stray “<” is reported here in Chinese, not by the build in
 * English). One line per problem:
 *   文件:行  规则  问题说明  怎样改
 * Reads content/ (or CONTENT_DIR). Exit status 1 when there is any problem.
 */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mdxToJs } from 'satteri';
import { lintText } from '../src/lib/lint/index.ts';
import { mdxCompileProblem } from '../src/lib/lint/mdx-syntax.ts';
import { formatProblem } from '../src/lib/content-validation/validate.ts';
import type { Problem } from '../src/lib/content-validation/types.ts';

const contentDir = process.env['CONTENT_DIR'] ?? 'content';

async function contentFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('_'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => {
      const inside = relative(dir, path).replace(/\\/g, '/');
      if (inside.startsWith('data/')) return false; // registries: checked by the validator
      return /\.(md|mdx)$/.test(inside) || (inside.startsWith('bulletins/') && inside.endsWith('.json'));
    })
    .sort();
}

const started = performance.now();
const files = await contentFiles(contentDir);
const problems: Problem[] = [];
for (const path of files) {
  const shown = relative(process.cwd(), path) || path;
  const text = await readFile(path, 'utf8');
  problems.push(...lintText(shown, text));
  if (path.endsWith('.mdx')) {
    try {
      mdxToJs(text);
    } catch (error) {
      problems.push(mdxCompileProblem(shown, error instanceof Error ? error.message : String(error)));
    }
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  console.error(`格式检查发现 ${problems.length} 个问题（content lint found ${problems.length} problem(s)）：`);
  for (const problem of problems) console.error(formatProblem(problem));
  console.error('\n请按提示修改上述文件后再运行 npm run check。各条规则的说明见 CONTRIBUTING.md“检查信息的含义”。');
  process.exit(1);
}
console.log(`格式检查通过：${files.length} 个文件，用时 ${seconds} 秒（content lint passed）。`);
