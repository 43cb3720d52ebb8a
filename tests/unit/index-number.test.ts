import { describe, expect, it } from 'vitest';
import { findDuplicates, formatIndexNumber, indexNumberProblem, nextIndexNumber, parseIndexNumber } from '../../src/lib/index-number.ts';

describe('索引号 ORGCODE-YYYY-NNNNN', () => {
  it('parses the standard form into its parts', () => {
    expect(parseIndexNumber('11A0XC-2012-00004')).toEqual({ orgCode: '11A0XC', year: 2012, serial: 4 });
  });

  it('rejects malformed numbers', () => {
    for (const bad of ['11A0XC-2012-4', '11a0xc-2012-00004', '11A0XC/2012/00004', '11A0XC-12-00004', '11A0XC-2012-00000', '11A0XC-2012-000041', ' 11A0XC-2012-00004', '']) {
      expect(parseIndexNumber(bad), bad).toBeNull();
    }
  });

  it('formats with a zero-padded five-digit serial and round-trips', () => {
    expect(formatIndexNumber({ orgCode: '11A0XC', year: 2013, serial: 12 })).toBe('11A0XC-2013-00012');
    expect(formatIndexNumber(parseIndexNumber('11A0XC-2010-00321')!)).toBe('11A0XC-2010-00321');
  });

  it('explains a wrong organisation code and a year that differs from 发布日期', () => {
    expect(indexNumberProblem('11A0XC-2012-00001', { orgCode: '11A0XC', year: 2012 })).toBeNull();
    expect(indexNumberProblem('11B0XC-2012-00001', { orgCode: '11A0XC', year: 2012 })).toContain('机构代码应为“11A0XC”');
    expect(indexNumberProblem('11A0XC-2011-00001', { orgCode: '11A0XC', year: 2012 })).toContain('年份 2011 应与发布日期的年份 2012 一致');
    expect(indexNumberProblem('2012-1', { orgCode: '11A0XC', year: 2012 })).toContain('11A0XC-2012-00001');
  });

  it('suggests one past the largest serial of that body and year', () => {
    const existing = ['11A0XC-2012-00001', '11A0XC-2012-00007', '11A0XC-2013-00002', 'OTHER1-2012-00099', 'not-a-number'];
    expect(nextIndexNumber(existing, '11A0XC', 2012)).toBe('11A0XC-2012-00008');
    expect(nextIndexNumber(existing, '11A0XC', 2013)).toBe('11A0XC-2013-00003');
    expect(nextIndexNumber(existing, '11A0XC', 2010)).toBe('11A0XC-2010-00001');
    expect(nextIndexNumber([], '11A0XC', 2012)).toBe('11A0XC-2012-00001');
  });

  it('finds duplicates with their counts', () => {
    expect([...findDuplicates(['a', 'b', 'a', 'c', 'a', 'b'])]).toEqual([['a', 3], ['b', 2]]);
    expect(findDuplicates(['a', 'b']).size).toBe(0);
  });
});
