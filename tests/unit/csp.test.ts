import { minifyInlineScript } from '../../src/scripts/inline-script.ts';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { cspHash, parsePolicy, serializePolicy, siteWidePolicy, unsafeSources } from '../../src/lib/csp.ts';
import { auditPage, inlineBlocks, metaPolicies } from '../../src/lib/csp-audit.ts';
import { csp, HEADER_ONLY_DIRECTIVES, PAGE_DIRECTIVES } from '../../src/csp.config.ts';

const script = 'console.log("hi")';
const style = 'p{color:red}';
const page = (policy: string, body = '', head = '') =>
  `<!DOCTYPE html><html><head>${head}<meta http-equiv="content-security-policy" content="${policy}"><script>${script}</script><style>${style}</style></head><body>${body}</body></html>`;
const good = `default-src 'self'; object-src 'none'; script-src 'self' '${cspHash(script)}'; style-src 'self' '${cspHash(style)}'`;

describe('cspHash', () => {
  it('is the base64 SHA-256 of the exact UTF-8 text, as a browser computes it', () => {
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(cspHash('大字')).toBe(`sha256-${createHash('sha256').update(Buffer.from('大字', 'utf8')).digest('base64')}`);
    expect(cspHash('a\n')).not.toBe(cspHash('a'));
  });
});

describe('policies', () => {
  it('parse, keeping the first of a repeated directive as browsers do, and serialize back', () => {
    const policy = parsePolicy("default-src 'self';script-src 'self' 'sha256-x=' ; script-src *; ");
    expect([...policy]).toEqual([['default-src', ["'self'"]], ['script-src', ["'self'", "'sha256-x='"]]]);
    expect(serializePolicy(policy)).toBe("default-src 'self'; script-src 'self' 'sha256-x='");
  });
  it('the site-wide policy keeps the fixed directives and unions every page’s script and style sources', () => {
    const policy = siteWidePolicy(
      ["default-src 'self'", "frame-ancestors 'none'"],
      ["script-src 'self' 'sha256-b='; style-src 'self' 'sha256-s='; img-src *", "script-src 'self' 'sha256-a=' 'wasm-unsafe-eval'"],
      ['script-src', 'style-src'],
    );
    expect(serializePolicy(policy)).toBe("default-src 'self'; frame-ancestors 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-s='");
  });
  it('finds unsafe sources in any directive', () => {
    expect(unsafeSources(parsePolicy("script-src 'self'; style-src 'unsafe-inline'; script-src-attr 'unsafe-hashes'"))).toEqual(["style-src 'unsafe-inline'", "script-src-attr 'unsafe-hashes'"]);
    expect(unsafeSources(parsePolicy("script-src 'unsafe-eval' 'wasm-unsafe-eval'"))).toEqual(["script-src 'unsafe-eval'"]);
  });
});

describe('auditPage', () => {
  it('passes a page whose inline script and style are hashed and that carries the required directives', () => {
    expect(auditPage(page(good), ["object-src 'none'"])).toEqual([]);
  });
  it('fails without exactly one CSP meta', () => {
    expect(auditPage('<html><head></head></html>')).toEqual(['0 个 CSP <meta>，应恰好 1 个']);
    expect(auditPage(page(good, '', `<meta http-equiv="Content-Security-Policy" content="${good}">`))[0]).toMatch(/^2 个/);
  });
  it("fails on 'unsafe-inline' in script-src or style-src, and on a missing or different required directive", () => {
    const problems = auditPage(page(`${good.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")}`), ["object-src 'none'", "base-uri 'self'"]);
    expect(problems).toContain("CSP 不得含 style-src 'unsafe-inline'");
    expect(problems.some((p) => p.includes("base-uri 'self'"))).toBe(true);
  });
  it('fails on an inline script or style that the policy does not hash', () => {
    const problems = auditPage(page(good.replace(cspHash(script), cspHash('other'))));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/内联 <script>.*console\.log/);
    expect(auditPage(page(good.replace(cspHash(style), cspHash('other'))))[0]).toMatch(/内联 <style>/);
  });
  it('the -elem directive, when present, is the one that must hold the hash', () => {
    expect(auditPage(page(`${good}; script-src-elem 'self'`))[0]).toMatch(/内联 <script>/);
  });
  it('fails on style attributes, inline event handlers and javascript: URLs, also inside <noscript>', () => {
    const problems = auditPage(page(good, `<p style="color:red">x</p><button onclick="go()">x</button><a href=" javascript:go()">x</a><noscript><div style='x'></div></noscript>`));
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/<p style="color:red">[\s\S]*onclick[\s\S]*javascript:[\s\S]*<div style="x">/);
  });
  it('does not mistake text, attribute values or comments for attributes, nor a JSON-LD block for a script', () => {
    const body = '<p title="a style=&quot;x&quot; onclick=y">style="x" onclick=</p><!-- <p style="x"> --><script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/x.js"></script>';
    expect(auditPage(page(good, body))).toEqual([]);
  });
});

describe('inlineBlocks and metaPolicies', () => {
  it('read scripts a browser runs, styles, and decoded meta content', () => {
    const html = `<meta http-equiv="content-security-policy" content="script-src &#39;self&#39;"><script type="module">a()</script><script type="text/plain">b</script><style media="print">c{}</style>`;
    expect(inlineBlocks(html)).toEqual([{ kind: 'script', text: 'a()' }, { kind: 'style', text: 'c{}' }]);
    expect(metaPolicies(html)).toEqual(["script-src 'self'"]);
  });
});

describe('the site policy (src/csp.config.ts)', () => {
  it('hashes the reading-preferences script exactly as BaseLayout inlines it', () => {
    expect(csp.scriptDirective.hashes).toContain(cspHash(minifyInlineScript(readFileSync('src/scripts/reading-preferences.js', 'utf8'))));
  });
  it("allows only this origin, and no 'unsafe-inline' or 'unsafe-eval'", () => {
    const policy = parsePolicy([...PAGE_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES, `script-src ${csp.scriptDirective.resources.join(' ')}`, `style-src ${csp.styleDirective.resources.join(' ')}`].join(';'));
    expect(unsafeSources(policy)).toEqual([]);
    for (const [name, sources] of policy) {
      expect(sources.filter((source) => !["'self'", "'none'", "'wasm-unsafe-eval'"].includes(source)), name).toEqual([]);
    }
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });
});
