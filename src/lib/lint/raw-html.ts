/**
 * 禁用标签: no <script>, <style>, <iframe>, <object> or <embed> in content — no JavaScript on
 * content pages, no request to another site, and looks come from the site's styles. Also HTML
 * comments in .mdx, which MDX cannot read (the build would stop): use {/* … *\/} there.
 */
import type { Problem } from '../content-validation/types.ts';
import type { LintRule } from './types.ts';

const FORBIDDEN = /<\s*(script|style|iframe|object|embed)\b/gi;

const HINTS: Record<string, string> = {
  script: '删除该标签：内容页面不能运行脚本；需要交互功能请联系技术人员',
  style: '删除该标签：页面样式由网站统一设置；需要强调请用 **加粗** 或列表',
  iframe: '删除该标签：不能嵌入其他网站的页面，请改为链接：[页面名称](https://…)',
  object: '删除该标签：不能嵌入外部对象，请把文件放到 public/files/ 并写成链接',
  embed: '删除该标签：不能嵌入外部对象，请把文件放到 public/files/ 并写成链接',
};

export const rawHtmlRule: LintRule = (file) => {
  if (file.ext !== 'md' && file.ext !== 'mdx') return [];
  const problems: Problem[] = [];
  file.markup.forEach((line, index) => {
    for (const match of line.matchAll(FORBIDDEN)) {
      const tag = match[1]!.toLowerCase();
      problems.push({ file: file.path, line: index + 1, field: '禁用标签', message: `正文里不能使用 <${tag}> 标签`, hint: HINTS[tag] ?? '删除该标签' });
    }
  });
  if (file.ext === 'mdx') {
    file.code.forEach((line, index) => {
      if (line.includes('<!--')) {
        problems.push({ file: file.path, line: index + 1, field: 'MDX 注释', message: 'MDX 文件不支持 <!-- … --> 注释，构建会失败', hint: '改为 {/* 注释内容 */}' });
      }
    });
  }
  return problems;
};
