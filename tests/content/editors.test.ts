/**
 * Issue 8 bad input and scaffolding, end to end through the same scripts `npm run check`,
 * `npm run new` and `npm run check:links` run: each mistake is caught with its file and line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { checkWith, makeContentFixture, runContentCheck } from './support/content-fixture.ts';
import { templates } from '../../scripts/lib/scaffold.ts';
import { isolatedProject, type IsolatedProject } from '../../scripts/lib/isolated-project.ts';
import { beijingDate, lastUpdated } from '../../src/queries/last-updated.ts';

const node = (script: string, env: Record<string, string>, args: string[] = []) => {
  const result = spawnSync(process.execPath, [script, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};
const lint = (contentDir: string) => node('scripts/lint-content.ts', { CONTENT_DIR: contentDir });

const page = (title: string, body: string, extra = '') => `---\ntitle: ${title}\nsummary: ${title}的说明。\nupdatedAt: 2012-02-28\n${extra}---\n\n${body}`;

const policy = (extra = '') =>
  `---\ntitle: 计划生育家庭特别扶助制度\nsummary: 对独生子女死亡或伤残家庭给予扶助。\nissuer: 北京市西城区人民政府\nlevel: 区级\nissuedAt: 2012-02-25\npublishedAt: 2012-02-28\n${extra}---\n\n## 主要内容\n\n正文。\n`;

const service = (basis: string, body = '## 注意事项\n\n请提前预约。\n') => `---
title: 特别扶助金申领
summary: 符合条件的家庭可申领特别扶助金。
provider: 北京市西城区人口和家庭服务中心
audience: 独生子女死亡或伤残家庭
eligibility:
  - 户籍在西城区
materials:
  - name: 户口簿
    form: 原件
    count: 1
steps:
  - title: 提出申请
timeLimit: 20 个工作日
fee: 不收费
locations: [district-center]
hotline: 010-0000 0000
complaint: "12345"
basis: [${basis}]
lifeStages: [elderly]
updatedAt: 2012-03-01
---

${body}`;

describe('npm run new creates a valid entry of every collection', () => {
  // Made in beforeAll, not while collecting, so that a filtered run (-t) leaves nothing behind.
  let fixture: { dir: string; cleanup: () => void };
  beforeAll(() => {
    fixture = makeContentFixture({});
  });
  afterAll(() => fixture.cleanup());

  it.each(templates.map((t) => t.name))('%s: created with --yes, passes the content check and the lint as it is', (name) => {
    const run = node('scripts/new-entry.ts', { CONTENT_DIR: fixture.dir }, [name, '--title', '测试条目：免费孕前优生健康检查', '--yes']);
    expect(run.output).toContain('已新建');
    expect(run.status).toBe(0);
    const check = runContentCheck(fixture.dir);
    expect(check.output).toContain('内容检查通过');
    expect(check.status).toBe(0);
    const linted = lint(fixture.dir);
    expect(linted.output).toContain('格式检查通过');
    expect(linted.status).toBe(0);
  });

  it('wrote ASCII file names, MDX comment hints and a draft flag', () => {
    const file = join(fixture.dir, 'services', 'ce-shi-tiao-mu-mian-fei-yun-qian.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^draft: true/m);
    expect(text).toMatch(/\{\/\* .+ \*\/\}/);
    for (const folder of ['policies', 'services', 'youth', 'early-childhood', 'disclosure', 'news', 'pages', 'bulletins']) {
      for (const entry of readdirSync(join(fixture.dir, folder), { withFileTypes: true })) {
        if (entry.isFile()) expect(entry.name).toMatch(/^[a-z0-9-]+\.(mdx|json)$/);
        else expect(entry.name).toMatch(/^[a-z0-9-]+$/);
      }
    }
  });

  it('refuses to overwrite and refuses a Chinese file name', () => {
    const again = node('scripts/new-entry.ts', { CONTENT_DIR: fixture.dir }, ['services', '--title', '测试条目：免费孕前优生健康检查', '--yes']);
    expect(again.status).toBe(1);
    expect(again.output).toContain('已存在，不会覆盖');
    const chinese = node('scripts/new-entry.ts', { CONTENT_DIR: fixture.dir }, ['news', '--title', '新闻', '--slug', '新闻稿', '--yes']);
    expect(chinese.status).toBe(1);
    expect(chinese.output).toContain('不能用中文');
  });

  it('asks each question when run interactively (answers piped in)', () => {
    const answers = ['7', '联系方式说明', '本站各部门的联系方式。', '', '', '', 'lianxi-fangshi', ''].join('\n');
    const result = spawnSync(process.execPath, ['scripts/new-entry.ts'], { env: { ...process.env, CONTENT_DIR: fixture.dir }, input: answers, encoding: 'utf8' });
    expect(result.stdout).toContain('要新建哪类内容？');
    expect(result.stdout).toContain('已新建');
    const text = readFileSync(join(fixture.dir, 'pages', 'lianxi-fangshi.mdx'), 'utf8');
    expect(text).toContain('title: 联系方式说明');
    expect(text).toContain('summary: 本站各部门的联系方式。');
  });
});

describe('bad input is caught with a precise line', () => {
  it('a Chinese file name (content check and lint)', () => {
    const run = checkWith({ 'services/孕前检查.mdx': service('') });
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/services\/孕前检查\.mdx  文件名  文件名“孕前检查\.mdx”不符合要求/);
    const fixture = makeContentFixture({ 'news/中文新闻.mdx': page('中文新闻', '正文。\n').replace('updatedAt: 2012-02-28', 'publishedAt: 2012-02-28') });
    try {
      const linted = lint(fixture.dir);
      expect(linted.status).toBe(1);
      expect(linted.output).toMatch(/news\/中文新闻\.mdx:1  文件名  /);
    } finally {
      fixture.cleanup();
    }
  });

  it('an MDX file with a <script>', () => {
    const fixture = makeContentFixture({ 'pages/jiaoben.mdx': page('脚本', '## 说明\n\n正文。\n\n<script>alert("x")</script>\n') });
    try {
      const run = lint(fixture.dir);
      expect(run.status).toBe(1);
      expect(run.output).toMatch(/pages\/jiaoben\.mdx:11  禁用标签  正文里不能使用 <script> 标签  删除该标签/);
    } finally {
      fixture.cleanup();
    }
  });

  it('MDX syntax the build cannot read: a bare “<”, an unclosed tag, stray braces', () => {
    const fixture = makeContentFixture({
      'pages/yu-fa.mdx': page('语法', '## 说明\n\n孩子<2岁时请咨询医生。\n'),
      'pages/biao-qian.mdx': page('标签', '## 说明\n\n<div>\n\n没有结束标签。\n'),
      'pages/kuo-hao.mdx': page('括号', '## 说明\n\n请注意{安全}。\n'),
    });
    try {
      const run = lint(fixture.dir);
      expect(run.status).toBe(1);
      expect(run.output).toMatch(/pages\/yu-fa\.mdx:9  MDX 语法  “<”后面不是有效的标签.*  要显示小于号请写成 &lt;/);
      expect(run.output).toMatch(/pages\/biao-qian\.mdx:9  MDX 语法  标签 <div> 没有对应的结束标签 <\/div>/);
      expect(run.output).toMatch(/pages\/kuo-hao\.mdx:9  MDX 语法  正文里的花括号 \{ \} 会被当作程序代码/);
    } finally {
      fixture.cleanup();
    }
  });

  it('half-width punctuation, a bare URL and a skipped heading level', () => {
    const fixture = makeContentFixture({ 'pages/ge-shi.mdx': page('格式', '## 说明\n\n请携带身份证,户口簿。\n\n详见 https://www.gov.cn/ 。\n\n#### 小节\n') });
    try {
      const run = lint(fixture.dir);
      expect(run.status).toBe(1);
      expect(run.output).toMatch(/pages\/ge-shi\.mdx:9  标点  /);
      expect(run.output).toMatch(/pages\/ge-shi\.mdx:11  裸网址  /);
      expect(run.output).toMatch(/pages\/ge-shi\.mdx:13  标题层级  /);
    } finally {
      fixture.cleanup();
    }
  });

  it('a draft referenced by a published entry (frontmatter reference and body link)', () => {
    const run = checkWith({
      'policies/te-bie-fu-zhu.mdx': policy('draft: true\n'),
      'services/fu-zhu-jin.mdx': service('te-bie-fu-zhu', '## 依据\n\n见[特别扶助制度](/policies/te-bie-fu-zhu/)。\n'),
    });
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/services\/fu-zhu-jin\.mdx:19  basis\[0\]（设定依据）  引用了草稿 .*policies\/te-bie-fu-zhu\.mdx（draft: true）/);
    expect(run.output).toMatch(/services\/fu-zhu-jin\.mdx:26  正文链接  链接 \/policies\/te-bie-fu-zhu\/ 指向草稿/);
  });

  it('a draft referenced only by another draft is fine', () => {
    const run = checkWith({
      'policies/te-bie-fu-zhu.mdx': policy('draft: true\n'),
      'services/fu-zhu-jin.mdx': service('te-bie-fu-zhu').replace('updatedAt: 2012-03-01', 'updatedAt: 2012-03-01\ndraft: true'),
    });
    expect(run.output).toContain('内容检查通过');
    expect(run.status).toBe(0);
  });
});

describe('after a build: scaffolded entries, broken links, missing anchors, drafts left out', () => {
  let fixture: { dir: string; cleanup: () => void };
  let project: IsolatedProject;
  const files = {
    'pages/lian-jie.mdx': page('链接示例', '## 第一节\n\n见[不存在的页面](/no-such-page/)。\n\n见[联系我们的某节](/contact/#no-such-anchor)。\n\n见[关于我们](/about/)。\n'),
    'pages/cao-gao.mdx': page('草稿页', '## 草稿\n\n正文。\n', 'draft: true\n'),
  };
  /** URL of each scaffolded entry, as npm run new printed it. */
  const scaffolded = new Map<string, string>();
  let build: { status: number | null; output: string };
  beforeAll(() => {
    fixture = makeContentFixture(files);
    for (const { name } of templates) {
      const run = node('scripts/new-entry.ts', { CONTENT_DIR: fixture.dir }, [name, '--title', '测试条目：孕前优生健康检查', '--yes']);
      const created = /已新建 (\S+)/.exec(run.output)?.[1];
      const url = /网址：(\S+)/.exec(run.output)?.[1];
      if (!created || !url) throw new Error(run.output);
      // Publish the new guide, policy, article…: it must build as it is. A new bulletin stays a
      // draft: its numbers are left empty (null) for the editor on purpose.
      if (created.endsWith('.mdx')) writeFileSync(created, readFileSync(created, 'utf8').replace(/^draft: true.*\n/m, ''));
      scaffolded.set(name, url);
    }
    project = isolatedProject(fixture.dir);
    build = project.run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']);
  }, 240_000);
  afterAll(() => {
    project?.cleanup();
    fixture?.cleanup();
  });

  it('builds; every published scaffolded entry has its page; drafts are not in the production build', () => {
    expect(build.status, build.output).toBe(0);
    const dist = join(project.root, 'dist');
    for (const [name, url] of scaffolded) {
      const built = existsSync(join(dist, url, 'index.html'));
      expect(built, `${name}: ${url}`).toBe(name !== 'bulletins');
    }
    expect(existsSync(join(dist, 'lian-jie', 'index.html'))).toBe(true);
    expect(existsSync(join(dist, 'cao-gao', 'index.html'))).toBe(false);
  });

  it('names the broken link and the missing anchor with the content line they are written on', () => {
    const run = project.run(process.execPath, ['scripts/check-links.ts']);
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/lian-jie\/index\.html:\d+  链接 \/no-such-page\/  链接的页面 \/no-such-page\/ 不存在  .*写在 .*pages\/lian-jie\.mdx:9/);
    expect(run.output).toMatch(/lian-jie\/index\.html:\d+  链接 \/contact\/#no-such-anchor  锚点 #no-such-anchor 在 \/contact\/ 上不存在  .*写在 .*pages\/lian-jie\.mdx:11/);
    expect(run.output).not.toMatch(/链接 \/about\/  /);
  });
});


describe('最后更新 from git, with the frontmatter date outside git', () => {
  let repo = '';
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'ehome-lastupdated-'));
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (env: Record<string, string>, ...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=编辑', '-c', 'user.email=editor@example.gov.cn', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, ...env } });

  it('takes the date of the last commit touching the file, in Beijing time', () => {
    git({}, 'init', '-q');
    mkdirSync(join(repo, 'content', 'pages'), { recursive: true });
    writeFileSync(join(repo, 'content', 'pages', 'about.mdx'), page('关于', '正文。\n'));
    git({}, 'add', '-A');
    // 2012-03-01 20:00 UTC is already 2 March in Beijing.
    git({ GIT_COMMITTER_DATE: '2012-03-01T20:00:00Z', GIT_AUTHOR_DATE: '2012-03-01T20:00:00Z' }, 'commit', '-qm', '关于');
    writeFileSync(join(repo, 'content', 'pages', 'other.mdx'), page('其他', '正文。\n'));
    expect(lastUpdated({ filePath: 'content/pages/about.mdx' }, '2012-02-28', repo)).toEqual({ date: '2012-03-02', fromGit: true });
    expect(lastUpdated({ filePath: join(repo, 'content/pages/about.mdx') }, '2012-02-28', repo).date).toBe('2012-03-02');
    // Not committed yet, no file path, or no repository: the frontmatter date.
    expect(lastUpdated({ filePath: 'content/pages/other.mdx' }, '2012-02-28', repo)).toEqual({ date: '2012-02-28', fromGit: false });
    expect(lastUpdated({}, '2012-02-28', repo).fromGit).toBe(false);
    expect(lastUpdated({ filePath: 'x.mdx' }, '2012-02-28', tmpdir()).fromGit).toBe(false);
    expect(beijingDate('2012-12-31T16:30:00Z')).toBe('2013-01-01');
  });
});

describe('CONTRIBUTING.md', () => {
  const guide = readFileSync('CONTRIBUTING.md', 'utf8');
  /** Code blocks whose info string names a content file: ```mdx content/services/x.mdx */
  const examples = [...guide.matchAll(/^```(?:mdx|json) (content\/\S+)\n([\s\S]*?)^```$/gm)].map((m) => ({ path: m[1]!.slice('content/'.length), text: m[2]! }));

  it('has a complete example of every collection', () => {
    const folders = examples.map((e) => e.path.split('/')[0]);
    for (const folder of ['services', 'policies', 'youth', 'early-childhood', 'disclosure', 'news', 'pages', 'bulletins']) expect(folders).toContain(folder);
  });

  it('examples pass the content check and the lint as they are', () => {
    // Other bulletins may follow rules about earlier issues; the example stands on its own.
    const fixture = makeContentFixture(Object.fromEntries(examples.map((e) => [e.path, e.text])), ['bulletins']);
    try {
      const check = runContentCheck(fixture.dir);
      expect(check.output).toContain('内容检查通过');
      expect(check.status).toBe(0);
      const linted = lint(fixture.dir);
      expect(linted.output).toContain('格式检查通过');
      expect(linted.status).toBe(0);
    } finally {
      fixture.cleanup();
    }
  });

  it('uses file names npm run new would accept', () => {
    for (const { path } of examples) expect(path).toMatch(/^[a-z-]+\/[a-z0-9-]+\.(mdx|json)$/);
  });
});
