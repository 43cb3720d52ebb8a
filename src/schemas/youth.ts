import { z } from 'astro/zod';
import { commonFields, dateField, enumField, requiredText } from './fields.ts';
import { eventSchema } from './event.ts';

export const youthAudiences = ['青少年', '家长', '教师'] as const;
export const youthKinds = ['文章', '课程', '活动'] as const;

/** A consultation channel (the 青春健康中心's green channel): how to reach it and what to expect. */
export const consultationSchema = z.object({
  hotline: requiredText('咨询电话', 60),
  hours: requiredText('服务时间', 120),
  /** Who answers: their training, never a named person's private data. */
  answeredBy: requiredText('接听人员', 300),
  confidentiality: requiredText('保密说明', 500),
  place: requiredText('面询地点', 120).optional(),
  online: requiredText('网上咨询', 200).optional(),
});

export const youthSchema = z
  .object({
    ...commonFields,
    audience: enumField('读者对象', youthAudiences),
    kind: enumField('类型', youthKinds),
    publishedAt: dateField,
    tags: z.array(z.string()).default([]),
    /** A named series such as 家长大课堂, with the session number (第十三届 → 13). */
    series: requiredText('系列名称', 40).optional(),
    session: z.number({ error: '届次 session 应为整数，例如 13' }).int({ error: '届次 session 应为整数' }).min(1, { error: '届次 session 从 1 开始' }).optional(),
    event: eventSchema.optional(),
    consultation: consultationSchema.optional(),
  })
  .refine((entry) => entry.kind !== '活动' || entry.event !== undefined, {
    error: '类型为“活动”的条目必须写明 event：开始时间 startsAt、结束时间 endsAt 和地点 place',
    path: ['event'],
  })
  .refine((entry) => entry.session === undefined || entry.series !== undefined, {
    error: '写了届次 session 就要写系列名称 series，例如 series: 家长大课堂',
    path: ['series'],
  });

export type YouthAudience = (typeof youthAudiences)[number];
export type YouthKind = (typeof youthKinds)[number];
