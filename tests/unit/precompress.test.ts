import { describe, expect, it } from 'vitest';
import { MIN_SIZE, shouldCompress, worthKeeping } from '../../src/lib/precompress.ts';

describe('shouldCompress', () => {
  it('takes text formats and Pagefind files from about 1 KB up', () => {
    for (const path of ['index.html', 'services/index.html', '_astro/a.B1c.css', '_astro/x.js', 'feeds/news.xml', 'sitemap-0.xml', 'bulletins/2012-h1.json', 'bulletins/2012-h1/headlines.csv', 'favicon.svg', 'robots.txt', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.zh-cn_abc.pf_meta', 'pagefind/index/zh-cn_1.pf_index', 'pagefind/fragment/zh-cn_2.pf_fragment', 'pagefind/wasm.unknown.pagefind']) {
      expect(shouldCompress(path, MIN_SIZE), path).toBe(true);
    }
    expect(shouldCompress('index.html', MIN_SIZE - 1)).toBe(false);
  });
  it('leaves binaries, compressed copies and skipped folders alone', () => {
    for (const path of ['files/a.pdf', 'logo.png', 'index.html.gz', 'index.html.br', 'Makefile', '.htaccess']) expect(shouldCompress(path, 10_000), path).toBe(false);
    expect(shouldCompress('_deploy/content-security-policy.txt', 10_000, ['_deploy'])).toBe(false);
    expect(shouldCompress('_deployed/x.txt', 10_000, ['_deploy'])).toBe(true);
  });
});

describe('worthKeeping', () => {
  it('keeps a copy only when it saves at least 5 %', () => {
    expect(worthKeeping(1000, 300)).toBe(true);
    expect(worthKeeping(1000, 950)).toBe(true);
    expect(worthKeeping(1000, 951)).toBe(false);
    expect(worthKeeping(1000, 1010)).toBe(false);
  });
});
