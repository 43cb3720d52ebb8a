/**
 * 标题层级: the page title is the only h1, so the body starts at ## and never skips a level
 * (## → #### without ### in between). Screen reader users move through a page by its headings.
 */
import type { Problem } from '../content-validation/types.ts';
import type { LintRule } from './types.ts';

export interface Heading {
  line: number;
  level: number;
  text: string;
}

export function headingsOf(markup: readonly string[], bodyLine: number): Heading[] {
  const headings: Heading[] = [];
  for (let i = bodyLine - 1; i < markup.length; i++) {
    const line = markup[i]!;
    const atx = /^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/.exec(line);
    if (atx) {
      headings.push({ line: i + 1, level: atx[1]!.length, text: (atx[2] ?? '').trim() });
      continue;
    }
    const html = /<h([1-6])\b[^>]*>(.*?)(?:<\/h\1>|$)/i.exec(line);
    if (html) {
      headings.push({ line: i + 1, level: Number(html[1]), text: html[2]!.replace(/<[^>]+>/g, '').trim() });
      continue;
    }
    // Setext: a text line underlined with === (h1) or --- (h2).
    const next = markup[i + 1];
    if (next !== undefined && line.trim() !== '' && !/^\s*([-*+]|\d+\.|>|\|)/.test(line) && i + 1 >= bodyLine) {
      if (/^\s{0,3}=+\s*$/.test(next)) headings.push({ line: i + 1, level: 1, text: line.trim() });
      else if (/^\s{0,3}-{2,}\s*$/.test(next)) {
        headings.push({ line: i + 1, level: 2, text: line.trim() });
      }
    }
  }
  return headings;
}

export const headingsRule: LintRule = (file) => {
  if (file.ext !== 'md' && file.ext !== 'mdx') return [];
  const problems: Problem[] = [];
  let previous = 1; // the page title
  for (const heading of headingsOf(file.markup, file.bodyLine)) {
    if (heading.level === 1) {
      problems.push({
        file: file.path,
        line: heading.line,
        field: '标题层级',
        message: `正文里有一级标题“${heading.text}”；页面标题（title 字段）已是唯一的一级标题`,
        hint: '改为二级标题：行首写“## ”',
      });
    } else if (heading.level > previous + 1) {
      problems.push({
        file: file.path,
        line: heading.line,
        field: '标题层级',
        message: `标题“${heading.text}”是 ${heading.level} 级，跳过了 ${previous + 1} 级${previous === 1 ? '（正文第一个标题应为二级）' : `（上一个标题是 ${previous} 级）`}`,
        hint: `改为 ${'#'.repeat(previous + 1)} 开头的 ${previous + 1} 级标题，标题按顺序逐级使用`,
      });
    }
    previous = Math.max(heading.level, 1);
  }
  return problems;
};
