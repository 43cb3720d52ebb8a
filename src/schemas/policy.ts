import { z } from 'astro/zod';
import { attachmentField, commonFields, dateField, docNumberField, enumField, requiredText, type ReferenceFn } from './fields.ts';

export const policyLevels = ['国家级', '市级', '区级'] as const;
export const policyStatuses = ['现行有效', '已修订', '已废止'] as const;

export const policySchema = (reference: ReferenceFn) =>
  z
    .object({
      ...commonFields,
      docNumber: docNumberField.optional(),
      issuer: requiredText('发布机构', 80),
      level: enumField('层级', policyLevels),
      issuedAt: dateField,
      publishedAt: dateField,
      status: enumField('效力状态', policyStatuses).default('现行有效'),
      supersededBy: reference('policies').optional(),
      topics: z.array(reference('topics')).default([]),
      lifeStages: z.array(reference('lifeStages')).default([]),
      audiences: z.array(reference('audiences')).default([]),
      attachments: z.array(attachmentField).default([]),
    })
    .refine((p) => p.publishedAt >= p.issuedAt, { error: '发布日期 publishedAt 不能早于成文日期 issuedAt', path: ['publishedAt'] })
    .refine((p) => p.status !== '已修订' || p.supersededBy !== undefined, {
      error: '效力状态为“已修订”时，应在 supersededBy 写明修订后文件的 id',
      path: ['supersededBy'],
    })
    .refine((p) => p.status !== '现行有效' || p.supersededBy === undefined, {
      error: '现行有效的文件不应有 supersededBy；如已被替代，请把 status 改为“已修订”或“已废止”',
      path: ['supersededBy'],
    });
