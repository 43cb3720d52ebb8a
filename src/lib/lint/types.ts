/** Lint rules for Markdown/MDX content: pure functions from a scanned file to problems. */
import type { Problem } from '../content-validation/types.ts';
import type { ScannedFile } from './scan.ts';

export type LintRule = (file: ScannedFile) => Problem[];
