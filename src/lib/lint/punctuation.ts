/**
 * 标点: Chinese sentences use full-width punctuation. A half-width , ; : ? ! . ( ) is reported
 * only where it sits between Chinese characters (or after one at the end of a line), so 1.5,
 * 8:30, 1+8+N, “e家”, English and addresses in links are never flagged.
 */
import type { Problem } from '../content-validation/types.ts';
import type { LintRule } from './types.ts';

const HAN = /\p{Script=Han}/u;
/** Chinese punctuation that may follow a closing parenthesis: ）( after 示例) it is 。，、 etc. */
const CJK_PUNCT = /[。，、；：？！”’）》」』]/u;

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。', '(': '（', ')': '）' };

function neighbour(line: string, index: number, step: -1 | 1): string {
  for (let i = index + step; i >= 0 && i < line.length; i += step) {
    if (line[i] !== ' ' && line[i] !== '\t') return line[i]!;
  }
  return '';
}

export function halfWidthProblems(line: string): { column: number; char: string }[] {
  const found: { column: number; char: string }[] = [];
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (!(char in FULL_WIDTH)) continue;
    const before = neighbour(line, i, -1);
    const after = neighbour(line, i, 1);
    const hanBefore = HAN.test(before);
    const hanAfter = HAN.test(after);
    let bad = false;
    if (char === '(') bad = hanBefore && hanAfter;
    else if (char === ')') bad = hanBefore && (hanAfter || after === '' || CJK_PUNCT.test(after));
    else if (char === '.') bad = hanBefore && (hanAfter || after === '') && line[i + 1] !== '.';
    else bad = hanBefore && (hanAfter || after === '');
    if (bad) found.push({ column: i + 1, char });
  }
  return found;
}

/** Frontmatter fields that are sentences a reader sees (lists such as keywords are YAML, not prose). */
const PROSE_FIELD = /^(?:title|summary):[ \t]+["']?(.*?)["']?(?:[ \t]+#.*)?$/;

/** The text to check on each line: the body's prose, and the values of title and summary. */
function proseLines(file: Parameters<LintRule>[0]): string[] {
  return file.prose.map((line, index) => {
    if (index + 1 >= file.bodyLine) return line;
    const raw = file.lines[index] ?? '';
    const value = PROSE_FIELD.exec(raw)?.[1];
    if (!value) return '';
    const start = raw.indexOf(value, raw.indexOf(':') + 1);
    return ' '.repeat(start) + value; // same columns as the file
  });
}

export const punctuationRule: LintRule = (file) => {
  const problems: Problem[] = [];
  const views = file.ext === 'json' ? [] : proseLines(file);
  views.forEach((line, index) => {
    const found = halfWidthProblems(line);
    if (found.length === 0) return;
    const chars = [...new Set(found.map((f) => f.char))];
    const excerpt = excerptAround(file.lines[index] ?? line, found[0]!.column - 1);
    problems.push({
      file: file.path,
      line: index + 1,
      field: '标点',
      message: `中文句子里用了半角标点 ${chars.map((c) => `“${c}”`).join('')}（第 ${found.map((f) => f.column).join('、')} 列：“${excerpt}”）`,
      hint: `改为全角标点：${chars.map((c) => `${c} → ${FULL_WIDTH[c]}`).join('，')}`,
    });
  });
  return problems;
};

function excerptAround(line: string, column: number): string {
  const chars = [...line];
  // Columns are UTF-16 offsets; all characters involved here are in the BMP.
  return chars.slice(Math.max(0, column - 6), column + 6).join('').trim();
}
