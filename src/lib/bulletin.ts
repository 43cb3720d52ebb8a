/**
 * 人口专刊 maths and wording: periods, number formats, status marks, change since the previous
 * bulletin, trends across bulletins and the text summary a chart announces. Plain data only.
 */

export type ValueType = 'count' | 'percent' | 'permille' | 'number';
export type ChartKind = 'bar' | 'line' | 'stacked';
/** SDMX OBS_STATUS codes: P provisional, E estimated, B break in series, R revised. */
export type ObservationStatus = 'P' | 'E' | 'B' | 'R';

export interface BulletinSeries {
  name: string;
  values: readonly (number | null)[];
  status?: readonly (ObservationStatus | null)[] | undefined;
}

export interface BulletinDataset {
  id: string;
  title: string;
  unit: string;
  valueType: ValueType;
  chart: ChartKind;
  /** Heading of the category column (街道, 年龄组, 月份 …). */
  categoryLabel: string;
  byStreet: boolean;
  categories: readonly string[];
  series: readonly BulletinSeries[];
  total?: number | undefined;
  tolerance?: number | undefined;
  decimals?: number | undefined;
  notes: readonly string[];
}

export interface HeadlineIndicator {
  id: string;
  label: string;
  unit: string;
  valueType: ValueType;
  value: number;
  status?: ObservationStatus | null | undefined;
  decimals?: number | undefined;
  note?: string | undefined;
}

export interface BulletinData {
  period: string;
  issue: number;
  title: string;
  summary: string;
  publishedAt: string;
  sample: boolean;
  source: string;
  notes: readonly string[];
  revisions: readonly { date: string; note: string }[];
  headlines: readonly HeadlineIndicator[];
  datasets: readonly BulletinDataset[];
}

export const PERIOD_PATTERN = /^(\d{4})-H([12])$/;

/** 2012-H1 → 2012-h1 (the URL slug and file name). */
export function periodSlug(period: string): string {
  return period.toLowerCase();
}

/** 2012-H1 → 2012年上半年 */
export function periodLabel(period: string): string {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) return period;
  return `${match[1]}年${match[2] === '1' ? '上' : '下'}半年`;
}

/** Oldest first. */
export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Bulletins newest first. */
export function sortNewestFirst<T extends { period: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => comparePeriods(b.period, a.period));
}

export function defaultDecimals(valueType: ValueType): number {
  switch (valueType) {
    case 'count':
      return 0;
    case 'percent':
      return 1;
    case 'permille':
      return 2;
    case 'number':
      return 1;
  }
}

/** Narrow no-break space: the thousands separator of GB/T 15835 and ISO 80000 (“1 234 567”). */
export const GROUP_SEPARATOR = '\u202f';

/** 1234567 → “1 234 567”; 8.7 with 2 decimals → “8.70”; null → “..” (not available). */
export function formatNumber(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '..';
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.length > 3 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP_SEPARATOR) : whole;
  return `${value < 0 && Number(fixed) !== 0 ? '−' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** Parses a number as formatNumber writes it (for tests and readers of the table). */
export function parseFormattedNumber(text: string): number | null {
  const cleaned = text.replace(/[\s\u202f\u00a0,]/g, '').replace('−', '-');
  if (cleaned === '..' || cleaned === '') return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

export const STATUS_LABELS: Readonly<Record<ObservationStatus, string>> = {
  P: '初步数据',
  E: '估计数',
  B: '统计口径调整（序列中断）',
  R: '修订数',
};

/** The mark printed after a value: lower-case, as ONS and Eurostat print them. */
export function statusMark(status: ObservationStatus | null | undefined): string {
  return status ? status.toLowerCase() : '';
}

/** The status codes used anywhere in a dataset, in the standard order, for its legend. */
export function statusesUsed(dataset: Pick<BulletinDataset, 'series'>): ObservationStatus[] {
  const used = new Set<ObservationStatus>();
  for (const series of dataset.series) for (const status of series.status ?? []) if (status) used.add(status);
  return (['P', 'E', 'B', 'R'] as const).filter((status) => used.has(status));
}

export function decimalsOf(item: { valueType: ValueType; decimals?: number | undefined }): number {
  return item.decimals ?? defaultDecimals(item.valueType);
}

/** Sum of every value in every series (nulls count as nothing). */
export function sumOfParts(dataset: Pick<BulletinDataset, 'series'>): number {
  let sum = 0;
  for (const series of dataset.series) for (const value of series.values) if (value !== null) sum += value;
  return sum;
}

export type Direction = 'up' | 'down' | 'same';

export interface Change {
  previous: number;
  current: number;
  /** current − previous, rounded to the indicator's decimals. */
  difference: number;
  /** Relative change in per cent, for counts; null for rates and shares or when previous is 0. */
  relative: number | null;
  direction: Direction;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Change from `previous` to `current`; rates and shares change in points, not per cent. */
export function change(previous: number, current: number, valueType: ValueType, decimals = defaultDecimals(valueType)): Change {
  const difference = round(current - previous, decimals);
  const relative = valueType === 'count' || valueType === 'number' ? (previous === 0 ? null : round(((current - previous) / previous) * 100, 1)) : null;
  return { previous, current, difference, relative, direction: difference > 0 ? 'up' : difference < 0 ? 'down' : 'same' };
}

/** Unit of a difference: 人 stays 人, % becomes 个百分点, ‰ becomes 个千分点. */
export function differenceUnit(valueType: ValueType, unit: string): string {
  if (valueType === 'percent') return '个百分点';
  if (valueType === 'permille') return '个千分点';
  return unit;
}

/** “增加 12 345 人（+1.0%）”, “减少 0.12 个千分点”, “持平”: the words carry the direction, not only an arrow. */
export function describeChange(value: Change, indicator: { valueType: ValueType; unit: string; decimals?: number | undefined }): string {
  if (value.direction === 'same') return '持平';
  const verb = value.direction === 'up' ? '增加' : '减少';
  const amount = formatNumber(Math.abs(value.difference), decimalsOf(indicator));
  const relative = value.relative === null ? '' : `（${value.relative > 0 ? '+' : value.relative < 0 ? '−' : '±'}${formatNumber(Math.abs(value.relative), 1)}%）`;
  return `${verb} ${amount} ${differenceUnit(indicator.valueType, indicator.unit)}${relative}`;
}

export function directionArrow(direction: Direction): string {
  return direction === 'up' ? '▲' : direction === 'down' ? '▼' : '■';
}

export interface HeadlineWithChange {
  indicator: HeadlineIndicator;
  change: Change | null;
  /** The period compared against, when there is one. */
  previousPeriod: string | null;
}

/** The bulletin just before `period` among `bulletins` (any order), or null. */
export function previousBulletin<T extends { period: string }>(bulletins: readonly T[], period: string): T | null {
  const earlier = bulletins.filter((b) => comparePeriods(b.period, period) < 0).sort((a, b) => comparePeriods(b.period, a.period));
  return earlier[0] ?? null;
}

/** Each headline of `current` with its change since the same indicator in `previous`. */
export function headlinesWithChange(current: Pick<BulletinData, 'headlines'>, previous: Pick<BulletinData, 'headlines' | 'period'> | null): HeadlineWithChange[] {
  return current.headlines.map((indicator) => {
    const before = previous?.headlines.find((candidate) => candidate.id === indicator.id);
    return {
      indicator,
      change: before ? change(before.value, indicator.value, indicator.valueType, decimalsOf(indicator)) : null,
      previousPeriod: before && previous ? previous.period : null,
    };
  });
}

export interface TrendPoint {
  period: string;
  value: number | null;
  status: ObservationStatus | null;
}

export interface Trend {
  id: string;
  label: string;
  unit: string;
  valueType: ValueType;
  decimals: number;
  points: TrendPoint[];
}

/**
 * Each headline indicator across all bulletins, oldest first. An indicator missing from a bulletin
 * gets a null point there, so every trend has one point per bulletin. Label and unit come from the
 * newest bulletin that has the indicator.
 */
export function headlineTrends(bulletins: readonly Pick<BulletinData, 'period' | 'headlines'>[]): Trend[] {
  const ordered = [...bulletins].sort((a, b) => comparePeriods(a.period, b.period));
  const ids: string[] = [];
  for (const bulletin of ordered) for (const indicator of bulletin.headlines) if (!ids.includes(indicator.id)) ids.push(indicator.id);
  return ids.map((id) => {
    const latest = [...ordered].reverse().flatMap((bulletin) => bulletin.headlines.filter((indicator) => indicator.id === id))[0]!;
    return {
      id,
      label: latest.label,
      unit: latest.unit,
      valueType: latest.valueType,
      decimals: decimalsOf(latest),
      points: ordered.map((bulletin) => {
        const found = bulletin.headlines.find((indicator) => indicator.id === id);
        return { period: bulletin.period, value: found ? found.value : null, status: found?.status ?? null };
      }),
    };
  });
}

const CHART_NAMES: Readonly<Record<ChartKind, string>> = { bar: '柱状图', line: '折线图', stacked: '堆积柱状图' };

export interface ChartInput {
  title: string;
  unit: string;
  chart: ChartKind;
  categories: readonly string[];
  series: readonly { name: string; values: readonly (number | null)[] }[];
  decimals: number;
}

/**
 * The words a screen reader hears for a chart: kind, title, unit, then for each series its
 * highest and lowest value (or first and last, for a line over time). The table holds the rest.
 */
export function chartSummary(input: ChartInput, periodText: string): string {
  const parts = [`${CHART_NAMES[input.chart]}：${periodText}${input.title}（单位：${input.unit}）。`];
  const fmt = (value: number) => `${formatNumber(value, input.decimals)} ${input.unit}`;
  for (const series of input.series) {
    const points = series.values
      .map((value, index) => ({ value, category: input.categories[index] ?? '' }))
      .filter((point): point is { value: number; category: string } => point.value !== null);
    if (points.length === 0) continue;
    const prefix = input.series.length > 1 ? `${series.name}：` : '';
    if (input.chart === 'line') {
      const first = points[0]!;
      const last = points[points.length - 1]!;
      parts.push(`${prefix}从${first.category}的 ${fmt(first.value)}到${last.category}的 ${fmt(last.value)}。`);
    } else {
      const max = points.reduce((a, b) => (b.value > a.value ? b : a));
      const min = points.reduce((a, b) => (b.value < a.value ? b : a));
      parts.push(`${prefix}最高为${max.category} ${fmt(max.value)}，最低为${min.category} ${fmt(min.value)}。`);
    }
  }
  parts.push('详细数据见图下表格。');
  return parts.join('');
}

/** Where a bulletin and its downloads live; every link to them is made here. */
export function bulletinUrls(period: string) {
  const slug = periodSlug(period);
  return {
    page: `/bulletins/${slug}/`,
    json: `/bulletins/${slug}.json`,
    datapackage: `/bulletins/${slug}/datapackage.json`,
    csv: (datasetId: string) => `/bulletins/${slug}/${datasetId}.csv`,
  };
}

export function trendCsvUrl(indicatorId: string): string {
  return `/bulletins/trends/${indicatorId}.csv`;
}

/** A headline trend as a dataset, so that it renders and downloads like any other figure. */
export function trendAsDataset(trend: Trend): BulletinDataset {
  return {
    id: `trend-${trend.id}`,
    title: trend.label,
    unit: trend.unit,
    valueType: trend.valueType,
    chart: 'line',
    categoryLabel: '期间',
    byStreet: false,
    categories: trend.points.map((point) => periodLabel(point.period)),
    series: [{ name: trend.label, values: trend.points.map((point) => point.value), status: trend.points.map((point) => point.status) }],
    decimals: trend.decimals,
    notes: [],
  };
}

/** 2012年上半年—2013年下半年 */
export function periodRangeLabel(periods: readonly string[]): string {
  const ordered = [...periods].sort(comparePeriods);
  if (ordered.length === 0) return '';
  if (ordered.length === 1) return periodLabel(ordered[0]!);
  return `${periodLabel(ordered[0]!)}—${periodLabel(ordered[ordered.length - 1]!)}`;
}
