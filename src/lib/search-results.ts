/**
 * One search result as the page shows it, from the data Pagefind returns for it: title, 栏目,
 * date, 文号 or 索引号, and the excerpt split into plain and matched (<mark>) parts so that it can
 * be rendered as text, never as HTML.
 */
import { formatChineseDate } from './dates.ts';

/** The part of Pagefind's result data the page uses. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Readonly<Record<string, string | undefined>>;
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface ResultView {
  url: string;
  title: string;
  section: string | null;
  /** YYYY-MM-DD and its Chinese form, when the page has a date. */
  date: { iso: string; text: string } | null;
  /** 文号 and 索引号, those the page has. */
  numbers: { label: '文号' | '索引号'; value: string }[];
  excerpt: ExcerptPart[];
}

const ENTITIES: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Pagefind's excerpt ("…<mark>孕前</mark>检查…", with < and > of the text escaped) as parts. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  // Any tag but <mark> is not Pagefind's markup: drop it (before decoding, so that escaped text
  // such as &lt;script&gt; stays as text).
  const text = (raw: string) => decode(raw.replace(/<\/?[a-z][^>]*>/gi, ''));
  const parts: ExcerptPart[] = [];
  let last = 0;
  for (const match of excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)) {
    if (match.index > last) parts.push({ text: text(excerpt.slice(last, match.index)), marked: false });
    parts.push({ text: text(match[1]!), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: text(excerpt.slice(last)), marked: false });
  return parts.filter((part) => part.text !== '');
}

export function resultView(data: ResultData): ResultView {
  const { meta } = data;
  const iso = meta['date'];
  return {
    url: data.url,
    title: meta['title']?.trim() || data.url,
    section: meta['section'] || null,
    date: iso ? { iso, text: formatChineseDate(iso) } : null,
    numbers: (['文号', '索引号'] as const).flatMap((label) => {
      const value = meta[label === '文号' ? 'docNumber' : 'indexNo'];
      return value ? [{ label, value }] : [];
    }),
    excerpt: excerptParts(data.excerpt),
  };
}

/** The sentence the live region reads out. */
export function resultCountText(total: number, shown: number): string {
  if (total === 0) return '没有找到结果';
  return shown < total ? `找到 ${total} 条结果，显示前 ${shown} 条` : `找到 ${total} 条结果`;
}
