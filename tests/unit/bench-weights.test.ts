import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bucketOf, inlineScriptBytes, summarise, transferSize } from '../../scripts/lib/bench/weights.ts';

describe('page weights (bench:pages)', () => {
  it('groups responses by what they are', () => {
    expect(['document', 'stylesheet', 'script', 'fetch', 'image'].map(bucketOf)).toEqual(['html', 'css', 'js', 'other', 'other']);
  });

  it('counts gzip bytes for uncompressed text, the wire size for compressed bodies and raw bytes for images', () => {
    const text = Buffer.from('西城幸福e家'.repeat(200));
    expect(transferSize(text, 'text/html; charset=utf-8', undefined, text.length)).toBe(gzipSync(text, { level: 9 }).length);
    expect(transferSize(text, 'text/html; charset=utf-8', 'br', 321)).toBe(321);
    const png = Buffer.alloc(500, 7);
    expect(transferSize(png, 'image/png', undefined, 500)).toBe(500);
  });

  it('counts executable inline scripts but not JSON-LD or external scripts', () => {
    const html = '<script type="application/ld+json">{"@type":"Article"}</script><script src="/a.js"></script><script type="module">import("/b.js")</script><script>var a = 1;</script>';
    expect(inlineScriptBytes(html)).toBe(gzipSync('import("/b.js")\nvar a = 1;', { level: 9 }).length);
    expect(inlineScriptBytes('<script type="application/ld+json">{}</script>')).toBe(0);
  });

  it('totals every response and counts requests', () => {
    const weight = summarise(
      [
        { url: '/', resourceType: 'document', status: 200, transferBytes: 5000 },
        { url: '/a.css', resourceType: 'stylesheet', status: 200, transferBytes: 2000 },
        { url: '/a.js', resourceType: 'script', status: 200, transferBytes: 700 },
        { url: '/favicon.svg', resourceType: 'other', status: 200, transferBytes: 200 },
      ],
      '',
    );
    expect(weight).toEqual({ html: 5000, css: 2000, js: 700, other: 200, total: 7900, requests: 4, inlineJs: 0 });
  });
});
