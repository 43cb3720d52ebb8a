/** The 青春健康 section's structure: audiences and their URLs, grouping by kind and by series. */
import { compareDatesDesc } from './dates.ts';

export interface YouthAudienceRoute {
  /** The value editors write in `audience`. */
  name: string;
  /** ASCII URL segment: /youth/<slug>/ */
  slug: string;
  /** The audience page's h1. */
  heading: string;
  /** One sentence under the heading and on the section home. */
  intro: string;
}

/** In the order the section shows them. The names match `youthAudiences` in src/schemas/youth.ts. */
export const youthAudienceRoutes: readonly YouthAudienceRoute[] = [
  {
    name: '青少年',
    slug: 'teens',
    heading: '写给青少年',
    intro: '身体和心情的变化、与人相处、保护自己、上网安全：青春期常见的问题，这里有可靠的解答，也有可以匿名求助的地方。',
  },
  {
    name: '家长',
    slug: 'parents',
    heading: '写给家长',
    intro: '孩子进入青春期，怎样开口谈、怎样倾听、什么时候需要专业帮助；家长大课堂的课程和活动安排也在这里。',
  },
  {
    name: '教师',
    slug: 'teachers',
    heading: '写给教师',
    intro: '在学校开展青春期健康教育的思路、课程提纲和师资培训安排，供班主任、心理教师和校医参考。',
  },
];

/** Pages of the section whose URLs an entry's file name must not take. */
export const YOUTH_PARENT_CLASS_SLUG = 'parent-classes';
export const youthReservedSlugs: readonly string[] = [...youthAudienceRoutes.map((route) => route.slug), YOUTH_PARENT_CLASS_SLUG];

export const PARENT_CLASS_SERIES = '家长大课堂';

export function audienceSlug(name: string): string | undefined {
  return youthAudienceRoutes.find((route) => route.name === name)?.slug;
}

interface YouthLike {
  id: string;
  data: { publishedAt: string; audience: string; kind: string; series?: string | undefined; session?: number | undefined; event?: { startsAt: string } | undefined };
}

function newestFirst<T extends YouthLike>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => compareDatesDesc(a.data.publishedAt, b.data.publishedAt) || a.id.localeCompare(b.id));
}

/** Every audience in section order with its entries, newest first (an audience may be empty). */
export function groupByAudience<T extends YouthLike>(entries: readonly T[]): { audience: YouthAudienceRoute; entries: T[] }[] {
  return youthAudienceRoutes.map((audience) => ({ audience, entries: newestFirst(entries.filter((entry) => entry.data.audience === audience.name)) }));
}

/** The kinds present, in the given order, each with its entries newest first; empty kinds left out. */
export function groupByKind<T extends YouthLike>(entries: readonly T[], kinds: readonly string[]): { kind: string; entries: T[] }[] {
  return kinds
    .map((kind) => ({ kind, entries: newestFirst(entries.filter((entry) => entry.data.kind === kind)) }))
    .filter((group) => group.entries.length > 0);
}

/**
 * The sessions of a series, latest session first; within a session, in the order they happen
 * (event start, else publication date). Entries of the series without a session come last.
 */
export function seriesSessions<T extends YouthLike>(entries: readonly T[], series: string): { session: number | undefined; entries: T[] }[] {
  const inSeries = entries.filter((entry) => entry.data.series === series);
  const sessions = [...new Set(inSeries.map((entry) => entry.data.session))].sort((a, b) => {
    if (a === undefined) return 1;
    if (b === undefined) return -1;
    return b - a;
  });
  const when = (entry: T) => entry.data.event?.startsAt ?? entry.data.publishedAt;
  return sessions.map((session) => ({
    session,
    entries: inSeries.filter((entry) => entry.data.session === session).sort((a, b) => (when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : a.id.localeCompare(b.id))),
  }));
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 13 → 十三, 20 → 二十, 105 → 一百零五 (届次 are small numbers). */
export function chineseNumber(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > 999) return String(value);
  if (value < 10) return CHINESE_DIGITS[value]!;
  if (value < 20) return `十${value % 10 === 0 ? '' : CHINESE_DIGITS[value % 10]}`;
  if (value < 100) return `${CHINESE_DIGITS[Math.floor(value / 10)]}十${value % 10 === 0 ? '' : CHINESE_DIGITS[value % 10]}`;
  const hundreds = `${CHINESE_DIGITS[Math.floor(value / 100)]}百`;
  const rest = value % 100;
  if (rest === 0) return hundreds;
  return rest < 10 ? `${hundreds}零${CHINESE_DIGITS[rest]}` : `${hundreds}${rest < 20 ? '一' : ''}${chineseNumber(rest)}`;
}

/** 第十三届 */
export function sessionLabel(session: number): string {
  return `第${chineseNumber(session)}届`;
}
