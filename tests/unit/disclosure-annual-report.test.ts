import { describe, expect, it } from 'vitest';
import { annualReportProblems, applicationRows, paragraphs, proactiveSections, resultRows, signed, type AnnualReportData } from '../../src/lib/annual-report.ts';
import { annualReportSchema } from '../../src/schemas/annual-report.ts';

const zero = () => [0, 0, 0, 0, 0, 0, 0];
const outcome = (upheld = 0, total = upheld) => ({ upheld, corrected: 0, other: 0, pending: 0, total });

function report(): AnnualReportData {
  return {
    year: 2012,
    proactive: {
      regulations: { made: 0, published: 0, inForce: 0 },
      normativeDocuments: { made: 2, published: 2, inForce: 9 },
      licensing: { previous: 2, change: 0, decisions: 1286 },
      otherServices: { previous: 6, change: 1, decisions: 3420 },
      penalties: { previous: 1, change: -1, decisions: 0 },
      enforcement: { previous: 0, change: 0, decisions: 0 },
      fees: { previous: 1, change: 0 },
      procurement: { projects: 2, amount: 38.6 },
    },
    applications: {
      received: [9, 1, 0, 0, 1, 0, 11],
      carriedOver: zero(),
      results: {
        granted: [5, 1, 0, 0, 0, 0, 6],
        partlyGranted: [1, 0, 0, 0, 1, 0, 2],
        refused: { stateSecret: zero(), lawForbids: zero(), threeSecurities: zero(), thirdParty: [1, 0, 0, 0, 0, 0, 1], internalAffairs: zero(), processInfo: zero(), enforcementFiles: zero(), queryMatters: zero() },
        unavailable: { notHeld: [1, 0, 0, 0, 0, 0, 1], needsCreation: zero(), unclear: zero() },
        notProcessed: { petition: zero(), repeated: zero(), publications: zero(), massRepeated: zero(), confirmation: zero() },
        other: zero(),
        total: [8, 1, 0, 0, 1, 0, 10],
      },
      carriedForward: [1, 0, 0, 0, 0, 0, 1],
    },
    appeals: { review: outcome(1), litigation: { direct: outcome(), afterReview: outcome() } },
  };
}

describe('annual report (2019 template)', () => {
  it('a consistent report has no problems and passes the schema', () => {
    expect(annualReportProblems(report())).toEqual([]);
    expect(annualReportSchema.safeParse(report()).success).toBe(true);
  });

  it('table 三 has the template rows in order, headings without values', () => {
    const rows = applicationRows(report());
    expect(rows).toHaveLength(2 + 1 + 2 + 1 + 8 + 1 + 3 + 1 + 5 + 2 + 1);
    expect(rows[0]!.label).toBe('一、本年新收政府信息公开申请数量');
    expect(rows.at(-1)!.label).toBe('四、结转下年度继续办理');
    expect(rows.filter((row) => row.values === null).map((row) => row.label)).toEqual(['三、本年度办理结果', '（三）不予公开', '（四）无法提供', '（五）不予处理']);
    expect(resultRows(report())).toHaveLength(2 + 8 + 3 + 5 + 1);
  });

  it('a row whose 总计 is not the sum of its six columns is named by path', () => {
    const r = report();
    r.applications.results.granted = [5, 1, 0, 0, 0, 0, 7];
    const problems = annualReportProblems(r);
    expect(problems.map((p) => p.path.join('.'))).toContain('applications.results.granted.6');
    expect(problems.find((p) => p.path.join('.') === 'applications.results.granted.6')!.message).toContain('前六列之和 6，现为 7');
  });

  it('（七）总计 must equal the sum of （一）–（六） column by column', () => {
    const r = report();
    r.applications.results.refused.processInfo = [1, 0, 0, 0, 0, 0, 1];
    const paths = annualReportProblems(r).map((p) => p.path.join('.'));
    expect(paths).toContain('applications.results.total.0');
    expect(paths).toContain('applications.results.total.6');
    expect(paths).not.toContain('applications.results.total.1');
  });

  it('一 + 二 must equal 三（七）+ 四', () => {
    const r = report();
    r.applications.carriedForward = zero();
    const problems = annualReportProblems(r);
    expect(problems.map((p) => p.path.join('.'))).toEqual(['applications.carriedForward.0', 'applications.carriedForward.6']);
    expect(problems[0]!.message).toContain('本年新收 9 + 上年结转 0 = 9');
  });

  it('appeal totals must add up', () => {
    const r = report();
    r.appeals.litigation.afterReview = outcome(1, 0);
    expect(annualReportProblems(r)).toEqual([{ path: ['appeals', 'litigation', 'afterReview', 'total'], message: expect.stringContaining('复议后起诉') }]);
  });

  it('the schema reports the same problems at the same paths, and rows of the wrong length', () => {
    const r = report() as unknown as { applications: { received: number[] } };
    r.applications.received = [9, 1, 0, 0, 1, 11];
    const result = annualReportSchema.safeParse(r);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toContain('applications.received');
  });

  it('table 二 sections show signed changes and the amount with two decimals', () => {
    const sections = proactiveSections(report());
    expect(sections.map((s) => s.heading)).toEqual(['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项', '第二十条第（九）项']);
    expect(sections[1]!.rows[1]!.values).toEqual([6, '+1', 3420]);
    expect(sections[2]!.rows[0]!.values).toEqual([1, '-1', 0]);
    expect(sections[4]!.rows[0]!.values).toEqual([2, '38.60']);
    expect(signed(0)).toBe('0');
  });

  it('free text splits into paragraphs on blank lines', () => {
    expect(paragraphs('一是。\n\n二是。\n \n三是。\n')).toEqual(['一是。', '二是。', '三是。']);
    expect(paragraphs(undefined)).toEqual([]);
  });
});
