/**
 * What the search box sends to Pagefind, and the search keys pages carry for 文号 and 索引号.
 *
 * Pagefind cuts indexed text with jieba and the query with the browser's Intl.Segmenter, and drops
 * punctuation on both sides: 西政发〔2012〕4号 becomes six common pieces (西 政 发 2012 4 号) that
 * half the site contains, and 11A0XC-2012-00001 becomes 11a0xc 2012 00001, found in every item
 * of that year. A run of ASCII letters and digits is one word for both segmenters, so every page
 * with a 文号 or 索引号 also carries an ASCII key for it (SearchFilters.astro), and a query that is a
 * 文号 or 索引号 in any common spelling is sent as that key: it matches that page and no other.
 */
import { normaliseDocNumber, parseDocNumber, parseOrderNumber } from './doc-number.ts';
import { parseIndexNumber } from './index-number.ts';

/**
 * The key of a 文号, in any spelling normaliseDocNumber accepts, or of a 令号 (国务院令第555号,
 * 国务院第555号令, 主席令第六十三号); null when it is neither.
 */
export function docNumberKey(value: string): string | null {
  const text = value.normalize('NFKC');
  const order = parseOrderNumber(text);
  if (order) return `wl${order.kind === '国务院令' ? 'gwy' : 'zx'}n${order.serial}h`;
  const standard = normaliseDocNumber(text);
  const doc = standard === null ? null : parseDocNumber(standard);
  if (!doc) return null;
  // Code points keep every agency distinct in ASCII; the final "h" (号) stops serial 4 from
  // being a prefix of serial 41, since Pagefind also matches words that start with the query.
  const agency = [...doc.agency].map((char) => char.codePointAt(0)!.toString(16).padStart(4, '0')).join('');
  return `wh${agency}y${doc.year}n${doc.serial}h`;
}

const INDEX_NO_LENIENT = /^([0-9A-Z]{4,18}?)[-_]?(\d{4})[-_]?(\d{5})$/;

/**
 * The key of a 索引号: the number without separators (11A0XC201200001). Accepts lower case,
 * full-width characters, spaces and any dash between the parts.
 */
export function indexNumberKey(value: string): string | null {
  const compact = value
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\u2010-\u2015\u2212\uFE58\uFE63]/g, (char) => (/\s/.test(char) ? '' : '-'));
  const match = INDEX_NO_LENIENT.exec(compact);
  if (!match) return null;
  const parts = parseIndexNumber(`${match[1]}-${match[2]}-${match[3]}`);
  return parts ? `${parts.orgCode}${parts.year}${String(parts.serial).padStart(5, '0')}` : null;
}

/** The keys a page carries in its search metadata. */
export function searchKeys(numbers: { docNumber?: string | undefined; indexNo?: string | undefined }): string[] {
  const keys = [numbers.docNumber ? docNumberKey(numbers.docNumber) : null, numbers.indexNo ? indexNumberKey(numbers.indexNo) : null];
  return keys.filter((key): key is string => key !== null);
}

/**
 * Spellings of a standard 文号 that people type, for a page's hidden search terms: brackets are
 * dropped by both segmenters, but 第 is a word of its own.
 */
export function docNumberSpellings(standard: string): string[] {
  const doc = parseDocNumber(standard);
  if (!doc) return [standard];
  return [standard, `${doc.agency}〔${doc.year}〕第${doc.serial}号`];
}

/**
 * The search terms of an entry page (ArticleLayout's searchTerms): its 索引号, its 文号 as written
 * and with 第, and the synonyms the editor gave (准生证 for 生育服务证).
 */
export function entrySearchTerms(entry: { docNumber?: string | undefined; indexNo?: string | undefined; synonyms?: readonly string[] }): string[] {
  const terms = [...(entry.indexNo ? [entry.indexNo] : []), ...(entry.docNumber ? docNumberSpellings(entry.docNumber) : []), ...(entry.synonyms ?? [])];
  return [...new Set(terms.map((term) => term.trim()).filter(Boolean))];
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * Text cut into words as the browser cuts a query (Intl.Segmenter, ICU's dictionary), words
 * separated by spaces: 早教大礼包 → 早 教 大 礼包, where jieba indexes 早教 and 大礼 包. Indexed as
 * metadata, this lets a typed title or synonym match word for word whatever jieba made of it.
 */
export function querySegmented(text: string): string {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text.normalize('NFKC'))) if (isWordLike) words.push(segment);
  return words.join(' ');
}

export interface NormalisedQuery {
  /** What to pass to pagefind.search(); empty when there is nothing to search for. */
  term: string;
  /** True when the whole query was a 文号 or 索引号 and became its key. */
  isNumber: boolean;
}

function keyOf(text: string): string | null {
  return docNumberKey(text) ?? indexNumberKey(text);
}

/**
 * Full-width letters and digits to ASCII, spaces collapsed, and every 文号 or 索引号 — the whole
 * query, or one of its space-separated words — replaced by its key.
 */
export function normaliseQuery(raw: string): NormalisedQuery {
  const text = raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (text === '') return { term: '', isNumber: false };
  const whole = keyOf(text);
  if (whole) return { term: whole, isNumber: true };
  const words = text.split(' ').map((word) => keyOf(word) ?? word);
  return { term: words.join(' '), isNumber: false };
}
