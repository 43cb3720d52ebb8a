/**
 * Editors write short texts in JSON registries (section intros) with Markdown-style links,
 * [文字](/path/): the same syntax as in their .mdx files. This splits such a text into plain and
 * link parts for a component to render as text and <a>, so nothing an editor types becomes HTML.
 */
export type InlinePart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const LINK = /\[([^\[\]\n]+)\]\(([^()\s]+)\)/g;

export function inlineParts(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    parts.push({ kind: 'link', text: match[1]!, href: match[2]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
