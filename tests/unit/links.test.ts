import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { checkLinks, extractPage, pageUrl, resolveLink, type PageLinks } from '../../src/lib/links.ts';
import { entryOfContentPath, entryOfUrl, entryUrl } from '../../src/lib/links-content.ts';

const page = (body: string, header = '') => `<!doctype html>\n<html><body>\n<header>${header}</header>\n<main id="main"><article>\n${body}\n</article></main>\n</body></html>\n`;

function site(files: Record<string, string>): { pages: Map<string, PageLinks>; files: Set<string> } {
  const pages = new Map<string, PageLinks>();
  for (const [name, html] of Object.entries(files)) if (name.endsWith('.html')) pages.set(name, extractPage(html));
  return { pages, files: new Set(Object.keys(files)) };
}

describe('extractPage', () => {
  it('reads ids, a names, hrefs with lines, and whether a link is in the article', () => {
    const result = extractPage(page('<h2 id="cailiao">材料</h2>\n<a name="old">x</a>\n<a class="x" href="/services/a/#cailiao">材料</a>', '<a href="/">首页</a>'));
    expect([...result.ids]).toEqual(['main', 'cailiao', 'old']);
    expect(result.links).toEqual([
      { href: '/', line: 3, inArticle: false },
      { href: '/services/a/#cailiao', line: 7, inArticle: true },
    ]);
  });
  it('skips scripts and comments, decodes entities, and reads data-content-source', () => {
    const result = extractPage('<!-- <a href="/x/">x</a> --><script>const a = "<a href=\'/y/\'>";</script><a href="/a/?p=1&amp;q=2" data-content-source="content/pages/about.mdx">a</a>');
    expect(result.links.map((l) => l.href)).toEqual(['/a/?p=1&q=2']);
    expect(result.source).toBe('content/pages/about.mdx');
  });
});

describe('resolveLink', () => {
  const files = new Set(['index.html', 'services/a/index.html', 'bulletins/2012-h1.csv', '404.html']);
  it('maps directories to index.html and relative links to the page', () => {
    expect(pageUrl('services/a/index.html')).toBe('/services/a/');
    expect(resolveLink('services/b/index.html', '../a/', files)?.file).toBe('services/a/index.html');
    expect(resolveLink('index.html', '/bulletins/2012-h1.csv', files)?.file).toBe('bulletins/2012-h1.csv');
    expect(resolveLink('index.html', '#main', files)).toMatchObject({ file: 'index.html', anchor: 'main' });
  });
  it('ignores external links, mailto and tel; treats the site origin as internal', () => {
    for (const href of ['https://www.gov.cn/', 'mailto:a@b.cn', 'tel:010-12345', '//cdn.example.com/x', 'javascript:void(0)']) {
      expect(resolveLink('index.html', href, files), href).toBeNull();
    }
    expect(resolveLink('index.html', 'https://ehome.example.gov.cn/nope/', files, 'https://ehome.example.gov.cn')?.file).toBeNull();
  });
  it('notices a missing trailing slash', () => {
    expect(resolveLink('index.html', '/services/a', files)).toMatchObject({ file: null, trailingSlashMissing: true });
  });
});

describe('checkLinks', () => {
  it('reports a broken internal link and a missing anchor with the page and line', () => {
    const { pages, files } = site({
      'index.html': page('<a href="/services/a/">好</a>\n<a href="/services/none/">坏</a>\n<a href="/services/a/#buzai">锚点</a>\n<a href="/services/a/#cailiao">好锚点</a>\n<a href="https://www.gov.cn/">外部</a>\n<a href="mailto:x@y.cn">信</a>'),
      'services/a/index.html': page('<h2 id="cailiao">申请材料</h2><a href="#top">回到顶部</a><a href="/services/a">无斜杠</a>'),
    });
    const problems = checkLinks(pages, files);
    expect(problems.map((p) => [p.page, p.line, p.href, p.message])).toEqual([
      ['index.html', 6, '/services/none/', '链接的页面 /services/none/ 不存在'],
      ['index.html', 7, '/services/a/#buzai', '锚点 #buzai 在 /services/a/ 上不存在'],
      ['services/a/index.html', 5, '/services/a', '链接末尾缺少“/”'],
    ]);
    expect(problems[1]!.hint).toContain('#cailiao');
  });
  it('decodes percent-encoded anchors (Chinese ids)', () => {
    const { pages, files } = site({ 'index.html': page('<h2 id="申请材料">申请材料</h2><a href="#%E7%94%B3%E8%AF%B7%E6%9D%90%E6%96%99">材料</a>') });
    expect(checkLinks(pages, files)).toEqual([]);
  });
});

describe('content paths and URLs', () => {
  it('maps entries to URLs and back', () => {
    expect(entryUrl('earlyChildhood', 'month-6')).toBe('/early-childhood/month-6/');
    expect(entryOfContentPath('content/pages/disclosure/guide.mdx')).toMatchObject({ collection: 'pages', id: 'disclosure/guide', url: '/disclosure/guide/' });
    expect(entryOfContentPath('content/bulletins/2012-h1.json')?.url).toBe('/bulletins/2012-h1/');
    expect(entryOfContentPath('content/data/topics.json')).toBeNull();
    const ids = new Map([['services', new Set(['a'])], ['pages', new Set(['about', 'disclosure/guide'])]]);
    expect(entryOfUrl('/services/a/', ids)).toEqual({ collection: 'services', id: 'a' });
    expect(entryOfUrl('/disclosure/guide/index.html', ids)).toEqual({ collection: 'pages', id: 'disclosure/guide' });
    expect(entryOfUrl('/services/', ids)).toBeNull();
  });
});

describe('scripts/check-links.ts on a tiny dist folder', () => {
  let root = '';
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'ehome-links-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const run = () => spawnSync(process.execPath, ['scripts/check-links.ts'], { env: { ...process.env, DIST_DIR: join(root, 'dist'), CONTENT_DIR: join(root, 'content') }, encoding: 'utf8' });

  it('passes when every link resolves', () => {
    write('dist/index.html', page('<a href="/about/">关于</a><a href="/about/#lianxi">联系</a>'));
    write('dist/about/index.html', page('<h2 id="lianxi">联系</h2>'));
    const result = run();
    expect(result.stdout + result.stderr).toContain('链接检查通过');
    expect(result.status).toBe(0);
  });

  it('names the dist file, the link, the problem and the content line it is written on', () => {
    write('content/pages/about.mdx', '---\ntitle: 关于\nsummary: 关于本站\nupdatedAt: 2012-02-28\n---\n\n## 联系\n\n见[办事指南](/services/nope/)和[材料](/about/#cailiao)。\n');
    write('dist/about/index.html', page('<h2 id="lianxi">联系</h2>\n<p>见<a href="/services/nope/">办事指南</a>和<a href="/about/#cailiao">材料</a>。</p>', '<a href="/news/">动态</a>'));
    write('dist/index.html', page('<a href="/about/">关于</a>', '<a href="/news/">动态</a>'));
    const result = run();
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/dist\/about\/index\.html:6 {2}链接 \/services\/nope\/ {2}链接的页面 \/services\/nope\/ 不存在 .*写在 .*content\/pages\/about\.mdx:9/));
    expect(lines).toContainEqual(expect.stringMatching(/dist\/about\/index\.html:6 {2}链接 \/about\/#cailiao {2}锚点 #cailiao 在 \/about\/ 上不存在 {2}改为该页已有的锚点，例如：#main、#lianxi.*content\/pages\/about\.mdx:9/));
    // The header link broken on both pages is listed once, as the template's.
    expect(lines.filter((line) => line.includes('链接 /news/'))).toHaveLength(1);
  });

  it('points at the field a generated link comes from', () => {
    write('content/disclosure/gong-shi.mdx', '---\ntitle: 公示\nrelatedServices: [fu-zhu-jin]\n---\n\n正文。\n');
    write('dist/disclosure/gong-shi/index.html', page('<p>相关办事指南：<a href="/services/fu-zhu-jin/">扶助金</a></p>'));
    const result = run();
    expect(result.stderr).toMatch(/dist\/disclosure\/gong-shi\/index\.html:5  链接 \/services\/fu-zhu-jin\/  .*来自 .*content\/disclosure\/gong-shi\.mdx:3 的“fu-zhu-jin”/);
  });

  it('lists a broken header link once', () => {
    const result = run();
    const lines = result.stderr.split('\n');
    expect(lines.filter((line) => line.includes('链接 /news/'))).toHaveLength(1);
    expect(result.stderr).toContain('共 2 个页面有同样的链接');
  });
});

describe('edit on GitHub', () => {
  it('builds the web editor URL of a content file', async () => {
    const { editUrl, repositoryPath } = await import('../../src/lib/links-edit.ts');
    expect(repositoryPath('/work/repo/content/services/a.mdx')).toBe('content/services/a.mdx');
    expect(repositoryPath('./content/pages/disclosure/guide.mdx')).toBe('content/pages/disclosure/guide.mdx');
    expect(editUrl({ url: 'https://github.com/example-gov/xicheng-ehome.git', branch: 'main' }, 'content/pages/about.mdx')).toBe('https://github.com/example-gov/xicheng-ehome/edit/main/content/pages/about.mdx');
    expect(editUrl({ url: '', branch: 'main' }, 'content/x.mdx')).toBeNull();
  });
});
