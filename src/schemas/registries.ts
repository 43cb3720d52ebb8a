/** Small registries under content/data/: the lists other entries point at. */
import { z } from 'astro/zod';
import { enumField, requiredText, type ReferenceFn } from './fields.ts';

const idField = z
  .string({ error: 'id 应为文字' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'id 只能用小写英文字母、数字和连字符“-”，例如 marriage-prep' });

export const lifeStageSchema = z.object({
  id: idField,
  name: requiredText('阶段名称', 20),
  order: z.number({ error: '顺序 order 应为数字' }).int().min(1).max(8),
  ageRange: requiredText('年龄范围', 40),
  summary: requiredText('阶段说明', 200),
});

export const topicSchema = z.object({
  id: idField,
  name: requiredText('主题名称', 30),
  /** Two-digit code used in catalogues (01, 02 …). */
  code: z.string({ error: '主题代码应为两位数字' }).regex(/^\d{2}$/, { error: '主题代码应为两位数字，例如 01' }),
  description: requiredText('主题说明', 200),
});

export const audienceSchema = z.object({
  id: idField,
  name: requiredText('人群名称', 30),
  summary: requiredText('人群说明', 300),
});

/** Pages whose opening paragraphs are content (they cite the office's own documents and programmes). */
export const sectionIntroIds = ['youth', 'youth-parent-classes', 'bulletins', 'early-childhood-pack'] as const;

export const sectionIntroSchema = z.object({
  id: enumField('栏目 id', sectionIntroIds),
  /** Paragraphs; links written as [文字](/网址/). */
  paragraphs: z.array(requiredText('段落', 600), { error: 'paragraphs 应为段落列表，例如 ["第一段。", "第二段。"]' }).min(1, { error: '至少写一段 paragraphs' }),
});

export const streetSchema = z.object({
  id: idField,
  name: requiredText('街道名称', 20),
});

export const servicePointLevels = ['区级中心', '街道服务站', '社区服务站', '社会服务站点'] as const;

export const servicePointSchema = (reference: ReferenceFn) =>
  z.object({
    id: idField,
    name: requiredText('服务点名称', 60),
    level: enumField('服务点级别', servicePointLevels),
    street: reference('streets').optional(),
    address: requiredText('地址', 120),
    hours: requiredText('服务时间', 120),
    phone: requiredText('电话', 60),
    transit: z.string().optional(),
    sample: z.boolean().default(false),
  });

export const ageBandSchema = z
  .object({
    id: idField,
    label: requiredText('月龄段名称', 20),
    from: z.number({ error: '起始月龄应为数字' }).int().min(0, { error: '月龄不能小于 0' }).max(36, { error: '月龄不能大于 36' }),
    to: z.number({ error: '结束月龄应为数字' }).int().min(0, { error: '月龄不能小于 0' }).max(36, { error: '月龄不能大于 36' }),
    focus: requiredText('本阶段要点', 300),
    milestones: z.array(requiredText('发育里程碑', 200)).min(1, { error: '至少写一条发育里程碑' }),
    activities: z.array(requiredText('在家可做的活动', 200)).min(1, { error: '至少写一条在家活动' }),
    warningSigns: z.array(requiredText('预警信号', 200)).min(1, { error: '至少写一条预警信号' }),
    whenToSeeDoctor: requiredText('何时就医', 400),
    sample: z.boolean().default(false),
  })
  .refine((band) => band.from <= band.to, { error: '起始月龄 from 不能大于结束月龄 to', path: ['from'] });
