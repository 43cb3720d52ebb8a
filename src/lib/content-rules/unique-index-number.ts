/** 索引号 identifies one disclosure item: two items may never share one. */
import type { ContentRule, Problem } from '../content-validation/types.ts';
import { lineOfPath } from '../content-validation/locate.ts';

export const uniqueIndexNumbers: ContentRule = (snapshot) => {
  const problems: Problem[] = [];
  const firstFile = new Map<string, string>();
  for (const entry of snapshot.get('disclosure') ?? []) {
    const indexNo = entry.data['indexNo'];
    if (typeof indexNo !== 'string') continue;
    const first = firstFile.get(indexNo);
    if (first) {
      problems.push({
        file: entry.file,
        line: lineOfPath(entry.source, entry.line, ['indexNo']),
        field: 'indexNo（索引号）',
        message: `索引号“${indexNo}”重复，已被 ${first} 使用`,
        hint: '运行 npx node scripts/next-index-number.ts <年份> 可得到该年下一个可用的索引号',
      });
    } else firstFile.set(indexNo, entry.file);
  }
  return problems;
};
