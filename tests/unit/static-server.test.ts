import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStaticServer } from '../../scripts/lib/static-server.ts';

/** GET with the path sent exactly as written (no client-side normalisation of ../ or %2f). */
function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static server: nothing outside dist/', () => {
  let base = '';
  let port = 0;
  let server: ReturnType<typeof createStaticServer>;
  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'ehome-serve-'));
    mkdirSync(join(base, 'dist'));
    mkdirSync(join(base, 'dist-secret'));
    writeFileSync(join(base, 'dist', 'index.html'), '<h1>home</h1>');
    writeFileSync(join(base, 'dist', '404.html'), '<h1>404</h1>');
    writeFileSync(join(base, 'dist-secret', 'key.txt'), 'secret');
    server = createStaticServer(join(base, 'dist'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(base, { recursive: true, force: true });
  });

  it('serves the site', async () => {
    expect(await get(port, '/')).toMatchObject({ status: 200, body: '<h1>home</h1>' });
  });

  it('refuses an encoded ../ into a sibling folder whose name starts like dist', async () => {
    for (const path of ['/..%2fdist-secret/key.txt', '/%2e%2e%2fdist-secret%2fkey.txt', '/..%2f..%2fetc/hostname']) {
      const response = await get(port, path);
      expect(response.body, path).not.toContain('secret');
      expect([403, 404], path).toContain(response.status);
    }
  });
});
