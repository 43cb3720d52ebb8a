/**
 * Checks a built HTML page against its own Content-Security-Policy, without a browser: the
 * things a hash-based policy silently breaks (a style attribute, an onclick, a new inline script
 * nobody hashed) fail the build instead of failing quietly in a reader's browser.
 */
import { cspHash, parsePolicy, unsafeSources, type Policy } from './csp.ts';

export interface InlineBlock {
  kind: 'script' | 'style';
  text: string;
}

export interface Tag {
  name: string;
  attributes: Map<string, string>;
}

const RAW_TEXT = /<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>/gi;
const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
// Script types a browser runs; anything else (application/ld+json, importmap aside) is a data block.
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function decodeEntities(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

function withoutComments(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '');
}

/** Every start tag outside scripts and styles, with its attributes. */
export function startTags(html: string): Tag[] {
  const markup = withoutComments(html).replace(RAW_TEXT, (_, name: string, attributes: string) => `<${name}${attributes}>`);
  return [...markup.matchAll(TAG)].map((match) => ({ name: match[1]!.toLowerCase(), attributes: parseAttributes(match[2] ?? '') }));
}

/** Inline scripts a browser would run, and inline style sheets. */
export function inlineBlocks(html: string): InlineBlock[] {
  const blocks: InlineBlock[] = [];
  for (const match of withoutComments(html).matchAll(RAW_TEXT)) {
    const kind = match[1]!.toLowerCase() as InlineBlock['kind'];
    const attributes = parseAttributes(match[2] ?? '');
    if (kind === 'script' && (attributes.has('src') || !EXECUTABLE.has((attributes.get('type') ?? '').trim().toLowerCase()))) continue;
    blocks.push({ kind, text: match[3] ?? '' });
  }
  return blocks;
}

/** The policies of a page's <meta http-equiv="content-security-policy"> elements. */
export function metaPolicies(html: string): string[] {
  return startTags(html)
    .filter((tag) => tag.name === 'meta' && tag.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy')
    .map((tag) => tag.attributes.get('content') ?? '');
}

/** The sources that govern inline <script> or <style> elements: the -elem directive when present. */
export function elementSources(policy: Policy, kind: InlineBlock['kind']): string[] | undefined {
  return policy.get(`${kind}-src-elem`) ?? policy.get(`${kind}-src`) ?? policy.get('default-src');
}

/**
 * Problems of one page, as readable lines (empty when clean). `required` are directives the page
 * must carry exactly as written, e.g. "object-src 'none'".
 */
export function auditPage(html: string, required: readonly string[] = []): string[] {
  const policies = metaPolicies(html);
  if (policies.length !== 1) return [`${policies.length} 个 CSP <meta>，应恰好 1 个`];
  const policy = parsePolicy(policies[0]!);
  const problems: string[] = [];
  for (const directive of ['script-src', 'style-src']) {
    if (!policy.has(directive)) problems.push(`CSP 缺少 ${directive}`);
  }
  for (const unsafe of unsafeSources(policy)) problems.push(`CSP 不得含 ${unsafe}`);
  for (const [name, ...sources] of required.map((directive) => directive.split(/\s+/))) {
    if (policy.get(name!)?.join(' ') !== sources.join(' ')) problems.push(`CSP 应有“${[name, ...sources].join(' ')}”，实为“${[name, ...(policy.get(name!) ?? [])].join(' ')}”`);
  }
  for (const block of inlineBlocks(html)) {
    const hash = `'${cspHash(block.text)}'`;
    if (!elementSources(policy, block.kind)?.includes(hash)) problems.push(`内联 <${block.kind}> 的哈希 ${hash} 不在 CSP 中：${block.text.trim().slice(0, 60)}…`);
  }
  for (const tag of startTags(html)) {
    for (const [name, value] of tag.attributes) {
      if (name === 'style') problems.push(`<${tag.name} style="${value.slice(0, 60)}">：CSP 禁止 style 属性，请改用 class`);
      else if (/^on[a-z]+$/.test(name)) problems.push(`<${tag.name} ${name}>：CSP 禁止内联事件处理`);
      else if (['href', 'src', 'action', 'formaction'].includes(name) && /^\s*javascript:/i.test(value)) problems.push(`<${tag.name} ${name}="javascript:…">：CSP 禁止`);
    }
  }
  return problems;
}
