/**
 * A small static file server for dist/: used by `npm start` and by the end-to-end tests. It
 * mirrors what deploy/nginx does in production where it matters to a visitor: directory index
 * files, trailing-slash redirects, the custom 404 page, the security headers with the build's CSP,
 * and the precompressed .gz files. Caching headers and brotli are left to nginx.
 */
import { createServer, type OutgoingHttpHeaders, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { DEPLOY_DIR } from './deploy-files.ts';
import { readHeaderPolicy, SECURITY_HEADERS } from './security-headers.ts';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.woff2': 'font/woff2',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function acceptsGzip(header: string | string[] | undefined): boolean {
  return /\bgzip\b(?!\s*;\s*q=0(\.0*)?\s*(,|$))/i.test(String(header ?? ''));
}

export function createStaticServer(rootDir: string): Server {
  const root = resolve(rootDir);
  // Read once, like nginx reads its include: serving a new build means starting a new server.
  const csp = readHeaderPolicy(root);
  const deployDir = join(root, DEPLOY_DIR);
  const base: OutgoingHttpHeaders = { ...SECURITY_HEADERS, ...(csp ? { 'Content-Security-Policy': csp } : {}) };
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400, base).end('Bad Request');
      return;
    }
    const target = normalize(join(root, pathname));
    // root + sep: "/..%2fdist-old/x" must not reach a sibling folder whose name starts like root's.
    if (target !== root && !target.startsWith(root + sep)) {
      response.writeHead(403, base).end('Forbidden');
      return;
    }
    // Server configuration written by the build, not part of the site.
    const hidden = target === deployDir || target.startsWith(deployDir + sep);
    let file = target;
    if (pathname.endsWith('/')) file = join(target, 'index.html');
    else if (!hidden && !(await isFile(target)) && (await isFile(join(target, 'index.html')))) {
      response.writeHead(301, { ...base, Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    if (!hidden && (await isFile(file))) {
      const headers: OutgoingHttpHeaders = { ...base, 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' };
      const gzipped = `${file}.gz`;
      if (await isFile(gzipped)) {
        headers['Vary'] = 'Accept-Encoding';
        if (acceptsGzip(request.headers['accept-encoding'])) {
          headers['Content-Encoding'] = 'gzip';
          file = gzipped;
        }
      }
      const body = await readFile(file);
      response.writeHead(200, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    const notFound = join(root, '404.html');
    response.writeHead(404, { ...base, 'Content-Type': 'text/html; charset=utf-8' });
    response.end((await isFile(notFound)) ? await readFile(notFound) : 'Not Found');
  });
}
