/**
 * When an event happens, read as Beijing time (UTC+8) whatever the build machine's time zone.
 * Editors write `2012-05-12` (the whole day) or `2012-05-12T09:30` / `2012-05-12 09:30` (a moment).
 * A date-only start means the day's first minute; a date-only end means the day's last minute.
 */
import { ISO_DATE_TIME_PATTERN, isRealDateTime } from './dates.ts';

export interface EventTime {
  startsAt: string;
  endsAt: string;
}

export const eventStatuses = ['未开始', '进行中', '已结束'] as const;
export type EventStatus = (typeof eventStatuses)[number];

/** Beijing is UTC+8 all year (no daylight saving since 1991). */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

function parts(value: string): { day: string; hour?: number; minute?: number } {
  const match = ISO_DATE_TIME_PATTERN.exec(value.trim());
  if (!match || !isRealDateTime(value.trim())) throw new RangeError(`“${value}”不是有效的日期时间（YYYY-MM-DD 或 YYYY-MM-DD HH:MM）`);
  return match[2] === undefined ? { day: match[1]! } : { day: match[1]!, hour: Number(match[2]), minute: Number(match[3]) };
}

function beijingMidnight(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) - BEIJING_OFFSET_MS;
}

/** The instant (ms since epoch) an event starts: a date alone starts at 00:00 Beijing time. */
export function startInstant(value: string): number {
  const { day, hour = 0, minute = 0 } = parts(value);
  return beijingMidnight(day) + (hour * 60 + minute) * 60_000;
}

/** The instant an event is over: a date alone lasts until 24:00 Beijing time of that day. */
export function endInstant(value: string): number {
  const { day, hour, minute } = parts(value);
  if (hour === undefined) return beijingMidnight(day) + DAY_MS;
  return beijingMidnight(day) + (hour * 60 + (minute ?? 0)) * 60_000;
}

/** True when the end is not before the start (an event may be a single moment). */
export function isOrdered(event: EventTime): boolean {
  const end = endInstant(event.endsAt);
  const start = startInstant(event.startsAt);
  // A date-only end lasts until 24:00, which is already the next day: it must still be on or after the start day.
  return parts(event.endsAt).hour === undefined ? end > start : end >= start;
}

/** 未开始 before the start, 进行中 from the start until the end, 已结束 once the end has passed. */
export function eventStatus(event: EventTime, now: Date): EventStatus {
  const time = now.getTime();
  if (time < startInstant(event.startsAt)) return '未开始';
  if (time >= endInstant(event.endsAt)) return '已结束';
  return '进行中';
}

function chineseDay(day: string, withYear: boolean): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return `${withYear ? `${year}年` : ''}${month}月${date}日`;
}

function clock(hour: number, minute: number): string {
  return `${hour}:${String(minute).padStart(2, '0')}`;
}

/**
 * The time of an event in Chinese, as a notice would print it:
 * 2012年5月12日 9:00—11:30 · 2012年5月12日—5月14日 · 2012年12月30日 14:00—2013年1月2日 12:00
 */
export function formatEventTime(event: EventTime): string {
  const start = parts(event.startsAt);
  const end = parts(event.endsAt);
  const startText = chineseDay(start.day, true) + (start.hour !== undefined ? ` ${clock(start.hour, start.minute ?? 0)}` : '');
  if (start.day === end.day) {
    if (end.hour === undefined || (end.hour === start.hour && end.minute === start.minute)) return startText;
    return `${startText}—${clock(end.hour, end.minute ?? 0)}`;
  }
  const sameYear = start.day.slice(0, 4) === end.day.slice(0, 4);
  const endText = chineseDay(end.day, !sameYear) + (end.hour !== undefined ? ` ${clock(end.hour, end.minute ?? 0)}` : '');
  return `${startText}—${endText}`;
}

/** A machine-readable start for <time datetime>: 2012-05-12 or 2012-05-12T09:30+08:00. */
export function isoStart(event: EventTime): string {
  const { day, hour, minute } = parts(event.startsAt);
  return hour === undefined ? day : `${day}T${clock(hour, minute ?? 0).padStart(5, '0')}+08:00`;
}

/** Entries whose event has not ended at `now`, soonest first: what a person could still attend. */
export function openEvents<T extends { id: string; data: { event?: EventTime | undefined } }>(entries: readonly T[], now: Date): T[] {
  return entries
    .filter((entry) => entry.data.event !== undefined && eventStatus(entry.data.event, now) !== '已结束')
    .sort((a, b) => startInstant(a.data.event!.startsAt) - startInstant(b.data.event!.startsAt) || a.id.localeCompare(b.id));
}
