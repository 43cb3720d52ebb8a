/**
 * Outside Astro (npm run check, unit tests) references parse to the same { collection, id } shape
 * Astro's reference() produces, so the checks can then look each one up.
 */
import { z } from 'astro/zod';

export const plainReference = (collection: string) =>
  z
    .string({ error: `应填写${collection}的 id（文字）` })
    .min(1, { error: '引用的 id 不能为空' })
    .transform((id) => ({ collection, id }));
