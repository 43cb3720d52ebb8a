/**
 * Prepares a Markdown/MDX file for the lint rules: finds the frontmatter and the body, and makes
 * two views of the text with the same lines and columns, where what the rules must not look at is
 * blanked out with spaces:
 *   - `prose`:  only the text a reader sees — no frontmatter, code, comments, link addresses,
 *               HTML/JSX tags or MDX expressions (for punctuation and bare URLs);
 *   - `markup`: no frontmatter, code or comments, but tags kept (for <script>, headings).
 */
export interface ScannedFile {
  /** Path as shown in messages, e.g. content/services/x.mdx */
  path: string;
  ext: 'md' | 'mdx' | 'json' | 'other';
  text: string;
  /** Line (1-based) of the first body line; 1 when there is no frontmatter. */
  bodyLine: number;
  frontmatter: string;
  /** True when the frontmatter says draft: true. */
  draft: boolean;
  /** Lines of the whole file (index 0 = line 1). */
  lines: string[];
  /** Body with only code (fenced and inline) blanked: comments kept. */
  code: string[];
  markup: string[];
  prose: string[];
}

const blank = (match: string) => match.replace(/[^\n]/g, ' ');

export function scanFile(path: string, text: string): ScannedFile {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const ext = path.endsWith('.mdx') ? 'mdx' : path.endsWith('.md') ? 'md' : path.endsWith('.json') ? 'json' : 'other';
  const fm = ext === 'md' || ext === 'mdx' ? /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(normalised) : null;
  const frontmatter = fm ? fm[1]! : '';
  const bodyLine = fm ? fm[0].split('\n').length - (fm[0].endsWith('\n') ? 1 : 0) + 1 : 1;
  const lines = normalised.split('\n');
  const draft = ext === 'json' ? /^\s*"draft"\s*:\s*true\b/m.test(normalised) : /^draft:\s*true\s*(#.*)?$/m.test(frontmatter);
  if (ext === 'json' || ext === 'other') return { path, ext, text: normalised, bodyLine, frontmatter, draft, lines, code: lines.map(() => ''), markup: lines.map(() => ''), prose: lines.map(() => '') };

  // Frontmatter lines blank; body kept.
  let body = lines.map((line, i) => (i + 1 < bodyLine ? ' '.repeat(line.length) : line)).join('\n');
  // Code fences (``` or ~~~) blank, fence lines included.
  const bodyLines = body.split('\n');
  let fence: string | null = null;
  for (let i = 0; i < bodyLines.length; i++) {
    const line = bodyLines[i]!;
    const open = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === null && open) {
      fence = open[1]!;
      bodyLines[i] = blank(line);
    } else if (fence !== null) {
      if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = null;
      bodyLines[i] = blank(line);
    }
  }
  body = bodyLines.join('\n').replace(/`[^`\n]+`/g, blank); // inline code
  const code = body.split('\n');
  body = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank) // MDX comments
    .replace(/<!--[\s\S]*?-->/g, blank); // HTML comments
  const markup = body.split('\n');
  const prose = body
    .replace(/\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g, (match) => `](${blank(match.slice(2, -1))})`) // link addresses
    .replace(/^\s{0,3}\[[^\]\n]+\]:\s+\S+.*$/gm, blank) // link reference definitions
    .replace(/<(?:https?:\/\/|mailto:)[^<>\s]+>/g, blank) // autolinks
    .replace(/<\/?[A-Za-z][^<>]*>/g, blank) // HTML/JSX tags and their attributes
    .replace(/\{[^{}\n]*\}/g, (match) => (ext === 'mdx' ? blank(match) : match)) // MDX expressions
    .split('\n');
  return { path, ext, text: normalised, bodyLine, frontmatter, draft, lines, code, markup, prose };
}
