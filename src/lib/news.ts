/** 工作动态 and 活动预告: grouping by year, the feed's items. */
import { compareDatesDesc, yearOf } from './dates.ts';
import type { FeedItem } from './rss.ts';

interface NewsLike {
  id: string;
  data: { title: string; summary: string; publishedAt: string; kind: string };
}

/** A slug of four digits would take the URL of a year list (/news/2012/). */
export const YEAR_SLUG = /^\d{4}$/;

export function newsNewestFirst<T extends NewsLike>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => compareDatesDesc(a.data.publishedAt, b.data.publishedAt) || a.id.localeCompare(b.id));
}

/** Years that have items, newest year first, each with its items newest first. */
export function groupByYear<T extends NewsLike>(entries: readonly T[]): { year: number; entries: T[] }[] {
  const years = new Map<number, T[]>();
  for (const entry of newsNewestFirst(entries)) {
    const year = yearOf(entry.data.publishedAt);
    years.set(year, [...(years.get(year) ?? []), entry]);
  }
  return [...years].sort(([a], [b]) => b - a).map(([year, items]) => ({ year, entries: items }));
}

export function newsPath(id: string): string {
  return `/news/${id}/`;
}

/** Feed items, newest first, with absolute links under `siteUrl`. */
export function newsFeedItems(entries: readonly NewsLike[], siteUrl: string): FeedItem[] {
  return newsNewestFirst(entries).map((entry) => ({
    title: entry.data.title,
    link: new URL(newsPath(entry.id), siteUrl).href,
    pubDate: entry.data.publishedAt,
    description: entry.data.summary,
    categories: [entry.data.kind],
  }));
}
