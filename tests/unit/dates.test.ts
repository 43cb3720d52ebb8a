import { describe, expect, it } from 'vitest';
import { compareDatesDesc, formatChineseDate, isRealCalendarDate, isRealDateTime, normaliseDateTime, toIsoDateString } from '../../src/lib/dates.ts';

describe('isRealCalendarDate', () => {
  it('accepts real dates, including 29 February in a leap year', () => {
    expect(isRealCalendarDate('2012-02-25')).toBe(true);
    expect(isRealCalendarDate('2012-02-29')).toBe(true);
    expect(isRealCalendarDate('2000-02-29')).toBe(true);
  });
  it('rejects impossible dates and other formats', () => {
    expect(isRealCalendarDate('2012-13-45')).toBe(false);
    expect(isRealCalendarDate('2013-02-29')).toBe(false);
    expect(isRealCalendarDate('1900-02-29')).toBe(false);
    expect(isRealCalendarDate('2012-04-31')).toBe(false);
    expect(isRealCalendarDate('2012-00-10')).toBe(false);
    expect(isRealCalendarDate('2012-2-5')).toBe(false);
    expect(isRealCalendarDate('2012年2月25日')).toBe(false);
  });
});

describe('date-times', () => {
  it('accepts a date with or without a time and normalises the separator', () => {
    expect(isRealDateTime('2012-05-12')).toBe(true);
    expect(isRealDateTime('2012-05-12 09:30')).toBe(true);
    expect(isRealDateTime('2012-05-12T23:59')).toBe(true);
    expect(isRealDateTime('2012-05-12 24:00')).toBe(false);
    expect(isRealDateTime('2012-05-32 09:00')).toBe(false);
    expect(normaliseDateTime('2012-05-12 09:30')).toBe('2012-05-12T09:30');
  });
});

describe('formatting and ordering', () => {
  it('writes dates the Chinese way without leading zeros', () => {
    expect(formatChineseDate('2012-02-05')).toBe('2012年2月5日');
  });
  it('turns a YAML Date back into the calendar date the editor wrote', () => {
    expect(toIsoDateString(new Date(Date.UTC(2012, 1, 25)))).toBe('2012-02-25');
    expect(toIsoDateString('2012-02-25')).toBe('2012-02-25');
  });
  it('sorts newest first', () => {
    expect(['2011-01-01', '2013-05-01', '2012-02-25'].sort(compareDatesDesc)).toEqual(['2013-05-01', '2012-02-25', '2011-01-01']);
  });
});
