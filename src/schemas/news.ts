import { z } from 'astro/zod';
import { commonFields, dateField, enumField } from './fields.ts';
import { eventSchema } from './event.ts';

export const newsKinds = ['工作动态', '活动预告'] as const;
export type NewsKind = (typeof newsKinds)[number];

export const newsSchema = z
  .object({
    ...commonFields,
    kind: enumField('类型', newsKinds).default('工作动态'),
    publishedAt: dateField,
    tags: z.array(z.string()).default([]),
    event: eventSchema.optional(),
  })
  .refine((item) => item.kind !== '活动预告' || item.event !== undefined, {
    error: '活动预告必须写明 event：开始时间 startsAt、结束时间 endsAt 和地点 place',
    path: ['event'],
  });
