/** 索引号 identifies one disclosure item: two items may never share one. */
import type { ContentRule, Problem, ValidRecord } from '../content-validation/types.ts';
import { lineOfPath } from '../content-validation/locate.ts';

export const uniqueIndexNumbers: ContentRule = (snapshot) => {
  const byNumber = new Map<string, ValidRecord[]>();
  for (const entry of snapshot.get('disclosure') ?? []) {
    const indexNo = entry.data['indexNo'];
    if (typeof indexNo === 'string') byNumber.set(indexNo, [...(byNumber.get(indexNo) ?? []), entry]);
  }
  const problems: Problem[] = [];
  for (const [indexNo, entries] of byNumber) {
    if (entries.length < 2) continue;
    // Every file that shares the number is told, so the editor sees it whichever file they opened.
    for (const entry of entries) {
      const others = entries.filter((other) => other !== entry).map((other) => other.file);
      problems.push({
        file: entry.file,
        line: lineOfPath(entry.source, entry.line, ['indexNo']),
        field: 'indexNo（索引号）',
        message: `索引号“${indexNo}”重复，${others.join('、')} 也在使用`,
        hint: '每条公开信息的索引号必须唯一；运行 npx node scripts/next-index-number.ts <年份> 可得到该年下一个可用的索引号',
      });
    }
  }
  return problems;
};
