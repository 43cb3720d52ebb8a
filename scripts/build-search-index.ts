/**
 * Builds the Pagefind index over dist/ after `astro build`. The Node API is used (not the CLI) so
 * that the build fails loudly when indexing fails and reports how many pages were indexed.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

// The folder is the one argument (benchmarks and tests index a build elsewhere). A flag means
// `npm run build -- --outDir x` handed astro's option to this script: refuse it rather than index
// one folder while the site went to another.
const args = process.argv.slice(2);
if (args.length > 1 || args.some((arg) => arg.startsWith('-'))) {
  console.error(`build-search-index 只接受一个参数：要建索引的目录（收到：${args.join(' ')}）。要换输出目录，请直接运行 astro build --outDir 目录，再运行 node scripts/build-search-index.ts 目录。`);
  process.exit(2);
}
const outDir = args[0] ?? process.env['DIST_DIR'] ?? 'dist';
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
const added = await index.addDirectory({ path: outDir });
if (added.errors.length > 0) throw new Error(`Pagefind 索引失败：${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
if (written.errors.length > 0) throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`);
await pagefind.close();
// Pagefind also writes its stock search UIs; the site's own island uses the JS API only, so they
// would be shipped (and precompressed) for nothing.
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
for (const name of readdirSync(join(outDir, 'pagefind'))) if (UNUSED.test(name)) rmSync(join(outDir, 'pagefind', name));
console.log(`Pagefind: indexed ${added.page_count} pages into ${outDir}/pagefind`);
