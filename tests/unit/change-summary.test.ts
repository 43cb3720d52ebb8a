import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, renameSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { factsFromText, formatChangeSummary, parseNameStatus, summariseChanges } from '../../src/lib/change-summary.ts';

const entry = (title: string, extra = '') => `---\ntitle: ${title}\nsummary: ${title}的摘要\n${extra}---\n\n## ${title}\n\n${title}的正文。\n`;

describe('parseNameStatus', () => {
  it('reads added, modified, deleted and renamed files', () => {
    expect(parseNameStatus('A\tcontent/news/a.mdx\nM\tcontent/pages/about.mdx\nD\tcontent/youth/b.mdx\nR087\tcontent/services/x.mdx\tcontent/services/y.mdx\n')).toEqual([
      { status: 'added', path: 'content/news/a.mdx' },
      { status: 'modified', path: 'content/pages/about.mdx' },
      { status: 'deleted', path: 'content/youth/b.mdx' },
      { status: 'renamed', from: 'content/services/x.mdx', path: 'content/services/y.mdx' },
    ]);
  });
});

describe('summariseChanges', () => {
  it('maps every collection folder to its URL', () => {
    const paths = ['services/a.mdx', 'policies/b.mdx', 'youth/c.mdx', 'early-childhood/d.mdx', 'disclosure/e.mdx', 'news/f.mdx', 'pages/g.mdx', 'pages/disclosure/guide.mdx', 'bulletins/2012-h1.json'];
    const summary = summariseChanges(paths.map((p) => ({ status: 'modified', path: `content/${p}` })));
    expect(summary.changed.map((line) => line.split('（')[0])).toEqual(['/services/a/', '/policies/b/', '/youth/c/', '/early-childhood/d/', '/disclosure/e/', '/news/f/', '/g/', '/disclosure/guide/', '/bulletins/2012-h1/']);
  });
  it('names registries, downloads, drafts, renames and other files', () => {
    const summary = summariseChanges(
      [
        { status: 'modified', path: 'content/data/service-points.json' },
        { status: 'added', path: 'public/files/2012/guide.pdf' },
        { status: 'added', path: 'content/news/draft-one.mdx' },
        { status: 'renamed', from: 'content/services/old.mdx', path: 'content/services/new.mdx' },
        { status: 'modified', path: 'src/pages/index.astro' },
      ],
      (path) => (path.includes('draft-one') ? { title: '草稿新闻', draft: true } : path.includes('new.mdx') ? { title: '新指南' } : {}),
    );
    expect(summary.registries).toEqual(['content/data/service-points.json（服务点）：登记表变更，影响多个页面']);
    expect(summary.downloads).toEqual(['新增 /files/2012/guide.pdf']);
    expect(summary.added).toEqual(['草稿新闻 — /news/draft-one/（content/news/draft-one.mdx）（草稿，不会发布）', '新指南 — /services/new/（content/services/new.mdx）']);
    expect(summary.removed).toEqual(['/services/old/（content/services/old.mdx，改名为 /services/new/，旧网址将失效）']);
    expect(summary.other).toEqual(['src/pages/index.astro']);
  });
  it('formats sections only when they have items', () => {
    const text = formatChangeSummary({ added: ['x'], changed: [], removed: [], registries: [], downloads: [], other: [] });
    expect(text).toContain('### 新增页面（1）\n\n- x');
    expect(text).not.toContain('修改页面');
    expect(formatChangeSummary({ added: [], changed: [], removed: [], registries: [], downloads: [], other: [] })).toContain('没有文件变更');
  });
  it('reads title and draft from frontmatter and JSON', () => {
    expect(factsFromText('a.mdx', entry('"关于我们"', 'draft: true  # 草稿\n'))).toEqual({ title: '关于我们', draft: true });
    expect(factsFromText('b.json', '{"title":"人口专刊","draft":false}')).toEqual({ title: '人口专刊', draft: false });
  });
});

describe('scripts/change-summary.ts on a small git history', () => {
  let repo = '';
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'ehome-git-'));
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (...args: string[]) => {
    const result = spawnSync('git', ['-c', 'user.name=编辑', '-c', 'user.email=editor@example.gov.cn', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    return result.stdout.trim();
  };
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  };
  const script = resolve('scripts/change-summary.ts');

  it('lists added, changed and removed pages with URLs and titles', () => {
    git('init', '-q', '-b', 'main');
    write('content/services/mian-fei-jian-cha.mdx', entry('免费孕前优生健康检查'));
    write('content/news/jiu-xin-wen.mdx', entry('旧新闻'));
    write('content/pages/about.mdx', entry('关于我们'));
    write('content/data/topics.json', '[]\n');
    git('add', '-A');
    git('commit', '-qm', '初始内容');
    const base = git('rev-parse', 'HEAD');

    write('content/youth/qing-chun-qi.mdx', entry('青春期健康'));
    write('content/pages/about.mdx', entry('关于西城幸福e家'));
    unlinkSync(join(repo, 'content/news/jiu-xin-wen.mdx'));
    git('add', '-A');
    git('commit', '-qm', '新增青春健康文章，修改关于我们，删除旧新闻');
    write('content/data/topics.json', '[{"id":"x"}]\n');
    renameSync(join(repo, 'content/services/mian-fei-jian-cha.mdx'), join(repo, 'content/services/mianfei-jiancha.mdx'));
    write('content/early-childhood/cao-gao.mdx', entry('草稿文章', 'draft: true\n'));
    git('add', '-A');
    git('commit', '-qm', '改名、登记表、草稿');

    const result = spawnSync(process.execPath, [script, base, 'HEAD'], { cwd: repo, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toContain('### 新增页面（3）');
    expect(out).toContain('- 青春期健康 — /youth/qing-chun-qi/（content/youth/qing-chun-qi.mdx）');
    expect(out).toContain('- 草稿文章 — /early-childhood/cao-gao/（content/early-childhood/cao-gao.mdx）（草稿，不会发布）');
    expect(out).toContain('- 免费孕前优生健康检查 — /services/mianfei-jiancha/（content/services/mianfei-jiancha.mdx）');
    expect(out).toContain('### 修改页面（1）\n\n- 关于西城幸福e家 — /about/（content/pages/about.mdx）');
    expect(out).toContain('### 删除页面（2）');
    expect(out).toContain('- 旧新闻 — /news/jiu-xin-wen/（content/news/jiu-xin-wen.mdx）');
    expect(out).toContain('- 免费孕前优生健康检查 — /services/mian-fei-jian-cha/（content/services/mian-fei-jian-cha.mdx，改名为 /services/mianfei-jiancha/，旧网址将失效）');
    expect(out).toContain('- content/data/topics.json（主题分类）：登记表变更，影响多个页面');
  });

  it('explains a bad range in Chinese', () => {
    const result = spawnSync(process.execPath, [script, 'no-such-commit', 'HEAD'], { cwd: repo, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('无法比较 no-such-commit 和 HEAD');
  });
});
