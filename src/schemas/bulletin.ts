/**
 * 人口专刊: one JSON file per half-year (content/bulletins/2012-h1.json). Types here; the checks
 * beyond types (sums, ranges, lengths) in src/lib/bulletin-validation.ts, run by superRefine;
 * the cross-file checks (streets, units, periods) in src/lib/content-rules/bulletin-*.ts.
 */
import { z } from 'astro/zod';
import { dateField, enumField, requiredText } from './fields.ts';
import { bulletinFindings } from '../lib/bulletin-validation.ts';

/** No pie: shares compare better as bars (and the chart code stays within its budget). */
export const chartKinds = ['bar', 'line', 'stacked'] as const;
/** count: 人、户 (non-negative integers); percent: % (0–100); permille: ‰ (0–1000); number: anything else. */
export const valueTypes = ['count', 'percent', 'permille', 'number'] as const;
/** SDMX OBS_STATUS codes: P provisional, E estimated, B break in series, R revised. */
export const observationStatuses = ['P', 'E', 'B', 'R'] as const;

const idField = (label: string) =>
  z.string({ error: `${label} id 应为文字` }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: `${label} id 只能用小写英文字母、数字和连字符，例如 population-by-street` });

const statusField = z.enum(observationStatuses, { error: (issue) => `数据状态“${String(issue.input ?? '')}”无效，应为 P（初步）、E（估计）、B（口径调整）、R（修订）之一或 null` });

const numberField = z.number({ error: '数值应为数字（不加引号、不加千位分隔符）' });

export const seriesSchema = z.object({
  name: requiredText('数据系列名称', 40),
  values: z.array(numberField.nullable(), { error: '数值 values 应为数字列表' }),
  /** One status per value (null where none), in the order of the categories. */
  status: z.array(statusField.nullable()).optional(),
});

export const datasetSchema = z.object({
  id: idField('数据集'),
  title: requiredText('数据集标题', 80),
  unit: requiredText('单位', 20),
  valueType: enumField('数值类型', valueTypes),
  chart: enumField('图表类型', chartKinds),
  /** Heading of the category column: 街道, 年龄组, 月份 … */
  categoryLabel: requiredText('分类列标题', 20),
  /** True when the categories are the streets of content/data/streets.json (each exactly once). */
  byStreet: z.boolean({ error: 'byStreet 应为 true 或 false' }).default(false),
  categories: z.array(requiredText('分类名称', 40), { error: '分类 categories 应为文字列表' }).min(1, { error: '分类 categories 至少要有一项' }),
  series: z.array(seriesSchema).min(1, { error: '数据系列 series 至少要有一个' }),
  /** Declared total of all the parts (every value of every series). */
  total: numberField.optional(),
  /** How far the sum of the parts may be from the total (rounding); 0 when omitted. */
  tolerance: z.number({ error: '允许误差 tolerance 应为数字' }).min(0, { error: '允许误差 tolerance 不能为负' }).optional(),
  /** Decimal places shown; by default 0 for counts, 1 for %, 2 for ‰. */
  decimals: z.number().int().min(0).max(4).optional(),
  notes: z.array(z.string()).default([]),
});

export const headlineSchema = z.object({
  id: idField('主要指标'),
  label: requiredText('指标名称', 30),
  unit: requiredText('单位', 20),
  valueType: enumField('数值类型', valueTypes),
  value: numberField,
  status: statusField.nullable().optional(),
  decimals: z.number().int().min(0).max(4).optional(),
  note: z.string().optional(),
});

export const bulletinSchema = z
  .object({
    period: z.string({ error: '期间 period 应为文字，例如 2012-H1' }).regex(/^\d{4}-H[12]$/, { error: '期间 period 格式应为 2012-H1（上半年）或 2012-H2（下半年）' }),
    /** 期号: the running number of the bulletin (总第 N 期). */
    issue: z.number({ error: '期号 issue 应为数字' }).int().min(1),
    title: requiredText('标题', 80),
    summary: requiredText('摘要', 300),
    publishedAt: dateField,
    sample: z.boolean({ error: 'sample 应为 true 或 false' }).default(false),
    draft: z.boolean({ error: 'draft 应为 true 或 false' }).default(false),
    source: requiredText('数据来源', 200),
    notes: z.array(z.string()).default([]),
    revisions: z.array(z.object({ date: dateField, note: requiredText('修订说明', 300) })).default([]),
    /** Key figures shown as cards with their change since the previous bulletin, and as trends. */
    headlines: z.array(headlineSchema).min(1, { error: '主要指标 headlines 至少要有一项' }),
    datasets: z.array(datasetSchema).min(1, { error: '数据集 datasets 至少要有一个' }),
  })
  .superRefine((bulletin, ctx) => {
    for (const finding of bulletinFindings(bulletin)) ctx.addIssue({ code: 'custom', path: finding.path, message: finding.message });
  });

export type BulletinInput = z.infer<typeof bulletinSchema>;
