/**
 * `npm run check` (first step) and the first step of `npm run build`: validates every file under
 * content/ (or CONTENT_DIR) and prints one line per problem:  文件:行  字段  问题说明  怎样改
 */
import { validateContentDir } from './lib/validate-content-dir.ts';
import { formatProblem } from '../src/lib/content-validation/validate.ts';

const contentDir = process.env['CONTENT_DIR'] ?? 'content';
const started = performance.now();
const { problems, entryCount } = await validateContentDir(contentDir);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  console.error(`内容检查发现 ${problems.length} 个问题（Content check found ${problems.length} problem(s)）：`);
  for (const problem of problems) console.error(formatProblem(problem));
  console.error('\n请按提示修改上述文件后再运行 npm run check。');
  process.exit(1);
}
console.log(`内容检查通过：${entryCount} 个条目，用时 ${seconds} 秒（content check passed）。`);
