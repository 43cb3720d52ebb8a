import { z } from 'astro/zod';
import { dateTimeField, requiredText } from './fields.ts';

/** When and where something happens; shared by news events and youth activities. */
export const eventSchema = z
  .object({
    startsAt: dateTimeField,
    endsAt: dateTimeField,
    place: requiredText('活动地点', 120),
  })
  .refine((event) => event.endsAt >= event.startsAt, { error: '活动结束时间 endsAt 不能早于开始时间 startsAt', path: ['endsAt'] });
