/** 裸网址: a web address must be a link with meaningful text: [链接文字](https://…). */
import type { Problem } from '../content-validation/types.ts';
import type { LintRule } from './types.ts';

const URL = /(?:https?:\/\/|www\.)[A-Za-z0-9][^\s<>()\[\]{}，。；：！？、“”（）]*/g;

export const bareUrlRule: LintRule = (file) => {
  const problems: Problem[] = [];
  file.prose.forEach((line, index) => {
    // Link text that is itself the address ([https://…](https://…)) is not bare.
    const visible = line.replace(/\[[^\]\n]*\](?=\s*\()/g, (match) => match.replace(/[^\n]/g, ' '));
    for (const match of visible.matchAll(URL)) {
      const url = match[0].replace(/[.,;:!?]+$/, '');
      problems.push({
        file: file.path,
        line: index + 1,
        field: '裸网址',
        message: `网址“${url}”直接写在正文里`,
        hint: `写成带说明文字的链接：[网站或文件名称](${url.startsWith('www.') ? `https://${url}` : url})`,
      });
    }
  });
  return problems;
};
