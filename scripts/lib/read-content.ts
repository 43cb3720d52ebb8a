/** Reads every content file of every collection from a content folder into records. */
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CollectionSource } from '../../src/schemas/collections.ts';
import { idFromPath, parseEntryFile, parseJsonEntryFile, parseRegistryFile } from '../../src/lib/content-validation/parse-file.ts';
import type { ContentRecord, Problem } from '../../src/lib/content-validation/types.ts';

export interface ReadResult {
  records: ContentRecord[];
  problems: Problem[];
}

async function listFiles(folder: string, pattern: RegExp): Promise<string[]> {
  if (!existsSync(folder)) return [];
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && pattern.test(entry.name) && !entry.name.startsWith('_'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export async function readCollection(contentDir: string, name: string, source: CollectionSource): Promise<ReadResult> {
  const display = (path: string) => relative(process.cwd(), path) || path;
  const records: ContentRecord[] = [];
  const problems: Problem[] = [];
  if (source.kind === 'registry') {
    const path = join(contentDir, 'data', `${source.file}.json`);
    if (!existsSync(path)) return { records, problems: [{ file: display(path), field: '（文件）', message: '登记表文件不存在', hint: '请恢复该文件；没有条目时写 []' }] };
    const parsed = parseRegistryFile(name, display(path), await readFile(path, 'utf8'));
    return parsed;
  }
  const folder = join(contentDir, source.folder);
  const pattern = source.kind === 'entries' ? /\.(md|mdx)$/ : /\.json$/;
  for (const path of await listFiles(folder, pattern)) {
    const text = await readFile(path, 'utf8');
    const parsed =
      source.kind === 'entries'
        ? parseEntryFile(name, display(path), text, idFromPath(relative(folder, path)))
        : parseJsonEntryFile(name, display(path), text);
    records.push(...parsed.records);
    problems.push(...parsed.problems);
  }
  return { records, problems };
}
