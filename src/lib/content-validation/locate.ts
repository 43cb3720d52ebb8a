/** Finds the line of a field in frontmatter or JSON text, so a problem points where to edit. */

/**
 * Best line for a key path inside `source` (which starts at `firstLine` of the file): the line of
 * the deepest named key that can be found after its parent, falling back to the parent's line.
 */
export function lineOfPath(source: string, firstLine: number, path: readonly (string | number)[]): number {
  const lines = source.split('\n');
  let from = 0;
  let found = -1;
  for (const segment of path) {
    if (typeof segment === 'number') {
      const itemLine = nthListItem(lines, from, segment);
      if (itemLine >= 0) {
        from = itemLine;
        found = itemLine;
      }
      continue;
    }
    const pattern = new RegExp(`^\\s*(?:-\\s+)?(?:"${escape(segment)}"|${escape(segment)})\\s*:`);
    const index = lines.findIndex((line, i) => i >= from && pattern.test(line));
    if (index < 0) break;
    from = index;
    found = index;
  }
  return firstLine + Math.max(found, 0);
}

function nthListItem(lines: readonly string[], from: number, n: number): number {
  // YAML block lists (“- item”) or JSON arrays (“{” / values one per line): count from `from`.
  let count = -1;
  const baseIndent = indentOf(lines[from + 1] ?? '');
  for (let i = from + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    if (indentOf(line) < baseIndent) break;
    if (indentOf(line) === baseIndent && /^\s*(-\s|\{|"|\d|\[)/.test(line)) {
      count++;
      if (count === n) return i;
    }
  }
  return -1;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Line number of a character offset in a text (1-based). */
export function lineOfOffset(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}
