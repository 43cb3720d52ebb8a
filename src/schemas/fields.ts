/**
 * Field types shared by every collection. Messages are written for editors, in Chinese: they are
 * what an editor reads when the build stops.
 */
import { z } from 'astro/zod';
import { isRealCalendarDate, isRealDateTime, normaliseDateTime, toIsoDateString } from '../lib/dates.ts';
import { docNumberProblem } from '../lib/doc-number.ts';
import { parseIndexNumber } from '../lib/index-number.ts';

/**
 * A calendar date written YYYY-MM-DD. YAML may hand it over as a Date (unquoted) or a string
 * (quoted); both become the string, so that no time zone can move it.
 */
export const dateField = z
  .union([z.string(), z.date()], { error: '应为日期，格式 YYYY-MM-DD，例如 2012-02-25' })
  .transform((value) => toIsoDateString(value))
  .refine((value) => isRealCalendarDate(value), {
    error: (issue) => `“${String(issue.input)}”不是有效日期：应为真实存在的日期，格式 YYYY-MM-DD，例如 2012-02-25`,
  });

/** A date with an optional time of day: 2012-05-12 or 2012-05-12 09:30. */
export const dateTimeField = z
  .union([z.string(), z.date()], { error: '应为日期时间，格式 YYYY-MM-DD HH:MM，例如 2012-05-12 09:30' })
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 16) : normaliseDateTime(value)))
  .refine((value) => isRealDateTime(value), {
    error: (issue) => `“${String(issue.input)}”不是有效的日期时间：格式应为 YYYY-MM-DD HH:MM，例如 2012-05-12 09:30`,
  });

/** 发文字号, e.g. 西政发〔2012〕4号. */
export const docNumberField = z.string({ error: '文号应为文字，例如“西政发〔2012〕4号”' }).superRefine((value, ctx) => {
  const problem = docNumberProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** 索引号; the organisation code and year are checked against the entry in the disclosure schema. */
export const indexNoField = z.string({ error: '索引号应为文字，例如“11A0XC-2012-00004”' }).refine(
  (value) => parseIndexNumber(value) !== null,
  { error: '索引号格式应为“机构代码-年份-五位流水号”，例如“11A0XC-2012-00004”' },
);

export const requiredText = (label: string, max = 2000) =>
  z
    .string({ error: `${label}不能为空，应填写文字` })
    .trim()
    .min(1, { error: `${label}不能为空` })
    .max(max, { error: `${label}最多 ${max} 个字` });

export const titleField = requiredText('标题', 120);
export const summaryField = requiredText('摘要', 300);

/** A file under public/ offered for download; size and format are read from the file at build. */
export const attachmentField = z.object({
  title: requiredText('附件名称', 120),
  file: z
    .string({ error: '附件路径应为文字，例如 /files/2012/example.pdf' })
    .regex(/^\/files\/[a-z0-9/_.-]+\.(pdf|doc|docx|xls|xlsx|csv|zip|txt)$/, {
      error: '附件路径应以 /files/ 开头、只用小写英文字母数字和 - _ . /，并以 .pdf .doc .docx .xls .xlsx .csv .zip .txt 结尾',
    }),
});

/** Fields every content entry has. */
export const commonFields = {
  title: titleField,
  summary: summaryField,
  /** true when any fact in the entry is not from a public source; the page then shows a notice. */
  sample: z.boolean({ error: 'sample 应为 true 或 false' }).default(false),
  /** Drafts appear in `npm run dev` only. */
  draft: z.boolean({ error: 'draft 应为 true 或 false' }).default(false),
  keywords: z.array(z.string(), { error: '关键词应为列表' }).default([]),
  /** Other words residents use for the same thing (准生证 for 生育服务证); indexed for search. */
  synonyms: z.array(z.string(), { error: '同义词应为列表' }).default([]),
};

export const enumField = <const T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.enum(values, { error: (issue) => `${label}“${String(issue.input ?? '')}”无效，应为以下之一：${values.join('、')}` });

/** A reference to another entry, as Astro's reference() produces it. */
export interface EntryRef<C extends string = string> {
  collection: C;
  id: string;
}

/**
 * The reference function: Astro's in content.config.ts, a plain one in `npm run check` and tests.
 * Injected so schemas stay testable outside Astro; typed so that getEntry(ref) knows the collection.
 */
export type ReferenceFn = <C extends string>(collection: C) => z.ZodType<EntryRef<C>, unknown>;
