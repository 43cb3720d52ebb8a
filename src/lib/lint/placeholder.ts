/**
 * 占位文字: `npm run new` writes “待填写：…” where the editor still has to write something. A draft
 * may keep them; a published entry (no `draft: true`) may not.
 */
import type { Problem } from '../content-validation/types.ts';
import type { LintRule } from './types.ts';

export const PLACEHOLDER_MARK = '待填写';

export const placeholderRule: LintRule = (file) => {
  if (file.draft) return [];
  const problems: Problem[] = [];
  file.lines.forEach((line, index) => {
    if (!line.includes(PLACEHOLDER_MARK)) return;
    // Hints inside MDX comments are not shown on the page.
    if (file.ext !== 'json' && index + 1 >= file.bodyLine && !(file.markup[index] ?? '').includes(PLACEHOLDER_MARK)) return;
    const excerpt = line.trim().slice(0, 40);
    problems.push({
      file: file.path,
      line: index + 1,
      field: '占位文字',
      message: `还有未填写的占位文字：“${excerpt}”`,
      hint: file.ext === 'json' ? '把“待填写”换成正式内容' : '把“待填写”换成正式内容；还没写完就在字段区加一行 draft: true（草稿不会发布）',
    });
  });
  return problems;
};
