import { z } from 'astro/zod';
import { requiredText } from './fields.ts';
import { isRealDateTime, normaliseDateTime } from '../lib/dates.ts';
import { isOrdered } from '../lib/event-status.ts';

/**
 * A date, or a date and time, in Beijing time: 2012-05-12 or 2012-05-12 09:30. Astro's YAML turns
 * an unquoted 2012-05-12 into a Date at UTC midnight; that is brought back to the date alone so a
 * date-only end still means "until the end of that day".
 */
const eventTimeField = (label: string) =>
  z
    .union([z.string(), z.date()], { error: `${label}应为日期时间，格式 YYYY-MM-DD HH:MM，例如 2012-05-12 09:30` })
    .transform((value) => {
      if (!(value instanceof Date)) return normaliseDateTime(value.trim());
      const iso = value.toISOString();
      return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16);
    })
    .refine((value) => isRealDateTime(value), {
      error: (issue) => `${label}“${String(issue.input)}”不是有效的日期时间：格式应为 YYYY-MM-DD 或 YYYY-MM-DD HH:MM（北京时间），例如 2012-05-12 09:30`,
    });

/** When and where something happens; shared by news events and youth activities. */
export const eventSchema = z
  .object({
    startsAt: eventTimeField('开始时间'),
    endsAt: eventTimeField('结束时间'),
    place: requiredText('活动地点', 120),
  })
  .refine((event) => {
    try {
      return isOrdered(event);
    } catch {
      return true; // an unreadable time is reported on its own field
    }
  }, {
    error: (issue) => {
      const event = issue.input as { startsAt?: unknown; endsAt?: unknown } | undefined;
      return `活动结束时间 endsAt（${String(event?.endsAt ?? '')}）不能早于开始时间 startsAt（${String(event?.startsAt ?? '')}）`;
    },
    path: ['endsAt'],
  });

export type EventData = z.infer<typeof eventSchema>;
