/**
 * 政府信息公开工作年度报告: the standard tables of the 2019 template (国务院办公厅政府信息与政务
 * 公开办公室), as row models for rendering, and the checks that their totals add up.
 * Pure; no Astro imports. The zod schema is src/schemas/annual-report.ts.
 */

/** Columns of table 三 (收到和处理政府信息公开申请情况); the last is the row total. */
export const APPLICANT_COLUMNS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'] as const;
/** The five 法人或其他组织 columns, grouped under one heading. */
export const ORGANISATION_COLUMNS = APPLICANT_COLUMNS.slice(1, 6);

export type ApplicantRow = readonly number[];

export interface ProjectCounts {
  previous: number;
  change: number;
  decisions: number;
}

export interface AppealOutcome {
  upheld: number;
  corrected: number;
  other: number;
  pending: number;
  total: number;
}

export interface AnnualReportData {
  year: number;
  proactive: {
    regulations: { made: number; published: number; inForce: number };
    normativeDocuments: { made: number; published: number; inForce: number };
    licensing: ProjectCounts;
    otherServices: ProjectCounts;
    penalties: ProjectCounts;
    enforcement: ProjectCounts;
    fees: { previous: number; change: number };
    procurement: { projects: number; amount: number };
  };
  applications: {
    received: ApplicantRow;
    carriedOver: ApplicantRow;
    results: {
      granted: ApplicantRow;
      partlyGranted: ApplicantRow;
      refused: Record<RefusedKey, ApplicantRow>;
      unavailable: Record<UnavailableKey, ApplicantRow>;
      notProcessed: Record<NotProcessedKey, ApplicantRow>;
      other: ApplicantRow;
      total: ApplicantRow;
    };
    carriedForward: ApplicantRow;
  };
  appeals: {
    review: AppealOutcome;
    litigation: { direct: AppealOutcome; afterReview: AppealOutcome };
  };
  problems?: string | undefined;
  otherMatters?: string | undefined;
}

export const REFUSED_REASONS = [
  { key: 'stateSecret', label: '1. 属于国家秘密' },
  { key: 'lawForbids', label: '2. 其他法律行政法规禁止公开' },
  { key: 'threeSecurities', label: '3. 危及“三安全一稳定”' },
  { key: 'thirdParty', label: '4. 保护第三方合法权益' },
  { key: 'internalAffairs', label: '5. 属于三类内部事务信息' },
  { key: 'processInfo', label: '6. 属于四类过程性信息' },
  { key: 'enforcementFiles', label: '7. 属于行政执法案卷' },
  { key: 'queryMatters', label: '8. 属于行政查询事项' },
] as const;
export type RefusedKey = (typeof REFUSED_REASONS)[number]['key'];

export const UNAVAILABLE_REASONS = [
  { key: 'notHeld', label: '1. 本机关不掌握相关政府信息' },
  { key: 'needsCreation', label: '2. 没有现成信息需要另行制作' },
  { key: 'unclear', label: '3. 补正后申请内容仍不明确' },
] as const;
export type UnavailableKey = (typeof UNAVAILABLE_REASONS)[number]['key'];

export const NOT_PROCESSED_REASONS = [
  { key: 'petition', label: '1. 信访举报投诉类申请' },
  { key: 'repeated', label: '2. 重复申请' },
  { key: 'publications', label: '3. 要求提供公开出版物' },
  { key: 'massRepeated', label: '4. 无正当理由大量反复申请' },
  { key: 'confirmation', label: '5. 要求行政机关确认或重新出具已获取信息' },
] as const;
export type NotProcessedKey = (typeof NOT_PROCESSED_REASONS)[number]['key'];

export type FieldPath = readonly (string | number)[];

/** A row of table 三: a heading row (no values) or a row of seven numbers. */
export interface ApplicationRowModel {
  label: string;
  /** 0: 一、二、三、四; 1: （一）…（七）; 2: 1. 2. … */
  level: 0 | 1 | 2;
  path: FieldPath;
  values: ApplicantRow | null;
}

/** Table 三 top to bottom, exactly as the template orders it. */
export function applicationRows(report: AnnualReportData): ApplicationRowModel[] {
  const a = report.applications;
  const r = a.results;
  const base = ['applications'];
  const res = [...base, 'results'];
  return [
    { label: '一、本年新收政府信息公开申请数量', level: 0, path: [...base, 'received'], values: a.received },
    { label: '二、上年结转政府信息公开申请数量', level: 0, path: [...base, 'carriedOver'], values: a.carriedOver },
    { label: '三、本年度办理结果', level: 0, path: res, values: null },
    { label: '（一）予以公开', level: 1, path: [...res, 'granted'], values: r.granted },
    { label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', level: 1, path: [...res, 'partlyGranted'], values: r.partlyGranted },
    { label: '（三）不予公开', level: 1, path: [...res, 'refused'], values: null },
    ...REFUSED_REASONS.map((reason) => ({ label: reason.label, level: 2 as const, path: [...res, 'refused', reason.key], values: r.refused[reason.key] })),
    { label: '（四）无法提供', level: 1, path: [...res, 'unavailable'], values: null },
    ...UNAVAILABLE_REASONS.map((reason) => ({ label: reason.label, level: 2 as const, path: [...res, 'unavailable', reason.key], values: r.unavailable[reason.key] })),
    { label: '（五）不予处理', level: 1, path: [...res, 'notProcessed'], values: null },
    ...NOT_PROCESSED_REASONS.map((reason) => ({ label: reason.label, level: 2 as const, path: [...res, 'notProcessed', reason.key], values: r.notProcessed[reason.key] })),
    { label: '（六）其他处理', level: 1, path: [...res, 'other'], values: r.other },
    { label: '（七）总计', level: 1, path: [...res, 'total'], values: r.total },
    { label: '四、结转下年度继续办理', level: 0, path: [...base, 'carriedForward'], values: a.carriedForward },
  ];
}

/** The result rows that make up （七）总计: every counted row of 三 except the total itself. */
export function resultRows(report: AnnualReportData): ApplicationRowModel[] {
  return applicationRows(report).filter((row) => row.values !== null && row.path[1] === 'results' && row.path[2] !== 'total');
}

export interface TotalProblem {
  /** Path inside annualReport, e.g. ['applications', 'results', 'total', 6]. */
  path: FieldPath;
  message: string;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const column = (index: number) => APPLICANT_COLUMNS[index]!;

/**
 * Every total that does not add up. The template's own rules:
 *  - in every row of 三, 总计 = 自然人 + the five 法人或其他组织 columns;
 *  - （七）总计 = （一）+（二）+（三）+（四）+（五）+（六）, column by column;
 *  - 一 + 二 = 三（七）+ 四, column by column (the note in the table's corner);
 *  - in 四, each group's 总计 = 维持 + 纠正 + 其他 + 尚未审结.
 */
export function annualReportProblems(report: AnnualReportData): TotalProblem[] {
  const problems: TotalProblem[] = [];
  const rows = applicationRows(report).filter((row): row is ApplicationRowModel & { values: ApplicantRow } => row.values !== null);
  for (const row of rows) {
    if (row.values.length !== APPLICANT_COLUMNS.length) continue;
    const expected = sum(row.values.slice(0, 6));
    if (row.values[6] !== expected) {
      problems.push({ path: [...row.path, 6], message: `“${row.label}”一行的总计应为前六列之和 ${expected}，现为 ${row.values[6]}` });
    }
  }
  const a = report.applications;
  const parts = resultRows(report);
  for (let c = 0; c < APPLICANT_COLUMNS.length; c++) {
    const expected = sum(parts.map((row) => row.values![c] ?? 0));
    const actual = a.results.total[c];
    if (actual !== expected) {
      problems.push({ path: ['applications', 'results', 'total', c], message: `“（七）总计”的“${column(c)}”列应为（一）至（六）之和 ${expected}，现为 ${actual}` });
    }
    const incoming = (a.received[c] ?? 0) + (a.carriedOver[c] ?? 0);
    const outgoing = (a.results.total[c] ?? 0) + (a.carriedForward[c] ?? 0);
    if (incoming !== outgoing) {
      problems.push({
        path: ['applications', 'carriedForward', c],
        message: `“${column(c)}”列：本年新收 ${a.received[c]} + 上年结转 ${a.carriedOver[c]} = ${incoming}，应等于办理结果总计 ${a.results.total[c]} + 结转下年度 ${a.carriedForward[c]} = ${outgoing}`,
      });
    }
  }
  const outcomes: [FieldPath, string, AppealOutcome][] = [
    [['appeals', 'review'], '行政复议', report.appeals.review],
    [['appeals', 'litigation', 'direct'], '行政诉讼（未经复议直接起诉）', report.appeals.litigation.direct],
    [['appeals', 'litigation', 'afterReview'], '行政诉讼（复议后起诉）', report.appeals.litigation.afterReview],
  ];
  for (const [path, label, outcome] of outcomes) {
    const expected = outcome.upheld + outcome.corrected + outcome.other + outcome.pending;
    if (outcome.total !== expected) {
      problems.push({ path: [...path, 'total'], message: `${label}的总计应为结果维持、结果纠正、其他结果、尚未审结之和 ${expected}，现为 ${outcome.total}` });
    }
  }
  return problems;
}

/** Table 二 (主动公开政府信息情况) as labelled groups of cells, in template order. */
export function proactiveSections(report: AnnualReportData) {
  const p = report.proactive;
  return [
    {
      heading: '第二十条第（一）项',
      columns: ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
      rows: [
        { label: '规章', values: [p.regulations.made, p.regulations.published, p.regulations.inForce] },
        { label: '规范性文件', values: [p.normativeDocuments.made, p.normativeDocuments.published, p.normativeDocuments.inForce] },
      ],
    },
    {
      heading: '第二十条第（五）项',
      columns: ['上一年项目数量', '本年增/减', '处理决定数量'],
      rows: [
        { label: '行政许可', values: [p.licensing.previous, signed(p.licensing.change), p.licensing.decisions] },
        { label: '其他对外管理服务事项', values: [p.otherServices.previous, signed(p.otherServices.change), p.otherServices.decisions] },
      ],
    },
    {
      heading: '第二十条第（六）项',
      columns: ['上一年项目数量', '本年增/减', '处理决定数量'],
      rows: [
        { label: '行政处罚', values: [p.penalties.previous, signed(p.penalties.change), p.penalties.decisions] },
        { label: '行政强制', values: [p.enforcement.previous, signed(p.enforcement.change), p.enforcement.decisions] },
      ],
    },
    {
      heading: '第二十条第（八）项',
      columns: ['上一年项目数量', '本年增/减'],
      rows: [{ label: '行政事业性收费', values: [p.fees.previous, signed(p.fees.change)] }],
    },
    {
      heading: '第二十条第（九）项',
      columns: ['采购项目数量', '采购总金额（万元）'],
      rows: [{ label: '政府集中采购', values: [p.procurement.projects, p.procurement.amount.toFixed(2)] }],
    },
  ];
}

/** +3, -2, 0 */
export function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

/** Paragraphs of a free-text field (blank lines separate paragraphs). */
export function paragraphs(text: string | undefined): string[] {
  return (text ?? '').split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean);
}
