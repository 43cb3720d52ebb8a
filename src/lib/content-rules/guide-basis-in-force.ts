/**
 * A guide's 设定依据 must be law in force: citing a policy that is 已废止 or 已修订 sends residents to
 * an old text. The problem names the guide, the cited id and, when recorded, the replacement.
 */
import type { ContentRule, Problem } from '../content-validation/types.ts';
import { lineOfPath } from '../content-validation/locate.ts';

export const guideBasisInForce: ContentRule = (snapshot) => {
  const problems: Problem[] = [];
  const policies = new Map((snapshot.get('policies') ?? []).map((policy) => [policy.id, policy.data]));
  for (const guide of snapshot.get('services') ?? []) {
    const basis = guide.data['basis'];
    if (!Array.isArray(basis)) continue;
    basis.forEach((ref: { id?: unknown }, index) => {
      const id = typeof ref?.id === 'string' ? ref.id : undefined;
      const policy = id === undefined ? undefined : policies.get(id);
      const status = policy?.['status'];
      if (!policy || status === '现行有效' || status === undefined) return;
      const replacement = (policy['supersededBy'] as { id?: string } | undefined)?.id;
      problems.push({
        file: guide.file,
        line: lineOfPath(guide.source, guide.line, ['basis', index]),
        field: `basis[${index}]（设定依据）`,
        message: `设定依据“${id}”${String(status)}，办事指南只能引用现行有效的文件`,
        hint: replacement ? `请改为“${replacement}”` : '请改为现行有效的文件',
      });
    });
  }
  return problems;
};
