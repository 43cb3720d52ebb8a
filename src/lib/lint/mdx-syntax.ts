/**
 * MDX 语法: the MDX compiler stops the build with an English message (“Unexpected character
 * after `<`…”) that an editor cannot act on. These functions turn that message into a
 * 文件:行 problem in Chinese, and catch { } in prose, which MDX reads as JavaScript: `{安全}`
 * compiles, then fails when the page renders. The compiler itself runs in scripts/lint-content.ts;
 * this file stays pure so the wording is unit-tested.
 */
import type { Problem } from '../content-validation/types.ts';
import type { LintRule } from './types.ts';

const LOCATED = /^(\d+):(\d+):\s*(.*?)(?:\s*\(([a-z-]+:[a-z-]+)\))?\s*$/s;

interface Translation {
  test: RegExp;
  message: (match: RegExpExecArray) => string;
  hint: string;
}

const TRANSLATIONS: readonly Translation[] = [
  {
    test: /Unexpected character after `<`/,
    message: () => '“<”后面不是有效的标签：MDX 把“<”当作标签的开始',
    hint: '要显示小于号请写成 &lt;（例如“不满 &lt; 2 岁”）或改用全角“＜”；要加链接请写成 [文字](网址)',
  },
  {
    test: /Expected a closing tag for `<([^`]+)>`/,
    message: (m) => `标签 <${m[1]}> 没有对应的结束标签 </${m[1]}>`,
    hint: '补上结束标签，或删除这个标签，改用 Markdown 写法',
  },
  {
    test: /Unexpected closing tag `<\/([^`]+)>`, expected corresponding closing tag for `<([^`]+)>`/,
    message: (m) => `结束标签 </${m[1]}> 与前面的 <${m[2]}> 不配对`,
    hint: '检查标签的嵌套顺序：先开始的后结束',
  },
  {
    test: /Unexpected closing tag `<\/([^`]+)>`/,
    message: (m) => `结束标签 </${m[1]}> 前面没有对应的开始标签`,
    hint: '删除这个结束标签，或补上开始标签',
  },
  {
    test: /expression|brace/i,
    message: () => '花括号 { } 没有成对出现：MDX 把花括号当作程序代码',
    hint: '要显示花括号请写成 \\{ 和 \\}，或改用全角“｛｝”',
  },
];

/** Turns the MDX compiler's error message for a whole file into one problem at its line. */
export function mdxCompileProblem(path: string, compilerMessage: string): Problem {
  const located = LOCATED.exec(compilerMessage.trim());
  const line = located ? Number(located[1]) : undefined;
  const text = located ? located[3]! : compilerMessage.trim();
  for (const translation of TRANSLATIONS) {
    const match = translation.test.exec(text);
    if (match) return { file: path, ...(line ? { line } : {}), field: 'MDX 语法', message: translation.message(match), hint: translation.hint };
  }
  return {
    file: path,
    ...(line ? { line } : {}),
    field: 'MDX 语法',
    message: `构建无法读取这一行（${text}）`,
    hint: '检查这一行的 < > { } 等符号；要显示这些符号，请写成 &lt; &gt; \\{ \\}',
  };
}

/** { } that compile but are not meant as code: content pages never run expressions. */
export const mdxBraceRule: LintRule = (file) => {
  if (file.ext !== 'mdx') return [];
  const problems: Problem[] = [];
  file.markup.forEach((line, index) => {
    // Backslash-escaped braces are literal text in MDX; everything else starts an expression.
    const brace = /(?<!\\)[{}]/.exec(line);
    if (brace) {
      problems.push({
        file: file.path,
        line: index + 1,
        field: 'MDX 语法',
        message: '正文里的花括号 { } 会被当作程序代码，页面会出错',
        hint: '要显示花括号请写成 \\{ 和 \\}，或改用全角“｛｝”；注释请写成 {/* 注释 */}',
      });
    }
  });
  return problems;
};
