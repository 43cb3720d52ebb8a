/** All content lint rules, in the order their problems are listed. */
import type { Problem } from '../content-validation/types.ts';
import { bareUrlRule } from './bare-url.ts';
import { fileNameRule } from './file-name.ts';
import { headingsRule } from './headings.ts';
import { mdxBraceRule } from './mdx-syntax.ts';
import { placeholderRule } from './placeholder.ts';
import { punctuationRule } from './punctuation.ts';
import { rawHtmlRule } from './raw-html.ts';
import { scanFile } from './scan.ts';
import type { LintRule } from './types.ts';

export const lintRules: readonly LintRule[] = [fileNameRule, rawHtmlRule, mdxBraceRule, headingsRule, bareUrlRule, punctuationRule, placeholderRule];

/** Lints one file's text; `path` is shown in messages and decides md/mdx/json handling. */
export function lintText(path: string, text: string, rules: readonly LintRule[] = lintRules): Problem[] {
  const file = scanFile(path, text);
  if (file.ext === 'json') return [...fileNameRule(file), ...placeholderRule(file)];
  return rules.flatMap((rule) => rule(file)).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
