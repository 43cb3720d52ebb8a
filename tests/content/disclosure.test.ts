/** Bad disclosure input fails the content check (and so the build), naming the file and the field. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkWith } from './support/content-fixture.ts';

const FILE = 'disclosure/test-item.mdx';
/** Fixtures live in a temporary copy of content/, so messages name the file relative to it. */
const PATH = '/disclosure/test-item.mdx';

function item(fields: Record<string, string> = {}, extra = ''): string {
  const base: Record<string, string> = {
    title: '测试信息',
    summary: '用于测试的政府信息公开条目。',
    indexNo: '11A0XC-2012-00090',
    issuer: '北京市西城区人口和计划生育委员会',
    issuedAt: '2012-05-01',
    publishedAt: '2012-05-03',
    category: 'population-planning',
    kind: '通知公告',
    sample: 'true',
    ...fields,
  };
  const lines = Object.entries(base).filter(([, value]) => value !== '').map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n${extra}---\n\n正文。\n`;
}

function expectFailure(files: Record<string, string>, ...needles: string[]) {
  const run = checkWith(files);
  expect(run.status, run.output).toBe(1);
  for (const needle of needles) expect(run.output).toContain(needle);
  return run.output;
}

describe('disclosure content check', () => {
  it('accepts a well-formed item (the fixture itself is valid)', () => {
    const run = checkWith({ [FILE]: item() });
    expect(run.status, run.output).toBe(0);
  });

  it('a duplicate 索引号 fails, naming the second file and the field', () => {
    const output = expectFailure({ [FILE]: item({ indexNo: '11A0XC-2012-00001' }) }, PATH, 'indexNo', '11A0XC-2012-00001');
    expect(output).toContain('/disclosure/xizhengfa-2012-4.mdx');
  });

  it('a malformed 索引号 fails', () => {
    expectFailure({ [FILE]: item({ indexNo: '11A0XC-2012-90' }) }, PATH, 'indexNo', '机构代码-年份-五位流水号');
  });

  it('a 索引号 whose year differs from 发布日期 fails', () => {
    expectFailure({ [FILE]: item({ indexNo: '11A0XC-2011-00090' }) }, PATH, 'indexNo', '发布日期的年份 2012');
  });

  it('a 文号 with [] brackets fails and says how to write it', () => {
    expectFailure({ [FILE]: item({ docNumber: '西政发[2012]4号' }) }, PATH, 'docNumber', '西政发〔2012〕4号');
  });

  it('发布日期 before 成文日期 fails', () => {
    expectFailure({ [FILE]: item({ issuedAt: '2012-05-03', publishedAt: '2012-05-01' }) }, PATH, 'publishedAt', '不能早于成文日期');
  });

  it('an unknown 主题分类 fails', () => {
    expectFailure({ [FILE]: item({ category: 'no-such-topic' }) }, PATH, 'category', 'no-such-topic');
  });

  it('an unknown 信息类别 fails listing the allowed ones', () => {
    expectFailure({ [FILE]: item({ kind: '新闻' }) }, PATH, 'kind', '通知公告');
  });

  it('a missing attachment file fails', () => {
    expectFailure({ [FILE]: item({}, 'attachments:\n  - title: 名单\n    file: /files/disclosure/none.csv\n') }, PATH, 'attachments[0].file', 'public/files/disclosure/none.csv');
  });

  it('an item may not take the name of a column page', () => {
    expectFailure({ 'disclosure/catalog.mdx': item() }, '/disclosure/catalog.mdx', '文件名', '/disclosure/catalog/');
  });

  it('年度报告 without its figures fails', () => {
    expectFailure({ [FILE]: item({ kind: '年度报告' }) }, PATH, 'annualReport', '必须填写');
  });

  describe('annual-report totals', () => {
    const report = readFileSync('content/disclosure/annual-report-2012.mdx', 'utf8');

    it('the real report passes (sanity)', () => {
      expect(checkWith({ 'disclosure/annual-report-2012.mdx': report }).status).toBe(0);
    });

    it('a row total that is not the sum of its columns fails, naming file and field', () => {
      const bad = report.replace('granted: [5, 1, 0, 0, 0, 0, 6]', 'granted: [5, 1, 0, 0, 0, 0, 7]');
      expect(bad).not.toBe(report);
      expectFailure({ 'disclosure/annual-report-2012.mdx': bad }, '/disclosure/annual-report-2012.mdx', 'annualReport.applications.results.granted[6]', '前六列之和 6，现为 7');
    });

    it('received + carried over ≠ handled + carried forward fails', () => {
      const bad = report.replace('carriedForward: [1, 0, 0, 0, 0, 0, 1]', 'carriedForward: [0, 0, 0, 0, 0, 0, 0]');
      expect(bad).not.toBe(report);
      expectFailure({ 'disclosure/annual-report-2012.mdx': bad }, '/disclosure/annual-report-2012.mdx', 'annualReport.applications.carriedForward[0]', '本年新收 9');
    });

    it('an appeal total that does not add up fails', () => {
      const bad = report.replace('review: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 }', 'review: { upheld: 1, corrected: 1, other: 0, pending: 0, total: 1 }');
      expect(bad).not.toBe(report);
      expectFailure({ 'disclosure/annual-report-2012.mdx': bad }, '/disclosure/annual-report-2012.mdx', 'annualReport.appeals.review.total', '行政复议');
    });
  });
});
