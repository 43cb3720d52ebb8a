/** Sorting and picking helpers over plain entry data; no Astro imports. */
import { compareDatesDesc } from './dates.ts';

export function newestFirst<T extends { data: { publishedAt: string } }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => compareDatesDesc(a.data.publishedAt, b.data.publishedAt));
}

export function latest<T extends { data: { publishedAt: string } }>(entries: readonly T[], count: number): T[] {
  return newestFirst(entries).slice(0, count);
}

export function byOrder<T extends { data: { order: number } }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order);
}

export function anySample(groups: ReadonlyArray<ReadonlyArray<{ data: { sample?: boolean } }>>): boolean {
  return groups.some((entries) => entries.some((entry) => entry.data.sample === true));
}
