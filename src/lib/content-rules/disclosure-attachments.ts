/** A disclosure item's attachments must exist under public/: a broken download is a broken promise. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentRule, Problem } from '../content-validation/types.ts';
import { lineOfPath } from '../content-validation/locate.ts';

export const disclosureAttachmentsExist: ContentRule = (snapshot) => {
  const problems: Problem[] = [];
  for (const entry of snapshot.get('disclosure') ?? []) {
    const attachments = entry.data['attachments'];
    if (!Array.isArray(attachments)) continue;
    attachments.forEach((attachment: { file?: unknown }, index) => {
      if (typeof attachment?.file !== 'string') return;
      if (existsSync(join('public', attachment.file))) return;
      problems.push({
        file: entry.file,
        line: lineOfPath(entry.source, entry.line, ['attachments', index, 'file']),
        field: `attachments[${index}].file（附件）`,
        message: `附件文件 public${attachment.file} 不存在`,
        hint: '把文件放到 public/files/ 下，或改正路径',
      });
    });
  }
  return problems;
};
