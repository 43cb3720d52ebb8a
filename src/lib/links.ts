/**
 * Internal links and anchors of a built site: every <a href> to this site must name a file that
 * exists in dist/ (a directory means its index.html) and every #anchor an element id on the target
 * page. Pure: the caller reads dist/ and hands over each page's HTML and the list of files.
 */

export interface PageLinks {
  /** Element ids on the page (id="…", and name="…" of <a>). */
  ids: Set<string>;
  /** inArticle: inside <article> (the entry's own content), not the header, nav or footer. */
  links: { href: string; line: number; inArticle: boolean }[];
  /** The content file the page was built from, when the page says (data-content-source="…"). */
  source?: string;
}

export interface LinkProblem {
  /** dist-relative file of the page holding the link, e.g. services/x/index.html */
  page: string;
  line: number;
  href: string;
  /** True when the link is in the page's <article>, i.e. likely written in the content file. */
  inArticle: boolean;
  message: string;
  hint: string;
}

const attrPatterns = new Map<string, RegExp>();
const ATTR = (name: string) => {
  let pattern = attrPatterns.get(name);
  if (!pattern) attrPatterns.set(name, (pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i')));
  return pattern;
};

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Reads ids and links from a page's HTML (scripts, styles and comments skipped). */
export function extractPage(html: string): PageLinks {
  const text = html.replace(/<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<template\b[\s\S]*?<\/template>/gi, (match) => match.replace(/[^\n]/g, ' '));
  const ids = new Set<string>();
  const links: PageLinks['links'] = [];
  let source: string | undefined;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const articles: [number, number][] = [];
  for (const open of text.matchAll(/<article\b/gi)) {
    const close = text.indexOf('</article>', open.index!);
    articles.push([open.index!, close < 0 ? text.length : close]);
  }
  const inArticle = (offset: number) => articles.some(([from, to]) => offset > from && offset < to);
  for (const tag of text.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)(\s[^<>]*)?>/g)) {
    const name = tag[1]!.toLowerCase();
    const attrs = tag[2] ?? '';
    const value = (attr: string) => {
      const match = ATTR(attr).exec(attrs);
      return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') : undefined;
    };
    const id = value('id');
    if (id) ids.add(id);
    if (name === 'a') {
      const anchorName = value('name');
      if (anchorName) ids.add(anchorName);
      const href = value('href');
      if (href !== undefined) links.push({ href, line: lineAt(tag.index!), inArticle: inArticle(tag.index!) });
    }
    const dataSource = value('data-content-source');
    if (dataSource && !source) source = dataSource;
  }
  return source ? { ids, links, source } : { ids, links };
}

/** dist-relative page file → its URL path: services/x/index.html → /services/x/ */
export function pageUrl(page: string): string {
  const path = `/${page.replace(/\\/g, '/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export interface ResolvedLink {
  /** dist-relative file the link opens, or null when none exists. */
  file: string | null;
  /** The anchor after #, decoded; '' when none. */
  anchor: string;
  /** The path as written, decoded (for messages). */
  pathname: string;
  trailingSlashMissing: boolean;
}

/** Resolves an internal link; null for external, mailto:, tel: and other schemes. */
export function resolveLink(page: string, href: string, files: ReadonlySet<string>, siteOrigin?: string): ResolvedLink | null {
  const trimmed = href.trim();
  if (trimmed === '' || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(trimmed)) {
    if (!siteOrigin || !trimmed.startsWith(siteOrigin)) return null;
  }
  const base = `http://site.invalid${pageUrl(page)}`;
  let url: URL;
  try {
    url = new URL(siteOrigin && trimmed.startsWith(siteOrigin) ? trimmed.slice(siteOrigin.length) || '/' : trimmed, base);
  } catch {
    return { file: null, anchor: '', pathname: trimmed, trailingSlashMissing: false };
  }
  let pathname = url.pathname;
  try {
    pathname = decodeURIComponent(pathname);
  } catch {
    // keep it encoded
  }
  const anchor = decodeHash(url.hash);
  const relative = pathname.replace(/^\/+/, '');
  const candidates = pathname.endsWith('/') ? [`${relative}index.html`] : [relative];
  const found = candidates.find((candidate) => files.has(candidate)) ?? null;
  const trailingSlashMissing = !found && !pathname.endsWith('/') && files.has(`${relative}/index.html`);
  return { file: found, anchor, pathname, trailingSlashMissing };
}

function decodeHash(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Every broken internal link and missing anchor in the pages. */
export function checkLinks(pages: ReadonlyMap<string, PageLinks>, files: ReadonlySet<string>, siteOrigin?: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const [page, { links }] of pages) {
    for (const { href, line, inArticle } of links) {
      const resolved = resolveLink(page, href, files, siteOrigin);
      if (!resolved) continue;
      if (!resolved.file) {
        problems.push(
          resolved.trailingSlashMissing
            ? { page, line, href, inArticle, message: '链接末尾缺少“/”', hint: `改为 ${resolved.pathname}/${resolved.anchor ? `#${resolved.anchor}` : ''}（本站网址都以“/”结尾）` }
            : { page, line, href, inArticle, message: `链接的页面 ${resolved.pathname} 不存在`, hint: '检查网址拼写，或改为已有页面的网址（例如 content/services/abc.mdx 的网址是 /services/abc/）' },
        );
        continue;
      }
      if (!resolved.anchor || resolved.anchor === 'top') continue;
      const target = pages.get(resolved.file);
      if (!target) continue; // not an HTML page (a CSV, a PDF): anchors are not ours to check
      if (!target.ids.has(resolved.anchor)) {
        const known = [...target.ids].filter((id) => !/^astro-|^_/.test(id)).slice(0, 8);
        problems.push({
          page,
          line,
          href,
          inArticle,
          message: `锚点 #${resolved.anchor} 在 ${pageUrl(resolved.file)} 上不存在`,
          hint: known.length > 0 ? `改为该页已有的锚点，例如：${known.map((id) => `#${id}`).join('、')}` : '去掉 # 之后的部分，或在目标页面加上这个锚点',
        });
      }
    }
  }
  return problems;
}
