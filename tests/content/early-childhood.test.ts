/** Bad input in the 0—3岁 section fails the content check, naming the file and the field. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkWith } from './support/content-fixture.ts';

const guide = (fields: { ageMonths?: string; domains?: string }) => `---
title: 测试指南
summary: 用于检查错误输入的指南。
ageMonths: ${fields.ageMonths ?? '{ from: 7, to: 12 }'}
domains: ${fields.domains ?? '[运动]'}
publishedAt: 2012-05-01
---

正文。
`;

const bands = () => JSON.parse(readFileSync('content/data/age-bands.json', 'utf8')) as Record<string, unknown>[];

describe('early-childhood guides: bad input fails naming the file and the field', () => {
  it('the real content passes', () => {
    const run = checkWith({});
    expect(run.output).toContain('内容检查通过');
    expect(run.status).toBe(0);
  });

  it('an age range ending after 36 months', () => {
    const run = checkWith({ 'early-childhood/too-old.mdx': guide({ ageMonths: '{ from: 30, to: 48 }' }) });
    expect(run.status).toBe(1);
    expect(run.output).toContain('early-childhood/too-old.mdx');
    expect(run.output).toContain('ageMonths.to（结束月龄）');
    expect(run.output).toContain('不能大于 36 个月');
  });

  it('an age range starting before 0 months', () => {
    const run = checkWith({ 'early-childhood/negative.mdx': guide({ ageMonths: '{ from: -2, to: 6 }' }) });
    expect(run.status).toBe(1);
    expect(run.output).toContain('early-childhood/negative.mdx');
    expect(run.output).toContain('ageMonths.from（起始月龄）');
    expect(run.output).toContain('不能小于 0 个月');
  });

  it('an age range with from after to', () => {
    const run = checkWith({ 'early-childhood/backwards.mdx': guide({ ageMonths: '{ from: 12, to: 7 }' }) });
    expect(run.status).toBe(1);
    expect(run.output).toContain('early-childhood/backwards.mdx');
    expect(run.output).toContain('ageMonths.from（起始月龄）');
    expect(run.output).toContain('起始月龄 from 不能大于结束月龄 to');
  });

  it('a month that is not a whole number', () => {
    const run = checkWith({ 'early-childhood/half-month.mdx': guide({ ageMonths: '{ from: 6.5, to: 12 }' }) });
    expect(run.status).toBe(1);
    expect(run.output).toContain('early-childhood/half-month.mdx');
    expect(run.output).toContain('ageMonths.from');
  });

  it('an unknown domain', () => {
    const run = checkWith({ 'early-childhood/music.mdx': guide({ domains: '[运动, 音乐]' }) });
    expect(run.status).toBe(1);
    expect(run.output).toContain('early-childhood/music.mdx');
    expect(run.output).toContain('domains[1]（发展领域）');
    expect(run.output).toContain('“音乐”无效');
  });

  it('no domain at all', () => {
    const run = checkWith({ 'early-childhood/no-domain.mdx': guide({ domains: '[]' }) });
    expect(run.status).toBe(1);
    expect(run.output).toContain('early-childhood/no-domain.mdx');
    expect(run.output).toContain('domains（发展领域）');
  });
});

describe('age bands registry: bad input fails naming the file and the field', () => {
  it('a band outside 0—36 months', () => {
    const data = bands();
    data[5]!['to'] = 48;
    const run = checkWith({ 'data/age-bands.json': JSON.stringify(data, null, 2) });
    expect(run.status).toBe(1);
    expect(run.output).toContain('data/age-bands.json');
    expect(run.output).toContain('to（结束月龄）');
  });

  it('a band with from after to', () => {
    const data = bands();
    data[1]!['from'] = 7;
    data[1]!['to'] = 4;
    const run = checkWith({ 'data/age-bands.json': JSON.stringify(data, null, 2) });
    expect(run.status).toBe(1);
    expect(run.output).toContain('data/age-bands.json');
    expect(run.output).toContain('from（起始月龄）');
    expect(run.output).toContain('起始月龄 from 不能大于结束月龄 to');
  });

  it('bands that leave a gap or overlap', () => {
    const gap = bands();
    gap[2]!['from'] = 8;
    const gapRun = checkWith({ 'data/age-bands.json': JSON.stringify(gap, null, 2) });
    expect(gapRun.status).toBe(1);
    expect(gapRun.output).toContain('data/age-bands.json');
    expect(gapRun.output).toContain('from/to（起始月龄/结束月龄）');
    expect(gapRun.output).toContain('缺少 7个月');

    const overlap = bands();
    overlap[3]!['from'] = 12;
    const overlapRun = checkWith({ 'data/age-bands.json': JSON.stringify(overlap, null, 2) });
    expect(overlapRun.status).toBe(1);
    expect(overlapRun.output).toContain('“13-18m”（12—18个月）与“7-12m”（7—12个月）重叠');
  });

  it('a band without warning signs', () => {
    const data = bands();
    data[0]!['warningSigns'] = [];
    const run = checkWith({ 'data/age-bands.json': JSON.stringify(data, null, 2) });
    expect(run.status).toBe(1);
    expect(run.output).toContain('data/age-bands.json');
    expect(run.output).toContain('warningSigns');
  });
});
