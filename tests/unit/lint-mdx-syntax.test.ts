import { describe, expect, it } from 'vitest';
import { mdxCompileProblem } from '../../src/lib/lint/mdx-syntax.ts';
import { lintText } from '../../src/lib/lint/index.ts';

const path = 'content/pages/x.mdx';

describe('mdxCompileProblem (the compiler’s English message, in Chinese at its line)', () => {
  it('a bare “<”', () => {
    const problem = mdxCompileProblem(path, '9:3: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`) (mdx-jsx:unexpected-character)');
    expect(problem).toMatchObject({ file: path, line: 9, field: 'MDX 语法' });
    expect(problem.message).toContain('“<”后面不是有效的标签');
    expect(problem.hint).toContain('&lt;');
  });

  it('an unclosed tag and a mismatched closing tag', () => {
    expect(mdxCompileProblem(path, '12:1: Expected a closing tag for `<div>` (12:1) (mdx-jsx:unexpected-character)')).toMatchObject({ line: 12, message: '标签 <div> 没有对应的结束标签 </div>' });
    expect(mdxCompileProblem(path, '3:8: Unexpected closing tag `</div>`, expected corresponding closing tag for `<span>` (3:1) (mdx-jsx:unexpected-character)').message).toBe('结束标签 </div> 与前面的 <span> 不配对');
    expect(mdxCompileProblem(path, '1:3: Unexpected closing tag `</b>`, expected an open tag first (mdx-jsx:unexpected-character)').message).toBe('结束标签 </b> 前面没有对应的开始标签');
  });

  it('an unclosed brace', () => {
    expect(mdxCompileProblem(path, '5:4: Unexpected end of file in expression, expected a corresponding closing brace for `{` (mdx-jsx:unexpected-character)')).toMatchObject({ line: 5, message: expect.stringContaining('花括号') });
  });

  it('anything else keeps the original text, still at its line', () => {
    const problem = mdxCompileProblem(path, '7:2: Something new happened (mdx:other)');
    expect(problem.line).toBe(7);
    expect(problem.message).toContain('Something new happened');
  });
});

describe('MDX 语法 lint rule: braces in prose', () => {
  const file = (body: string) => `---\ntitle: 示例\nsummary: 说明。\n---\n\n${body}`;
  const braces = (body: string) => lintText(path, file(body)).filter((p) => p.field === 'MDX 语法');

  it('flags { } in running text with its line', () => {
    expect(braces('## 说明\n\n请注意{安全}。\n').map((p) => p.line)).toEqual([8]);
  });

  it('allows MDX comments, code, escaped braces and frontmatter braces', () => {
    expect(braces('{/* 提示：写正文 */}\n\n用 `{x}` 表示变量。\n\n```\n{ "a": 1 }\n```\n\n写成 \\{ 和 \\} 即可。\n')).toEqual([]);
    expect(lintText(path, '---\ntitle: 示例\nageMonths: { from: 0, to: 3 }\n---\n\n正文。\n').filter((p) => p.field === 'MDX 语法')).toEqual([]);
  });

  it('does not apply to plain Markdown', () => {
    expect(lintText('content/pages/x.md', file('请注意{安全}。\n')).filter((p) => p.field === 'MDX 语法')).toEqual([]);
  });
});
