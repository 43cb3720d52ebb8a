/** Reads what `npm run new` offers as choices from a content folder: registries and existing entries. */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { site } from '../../src/site.config.ts';
import { collectionSpecs } from '../../src/schemas/collections.ts';
import { plainReference } from '../../src/schemas/plain-reference.ts';
import { readCollection } from './read-content.ts';
import type { Choice, ScaffoldContext } from './scaffold.ts';

/** Today in Beijing (the office's calendar), YYYY-MM-DD. */
export function todayInBeijing(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

async function choicesOf(contentDir: string, name: string, label: (data: Record<string, unknown>) => string): Promise<Choice[]> {
  const spec = collectionSpecs(plainReference).find((candidate) => candidate.name === name);
  if (!spec) return [];
  const { records } = await readCollection(contentDir, name, spec.source);
  return records
    .filter((record) => typeof record.data === 'object' && record.data !== null)
    .map((record) => ({ id: record.id, name: label(record.data as Record<string, unknown>) }));
}

const nameOf = (data: Record<string, unknown>) => String(data['name'] ?? data['title'] ?? '');

export async function readScaffoldContext(contentDir: string, today = todayInBeijing()): Promise<ScaffoldContext> {
  const disclosure = collectionSpecs(plainReference).find((spec) => spec.name === 'disclosure')!;
  const { records: disclosureRecords } = await readCollection(contentDir, 'disclosure', disclosure.source);
  const indexNumbers = disclosureRecords
    .map((record) => (record.data as Record<string, unknown> | null)?.['indexNo'])
    .filter((value): value is string => typeof value === 'string');
  return {
    today,
    orgCode: site.indexNoOrgCode,
    owner: site.owner,
    operator: site.operator,
    lifeStages: await choicesOf(contentDir, 'lifeStages', nameOf),
    topics: await choicesOf(contentDir, 'topics', nameOf),
    audiences: await choicesOf(contentDir, 'audiences', nameOf),
    servicePoints: await choicesOf(contentDir, 'servicePoints', nameOf),
    policies: (await choicesOf(contentDir, 'policies', nameOf)).filter((choice) => choice.name !== ''),
    services: (await choicesOf(contentDir, 'services', nameOf)).filter((choice) => choice.name !== ''),
    indexNumbers,
    latestBulletin: await latestBulletin(contentDir),
    exists: (folder, slug) => ['mdx', 'md', 'json'].some((ext) => existsSync(join(contentDir, folder, `${slug}.${ext}`))),
  };
}

/** The bulletin with the latest period (2012-H2 after 2012-H1), parsed; undefined when none. */
async function latestBulletin(contentDir: string): Promise<Record<string, unknown> | undefined> {
  const folder = join(contentDir, 'bulletins');
  if (!existsSync(folder)) return undefined;
  let best: { period: string; data: Record<string, unknown> } | undefined;
  for (const name of (await readdir(folder)).filter((file) => file.endsWith('.json') && !file.startsWith('_'))) {
    try {
      const data = JSON.parse(await readFile(join(folder, name), 'utf8')) as Record<string, unknown>;
      const period = typeof data['period'] === 'string' ? data['period'] : '';
      if (!best || period > best.period) best = { period, data };
    } catch {
      // A broken bulletin is reported by npm run check; skip it here.
    }
  }
  return best?.data;
}
