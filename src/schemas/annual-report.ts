/**
 * 政府信息公开工作年度报告: the figures behind its standard tables, as the 2019 template of the
 * 国务院办公厅政府信息与政务公开办公室 lays them out. The report page renders the tables from
 * these numbers; totals are checked, not typed.
 */
import { z } from 'astro/zod';

const count = z.number({ error: '应为数字' }).int({ error: '应为整数' }).min(0, { error: '不能为负数' });

export const annualReportSchema = z.object({
  year: z.number().int().min(2008).max(2100),
  /** 主动公开情况 */
  proactive: z.object({
    newlyMade: count,
    newlyPublished: count,
    totalInForce: count,
  }),
  /** 收到和处理政府信息公开申请情况 */
  applications: z.object({
    carriedOver: count,
    received: count,
    handled: count,
    carriedForward: count,
  }),
  /** 行政复议和行政诉讼情况 */
  appeals: z.object({
    review: z.object({ upheld: count, corrected: count, other: count, pending: count, total: count }),
    litigation: z.object({ upheld: count, corrected: count, other: count, pending: count, total: count }),
  }),
});
