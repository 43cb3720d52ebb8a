/**
 * 政府信息公开工作年度报告: the figures behind its standard tables, as the 2019 template of the
 * 国务院办公厅政府信息与政务公开办公室 lays them out. The report page renders the tables from
 * these numbers; totals are checked (src/lib/annual-report.ts), not trusted.
 */
import { z } from 'astro/zod';
import { annualReportProblems, NOT_PROCESSED_REASONS, REFUSED_REASONS, UNAVAILABLE_REASONS, type AnnualReportData } from '../lib/annual-report.ts';

const count = z.number({ error: '应为数字' }).int({ error: '应为整数' }).min(0, { error: '不能为负数' });
const change = z.number({ error: '应为数字（可为负数）' }).int({ error: '应为整数' });

/** One row of table 三: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. */
const applicantRow = z
  .array(count, { error: '应为 7 个数的列表：[自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]' })
  .length(7, { error: '应为 7 个数：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计' });

const rowsOf = <const T extends readonly { key: string }[]>(reasons: T) =>
  z.object(Object.fromEntries(reasons.map((reason) => [reason.key, applicantRow])) as { [K in T[number]['key']]: typeof applicantRow });

const projectCounts = z.object({ previous: count, change, decisions: count });
const outcome = z.object({ upheld: count, corrected: count, other: count, pending: count, total: count });
const documents = z.object({ made: count, published: count, inForce: count });

export const annualReportSchema = z
  .object({
    year: z.number().int().min(2008).max(2100),
    /** 二、主动公开政府信息情况 */
    proactive: z.object({
      regulations: documents,
      normativeDocuments: documents,
      licensing: projectCounts,
      otherServices: projectCounts,
      penalties: projectCounts,
      enforcement: projectCounts,
      fees: z.object({ previous: count, change }),
      procurement: z.object({ projects: count, amount: z.number({ error: '应为数字（万元）' }).min(0, { error: '不能为负数' }) }),
    }),
    /** 三、收到和处理政府信息公开申请情况 */
    applications: z.object({
      received: applicantRow,
      carriedOver: applicantRow,
      results: z.object({
        granted: applicantRow,
        partlyGranted: applicantRow,
        refused: rowsOf(REFUSED_REASONS),
        unavailable: rowsOf(UNAVAILABLE_REASONS),
        notProcessed: rowsOf(NOT_PROCESSED_REASONS),
        other: applicantRow,
        total: applicantRow,
      }),
      carriedForward: applicantRow,
    }),
    /** 四、政府信息公开行政复议、行政诉讼情况 */
    appeals: z.object({
      review: outcome,
      litigation: z.object({ direct: outcome, afterReview: outcome }),
    }),
    /** 五、存在的主要问题及改进情况 (paragraphs separated by blank lines) */
    problems: z.string().optional(),
    /** 六、其他需要报告的事项 */
    otherMatters: z.string().optional(),
  })
  .superRefine((report, ctx) => {
    for (const problem of annualReportProblems(report as AnnualReportData)) {
      ctx.addIssue({ code: 'custom', path: [...problem.path], message: problem.message });
    }
  });
