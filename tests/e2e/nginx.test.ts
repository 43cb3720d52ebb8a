/**
 * deploy/nginx in action: nginx (Debian's /usr/sbin/nginx) serves dist/ on a loopback port from a
 * rendered copy of the configuration, and is checked for what production relies on: pages,
 * downloads and search files, the 404 page, slash redirects, security headers and the CSP,
 * caching, precompressed bodies, MIME types, and Chromium loading pages with no CSP violation.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startNginx, type RunningNginx } from '../../scripts/lib/nginx-process.ts';
import { createStaticServer } from '../../scripts/lib/static-server.ts';
import { readHeaderPolicy, SECURITY_HEADERS } from '../../scripts/lib/security-headers.ts';
import { metaPolicies } from '../../src/lib/csp-audit.ts';
import { parsePolicy } from '../../src/lib/csp.ts';
import { connectHarness, watchPage, type Harness } from './support/browser.ts';
import { PAGE_TYPES } from './support/a11y.ts';
import { hydrateIslands, searchUnderCsp, watchCspViolations } from './support/csp.ts';
import { rawGet } from '../../scripts/lib/raw-get.ts';

let nginx: RunningNginx;
before(async () => {
  nginx = await startNginx('dist');
});
after(async () => {
  const log = nginx?.errorLog() ?? '';
  await nginx?.stop();
  // Errors are for the requests meant to fail (a directory without index.html); nothing worse.
  assert.deepEqual(log.split('\n').filter((line) => /\[(crit|alert|emerg)\]/.test(line)), []);
});

const url = (path: string) => nginx.baseUrl + path;
const dist = (file: string) => readFileSync(join('dist', file));
const firstFile = (dir: string, suffix: string) => readdirSync(join('dist', dir)).find((name) => name.endsWith(suffix))!;
const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('nginx serves the site', () => {
  it('pages, a bulletin CSV and a Pagefind file, byte for byte', async () => {
    const cases: [string, string, RegExp][] = [
      ['/', 'index.html', /^text\/html; charset=utf-8$/],
      ['/services/free-prepregnancy-checkup/', 'services/free-prepregnancy-checkup/index.html', /^text\/html; charset=utf-8$/],
      ['/disclosure/xizhengfa-2012-4/', 'disclosure/xizhengfa-2012-4/index.html', /^text\/html; charset=utf-8$/],
      ['/bulletins/2013-h1/population-by-street.csv', 'bulletins/2013-h1/population-by-street.csv', /^text\/csv; charset=utf-8$/],
      ['/pagefind/pagefind-entry.json', 'pagefind/pagefind-entry.json', /^application\/json; charset=utf-8$/],
    ];
    for (const [path, file, type] of cases) {
      const response = await rawGet(url(path));
      assert.equal(response.status, 200, path);
      assert.match(response.headers['content-type'] ?? '', type, path);
      assert.deepEqual(response.body, dist(file), path);
    }
  });

  it('an unknown address gets status 404 and the custom 404 page, as does the build’s server configuration', async () => {
    for (const path of ['/no-such-page/', '/no-such-file.csv', '/_deploy/csp-header.conf', '/_deploy', '/files/']) {
      const response = await rawGet(url(path));
      assert.equal(response.status, 404, path);
      assert.deepEqual(response.body, dist('404.html'), path);
      assert.ok(response.headers['content-security-policy'], `${path}: CSP on the error page too`);
    }
  });

  it('dot-files are not served, except under /.well-known/ (ACME, security.txt)', async () => {
    // A file the deploying office would add; written for this test only.
    mkdirSync(join('dist', '.well-known'), { recursive: true });
    writeFileSync(join('dist', '.well-known', 'e2e-security.txt'), 'Contact: mailto:ehome@example.gov.cn\n');
    writeFileSync(join('dist', '.e2e-hidden'), 'secret\n');
    try {
      const known = await rawGet(url('/.well-known/e2e-security.txt'));
      assert.equal(known.status, 200);
      assert.equal(known.body.toString(), 'Contact: mailto:ehome@example.gov.cn\n');
      assert.equal((await rawGet(url('/.e2e-hidden'))).status, 404);
    } finally {
      rmSync(join('dist', '.well-known'), { recursive: true, force: true });
      rmSync(join('dist', '.e2e-hidden'), { force: true });
    }
  });

  it('a directory without its trailing slash is redirected with a relative Location, query kept', async () => {
    const plain = await rawGet(url('/services'));
    assert.equal(plain.status, 301);
    assert.equal(plain.headers['location'], '/services/');
    assert.equal((await rawGet(url(plain.headers['location']!))).status, 200);
    const nested = await rawGet(url('/services/stages/infant?from=home'));
    assert.equal(nested.status, 301);
    assert.equal(nested.headers['location'], '/services/stages/infant/?from=home');
  });
});

describe('nginx headers', () => {
  it('every response carries the security headers of scripts/lib/security-headers.ts and the build’s CSP', async () => {
    const policy = readHeaderPolicy('dist');
    assert.ok(policy);
    for (const path of ['/', '/services', '/no-such-page/', '/favicon.svg', `/_astro/${firstFile('_astro', '.js')}`]) {
      const response = await rawGet(url(path));
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(response.headers[name.toLowerCase()], value, `${path} ${name}`);
      assert.equal(response.headers['content-security-policy'], policy, path);
      assert.equal(response.headers['strict-transport-security'], undefined, 'no HSTS over plain http');
    }
  });

  it('the CSP header and the page’s meta agree: the header allows what the meta allows, and forbids framing', async () => {
    for (const path of ['/', '/bulletins/2013-h1/', '/disclosure/catalog/']) {
      const response = await rawGet(url(path));
      const header = parsePolicy(response.headers['content-security-policy']!);
      const meta = parsePolicy(metaPolicies(response.body.toString('utf8'))[0]!);
      assert.deepEqual(header.get('frame-ancestors'), ["'none'"]);
      assert.equal(meta.has('frame-ancestors'), false, 'a <meta> cannot carry frame-ancestors');
      for (const [name, sources] of meta) {
        if (name === 'script-src' || name === 'style-src') assert.deepEqual(sources.filter((s) => !header.get(name)!.includes(s)), [], `${path} ${name}`);
        else assert.deepEqual(header.get(name), sources, `${path} ${name}`);
      }
    }
  });

  it('hashed files are cached for a year as immutable; pages and unhashed files are revalidated', async () => {
    const immutable = [
      `/_astro/${firstFile('_astro', '.js')}`,
      `/_astro/${firstFile('_astro', '.css')}`,
      `/pagefind/fragment/${firstFile('pagefind/fragment', '.pf_fragment')}`,
      `/pagefind/index/${firstFile('pagefind/index', '.pf_index')}`,
      `/pagefind/filter/${firstFile('pagefind/filter', '.pf_filter')}`,
      `/pagefind/${firstFile('pagefind', '.pf_meta')}`,
    ];
    const revalidated = ['/', '/services/', '/services', '/404.html', '/no-such-page/', '/favicon.svg', '/sitemap-index.xml', '/feeds/news.xml', '/bulletins/2013-h1.json', '/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', '/pagefind/pagefind-entry.json', `/pagefind/${firstFile('pagefind', '.pagefind')}`];
    for (const path of immutable) assert.equal((await rawGet(url(path))).headers['cache-control'], IMMUTABLE, path);
    for (const path of revalidated) assert.equal((await rawGet(url(path))).headers['cache-control'], 'no-cache', path);
    const page = await rawGet(url('/'));
    assert.equal((await rawGet(url('/'), { 'If-None-Match': page.headers['etag']! })).status, 304, 'revalidation is a 304');
  });

  it('sends the precompressed .gz (and .br with the brotli module) when accepted, decoding to the file’s bytes', async () => {
    for (const file of ['index.html', 'services/free-prepregnancy-checkup/index.html', `_astro/${firstFile('_astro', '.js')}`, 'pagefind/pagefind.js', 'sitemap-0.xml']) {
      const path = `/${file.replace(/index\.html$/, '')}`;
      const identity = await rawGet(url(path));
      assert.equal(identity.headers['content-encoding'], undefined, path);
      assert.deepEqual(identity.body, dist(file), path);
      const gzip = await rawGet(url(path), { 'Accept-Encoding': 'gzip' });
      assert.equal(gzip.headers['content-encoding'], 'gzip', path);
      assert.match(gzip.headers['vary'] ?? '', /Accept-Encoding/i, path);
      assert.deepEqual(gunzipSync(gzip.body), dist(file), path);
      assert.ok(gzip.body.length < identity.body.length, path);
      // .ci/run installs Debian's brotli module and says so: there it must be in use.
      if (process.env['EHOME_REQUIRE_BROTLI'] === '1') assert.ok(nginx.config.brotli, 'nginx has the brotli_static module');
      if (nginx.config.brotli) {
        const br = await rawGet(url(path), { 'Accept-Encoding': 'gzip, br' });
        assert.equal(br.headers['content-encoding'], 'br', path);
        assert.deepEqual(brotliDecompressSync(br.body), dist(file), path);
      }
    }
  });
});

describe('MIME types, in nginx and in the Node server', () => {
  const EXPECTED: Record<string, string> = {
    'a.html': 'text/html; charset=utf-8',
    'a.css': 'text/css; charset=utf-8',
    'a.js': 'text/javascript; charset=utf-8',
    'a.json': 'application/json; charset=utf-8',
    'a.xml': 'application/xml; charset=utf-8',
    'a.csv': 'text/csv; charset=utf-8',
    'a.txt': 'text/plain; charset=utf-8',
    'a.svg': 'image/svg+xml',
    'a.wasm': 'application/wasm',
    'a.pagefind': 'application/octet-stream',
    'a.pf_meta': 'application/octet-stream',
    'a.pf_index': 'application/octet-stream',
    'a.pf_fragment': 'application/octet-stream',
    'a.pf_filter': 'application/octet-stream',
    'a.pdf': 'application/pdf',
    'a.png': 'image/png',
  };
  let root: string;
  let fixture: RunningNginx;
  before(async () => {
    // A site of one file per type, with the build's CSP include nginx expects beside it.
    root = mkdtempSync(join(tmpdir(), 'ehome-mime-'));
    for (const name of [...Object.keys(EXPECTED), '404.html']) writeFileSync(join(root, name), 'x');
    mkdirSync(join(root, '_deploy'));
    writeFileSync(join(root, '_deploy', 'csp-header.conf'), 'add_header Content-Security-Policy "default-src \'self\'" always;\n');
    fixture = await startNginx(root);
  });
  after(async () => {
    await fixture?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('each extension gets its type, the same from both servers', async () => {
    const server = createStaticServer(root);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const node = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const [name, type] of Object.entries(EXPECTED)) {
        for (const [server, base] of [['nginx', fixture.baseUrl], ['node', node]] as const) {
          const response = await rawGet(`${base}/${name}`);
          assert.equal(response.status, 200, `${server} ${name}`);
          assert.equal(response.headers['content-type'], type, `${server} ${name}`);
        }
      }
    } finally {
      server.close();
    }
  });
});

describe('Chromium through nginx', () => {
  let harness: Harness;
  before(async () => {
    harness = await connectHarness(nginx.baseUrl);
  });
  after(async () => {
    await harness?.close();
  });

  // The smoke test of every page type, through the production server and its headers.
  it('one page of every type loads, hydrates and searches with no CSP violation and no console error', async () => {
    const context = await harness.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    const violations = await watchCspViolations(page);
    const watch = watchPage(page, harness.baseUrl);
    for (const path of PAGE_TYPES) {
      const notFound = path === '/no-such-page/';
      assert.equal((await page.goto(url(path)))?.status(), notFound ? 404 : 200, path);
      assert.equal(await page.locator('h1').count(), 1, path);
      await hydrateIslands(page);
      if (path.includes('search/?q=')) await page.locator('.search-results li').first().waitFor();
      await page.waitForLoadState('networkidle');
      assert.equal(await page.evaluate(() => document.documentElement.classList.contains('js')), true, path);
    }
    assert.deepEqual(violations, []);
    // Chromium reports the 404 page's own status as a console error; nothing else may fail.
    assert.deepEqual(watch.consoleErrors.filter((text) => !/status of 404/.test(text)), []);
    assert.deepEqual(watch.pageErrors, []);
    assert.deepEqual(watch.failedRequests.filter((line) => !line.includes('/no-such-page/')), []);
    assert.deepEqual(watch.foreignRequests, []);
    await context.close();
  });

  it('Pagefind searches in its worker, whose own policy is the header’s', async () => {
    const run = await searchUnderCsp(harness, url('/services/'));
    assert.ok(run.result.count > 0);
    assert.deepEqual(run.workers, ['/pagefind/pagefind-worker.js']);
    assert.deepEqual(run.pagefindWarnings, [], 'no fallback from the worker to the main thread');
    assert.deepEqual(run.violations, []);
    assert.deepEqual(run.consoleErrors, []);
  });
});
