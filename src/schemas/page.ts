import { z } from 'astro/zod';
import { commonFields, dateField } from './fields.ts';

export const pageSchema = z.object({
  ...commonFields,
  updatedAt: dateField,
  /** Position in the footer's “关于本站” list; pages without it are not listed there. */
  footerOrder: z.number().int().optional(),
});
