/**
 * 索引号 of a government information disclosure item: ORGCODE-YYYY-NNNNN, e.g. 11A0XC-2012-00004.
 *   ORGCODE  the publishing body's code from site.config (letters and digits, 4–18 characters)
 *   YYYY     the year the item was published (must equal the year of 发布日期)
 *   NNNNN    a five-digit serial, unique within that body and year, starting at 00001
 * One format for the whole catalogue so that items sort and can be cited unambiguously.
 */
export interface IndexNumber {
  orgCode: string;
  year: number;
  serial: number;
}

const PATTERN = /^([0-9A-Z]{4,18})-(\d{4})-(\d{5})$/;

export function parseIndexNumber(value: string): IndexNumber | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  const serial = Number(match[3]);
  if (serial < 1) return null;
  return { orgCode: match[1]!, year: Number(match[2]), serial };
}

export function formatIndexNumber(parts: IndexNumber): string {
  return `${parts.orgCode}-${parts.year}-${String(parts.serial).padStart(5, '0')}`;
}

export function indexNumberProblem(
  value: string,
  expected: { orgCode: string; year?: number },
): string | null {
  const parts = parseIndexNumber(value);
  if (!parts) {
    return `索引号格式应为“机构代码-年份-五位流水号”，例如“${formatIndexNumber({ orgCode: expected.orgCode, year: expected.year ?? 2012, serial: 1 })}”`;
  }
  if (parts.orgCode !== expected.orgCode) {
    return `索引号的机构代码应为“${expected.orgCode}”（见 src/site.config.ts），现在是“${parts.orgCode}”`;
  }
  if (expected.year !== undefined && parts.year !== expected.year) {
    return `索引号中的年份 ${parts.year} 应与发布日期的年份 ${expected.year} 一致`;
  }
  return null;
}

/** The next free number for a year: one past the largest serial already used that year. */
export function nextIndexNumber(existing: readonly string[], orgCode: string, year: number): string {
  let max = 0;
  for (const value of existing) {
    const parts = parseIndexNumber(value);
    if (parts && parts.orgCode === orgCode && parts.year === year) max = Math.max(max, parts.serial);
  }
  return formatIndexNumber({ orgCode, year, serial: max + 1 });
}

/** Values that occur more than once, each with how many times. */
export function findDuplicates(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return new Map([...counts].filter(([, count]) => count > 1));
}
