/**
 * File names become URLs. A youth entry may not take the URL of a section page (/youth/teens/ …),
 * and a news item may not be named like a year (/news/2012/ lists that year).
 */
import type { ContentRule, Problem } from '../content-validation/types.ts';
import { youthReservedSlugs } from '../youth.ts';
import { YEAR_SLUG } from '../news.ts';

export const youthNewsSlugs: ContentRule = (snapshot) => {
  const problems: Problem[] = [];
  for (const entry of snapshot.get('youth') ?? []) {
    if (youthReservedSlugs.includes(entry.id)) {
      problems.push({
        file: entry.file,
        field: '文件名',
        message: `文件名“${entry.id}”与栏目页面 /youth/${entry.id}/ 的网址冲突`,
        hint: `请换一个文件名；以下名称已被栏目使用：${youthReservedSlugs.join('、')}`,
      });
    }
  }
  for (const entry of snapshot.get('news') ?? []) {
    if (YEAR_SLUG.test(entry.id)) {
      problems.push({
        file: entry.file,
        field: '文件名',
        message: `文件名“${entry.id}”与年度列表 /news/${entry.id}/ 的网址冲突`,
        hint: '请用描述内容的拼音或英文命名，例如 jiazhang-daketang-2012.mdx',
      });
    }
  }
  return problems;
};
