import { describe, expect, it } from 'vitest';
import { endInstant, eventStatus, formatEventTime, isOrdered, isoStart, openEvents, startInstant } from '../../src/lib/event-status.ts';

const lecture = { startsAt: '2012-05-12T09:00', endsAt: '2012-05-12T11:30' };
const allDay = { startsAt: '2012-05-12', endsAt: '2012-05-12' };

describe('eventStatus', () => {
  it('is 未开始 before the start, 进行中 during, 已结束 after the end (Beijing time)', () => {
    // 09:00 Beijing is 01:00 UTC.
    expect(eventStatus(lecture, new Date('2012-05-12T00:59:59Z'))).toBe('未开始');
    expect(eventStatus(lecture, new Date('2012-05-12T01:00:00Z'))).toBe('进行中');
    expect(eventStatus(lecture, new Date('2012-05-12T03:29:59Z'))).toBe('进行中');
    expect(eventStatus(lecture, new Date('2012-05-12T03:30:00Z'))).toBe('已结束');
    expect(eventStatus(lecture, new Date('2026-12-03T19:30:00Z'))).toBe('已结束');
  });

  it('reads a date without a time as the whole Beijing day', () => {
    // 2012-05-12 00:00 Beijing is 2012-05-11 16:00 UTC; the day ends at 2012-05-12 16:00 UTC.
    expect(eventStatus(allDay, new Date('2012-05-11T15:59:00Z'))).toBe('未开始');
    expect(eventStatus(allDay, new Date('2012-05-11T16:00:00Z'))).toBe('进行中');
    expect(eventStatus(allDay, new Date('2012-05-12T15:59:59Z'))).toBe('进行中');
    expect(eventStatus(allDay, new Date('2012-05-12T16:00:00Z'))).toBe('已结束');
  });

  it('gives the same answer for the same instant whatever zone the Date was written in', () => {
    const instantInNewYork = new Date('2012-05-11T21:30:00-04:00'); // = 2012-05-12 09:30 Beijing
    const instantInBeijing = new Date('2012-05-12T09:30:00+08:00');
    expect(eventStatus(lecture, instantInNewYork)).toBe('进行中');
    expect(eventStatus(lecture, instantInBeijing)).toBe('进行中');
  });

  it('handles a multi-day event across a year end', () => {
    const event = { startsAt: '2012-12-30 14:00', endsAt: '2013-01-02' };
    expect(eventStatus(event, new Date('2012-12-30T05:59:00Z'))).toBe('未开始');
    expect(eventStatus(event, new Date('2013-01-01T00:00:00Z'))).toBe('进行中');
    expect(eventStatus(event, new Date('2013-01-02T16:00:00Z'))).toBe('已结束');
  });

  it('rejects an impossible date instead of guessing', () => {
    expect(() => eventStatus({ startsAt: '2012-02-30', endsAt: '2012-03-01' }, new Date())).toThrow(RangeError);
  });
});

describe('instants and order', () => {
  it('converts Beijing wall time to UTC instants', () => {
    expect(new Date(startInstant('2012-05-12 09:30')).toISOString()).toBe('2012-05-12T01:30:00.000Z');
    expect(new Date(startInstant('2012-05-12')).toISOString()).toBe('2012-05-11T16:00:00.000Z');
    expect(new Date(endInstant('2012-05-12')).toISOString()).toBe('2012-05-12T16:00:00.000Z');
  });

  it('accepts an end on the start day written without a time, and rejects an end before the start', () => {
    expect(isOrdered({ startsAt: '2012-05-12T09:30', endsAt: '2012-05-12' })).toBe(true);
    expect(isOrdered({ startsAt: '2012-05-12T09:30', endsAt: '2012-05-12T09:30' })).toBe(true);
    expect(isOrdered({ startsAt: '2012-05-12T09:30', endsAt: '2012-05-12T09:00' })).toBe(false);
    expect(isOrdered({ startsAt: '2012-05-12', endsAt: '2012-05-11' })).toBe(false);
  });
});

describe('formatEventTime', () => {
  it('writes the time as a Chinese notice would', () => {
    expect(formatEventTime(lecture)).toBe('2012年5月12日 9:00—11:30');
    expect(formatEventTime(allDay)).toBe('2012年5月12日');
    expect(formatEventTime({ startsAt: '2012-05-12', endsAt: '2012-05-14' })).toBe('2012年5月12日—5月14日');
    expect(formatEventTime({ startsAt: '2012-12-30T14:00', endsAt: '2013-01-02T12:00' })).toBe('2012年12月30日 14:00—2013年1月2日 12:00');
  });

  it('gives a machine-readable start with the +08:00 offset', () => {
    expect(isoStart(lecture)).toBe('2012-05-12T09:00+08:00');
    expect(isoStart(allDay)).toBe('2012-05-12');
  });
});

describe('openEvents', () => {
  it('keeps events not yet ended, soonest first, and drops entries without an event', () => {
    const entries = [
      { id: 'later', data: { event: { startsAt: '2012-06-23 09:00', endsAt: '2012-06-23 11:00' } } },
      { id: 'past', data: { event: { startsAt: '2012-05-12 09:00', endsAt: '2012-05-12 11:30' } } },
      { id: 'running', data: { event: { startsAt: '2012-05-01', endsAt: '2012-06-30' } } },
      { id: 'news', data: {} },
    ];
    const now = new Date('2012-05-20T02:00:00Z');
    expect(openEvents(entries, now).map((entry) => entry.id)).toEqual(['running', 'later']);
    expect(openEvents(entries, new Date('2013-01-01T00:00:00Z'))).toEqual([]);
  });
});
