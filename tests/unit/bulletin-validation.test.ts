import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { bulletinFindings, datasetFindings, duplicatePeriodFindings, headlineFindings, matchStreet, periodFileFindings, streetCoverageFindings, unitConsistencyFindings, valueProblem } from '../../src/lib/bulletin-validation.ts';
import { bulletinSchema } from '../../src/schemas/bulletin.ts';
import type { BulletinDataset, HeadlineIndicator } from '../../src/lib/bulletin.ts';

z.config(z.locales.zhCN());

const STREETS = (JSON.parse(readFileSync('content/data/streets.json', 'utf8')) as { id: string; name: string }[]).map(({ id, name }) => ({ id, name }));

const dataset = (overrides: Partial<BulletinDataset> = {}): BulletinDataset => ({
  id: 'household-size',
  title: '家庭户规模',
  unit: '户',
  valueType: 'count',
  chart: 'bar',
  categoryLabel: '家庭户规模',
  byStreet: false,
  categories: ['1人户', '2人户', '3人户'],
  series: [{ name: '家庭户数', values: [10, 20, 30] }],
  total: 60,
  notes: [],
  ...overrides,
});

const headline = (overrides: Partial<HeadlineIndicator> = {}): HeadlineIndicator => ({ id: 'births', label: '出生人口', unit: '人', valueType: 'count', value: 5036, ...overrides });

describe('values by type', () => {
  it('counts are non-negative integers', () => {
    expect(valueProblem(0, 'count')).toBeNull();
    expect(valueProblem(5036, 'count')).toBeNull();
    expect(valueProblem(-1, 'count')).toMatch(/非负整数/);
    expect(valueProblem(12.5, 'count')).toMatch(/非负整数/);
  });
  it('percentages lie in 0–100 and per-mille values in 0–1000', () => {
    expect(valueProblem(100, 'percent')).toBeNull();
    expect(valueProblem(100.1, 'percent')).toMatch(/0—100/);
    expect(valueProblem(-0.1, 'percent')).toMatch(/0—100/);
    expect(valueProblem(8.27, 'permille')).toBeNull();
    expect(valueProblem(1000.5, 'permille')).toMatch(/0—1000/);
    expect(valueProblem(-3, 'number')).toBeNull();
  });
});

describe('units agree with value types', () => {
  it('a percentage is in %, a rate per mille in ‰', () => {
    expect(datasetFindings(dataset({ unit: '%', valueType: 'percent', series: [{ name: '比重', values: [20, 30, 50] }], total: 100 }), 0)).toEqual([]);
    const [finding] = datasetFindings(dataset({ unit: '人', valueType: 'percent', series: [{ name: '比重', values: [20, 30, 50] }], total: 100 }), 4);
    expect(finding!.path).toEqual(['datasets', 4, 'unit']);
    expect(finding!.message).toContain('单位应为“%”，而不是“人”');
    const [rate] = headlineFindings(headline({ id: 'birth-rate', label: '出生率', unit: '%', valueType: 'permille', value: 8.3 }), 4);
    expect(rate!.path).toEqual(['headlines', 4, 'unit']);
    expect(rate!.message).toContain('单位应为“‰”');
  });
});

describe('one dataset', () => {
  it('accepts a consistent dataset', () => {
    expect(datasetFindings(dataset(), 0)).toEqual([]);
  });

  it('names the dataset, the category and the value of a negative or fractional count', () => {
    const findings = datasetFindings(dataset({ series: [{ name: '家庭户数', values: [10, -5, 55] }] }), 2);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.path).toEqual(['datasets', 2, 'series', 0, 'values', 1]);
    expect(findings[0]!.message).toContain('数据集“household-size”');
    expect(findings[0]!.message).toContain('“2人户”的值 -5');
  });

  it('rejects a percentage above 100', () => {
    const findings = datasetFindings(dataset({ unit: '%', valueType: 'percent', series: [{ name: '比重', values: [40, 160.5, -100.5] }], total: 100, tolerance: 0.1 }), 0);
    expect(findings.map((f) => f.message).join('\n')).toContain('值 160.5 超出 0—100');
  });

  it('checks that the parts add up to the declared total within the stated tolerance', () => {
    const off = datasetFindings(dataset({ total: 61 }), 1);
    expect(off).toHaveLength(1);
    expect(off[0]!.path).toEqual(['datasets', 1, 'total']);
    expect(off[0]!.message).toContain('各项之和 60');
    expect(off[0]!.message).toContain('合计 61');
    expect(off[0]!.message).toContain('允许的误差 0');
    expect(datasetFindings(dataset({ total: 61, tolerance: 1 }), 1)).toEqual([]);
    const shares = dataset({ unit: '%', valueType: 'percent', decimals: 1, series: [{ name: '比重', values: [33.3, 33.3, 33.3] }], total: 100 });
    expect(datasetFindings({ ...shares, tolerance: 0.1 }, 0)).toEqual([]);
    expect(datasetFindings({ ...shares, tolerance: 0.05 }, 0)).toHaveLength(1);
  });

  it('sums every series of a stacked dataset against the total', () => {
    const stacked = dataset({ chart: 'stacked', series: [{ name: '男', values: [1, 2, 3] }, { name: '女', values: [4, 5, 6] }], total: 21 });
    expect(datasetFindings(stacked, 0)).toEqual([]);
  });

  it('requires as many values (and statuses) as categories', () => {
    const findings = datasetFindings(dataset({ series: [{ name: '家庭户数', values: [10, 20], status: ['P'] }], total: 30 }), 0);
    expect(findings.map((f) => f.path)).toEqual([
      ['datasets', 0, 'series', 0, 'values'],
      ['datasets', 0, 'series', 0, 'status'],
    ]);
    expect(findings[0]!.message).toContain('有 2 个数值，但分类（categories）有 3 个');
  });

  it('rejects a category named twice', () => {
    const findings = datasetFindings(dataset({ categories: ['1人户', '1人户', '3人户'] }), 0);
    expect(findings[0]!.message).toContain('分类“1人户”重复');
  });
});

describe('headlines and the whole file', () => {
  it('checks headline values by type', () => {
    expect(headlineFindings(headline(), 0)).toEqual([]);
    const [finding] = headlineFindings(headline({ id: 'aged-65-share', label: '65岁及以上人口占比', unit: '%', valueType: 'percent', value: 112.4 }), 5);
    expect(finding!.path).toEqual(['headlines', 5, 'value']);
    expect(finding!.message).toContain('“aged-65-share”（65岁及以上人口占比）的值 112.4');
  });

  it('rejects duplicate dataset and headline ids within a bulletin', () => {
    const findings = bulletinFindings({ headlines: [headline(), headline()], datasets: [dataset(), dataset()] });
    expect(findings.map((f) => f.path)).toEqual([
      ['datasets', 1, 'id'],
      ['headlines', 1, 'id'],
    ]);
  });

  it('runs inside the schema, so that a bad value fails the parse at its path', () => {
    const file = JSON.parse(readFileSync('content/bulletins/2012-h1.json', 'utf8'));
    expect(bulletinSchema.safeParse(file).success).toBe(true);
    file.datasets[0].series[0].values[0] = -1;
    const result = bulletinSchema.safeParse(file);
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join('.') === 'datasets.0.series.0.values.0');
    expect(issue?.message).toContain('数据集“age-structure”');
  });
});

describe('streets', () => {
  it('matches a street by id, full name or short name', () => {
    expect(matchStreet('xichanganjie', STREETS)?.id).toBe('xichanganjie');
    expect(matchStreet('西长安街街道', STREETS)?.id).toBe('xichanganjie');
    expect(matchStreet('西长安街', STREETS)?.id).toBe('xichanganjie');
    expect(matchStreet('东长安街', STREETS)).toBeUndefined();
  });

  const byStreet = (categories: string[]) => dataset({ id: 'population-by-street', byStreet: true, categories, series: [{ name: '常住人口', values: categories.map(() => 1) }], total: categories.length });

  it('accepts all 15 streets once each, and ignores datasets not marked byStreet', () => {
    expect(STREETS).toHaveLength(15);
    expect(streetCoverageFindings(byStreet(STREETS.map((s) => s.name)), 0, STREETS)).toEqual([]);
    expect(streetCoverageFindings({ ...byStreet(['不是街道']), byStreet: false }, 0, STREETS)).toEqual([]);
  });

  it('names a missing, a repeated and an unknown street', () => {
    const names = STREETS.map((s) => s.name);
    const missing = streetCoverageFindings(byStreet(names.slice(1)), 3, STREETS);
    expect(missing.map((f) => f.message)).toEqual(['按街道的数据集“population-by-street”缺少街道“西长安街街道”：应列出全部 15 个街道，各一次']);
    expect(missing[0]!.path).toEqual(['datasets', 3, 'categories']);
    const repeated = streetCoverageFindings(byStreet([...names, 'xichanganjie']), 0, STREETS);
    expect(repeated[0]!.message).toContain('街道“西长安街街道”出现 2 次');
    const unknown = streetCoverageFindings(byStreet([...names, '东华门街道']), 0, STREETS);
    expect(unknown[0]!.message).toContain('分类“东华门街道”不是登记表中的街道');
    expect(unknown[0]!.path).toEqual(['datasets', 0, 'categories', 15]);
  });
});

describe('across bulletins', () => {
  const file = (name: string, period: string, unit = '户', headlineUnit = '人') => ({
    file: `content/bulletins/${name}.json`,
    data: { period, headlines: [headline({ unit: headlineUnit })], datasets: [dataset({ unit })] },
  });

  it('rejects a second bulletin of the same period, naming the first', () => {
    const findings = duplicatePeriodFindings([file('2012-h1', '2012-H1'), file('2012-h1-copy', '2012-H1')]);
    expect(findings).toEqual([{ file: 'content/bulletins/2012-h1-copy.json', path: ['period'], message: expect.stringContaining('期间“2012-H1”重复：content/bulletins/2012-h1.json') }]);
    expect(duplicatePeriodFindings([file('2012-h1', '2012-H1'), file('2012-h2', '2012-H2')])).toEqual([]);
  });

  it('requires the file to be named after its period', () => {
    expect(periodFileFindings([file('2012-h1', '2012-H1')])).toEqual([]);
    expect(periodFileFindings([file('2012-h1', '2012-H2')])[0]!.message).toContain('文件应命名为 2012-h2.json');
  });

  it('keeps the unit of a dataset id and of a headline id across bulletins', () => {
    expect(unitConsistencyFindings([file('2012-h1', '2012-H1'), file('2012-h2', '2012-H2')])).toEqual([]);
    const findings = unitConsistencyFindings([file('2012-h2', '2012-H2', '万户', '万人'), file('2012-h1', '2012-H1')]);
    expect(findings.map((f) => [f.file, f.path.join('.')])).toEqual([
      ['content/bulletins/2012-h2.json', 'datasets.0.unit'],
      ['content/bulletins/2012-h2.json', 'headlines.0.unit'],
    ]);
    expect(findings[0]!.message).toContain('数据集“household-size”的单位“万户”与 content/bulletins/2012-h1.json 中的“户”不同');
  });
});
