import { describe, expect, it } from 'vitest';
import {
  bulletinUrls,
  change,
  chartSummary,
  describeChange,
  formatNumber,
  headlinesWithChange,
  headlineTrends,
  parseFormattedNumber,
  periodLabel,
  periodRangeLabel,
  periodSlug,
  previousBulletin,
  sortNewestFirst,
  statusesUsed,
  sumOfParts,
  trendAsDataset,
  type HeadlineIndicator,
} from '../../src/lib/bulletin.ts';

const NNBSP = '\u202f';
const resident = (value: number, status: HeadlineIndicator['status'] = null): HeadlineIndicator => ({ id: 'resident-population', label: '常住人口', unit: '人', valueType: 'count', value, status });
const share = (value: number): HeadlineIndicator => ({ id: 'aged-65-share', label: '65岁及以上人口占比', unit: '%', valueType: 'percent', value });
const rate = (value: number): HeadlineIndicator => ({ id: 'birth-rate', label: '出生率', unit: '‰', valueType: 'permille', value });

describe('periods', () => {
  it('turns a period into its slug and Chinese label', () => {
    expect(periodSlug('2012-H1')).toBe('2012-h1');
    expect(periodLabel('2012-H1')).toBe('2012年上半年');
    expect(periodLabel('2013-H2')).toBe('2013年下半年');
    expect(periodRangeLabel(['2013-H2', '2012-H1', '2012-H2'])).toBe('2012年上半年—2013年下半年');
    expect(periodRangeLabel([])).toBe('');
  });

  it('sorts newest first and finds the previous bulletin whatever the input order', () => {
    const items = [{ period: '2012-H2' }, { period: '2013-H2' }, { period: '2012-H1' }, { period: '2013-H1' }];
    expect(sortNewestFirst(items).map((b) => b.period)).toEqual(['2013-H2', '2013-H1', '2012-H2', '2012-H1']);
    expect(previousBulletin(items, '2013-H1')?.period).toBe('2012-H2');
    expect(previousBulletin(items, '2012-H1')).toBeNull();
  });

  it('builds the download URLs of a bulletin', () => {
    const urls = bulletinUrls('2012-H1');
    expect(urls.page).toBe('/bulletins/2012-h1/');
    expect(urls.json).toBe('/bulletins/2012-h1.json');
    expect(urls.datapackage).toBe('/bulletins/2012-h1/datapackage.json');
    expect(urls.csv('age-structure')).toBe('/bulletins/2012-h1/age-structure.csv');
  });
});

describe('number format', () => {
  it('groups thousands with a narrow no-break space and keeps decimals', () => {
    expect(formatNumber(1243315)).toBe(`1${NNBSP}243${NNBSP}315`);
    expect(formatNumber(1234)).toBe(`1${NNBSP}234`);
    expect(formatNumber(812)).toBe('812');
    expect(formatNumber(8.7, 2)).toBe('8.70');
    expect(formatNumber(-1500)).toBe(`−1${NNBSP}500`);
    expect(formatNumber(null)).toBe('..');
  });

  it('parses back what it formats', () => {
    for (const value of [0, 5036, 1276410, 12.4, 8.27]) expect(parseFormattedNumber(formatNumber(value, 2))).toBe(value);
    expect(parseFormattedNumber('..')).toBeNull();
  });
});

describe('change since the previous bulletin', () => {
  it('gives the difference and the relative change of a count', () => {
    expect(change(1271960, 1276410, 'count')).toEqual({ previous: 1271960, current: 1276410, difference: 4450, relative: 0.3, direction: 'up' });
    expect(change(5688, 5036, 'count')).toMatchObject({ difference: -652, relative: -11.5, direction: 'down' });
    expect(change(100, 100, 'count').direction).toBe('same');
    expect(change(0, 10, 'count').relative).toBeNull();
  });

  it('gives rates and shares in points, never in per cent, rounded to their decimals', () => {
    expect(change(12.2, 12.4, 'percent')).toMatchObject({ difference: 0.2, relative: null, direction: 'up' });
    expect(change(8.94, 7.89, 'permille')).toMatchObject({ difference: -1.05, direction: 'down' });
  });

  it('says the direction in words, not only by arrow', () => {
    expect(describeChange(change(1271960, 1276410, 'count'), resident(0))).toBe(`增加 4${NNBSP}450 人（+0.3%）`);
    expect(describeChange(change(5688, 5036, 'count'), resident(0))).toBe('减少 652 人（−11.5%）');
    expect(describeChange(change(12.2, 12.4, 'percent'), share(0))).toBe('增加 0.2 个百分点');
    expect(describeChange(change(8.94, 7.89, 'permille'), rate(0))).toBe('减少 1.05 个千分点');
    expect(describeChange(change(5, 5, 'count'), resident(0))).toBe('持平');
  });

  it('pairs each headline with the same indicator of the previous bulletin', () => {
    const previous = { period: '2012-H2', headlines: [resident(1271960), share(12.2)] };
    const current = { headlines: [resident(1276410), share(12.4), rate(7.89)] };
    const result = headlinesWithChange(current, previous);
    expect(result.map((item) => item.change?.difference ?? null)).toEqual([4450, 0.2, null]);
    expect(result[0]!.previousPeriod).toBe('2012-H2');
    expect(result[2]!.previousPeriod).toBeNull();
    expect(headlinesWithChange(current, null).every((item) => item.change === null)).toBe(true);
  });
});

describe('trends', () => {
  it('lists each headline across all bulletins oldest first, with a gap where one is missing', () => {
    const trends = headlineTrends([
      { period: '2013-H1', headlines: [resident(1276410, 'R'), share(12.4)] },
      { period: '2012-H1', headlines: [resident(1265840)] },
      { period: '2012-H2', headlines: [resident(1271960), share(12.2)] },
    ]);
    expect(trends.map((trend) => trend.id)).toEqual(['resident-population', 'aged-65-share']);
    expect(trends[0]!.points).toEqual([
      { period: '2012-H1', value: 1265840, status: null },
      { period: '2012-H2', value: 1271960, status: null },
      { period: '2013-H1', value: 1276410, status: 'R' },
    ]);
    expect(trends[1]!.points.map((point) => point.value)).toEqual([null, 12.2, 12.4]);
    expect(trends[1]!.decimals).toBe(1);
    const dataset = trendAsDataset(trends[0]!);
    expect(dataset.categories).toEqual(['2012年上半年', '2012年下半年', '2013年上半年']);
    expect(dataset.chart).toBe('line');
    expect(dataset.series[0]!.status).toEqual([null, null, 'R']);
  });
});

describe('datasets', () => {
  it('sums the parts of every series and lists the statuses used, in the standard order', () => {
    const dataset = { series: [{ name: '男', values: [1, 2, null], status: ['R', null, 'P'] as const }, { name: '女', values: [3, 4, 5] }] };
    expect(sumOfParts(dataset)).toBe(15);
    expect(statusesUsed(dataset)).toEqual(['P', 'R']);
  });

  it('summarises a chart for screen readers: highest and lowest, or first and last for a line', () => {
    const bar = chartSummary({ title: '各街道常住人口', unit: '人', chart: 'bar', categories: ['椿树街道', '展览路街道', '天桥街道'], series: [{ name: '常住人口', values: [40379, 129017, 53039] }], decimals: 0 }, '2013年上半年');
    expect(bar).toBe(`柱状图：2013年上半年各街道常住人口（单位：人）。最高为展览路街道 129${NNBSP}017 人，最低为椿树街道 40${NNBSP}379 人。详细数据见图下表格。`);
    const line = chartSummary({ title: '出生人口（按月）', unit: '人', chart: 'line', categories: ['1月', '2月', '3月'], series: [{ name: '出生人口', values: [755, null, 831] }], decimals: 0 }, '');
    expect(line).toContain('从1月的 755 人到3月的 831 人');
  });
});
