/**
 * Age in months for the 0—3岁 section: which band a child's age falls in, which guides belong to
 * a band, the order they are shown in, and how month ranges are written. Pure functions only.
 *
 * Ages are counted in completed months (满月龄): a baby of 7 months and 20 days is 7 months old.
 * The section covers 0 to 36 completed months.
 */
import { domainOrder } from './development-domains.ts';

export const MIN_MONTHS = 0;
export const MAX_MONTHS = 36;

export interface MonthRange {
  from: number;
  to: number;
}

export interface BandLike extends MonthRange {
  id: string;
}

export interface GuideLike {
  id: string;
  title: string;
  ageMonths: MonthRange;
  domains: readonly string[];
}

/** True for a finite age whose completed months lie in 0—36. */
export function isValidMonthAge(months: number): boolean {
  return Number.isFinite(months) && months >= MIN_MONTHS && Math.floor(months) <= MAX_MONTHS;
}

/**
 * The band a child of `months` (completed months; fractions are rounded down) falls in, or
 * undefined when the age is outside 0—36 or no band covers it.
 */
export function bandForMonth<B extends MonthRange>(months: number, bands: readonly B[]): B | undefined {
  if (!isValidMonthAge(months)) return undefined;
  const completed = Math.floor(months);
  return bands.find((band) => completed >= band.from && completed <= band.to);
}

const FULL_WIDTH_DIGITS = /[０-９]/g;
const CHINESE_NUMBERS: Readonly<Record<string, number>> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11 };

/**
 * Reads what a parent types into “宝宝几个月了”: “7”, “７”, “7个月”, “1岁”, “1岁半”, “1岁3个月”,
 * “两岁”. Returns completed months, or null when the text is not an age.
 */
export function parseMonthAge(text: string): number | null {
  const normalised = text
    .trim()
    .replace(FULL_WIDTH_DIGITS, (digit) => String(digit.charCodeAt(0) - 0xff10))
    .replace(/\s+/g, '')
    .replace(/周岁/g, '岁')
    .replace(/个?月(龄|大)?$/, '月');
  if (normalised === '') return null;
  const number = (part: string): number | null => {
    if (/^\d+$/.test(part)) return Number(part);
    return CHINESE_NUMBERS[part] ?? null;
  };
  const monthsOnly = /^([0-9]+|[一二两三四五六七八九十]|十一)月?$/.exec(normalised);
  if (monthsOnly) return number(monthsOnly[1]!);
  const withYears = /^([0-9]+|[一二两三])岁(半|([0-9]+|[一二两三四五六七八九十]|十一)月)?$/.exec(normalised);
  if (withYears) {
    const years = number(withYears[1]!);
    if (years === null) return null;
    if (withYears[2] === '半') return years * 12 + 6;
    const months = withYears[3] ? number(withYears[3]) : 0;
    if (months === null || months > 11) return null;
    return years * 12 + months;
  }
  return null;
}

/** True when two month ranges share at least one month (ends included). */
export function rangesOverlap(a: MonthRange, b: MonthRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** True when `inner` lies wholly within `outer`. */
export function rangeWithin(inner: MonthRange, outer: MonthRange): boolean {
  return inner.from >= outer.from && inner.to <= outer.to;
}

/**
 * How closely a guide is written for a band: 0 when its range lies within the band, 1 when it
 * starts in the band and runs on past it, 2 when it started earlier and reaches into the band.
 */
export function bandFit(range: MonthRange, band: MonthRange): 0 | 1 | 2 {
  if (rangeWithin(range, band)) return 0;
  if (range.from >= band.from && range.from <= band.to) return 1;
  return 2;
}

/**
 * Order of guides on a band's page and in its pack: the closest fit first (see bandFit), then
 * narrower age ranges before wider ones (a 6—8个月 guide before a 0—36个月 one), then by starting
 * month, then by domain (运动 … 健康安全), then by title and id so the order never depends on input.
 */
export function compareGuidesInBand(band: MonthRange) {
  return (a: GuideLike, b: GuideLike): number => {
    const fit = bandFit(a.ageMonths, band) - bandFit(b.ageMonths, band);
    if (fit !== 0) return fit;
    const span = a.ageMonths.to - a.ageMonths.from - (b.ageMonths.to - b.ageMonths.from);
    if (span !== 0) return span;
    if (a.ageMonths.from !== b.ageMonths.from) return a.ageMonths.from - b.ageMonths.from;
    const domain = firstDomainOrder(a) - firstDomainOrder(b);
    if (domain !== 0) return domain;
    return a.title.localeCompare(b.title, 'zh-Hans-CN') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}

function firstDomainOrder(guide: GuideLike): number {
  return Math.min(...guide.domains.map(domainOrder), Number.MAX_SAFE_INTEGER);
}

/** The guides whose age range overlaps the band, in the band's order. */
export function guidesForBand<G extends GuideLike>(guides: readonly G[], band: MonthRange): G[] {
  return guides.filter((guide) => rangesOverlap(guide.ageMonths, band)).sort(compareGuidesInBand(band));
}

/** The guides of one domain, youngest age first, then by title. */
export function guidesForDomain<G extends GuideLike>(guides: readonly G[], domain: string): G[] {
  return guides
    .filter((guide) => guide.domains.includes(domain))
    .sort((a, b) => a.ageMonths.from - b.ageMonths.from || a.ageMonths.to - b.ageMonths.to || a.title.localeCompare(b.title, 'zh-Hans-CN'));
}

/** The bands a guide's range touches, youngest first. */
export function bandsForRange<B extends MonthRange>(range: MonthRange, bands: readonly B[]): B[] {
  return sortBands(bands).filter((band) => rangesOverlap(range, band));
}

export function sortBands<B extends MonthRange>(bands: readonly B[]): B[] {
  return [...bands].sort((a, b) => a.from - b.from || a.to - b.to);
}

/** “7—12个月”; a single month is “12个月”. Uses the em dash the site writes ranges with. */
export function formatMonthRange(range: MonthRange): string {
  return range.from === range.to ? `${range.from}个月` : `${range.from}—${range.to}个月`;
}

/** “0—36个月（0—3岁）” when both ends are whole years; otherwise as formatMonthRange. */
export function formatAgeRange(range: MonthRange): string {
  const months = formatMonthRange(range);
  if (range.from % 12 === 0 && range.to % 12 === 0 && range.to > range.from) {
    return `${months}（${range.from / 12}—${range.to / 12}岁）`;
  }
  return months;
}

/**
 * Problems with a set of bands as a whole: they must run from 0 to 36 months with no gap and no
 * overlap. Each message names the band concerned.
 */
export function bandCoverageProblems(bands: readonly BandLike[]): { id: string; message: string }[] {
  const problems: { id: string; message: string }[] = [];
  if (bands.length === 0) return problems;
  const sorted = sortBands(bands);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  if (first.from !== MIN_MONTHS) problems.push({ id: first.id, message: `月龄段应从 0 个月开始，最小的月龄段“${first.id}”从 ${first.from} 个月开始` });
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    if (current.from <= previous.to) {
      problems.push({ id: current.id, message: `月龄段“${current.id}”（${formatMonthRange(current)}）与“${previous.id}”（${formatMonthRange(previous)}）重叠` });
    } else if (current.from > previous.to + 1) {
      problems.push({ id: current.id, message: `月龄段“${previous.id}”与“${current.id}”之间缺少 ${formatMonthRange({ from: previous.to + 1, to: current.from - 1 })}` });
    }
  }
  if (last.to !== MAX_MONTHS) problems.push({ id: last.id, message: `月龄段应到 36 个月为止，最大的月龄段“${last.id}”到 ${last.to} 个月` });
  return problems;
}
