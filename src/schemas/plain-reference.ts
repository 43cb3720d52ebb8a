/**
 * Outside Astro (npm run check, unit tests) references parse to the same { collection, id } shape
 * Astro's reference() produces, so the checks can then look each one up.
 */
import { z } from 'astro/zod';
import type { EntryRef, ReferenceFn } from './fields.ts';

export const plainReference: ReferenceFn = <C extends string>(collection: C) =>
  z
    .string({ error: `应填写${collection}的 id（文字）` })
    .min(1, { error: '引用的 id 不能为空' })
    .transform((id): EntryRef<C> => ({ collection, id }));
