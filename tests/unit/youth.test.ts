import { describe, expect, it } from 'vitest';
import { audienceSlug, chineseNumber, groupByAudience, groupByKind, seriesSessions, sessionLabel, youthAudienceRoutes, youthReservedSlugs } from '../../src/lib/youth.ts';
import { youthAudiences, youthKinds } from '../../src/schemas/youth.ts';

const entry = (id: string, audience: string, kind: string, publishedAt: string, extra: Record<string, unknown> = {}) => ({
  id,
  data: { audience, kind, publishedAt, ...extra },
});

describe('youth audiences', () => {
  it('route every audience the schema allows to its own ASCII slug', () => {
    expect(youthAudienceRoutes.map((route) => route.name)).toEqual([...youthAudiences]);
    expect(youthAudienceRoutes.map((route) => route.slug)).toEqual(['teens', 'parents', 'teachers']);
    expect(audienceSlug('家长')).toBe('parents');
    expect(audienceSlug('老人')).toBeUndefined();
    expect(youthReservedSlugs).toContain('parent-classes');
  });

  it('groups entries by audience in section order, newest first, keeping empty audiences', () => {
    const groups = groupByAudience([
      entry('a', '家长', '文章', '2012-03-01'),
      entry('b', '青少年', '文章', '2012-04-01'),
      entry('c', '家长', '课程', '2012-05-01'),
    ]);
    expect(groups.map((group) => [group.audience.name, group.entries.map((e) => e.id)])).toEqual([
      ['青少年', ['b']],
      ['家长', ['c', 'a']],
      ['教师', []],
    ]);
  });

  it('groups by kind in the schema order and leaves out kinds with no entries', () => {
    const groups = groupByKind([entry('x', '教师', '活动', '2012-01-01'), entry('y', '教师', '文章', '2012-02-01'), entry('z', '教师', '文章', '2012-06-01')], youthKinds);
    expect(groups.map((group) => [group.kind, group.entries.map((e) => e.id)])).toEqual([
      ['文章', ['z', 'y']],
      ['活动', ['x']],
    ]);
  });
});

describe('series', () => {
  it('lists sessions latest first and each session in the order its events happen', () => {
    const sessions = seriesSessions(
      [
        entry('l2', '家长', '课程', '2012-04-20', { series: '家长大课堂', session: 13, event: { startsAt: '2012-06-09T09:00' } }),
        entry('open', '家长', '活动', '2012-04-20', { series: '家长大课堂', session: 13, event: { startsAt: '2012-05-12T09:00' } }),
        entry('old', '家长', '课程', '2011-05-01', { series: '家长大课堂', session: 12 }),
        entry('loose', '家长', '文章', '2012-01-01', { series: '家长大课堂' }),
        entry('other', '家长', '文章', '2012-01-01', { series: '别的系列', session: 13 }),
        entry('none', '家长', '文章', '2012-01-01'),
      ],
      '家长大课堂',
    );
    expect(sessions.map((group) => [group.session, group.entries.map((e) => e.id)])).toEqual([
      [13, ['open', 'l2']],
      [12, ['old']],
      [undefined, ['loose']],
    ]);
  });

  it('names sessions in Chinese numerals', () => {
    expect(sessionLabel(13)).toBe('第十三届');
    expect(chineseNumber(1)).toBe('一');
    expect(chineseNumber(10)).toBe('十');
    expect(chineseNumber(20)).toBe('二十');
    expect(chineseNumber(21)).toBe('二十一');
    expect(chineseNumber(105)).toBe('一百零五');
    expect(chineseNumber(113)).toBe('一百一十三');
  });
});
