/** 文件名: content file names become URLs, so no Chinese, capitals or spaces (same rule as the validator). */
import { fileNameProblem } from '../content-validation/parse-file.ts';
import type { LintRule } from './types.ts';

export const fileNameRule: LintRule = (file) => {
  // content/<collection>/<sub/folders>/<name>: folders below the collection are checked too.
  const parts = file.path.replace(/\\/g, '/').split('/');
  const at = parts.lastIndexOf('content');
  const idPath = at >= 0 ? parts.slice(at + 2).join('/') : parts.slice(-1).join('/');
  const problem = fileNameProblem(file.path, idPath);
  return problem ? [{ ...problem, line: 1 }] : [];
};
