import { z } from 'astro/zod';
import { commonFields, dateField, enumField } from './fields.ts';

export const developmentDomains = ['运动', '语言', '认知', '社会情感', '营养喂养', '健康安全'] as const;

export const ageMonthsSchema = z
  .object({
    from: z.number({ error: '起始月龄应为数字' }).int({ error: '月龄应为整数' }).min(0, { error: '月龄不能小于 0' }).max(36, { error: '月龄不能大于 36' }),
    to: z.number({ error: '结束月龄应为数字' }).int({ error: '月龄应为整数' }).min(0, { error: '月龄不能小于 0' }).max(36, { error: '月龄不能大于 36' }),
  })
  .refine((age) => age.from <= age.to, { error: '起始月龄 from 不能大于结束月龄 to', path: ['from'] });

export const earlyChildhoodSchema = z.object({
  ...commonFields,
  ageMonths: ageMonthsSchema,
  domains: z.array(enumField('发展领域', developmentDomains)).min(1, { error: '至少选一个发展领域' }),
  publishedAt: dateField,
});
