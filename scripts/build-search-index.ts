/**
 * Builds the Pagefind index over dist/ after `astro build`. The Node API is used (not the CLI) so
 * that the build fails loudly when indexing fails and reports how many pages were indexed.
 */
import * as pagefind from 'pagefind';

// `npm run build -- --outDir x` would hand the flag to this script, not to astro build: refuse it
// rather than index one folder while the site went to another.
if (process.argv.length > 2) {
  console.error(`build-search-index 不接受参数（收到：${process.argv.slice(2).join(' ')}）；要换输出目录请设置 DIST_DIR，并直接运行 astro build --outDir。`);
  process.exit(2);
}
const outDir = process.env['DIST_DIR'] ?? 'dist';
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
const added = await index.addDirectory({ path: outDir });
if (added.errors.length > 0) throw new Error(`Pagefind 索引失败：${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
if (written.errors.length > 0) throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`);
await pagefind.close();
console.log(`Pagefind: indexed ${added.page_count} pages into ${outDir}/pagefind`);
