import { z } from 'astro/zod';
import { commonFields, dateField, enumField, requiredText, type ReferenceFn } from './fields.ts';

export const materialForms = ['原件', '复印件', '原件和复印件'] as const;

export const materialSchema = z.object({
  name: requiredText('材料名称', 120),
  form: enumField('材料形式', materialForms),
  count: z.number({ error: '份数应为数字' }).int({ error: '份数应为整数' }).min(1, { error: '份数至少为 1' }),
  note: z.string().optional(),
});

export const stepSchema = z.object({
  title: requiredText('步骤名称', 60),
  detail: z.string().optional(),
});

export const serviceSchema = (reference: ReferenceFn) =>
  z.object({
    ...commonFields,
    /** 实施主体 */
    provider: requiredText('实施主体', 120),
    /** 服务对象 */
    audience: requiredText('服务对象', 300),
    /** 受理条件 */
    eligibility: z.array(requiredText('受理条件', 300), { error: '受理条件应为列表' }).min(1, { error: '受理条件至少写一条' }),
    /** 申请材料: never empty — a resident must know what to bring. */
    materials: z.array(materialSchema, { error: '申请材料应为列表，每项写明 name、form、count' }).min(1, { error: '申请材料不能为空，至少写一项' }),
    /** 办理流程: never empty. */
    steps: z.array(stepSchema, { error: '办理流程应为列表，每步写明 title' }).min(1, { error: '办理流程不能为空，至少写一步' }),
    timeLimit: requiredText('办理时限', 200),
    fee: requiredText('收费标准', 200),
    locations: z.array(reference('servicePoints'), { error: '办理地点应为服务点 id 的列表' }).min(1, { error: '办理地点至少选一个服务点' }),
    hotline: requiredText('咨询电话', 120),
    complaint: requiredText('监督投诉', 200),
    basis: z.array(reference('policies')).default([]),
    lifeStages: z.array(reference('lifeStages')).min(1, { error: '至少选一个人生阶段' }),
    audiences: z.array(reference('audiences')).default([]),
    topics: z.array(reference('topics')).default([]),
    updatedAt: dateField,
  });
