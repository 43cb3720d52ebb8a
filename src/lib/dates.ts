/**
 * Calendar dates as editors write them (YYYY-MM-DD). Kept as plain strings in content so that
 * time zones never shift a date: 2012-02-25 is 2012-02-25 wherever the site is built.
 */
export const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isRealCalendarDate(value: string): boolean {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** YAML turns an unquoted 2012-02-25 into a Date at UTC midnight; bring it back to the string. */
export function toIsoDateString(value: string | Date): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

/** 2012-02-25 → 2012年2月25日 */
export function formatChineseDate(isoDate: string): string {
  const match = ISO_DATE_PATTERN.exec(isoDate);
  if (!match) return isoDate;
  return `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`;
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** Sorts newest first; ties keep their order. */
export function compareDatesDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/** A date-time as editors write it: 2012-05-12 or 2012-05-12 09:30 or 2012-05-12T09:30. */
export const ISO_DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?$/;

export function isRealDateTime(value: string): boolean {
  const match = ISO_DATE_TIME_PATTERN.exec(value);
  if (!match || !isRealCalendarDate(match[1]!)) return false;
  if (match[2] === undefined) return true;
  return Number(match[2]) < 24 && Number(match[3]) < 60;
}

/** Normalises 2012-05-12 09:30 to 2012-05-12T09:30 so that strings compare in time order. */
export function normaliseDateTime(value: string): string {
  return value.replace(' ', 'T');
}
