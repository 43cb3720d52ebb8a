/**
 * Builds the Pagefind index over dist/ after `astro build`. The Node API is used (not the CLI) so
 * that the build fails loudly when indexing fails and reports how many pages were indexed.
 */
import * as pagefind from 'pagefind';

const outDir = process.argv[2] ?? 'dist';
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('; ')}`);
const added = await index.addDirectory({ path: outDir });
if (added.errors.length > 0) throw new Error(`Pagefind 索引失败：${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
if (written.errors.length > 0) throw new Error(`Pagefind 写入失败：${written.errors.join('; ')}`);
await pagefind.close();
console.log(`Pagefind: indexed ${added.page_count} pages into ${outDir}/pagefind`);
