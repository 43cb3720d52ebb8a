/** 人口专刊: one JSON file per half-year. */
import { z } from 'astro/zod';
import { dateField, enumField, requiredText } from './fields.ts';

export const chartKinds = ['bar', 'line', 'pie', 'stacked'] as const;
export const valueTypes = ['count', 'percent', 'permille', 'number'] as const;
/** SDMX OBS_STATUS codes: P provisional, E estimated, B break in series, R revised. */
export const observationStatuses = ['P', 'E', 'B', 'R'] as const;

export const seriesSchema = z.object({
  name: requiredText('数据系列名称', 40),
  values: z.array(z.number({ error: '数值应为数字' }).nullable()),
  status: z.array(z.enum(observationStatuses).nullable()).optional(),
});

export const datasetSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: '数据集 id 只能用小写英文字母、数字和连字符' }),
  title: requiredText('数据集标题', 80),
  unit: requiredText('单位', 20),
  valueType: enumField('数值类型', valueTypes),
  chart: enumField('图表类型', chartKinds),
  byStreet: z.boolean().default(false),
  categories: z.array(z.string()).min(1),
  series: z.array(seriesSchema).min(1),
  total: z.number().optional(),
  tolerance: z.number().min(0).optional(),
  notes: z.array(z.string()).default([]),
});

export const bulletinSchema = z.object({
  period: z.string().regex(/^\d{4}-H[12]$/, { error: '期间 period 格式应为 2012-H1 或 2012-H2' }),
  issue: z.number().int().min(1),
  title: requiredText('标题', 80),
  summary: requiredText('摘要', 300),
  publishedAt: dateField,
  sample: z.boolean().default(false),
  source: requiredText('数据来源', 200),
  notes: z.array(z.string()).default([]),
  revisions: z.array(z.object({ date: dateField, note: requiredText('修订说明', 300) })).default([]),
  datasets: z.array(datasetSchema).min(1),
});
