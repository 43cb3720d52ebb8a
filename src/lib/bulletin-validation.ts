/**
 * Checks on 人口专刊 data beyond types. Per-file checks run inside the bulletin schema
 * (superRefine); cross-file checks run as content rules. Each finding names the dataset and the
 * value, and carries the key path so the validator can point at the line.
 */
import { decimalsOf, formatNumber, PERIOD_PATTERN, periodSlug, sumOfParts, type BulletinData, type BulletinDataset, type HeadlineIndicator, type ValueType } from './bulletin.ts';

export interface Finding {
  path: (string | number)[];
  message: string;
}

/** Why `value` is not allowed for `valueType`, or null. */
export function valueProblem(value: number, valueType: ValueType): string | null {
  if (!Number.isFinite(value)) return '不是有限数值';
  switch (valueType) {
    case 'count':
      return Number.isInteger(value) && value >= 0 ? null : '不是非负整数：人数、户数等计数应为 0 或正整数';
    case 'percent':
      return value >= 0 && value <= 100 ? null : '超出 0—100 的范围：百分比应在 0 到 100 之间';
    case 'permille':
      return value >= 0 && value <= 1000 ? null : '超出 0—1000 的范围：千分比应在 0 到 1000 之间';
    case 'number':
      return null;
  }
}

/** A percentage is written in %, a per-mille rate in ‰: the value type and the unit must agree. */
export function unitMismatch(valueType: ValueType, unit: string): string | null {
  if (valueType === 'percent' && unit !== '%') return `的数值类型为百分比（percent），单位应为“%”，而不是“${unit}”`;
  if (valueType === 'permille' && unit !== '‰') return `的数值类型为千分比（permille），单位应为“‰”，而不是“${unit}”`;
  return null;
}

function show(value: number): string {
  return String(value);
}

export function datasetFindings(dataset: BulletinDataset, index: number): Finding[] {
  const findings: Finding[] = [];
  const at = (...rest: (string | number)[]) => ['datasets', index, ...rest];
  const name = `数据集“${dataset.id}”`;

  const unitProblem = unitMismatch(dataset.valueType, dataset.unit);
  if (unitProblem) findings.push({ path: at('unit'), message: `${name}${unitProblem}` });

  const seen = new Set<string>();
  dataset.categories.forEach((category, c) => {
    if (seen.has(category)) findings.push({ path: at('categories', c), message: `${name}的分类“${category}”重复出现` });
    seen.add(category);
  });

  dataset.series.forEach((series, s) => {
    const seriesName = dataset.series.length > 1 ? `系列“${series.name}”` : '';
    if (series.values.length !== dataset.categories.length) {
      findings.push({
        path: at('series', s, 'values'),
        message: `${name}${seriesName}有 ${series.values.length} 个数值，但分类（categories）有 ${dataset.categories.length} 个：数值个数应与分类个数相同`,
      });
    }
    if (series.status && series.status.length !== dataset.categories.length) {
      findings.push({
        path: at('series', s, 'status'),
        message: `${name}${seriesName}的数据状态（status）有 ${series.status.length} 项，但分类有 ${dataset.categories.length} 个：应一一对应，无状态的写 null`,
      });
    }
    series.values.forEach((value, v) => {
      if (value === null) return;
      const problem = valueProblem(value, dataset.valueType);
      if (problem) {
        findings.push({
          path: at('series', s, 'values', v),
          message: `${name}${seriesName}“${dataset.categories[v] ?? `第 ${v + 1} 项`}”的值 ${show(value)} ${problem}`,
        });
      }
    });
  });

  if (dataset.total !== undefined) {
    const totalProblem = valueProblem(dataset.total, dataset.valueType);
    if (totalProblem) findings.push({ path: at('total'), message: `${name}的合计 ${show(dataset.total)} ${totalProblem}` });
    const tolerance = dataset.tolerance ?? 0;
    const sum = sumOfParts(dataset);
    const decimals = Math.max(decimalsOf(dataset), 2);
    const gap = Math.abs(sum - dataset.total);
    if (gap > tolerance + 1e-9) {
      findings.push({
        path: at('total'),
        message: `${name}各项之和 ${formatNumber(sum, decimals).replace(/\u202f/g, ' ')} 与声明的合计 ${show(dataset.total)} 相差 ${formatNumber(gap, decimals).replace(/\u202f/g, ' ')}，超出允许的误差 ${show(tolerance)}（tolerance）`,
      });
    }
  }
  return findings;
}

export function headlineFindings(indicator: HeadlineIndicator, index: number): Finding[] {
  const findings: Finding[] = [];
  const name = `主要指标“${indicator.id}”（${indicator.label}）`;
  const unitProblem = unitMismatch(indicator.valueType, indicator.unit);
  if (unitProblem) findings.push({ path: ['headlines', index, 'unit'], message: `${name}${unitProblem}` });
  const problem = valueProblem(indicator.value, indicator.valueType);
  if (problem) findings.push({ path: ['headlines', index, 'value'], message: `${name}的值 ${show(indicator.value)} ${problem}` });
  return findings;
}

/** Every per-file check of one bulletin. */
export function bulletinFindings(bulletin: Pick<BulletinData, 'headlines' | 'datasets'>): Finding[] {
  const findings: Finding[] = [];
  const datasetIds = new Set<string>();
  bulletin.datasets.forEach((dataset, index) => {
    if (datasetIds.has(dataset.id) || dataset.id === 'headlines') findings.push({ path: ['datasets', index, 'id'], message: `数据集 id “${dataset.id}”在本期中重复（“headlines”留给主要指标）` });
    datasetIds.add(dataset.id);
    findings.push(...datasetFindings(dataset, index));
  });
  const headlineIds = new Set<string>();
  bulletin.headlines.forEach((indicator, index) => {
    if (headlineIds.has(indicator.id)) findings.push({ path: ['headlines', index, 'id'], message: `主要指标 id “${indicator.id}”在本期中重复` });
    headlineIds.add(indicator.id);
    findings.push(...headlineFindings(indicator, index));
  });
  return findings;
}

export interface StreetRef {
  id: string;
  name: string;
}

/** A category matches a street by id (xichanganjie), full name (西长安街街道) or short name (西长安街). */
export function matchStreet(category: string, streets: readonly StreetRef[]): StreetRef | undefined {
  const text = category.trim();
  return streets.find((street) => street.id === text || street.name === text || street.name.replace(/街道$/, '') === text);
}

/** A by-street dataset names each street of the registry exactly once, and nothing else. */
export function streetCoverageFindings(dataset: BulletinDataset, index: number, streets: readonly StreetRef[]): Finding[] {
  if (!dataset.byStreet) return [];
  const findings: Finding[] = [];
  const name = `按街道的数据集“${dataset.id}”`;
  const counts = new Map<string, number>();
  dataset.categories.forEach((category, c) => {
    const street = matchStreet(category, streets);
    if (!street) {
      findings.push({ path: ['datasets', index, 'categories', c], message: `${name}的分类“${category}”不是登记表中的街道（content/data/streets.json）` });
      return;
    }
    counts.set(street.id, (counts.get(street.id) ?? 0) + 1);
  });
  for (const street of streets) {
    const count = counts.get(street.id) ?? 0;
    if (count === 0) findings.push({ path: ['datasets', index, 'categories'], message: `${name}缺少街道“${street.name}”：应列出全部 ${streets.length} 个街道，各一次` });
    if (count > 1) findings.push({ path: ['datasets', index, 'categories'], message: `${name}中街道“${street.name}”出现 ${count} 次：每个街道只能出现一次` });
  }
  return findings;
}

export interface BulletinFile {
  file: string;
  data: Pick<BulletinData, 'period' | 'headlines' | 'datasets'>;
}

export interface CrossFinding extends Finding {
  file: string;
}

/** Two bulletins may not cover the same period. */
export function duplicatePeriodFindings(files: readonly BulletinFile[]): CrossFinding[] {
  const first = new Map<string, string>();
  const findings: CrossFinding[] = [];
  // The file named after its period keeps it; the other is the one reported.
  const named = (item: BulletinFile) => ((item.file.split('/').pop() ?? '') === `${periodSlug(item.data.period)}.json` ? 0 : 1);
  const ordered = [...files].sort((a, b) => named(a) - named(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const { file, data } of ordered) {
    const earlier = first.get(data.period);
    if (earlier) findings.push({ file, path: ['period'], message: `期间“${data.period}”重复：${earlier} 已是这一期的人口专刊，每个半年只能有一期` });
    else first.set(data.period, file);
  }
  return findings;
}

/** The file name is the URL: 2012-H1 lives in 2012-h1.json. */
export function periodFileFindings(files: readonly BulletinFile[]): CrossFinding[] {
  return files.flatMap(({ file, data }) => {
    const name = (file.split('/').pop() ?? file).replace(/\.json$/, '');
    if (!PERIOD_PATTERN.test(data.period) || name === periodSlug(data.period)) return [];
    return [{ file, path: ['period'], message: `期间“${data.period}”与文件名“${name}.json”不一致：文件应命名为 ${periodSlug(data.period)}.json` }];
  });
}

/** A dataset id (and a headline indicator id) keeps its unit in every bulletin. */
export function unitConsistencyFindings(files: readonly BulletinFile[]): CrossFinding[] {
  const findings: CrossFinding[] = [];
  const firstDataset = new Map<string, { unit: string; file: string }>();
  const firstHeadline = new Map<string, { unit: string; file: string }>();
  const ordered = [...files].sort((a, b) => (a.data.period < b.data.period ? -1 : a.data.period > b.data.period ? 1 : 0));
  for (const { file, data } of ordered) {
    data.datasets.forEach((dataset, index) => {
      const first = firstDataset.get(dataset.id);
      if (!first) firstDataset.set(dataset.id, { unit: dataset.unit, file });
      else if (first.unit !== dataset.unit) {
        findings.push({ file, path: ['datasets', index, 'unit'], message: `数据集“${dataset.id}”的单位“${dataset.unit}”与 ${first.file} 中的“${first.unit}”不同：同一数据集在各期应使用同一单位` });
      }
    });
    data.headlines.forEach((indicator, index) => {
      const first = firstHeadline.get(indicator.id);
      if (!first) firstHeadline.set(indicator.id, { unit: indicator.unit, file });
      else if (first.unit !== indicator.unit) {
        findings.push({ file, path: ['headlines', index, 'unit'], message: `主要指标“${indicator.id}”的单位“${indicator.unit}”与 ${first.file} 中的“${first.unit}”不同：同一指标在各期应使用同一单位` });
      }
    });
  }
  return findings;
}
