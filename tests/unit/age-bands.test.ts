import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  bandCoverageProblems,
  bandFit,
  bandForMonth,
  bandsForRange,
  compareGuidesInBand,
  formatAgeRange,
  formatMonthRange,
  guidesForBand,
  guidesForDomain,
  isValidMonthAge,
  parseMonthAge,
  rangesOverlap,
  rangeWithin,
  type GuideLike,
} from '../../src/lib/age-bands.ts';
import { domainBySlug, domainInfo, domainOrder, domainSlug, developmentDomains, isDevelopmentDomain } from '../../src/lib/development-domains.ts';

const BANDS = [
  { id: '0-3m', from: 0, to: 3 },
  { id: '4-6m', from: 4, to: 6 },
  { id: '7-12m', from: 7, to: 12 },
  { id: '13-18m', from: 13, to: 18 },
  { id: '19-24m', from: 19, to: 24 },
  { id: '25-36m', from: 25, to: 36 },
];

const guide = (id: string, from: number, to: number, domains: string[] = ['运动'], title = id): GuideLike => ({ id, title, ageMonths: { from, to }, domains });

describe('bandForMonth', () => {
  it('puts every month 0—36 in exactly the band that covers it', () => {
    const expected: Record<number, string> = { 0: '0-3m', 3: '0-3m', 4: '4-6m', 6: '4-6m', 7: '7-12m', 12: '7-12m', 13: '13-18m', 18: '13-18m', 19: '19-24m', 24: '19-24m', 25: '25-36m', 36: '25-36m' };
    for (const [month, id] of Object.entries(expected)) expect(bandForMonth(Number(month), BANDS)?.id).toBe(id);
    for (let month = 0; month <= 36; month++) {
      expect(BANDS.filter((band) => month >= band.from && month <= band.to)).toHaveLength(1);
      expect(bandForMonth(month, BANDS)).toBeDefined();
    }
  });

  it('counts completed months: 3.9 months is still in 0—3, 36.5 in 25—36', () => {
    expect(bandForMonth(3.9, BANDS)?.id).toBe('0-3m');
    expect(bandForMonth(6.5, BANDS)?.id).toBe('4-6m');
    expect(bandForMonth(36.5, BANDS)?.id).toBe('25-36m');
  });

  it('rejects ages outside 0—36 and non-numbers', () => {
    for (const month of [-1, -0.5, 37, 48, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(bandForMonth(month, BANDS)).toBeUndefined();
      expect(isValidMonthAge(month)).toBe(false);
    }
    expect(isValidMonthAge(0)).toBe(true);
    expect(isValidMonthAge(36)).toBe(true);
  });

  it('returns undefined when no band covers the month', () => {
    expect(bandForMonth(5, [{ id: 'a', from: 0, to: 3 }])).toBeUndefined();
  });
});

describe('parseMonthAge', () => {
  it('reads the ways parents write an age', () => {
    expect(parseMonthAge('7')).toBe(7);
    expect(parseMonthAge(' 7 ')).toBe(7);
    expect(parseMonthAge('７')).toBe(7);
    expect(parseMonthAge('7个月')).toBe(7);
    expect(parseMonthAge('7月龄')).toBe(7);
    expect(parseMonthAge('十一个月')).toBe(11);
    expect(parseMonthAge('1岁')).toBe(12);
    expect(parseMonthAge('1岁半')).toBe(18);
    expect(parseMonthAge('1岁3个月')).toBe(15);
    expect(parseMonthAge('两岁')).toBe(24);
    expect(parseMonthAge('2周岁')).toBe(24);
    expect(parseMonthAge('0')).toBe(0);
  });

  it('returns null for text that is not an age', () => {
    for (const text of ['', '   ', 'abc', '-3', '1.5.2', '1岁13个月', '半岁多']) expect(parseMonthAge(text)).toBeNull();
  });

  it('leaves range checking to bandForMonth: “4岁” parses but has no band', () => {
    expect(parseMonthAge('4岁')).toBe(48);
    expect(bandForMonth(parseMonthAge('4岁')!, BANDS)).toBeUndefined();
  });
});

describe('rangesOverlap and rangeWithin', () => {
  it('counts shared end months as overlap', () => {
    expect(rangesOverlap({ from: 0, to: 6 }, { from: 4, to: 6 })).toBe(true);
    expect(rangesOverlap({ from: 6, to: 8 }, { from: 4, to: 6 })).toBe(true);
    expect(rangesOverlap({ from: 4, to: 6 }, { from: 6, to: 8 })).toBe(true);
    expect(rangesOverlap({ from: 0, to: 36 }, { from: 13, to: 18 })).toBe(true);
  });

  it('sees disjoint ranges as not overlapping, in either order', () => {
    expect(rangesOverlap({ from: 0, to: 3 }, { from: 4, to: 6 })).toBe(false);
    expect(rangesOverlap({ from: 25, to: 36 }, { from: 7, to: 12 })).toBe(false);
  });

  it('tells whether a range lies inside another', () => {
    expect(rangeWithin({ from: 7, to: 9 }, { from: 7, to: 12 })).toBe(true);
    expect(rangeWithin({ from: 6, to: 9 }, { from: 7, to: 12 })).toBe(false);
  });
});

describe('guidesForBand', () => {
  const guides = [
    guide('whole-period', 0, 36, ['健康安全'], '0—3岁安全'),
    guide('crawl', 7, 12, ['运动'], '学爬'),
    guide('first-foods', 6, 8, ['营养喂养'], '第一口辅食'),
    guide('words', 9, 12, ['语言'], '第一批词'),
    guide('pointing', 9, 12, ['运动', '认知'], '用手指'),
    guide('toddler', 13, 24, ['语言'], '说句子'),
    guide('newborn', 0, 3, ['营养喂养'], '母乳'),
  ];

  it('keeps only guides whose range overlaps the band', () => {
    const ids = guidesForBand(guides, { from: 7, to: 12 }).map((g) => g.id);
    expect(ids.sort()).toEqual(['crawl', 'first-foods', 'pointing', 'whole-period', 'words']);
    expect(guidesForBand(guides, { from: 0, to: 3 }).map((g) => g.id)).toEqual(['newborn', 'whole-period']);
  });

  it('orders: closest fit first, then narrower ranges, then start month, then domain order', () => {
    const ids = guidesForBand(guides, { from: 7, to: 12 }).map((g) => g.id);
    // within 7—12: pointing & words (3 months; 运动 before 语言), crawl (5 months);
    // started earlier: first-foods (6—8) before whole-period (0—36)
    expect(ids).toEqual(['pointing', 'words', 'crawl', 'first-foods', 'whole-period']);
  });

  it('puts a guide that starts in the band before one that only reaches into it', () => {
    const starts = guide('starts', 7, 18, ['语言']);
    const reaches = guide('reaches', 6, 9, ['运动']);
    expect(guidesForBand([reaches, starts], { from: 7, to: 12 }).map((g) => g.id)).toEqual(['starts', 'reaches']);
    expect(bandFit({ from: 7, to: 12 }, { from: 7, to: 12 })).toBe(0);
    expect(bandFit({ from: 7, to: 18 }, { from: 7, to: 12 })).toBe(1);
    expect(bandFit({ from: 0, to: 36 }, { from: 7, to: 12 })).toBe(2);
  });

  it('breaks ties on title, then id, so the order never depends on input order', () => {
    const a = guide('b-id', 7, 12, ['运动'], '乙');
    const b = guide('a-id', 7, 12, ['运动'], '乙');
    const c = guide('c-id', 7, 12, ['运动'], '甲');
    const sorted1 = [a, b, c].sort(compareGuidesInBand({ from: 7, to: 12 })).map((g) => g.id);
    const sorted2 = [c, b, a].sort(compareGuidesInBand({ from: 7, to: 12 })).map((g) => g.id);
    expect(sorted1).toEqual(sorted2);
    expect(sorted1.slice(1)).toEqual(['a-id', 'b-id']);
  });

  it('does not change the list it is given', () => {
    const copy = [...guides];
    guidesForBand(guides, { from: 7, to: 12 });
    expect(guides).toEqual(copy);
  });
});

describe('guidesForDomain and bandsForRange', () => {
  it('lists a domain’s guides youngest first', () => {
    const list = [guide('late', 25, 36, ['语言']), guide('early', 0, 3, ['语言', '认知']), guide('motor', 0, 3, ['运动'])];
    expect(guidesForDomain(list, '语言').map((g) => g.id)).toEqual(['early', 'late']);
    expect(guidesForDomain(list, '社会情感')).toEqual([]);
  });

  it('finds the bands a guide touches, youngest first', () => {
    expect(bandsForRange({ from: 6, to: 8 }, [...BANDS].reverse()).map((b) => b.id)).toEqual(['4-6m', '7-12m']);
    expect(bandsForRange({ from: 0, to: 36 }, BANDS)).toHaveLength(6);
  });
});

describe('formatMonthRange and formatAgeRange', () => {
  it('writes month ranges with an em dash, as the site does', () => {
    expect(formatMonthRange({ from: 7, to: 12 })).toBe('7—12个月');
    expect(formatMonthRange({ from: 0, to: 3 })).toBe('0—3个月');
    expect(formatMonthRange({ from: 12, to: 12 })).toBe('12个月');
  });

  it('adds years when both ends are whole years', () => {
    expect(formatAgeRange({ from: 0, to: 36 })).toBe('0—36个月（0—3岁）');
    expect(formatAgeRange({ from: 12, to: 24 })).toBe('12—24个月（1—2岁）');
    expect(formatAgeRange({ from: 6, to: 12 })).toBe('6—12个月');
  });

  it('matches the labels in content/data/age-bands.json', () => {
    const bands = JSON.parse(readFileSync('content/data/age-bands.json', 'utf8')) as { id: string; label: string; from: number; to: number }[];
    expect(bands.map((b) => b.id)).toEqual(BANDS.map((b) => b.id));
    for (const band of bands) expect(band.label).toBe(formatMonthRange(band));
    expect(bandCoverageProblems(bands)).toEqual([]);
  });
});

describe('bandCoverageProblems', () => {
  it('accepts bands that run 0—36 without gap or overlap, in any order', () => {
    expect(bandCoverageProblems([...BANDS].reverse())).toEqual([]);
    expect(bandCoverageProblems([])).toEqual([]);
  });

  it('names the band that overlaps, leaves a gap, or does not reach the ends', () => {
    expect(bandCoverageProblems([{ id: 'a', from: 0, to: 6 }, { id: 'b', from: 5, to: 36 }])).toEqual([{ id: 'b', message: expect.stringContaining('重叠') }]);
    expect(bandCoverageProblems([{ id: 'a', from: 0, to: 6 }, { id: 'b', from: 9, to: 36 }])).toEqual([{ id: 'b', message: expect.stringContaining('缺少 7—8个月') }]);
    expect(bandCoverageProblems([{ id: 'a', from: 1, to: 30 }]).map((p) => p.message)).toEqual([expect.stringContaining('从 0 个月开始'), expect.stringContaining('到 36 个月为止')]);
  });
});

describe('development domains', () => {
  it('gives each of the six domains a unique ASCII slug, in the schema’s order', () => {
    expect(domainInfo.map((d) => d.name)).toEqual([...developmentDomains]);
    expect(domainInfo.map((d) => d.slug)).toEqual(['motor', 'language', 'cognition', 'social-emotional', 'nutrition', 'health-safety']);
    for (const d of domainInfo) expect(d.slug).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('looks domains up both ways and orders unknown names last', () => {
    expect(domainBySlug('language')?.name).toBe('语言');
    expect(domainBySlug('语言')).toBeUndefined();
    expect(domainSlug('营养喂养')).toBe('nutrition');
    expect(isDevelopmentDomain('认知')).toBe(true);
    expect(isDevelopmentDomain('音乐')).toBe(false);
    expect(domainOrder('运动')).toBe(0);
    expect(domainOrder('音乐')).toBe(6);
  });
});
