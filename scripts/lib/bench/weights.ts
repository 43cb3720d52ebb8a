/**
 * Bytes a page costs a visitor, from the responses its load produced: gzip-compressed body sizes
 * (what nginx with gzip sends), grouped as HTML, CSS, JS and other. Headers are not counted.
 */
import { gzipSync } from 'node:zlib';

export type Bucket = 'html' | 'css' | 'js' | 'other';

export interface MeasuredResponse {
  url: string;
  /** Playwright's request.resourceType(): document, stylesheet, script, fetch, image, font … */
  resourceType: string;
  status: number;
  /** Bytes on the wire for the body. */
  transferBytes: number;
}

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  requests: number;
  /** Inline <script> code in the HTML (already counted in html), gzip. */
  inlineJs: number;
}

export function bucketOf(resourceType: string): Bucket {
  switch (resourceType) {
    case 'document':
      return 'html';
    case 'stylesheet':
      return 'css';
    case 'script':
      return 'js';
    default:
      return 'other';
  }
}

/** Text formats a server compresses; images, fonts and Pagefind's index files are sent as they are. */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/.test(contentType);
}

export const gzipSize = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

/** The bytes a body takes on the wire: as sent when the server compressed it, else as gzip would send it. */
export function transferSize(body: Buffer, contentType: string, contentEncoding: string | undefined, encodedBodySize: number): number {
  if (contentEncoding) return encodedBodySize;
  return isCompressible(contentType) ? gzipSize(body) : body.length;
}

/** Executable inline scripts (not JSON-LD or other data blocks), gzip-compressed together as they travel in the HTML. */
export function inlineScriptBytes(html: string): number {
  const code = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc=/i.test(attributes!) && !/\btype=["']?(?!module|text\/javascript)[^"'\s>]+/i.test(attributes!))
    .map(([, , body]) => body!)
    .join('\n');
  return code.trim() === '' ? 0 : gzipSize(code);
}

export function summarise(responses: readonly MeasuredResponse[], html: string): PageWeight {
  const weight: PageWeight = { html: 0, css: 0, js: 0, other: 0, total: 0, requests: responses.length, inlineJs: inlineScriptBytes(html) };
  for (const response of responses) {
    weight[bucketOf(response.resourceType)] += response.transferBytes;
    weight.total += response.transferBytes;
  }
  return weight;
}
