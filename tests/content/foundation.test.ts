/**
 * Bad content stops `npm run check` and `npm run build` with the file, the field and what is
 * expected; good content passes; an empty collection still builds.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWith, makeContentFixture, runContentCheck } from './support/content-fixture.ts';
import { isolatedProject } from '../../scripts/lib/isolated-project.ts';

const validPage = (extra: string) => `---\ntitle: 测试页面\nsummary: 用于测试内容检查的单页。\nupdatedAt: 2012-03-01\n${extra}---\n\n正文。\n`;
const disclosureItem = (indexNo: string, extra = '') =>
  `---\ntitle: 测试公开信息\nsummary: 用于测试的公开信息条目。\nindexNo: ${indexNo}\nissuer: 北京市西城区人口和计划生育委员会\nissuedAt: 2012-03-01\npublishedAt: 2012-03-02\ncategory: population-planning\nkind: 通知公告\n${extra}---\n\n正文。\n`;

describe('npm run check on the real content', () => {
  it('passes', () => {
    const run = runContentCheck('content');
    expect(run.output).toContain('内容检查通过');
    expect(run.status).toBe(0);
  });
});

describe('bad content fails with the file, the field and what is expected', () => {
  it('a missing required field', () => {
    const run = checkWith({ 'pages/test-missing.mdx': '---\nsummary: 没有标题。\nupdatedAt: 2012-03-01\n---\n' });
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/pages\/test-missing\.mdx:2 {2}title（标题） {2}缺少必填字段“title”/);
  });

  it('a wrong type', () => {
    const run = checkWith({ 'pages/test-type.mdx': validPage('sample: 是的\n') });
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/pages\/test-type\.mdx:5 {2}sample（示例数据标记） {2}sample 应为 true 或 false/);
  });

  it('an impossible date (2012-13-45)', () => {
    const run = checkWith({ 'pages/test-date.mdx': validPage('').replace('updatedAt: 2012-03-01', 'updatedAt: 2012-13-45') });
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/pages\/test-date\.mdx:4 {2}updatedAt（更新日期） {2}“2012-13-45”不是有效日期.*YYYY-MM-DD/);
  });

  it('a reference to an entry that does not exist', () => {
    const run = checkWith({ 'disclosure/test-ref.mdx': disclosureItem('11A0XC-2012-00900').replace('category: population-planning', 'category: no-such-topic') });
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/disclosure\/test-ref\.mdx:8 {2}category（主题分类） {2}引用的主题分类“no-such-topic”不存在 {2}请改为已有的 id/);
  });

  it('broken YAML', () => {
    const run = checkWith({ 'pages/test-yaml.mdx': '---\ntitle: 测试\nsummary: "没有闭合的引号\nupdatedAt: 2012-03-01\n---\n' });
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/pages\/test-yaml\.mdx:\d+ {2}YAML 格式 {2}字段区（frontmatter）格式错误/);
  });

  it('a duplicate 索引号', () => {
    const run = checkWith({ 'disclosure/test-dup.mdx': disclosureItem('11A0XC-2012-00001') });
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/disclosure\/test-dup\.mdx:4 {2}indexNo（索引号） {2}索引号“11A0XC-2012-00001”重复，\S*disclosure\/xizhengfa-2012-4\.mdx 也在使用/);
    expect(run.output).toMatch(/disclosure\/xizhengfa-2012-4\.mdx:4 {2}indexNo（索引号）/);
  });

  it('a section intro for a page that has none, or without paragraphs, names the field', () => {
    const run = checkWith({ 'data/section-intros.json': '[\n  { "id": "youth", "paragraphs": [] },\n  { "id": "sports", "paragraphs": ["体育。"] }\n]\n' });
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/data\/section-intros\.json:2 {2}paragraphs.*至少写一段 paragraphs/);
    expect(run.output).toMatch(/data\/section-intros\.json:3 {2}id.*栏目 id“sports”无效，应为以下之一：youth、youth-parent-classes、bulletins、early-childhood-pack/);
  });

  it('a broken registry file (JSON) names the line', () => {
    const run = checkWith({ 'data/topics.json': '[\n  { "id": "a", "name": "甲", "code": "01", "description": "说明" },\n]\n' });
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/data\/topics\.json:3 {2}JSON 格式/);
  });
});

describe('npm run build', () => {
  it('stops on bad content before building anything, with the same message', () => {
    const fixture = makeContentFixture({ 'pages/test-date.mdx': validPage('').replace('updatedAt: 2012-03-01', 'updatedAt: 2012-13-45') });
    const project = isolatedProject(fixture.dir);
    try {
      const run = project.run('npm', ['run', 'build', '--silent']);
      expect(run.status).not.toBe(0);
      expect(run.output).toContain('“2012-13-45”不是有效日期');
      // The content check is the first step: astro build never started, so no dist/ at all.
      expect(existsSync(join(project.root, 'dist'))).toBe(false);
      expect(run.output).not.toContain('[build]');
    } finally {
      project.cleanup();
      fixture.cleanup();
    }
  });

  it('builds when a collection is empty, showing an empty state instead of crashing', () => {
    const fixture = makeContentFixture({}, ['news', 'youth', 'early-childhood', 'bulletins']);
    const project = isolatedProject(fixture.dir);
    try {
      const run = project.run('npx', ['astro', 'build']);
      expect(run.status, run.output).toBe(0);
      const home = readFileSync(join(project.root, 'dist', 'index.html'), 'utf8');
      expect(home).toContain('暂无工作动态');
    } finally {
      fixture.cleanup();
      project.cleanup();
    }
  }, 300_000);
});
