import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lib/lint/index.ts';
import { halfWidthProblems } from '../../src/lib/lint/punctuation.ts';
import { headingsOf } from '../../src/lib/lint/headings.ts';
import { scanFile } from '../../src/lib/lint/scan.ts';

const FM = '---\ntitle: 测试\nsummary: 测试摘要\n---\n';
const lint = (body: string, path = 'content/news/ce-shi.mdx') => lintText(path, FM + body);
const rules = (body: string, path?: string) => lint(body, path).map((p) => `${p.line} ${p.field}`);

describe('scanFile', () => {
  it('finds the body line after the frontmatter and reads draft', () => {
    const file = scanFile('content/news/a.mdx', '---\ntitle: a\ndraft: true  # 草稿\n---\n\n正文');
    expect(file.bodyLine).toBe(5);
    expect(file.draft).toBe(true);
    expect(file.prose[5]).toBe('正文');
    expect(file.prose[1]).toBe('        ');
  });
  it('blanks code, comments, link addresses and tags in the prose view', () => {
    const file = scanFile('content/news/a.mdx', FM + '见[说明](https://a.cn/x,y)和`a,b`。{/* 注释:说明 */}<div class="a:b">文</div>\n```\n代码,代码\n```');
    expect(file.prose[4]).not.toContain('https');
    expect(file.prose[4]).not.toContain('a,b');
    expect(file.prose[4]).not.toContain('注释');
    expect(file.prose[4]).not.toContain('class');
    expect(file.prose[6]!.trim()).toBe('');
  });
});

describe('标点 (half-width punctuation in Chinese sentences)', () => {
  it('flags , ; : ? ! ( ) between Chinese characters', () => {
    expect(halfWidthProblems('申请人应当携带身份证,户口簿;到服务站:办理').map((p) => p.char)).toEqual([',', ';', ':']);
    expect(halfWidthProblems('需要预约吗?需要!').map((p) => p.char)).toEqual(['?', '!']);
    expect(halfWidthProblems('服务站(示例)地址').map((p) => p.char)).toEqual(['(', ')']);
    expect(halfWidthProblems('这是示例(地址)。').map((p) => p.char)).toEqual(['(', ')']);
  });
  it('flags one at the end of a Chinese sentence', () => {
    expect(halfWidthProblems('请携带以下材料:').map((p) => p.char)).toEqual([':']);
    expect(halfWidthProblems('办理时间为工作日.').map((p) => p.char)).toEqual(['.']);
  });
  it('leaves numbers, times, English and mixed text alone', () => {
    for (const ok of [
      '补助标准为每人每月 1.5 倍',
      '周一至周五 8:30—12:00，13:30—17:30',
      '构建“1+8+N”服务体系',
      '西城幸福e家 (English: Xicheng Happy e-Home)',
      '电话:010-6600 0000',
      '下载附件.pdf 文件',
      '等等...',
      '见第 3 条(2)项',
    ]) {
      expect(halfWidthProblems(ok), ok).toEqual([]);
    }
  });
  it('reports the file line and the column', () => {
    const [problem] = lint('\n第一段。\n\n携带身份证,户口簿。\n');
    expect(problem).toMatchObject({ file: 'content/news/ce-shi.mdx', line: 8, field: '标点' });
    expect(problem!.message).toContain('第 6 列');
    expect(problem!.hint).toContain(', → ，');
  });
  it('does not look at link addresses, code or other frontmatter fields', () => {
    expect(lint('详见[办事指南](/services/a-b/?x=1,2)。\n\n`命令:参数`\n')).toEqual([]);
    expect(lintText('content/news/a.mdx', '---\ntitle: 标题\nsummary: 摘要。\nkeywords: [人口和计划生育, 工作要点]\ncopyTo: [区委各部门,区人大常委会办公室]\n---\n正文。\n')).toEqual([]);
  });
  it('checks the title and summary, which readers see', () => {
    const problems = lintText('content/news/a.mdx', '---\ntitle: "关于开展活动的通知(试行)"\nsummary: 摘要,说明。  # 注释:说明\n---\n正文。\n');
    expect(problems.map((p) => `${p.line} ${p.field}`)).toEqual(['2 标点', '3 标点']);
    expect(problems[1]!.message).toContain('第 12 列');
  });
});

describe('裸网址 (bare URLs)', () => {
  it('flags an address written in the text, with its line', () => {
    const problems = lint('\n详情见 https://www.gov.cn/zhengce/ 网站。\n请访问www.bjhb.gov.cn。\n');
    expect(problems.map((p) => [p.line, p.field])).toEqual([[6, '裸网址'], [7, '裸网址']]);
    expect(problems[0]!.message).toContain('https://www.gov.cn/zhengce/');
    expect(problems[1]!.hint).toContain('(https://www.bjhb.gov.cn)');
  });
  it('accepts links, autolinks, link text equal to the address, e-mail and code', () => {
    expect(
      lint('[中国政府网](https://www.gov.cn/)。\n<https://www.gov.cn/>\n[https://www.gov.cn/](https://www.gov.cn/)\nehome@example.gov.cn\n`https://x.cn`\n[参考][1]\n\n[1]: https://www.gov.cn/\n'),
    ).toEqual([]);
  });
});

describe('标题层级 (headings)', () => {
  it('rejects an h1 in the body and a skipped level', () => {
    expect(rules('# 大标题\n\n## 一\n\n#### 跳级\n')).toEqual(['5 标题层级', '9 标题层级']);
    expect(lint('### 第一个标题就是三级\n')[0]!.message).toContain('正文第一个标题应为二级');
  });
  it('accepts ## → ### → ## → ### and headings in code blocks', () => {
    expect(lint('## 一\n\n### 1\n\n## 二\n\n### 2\n\n```md\n# 示例\n```\n')).toEqual([]);
  });
  it('sees setext and HTML headings', () => {
    expect(headingsOf(['', '标题', '===', '', '<h4>小标题</h4>'], 1).map((h) => h.level)).toEqual([1, 4]);
  });
  it('does not take a horizontal rule after a blank line or a YAML fence for a heading', () => {
    expect(lint('段落。\n\n---\n\n## 下一节\n')).toEqual([]);
  });
});

describe('禁用标签 (<script>, <style>, <iframe>)', () => {
  it('names the tag and the line', () => {
    const problems = lint('## 一\n\n<script>alert(1)</script>\n<style>p{color:red}</style>\n<iframe src="https://map.example.com"></iframe>\n');
    // The <style> line also has braces (MDX 语法); this test is about the tags.
    expect(problems.filter((p) => p.field === '禁用标签').map((p) => `${p.line} ${p.field} ${p.message}`)).toEqual([
      '7 禁用标签 正文里不能使用 <script> 标签',
      '8 禁用标签 正文里不能使用 <style> 标签',
      '9 禁用标签 正文里不能使用 <iframe> 标签',
    ]);
  });
  it('allows the words in code and prose', () => {
    expect(lint('网页中的 `<script>` 标签。\n\n```html\n<script></script>\n```\n')).toEqual([]);
  });
  it('rejects HTML comments in MDX, which the build cannot read', () => {
    expect(rules('正文。\n<!-- 备注 -->\n')).toEqual(['6 MDX 注释']);
    expect(lint('正文。\n<!-- 备注 -->\n', 'content/news/a.md')).toEqual([]);
  });
});

describe('文件名 (file names)', () => {
  it('rejects a Chinese file name on line 1', () => {
    const [problem] = lint('正文。\n', 'content/services/孕前检查.mdx');
    expect(problem).toMatchObject({ file: 'content/services/孕前检查.mdx', line: 1, field: '文件名' });
  });
  it('checks folders inside a collection, not the content folder itself', () => {
    expect(lint('正文。\n', '/tmp/x/content/pages/disclosure/guide.mdx')).toEqual([]);
    expect(rules('正文。\n', 'content/pages/信息公开/guide.mdx')).toEqual(['1 文件名']);
  });
});

describe('占位文字 (placeholders left by npm run new)', () => {
  it('rejects “待填写” in a published entry, in frontmatter and body', () => {
    const text = '---\ntitle: 测试\nsummary: 待填写：摘要\n---\n\n待填写：正文。\n';
    expect(lintText('content/news/a.mdx', text).map((p) => `${p.line} ${p.field}`)).toEqual(['3 占位文字', '6 占位文字']);
  });
  it('accepts them in a draft and in MDX comments', () => {
    expect(lintText('content/news/a.mdx', '---\ntitle: 测试\nsummary: 待填写：摘要\ndraft: true\n---\n待填写。\n')).toEqual([]);
    expect(lint('{/* 待填写的地方见上 */}\n正文。\n')).toEqual([]);
  });
  it('checks bulletin JSON too, unless it is a draft', () => {
    expect(lintText('content/bulletins/2012-h2.json', '{\n  "summary": "待填写：摘要"\n}\n').map((p) => p.line)).toEqual([2]);
    expect(lintText('content/bulletins/2012-h2.json', '{\n  "draft": true,\n  "summary": "待填写：摘要"\n}\n')).toEqual([]);
  });
});
