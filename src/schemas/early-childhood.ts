import { z } from 'astro/zod';
import { commonFields, dateField, enumField } from './fields.ts';
import { developmentDomains } from '../lib/development-domains.ts';
import { MAX_MONTHS, MIN_MONTHS } from '../lib/age-bands.ts';

export { developmentDomains };

const monthField = (label: string) =>
  z
    .number({ error: `${label}应为数字（月），例如 7` })
    .int({ error: `${label}应为整数（满月龄）` })
    .min(MIN_MONTHS, { error: `${label}不能小于 ${MIN_MONTHS} 个月：本栏目适用于 0—36 个月（0—3岁）` })
    .max(MAX_MONTHS, { error: `${label}不能大于 ${MAX_MONTHS} 个月：本栏目适用于 0—36 个月（0—3岁）` });

export const ageMonthsSchema = z
  .object(
    {
      from: monthField('起始月龄 from'),
      to: monthField('结束月龄 to'),
    },
    { error: '适用月龄应写成 ageMonths: { from: 7, to: 12 }' },
  )
  .refine((age) => age.from <= age.to, { error: '起始月龄 from 不能大于结束月龄 to', path: ['from'] });

export const earlyChildhoodSchema = z.object({
  ...commonFields,
  ageMonths: ageMonthsSchema,
  domains: z
    .array(enumField('发展领域', developmentDomains), { error: '发展领域应为列表，例如 [运动, 语言]' })
    .min(1, { error: '至少选一个发展领域' }),
  publishedAt: dateField,
});
