/**
 * Prints the next free 索引号 for a year:  npx node scripts/next-index-number.ts 2013
 * (without a year: the current year). Reads content/disclosure/ (or CONTENT_DIR/disclosure/).
 */
import { readCollection } from './lib/read-content.ts';
import { nextIndexNumber } from '../src/lib/index-number.ts';
import { site } from '../src/site.config.ts';

const arg = process.argv[2];
const year = arg === undefined ? new Date().getFullYear() : Number(arg);
if (!Number.isInteger(year) || year < 1000 || year > 9999) {
  console.error(`用法：npx node scripts/next-index-number.ts [年份]，例如 2013（收到“${arg}”）`);
  process.exit(2);
}
const contentDir = process.env['CONTENT_DIR'] ?? 'content';
const { records } = await readCollection(contentDir, 'disclosure', { kind: 'entries', folder: 'disclosure' });
const existing = records
  .map((record) => (record.data as { indexNo?: unknown } | null)?.indexNo)
  .filter((value): value is string => typeof value === 'string');
console.log(nextIndexNumber(existing, site.indexNoOrgCode, year));
