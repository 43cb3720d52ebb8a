/** Reads and validates a whole content folder; shared by `npm run check`, the build and tests. */
import { z } from 'astro/zod';
import { collectionSpecs } from '../../src/schemas/collections.ts';
import { plainReference } from '../../src/schemas/plain-reference.ts';
import { validateRecords } from '../../src/lib/content-validation/validate.ts';
import { contentRules } from '../../src/lib/content-rules/index.ts';
import type { ContentSnapshot, Problem } from '../../src/lib/content-validation/types.ts';
import { readCollection } from './read-content.ts';

z.config(z.locales.zhCN());

export async function validateContentDir(contentDir: string): Promise<{ problems: Problem[]; snapshot: ContentSnapshot; entryCount: number }> {
  const specs = collectionSpecs(plainReference);
  const problems: Problem[] = [];
  const records = [];
  for (const spec of specs) {
    const read = await readCollection(contentDir, spec.name, spec.source);
    records.push(...read.records);
    problems.push(...read.problems);
  }
  const result = validateRecords(records, specs, contentRules);
  return { problems: [...problems, ...result.problems], snapshot: result.snapshot, entryCount: records.length };
}
