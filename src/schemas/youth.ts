import { z } from 'astro/zod';
import { commonFields, dateField, enumField } from './fields.ts';
import { eventSchema } from './event.ts';

export const youthAudiences = ['青少年', '家长', '教师'] as const;
export const youthKinds = ['文章', '课程', '活动'] as const;

export const youthSchema = z.object({
  ...commonFields,
  audience: enumField('读者对象', youthAudiences),
  kind: enumField('类型', youthKinds),
  publishedAt: dateField,
  tags: z.array(z.string()).default([]),
  /** A named series such as 家长大课堂, with the session number. */
  series: z.string().optional(),
  session: z.number().int().min(1).optional(),
  event: eventSchema.optional(),
});
