import { z } from 'astro/zod';
import { site } from '../site.config.ts';
import { indexNumberProblem } from '../lib/index-number.ts';
import { yearOf } from '../lib/dates.ts';
import { attachmentField, commonFields, dateField, docNumberField, enumField, indexNoField, requiredText, type ReferenceFn } from './fields.ts';
import { annualReportSchema } from './annual-report.ts';

export const disclosureKinds = ['政策文件', '通知公告', '规划计划', '工作总结', '统计信息', '公示公告', '年度报告', '其他'] as const;
export const disclosureValidities = ['有效', '失效', '废止'] as const;
export const publicityModes = ['主动公开', '依申请公开'] as const;

export const disclosureSchema = (reference: ReferenceFn) =>
  z
    .object({
      ...commonFields,
      indexNo: indexNoField,
      docNumber: docNumberField.optional(),
      issuer: requiredText('发布机构', 80),
      issuedAt: dateField,
      publishedAt: dateField,
      /** 印发日期, when the document records it separately. */
      printedAt: dateField.optional(),
      printedBy: z.string().optional(),
      category: reference('topics'),
      kind: enumField('信息类别', disclosureKinds),
      validity: enumField('有效性', disclosureValidities).default('有效'),
      publicity: enumField('公开方式', publicityModes).default('主动公开'),
      /** 主题词 */
      subjectWords: z.array(z.string()).default([]),
      /** 抄送 */
      copyTo: z.array(z.string()).default([]),
      attachments: z.array(attachmentField).default([]),
      relatedPolicies: z.array(reference('policies')).default([]),
      relatedServices: z.array(reference('services')).default([]),
      annualReport: annualReportSchema.optional(),
    })
    .superRefine((item, ctx) => {
      if (item.publishedAt < item.issuedAt) {
        ctx.addIssue({ code: 'custom', path: ['publishedAt'], message: `发布日期 ${item.publishedAt} 不能早于成文日期 ${item.issuedAt}` });
      }
      const problem = indexNumberProblem(item.indexNo, { orgCode: site.indexNoOrgCode, year: yearOf(item.publishedAt) });
      if (problem) ctx.addIssue({ code: 'custom', path: ['indexNo'], message: problem });
      if (item.kind === '年度报告' && !item.annualReport) {
        ctx.addIssue({ code: 'custom', path: ['annualReport'], message: '信息类别为“年度报告”时必须填写 annualReport 的各项统计数据' });
      }
    });
