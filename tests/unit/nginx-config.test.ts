import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fillPlaceholders, renderNginxConfig } from '../../scripts/lib/nginx-config.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ehome-nginx-config-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fillPlaceholders', () => {
  it('replaces every @name@ and refuses one it has no value for', () => {
    expect(fillPlaceholders('root @root@; listen @listen@;', { root: '/srv/dist', listen: '80' })).toBe('root /srv/dist; listen 80;');
    expect(() => fillPlaceholders('root @rot@;', { root: '/x' }, 'site.conf')).toThrow('site.conf: no value for @rot@');
  });
});

describe('renderNginxConfig', () => {
  it('renders deploy/ with root, listen, run paths and the build’s CSP include, leaving no placeholder', () => {
    const out = join(dir, 'a');
    const config = renderNginxConfig({ root: '/srv/ehome/dist', listen: '127.0.0.1:8080', runDir: join(dir, 'run'), brotliModule: null, user: 'www-data' }, out);
    const main = readFileSync(config.confPath, 'utf8');
    const server = readFileSync(join(out, 'nginx', 'ehome.conf'), 'utf8');
    const site = readFileSync(join(out, 'nginx', 'site.conf'), 'utf8');
    const headers = readFileSync(join(out, 'nginx', 'security-headers.conf'), 'utf8');
    for (const text of [main, server, site, headers]) expect(text).not.toMatch(/@[a-z_]+@/);
    expect(main).toContain(`pid ${join(dir, 'run', 'nginx.pid')};`);
    expect(main).toContain(`client_body_temp_path ${join(dir, 'run', 'temp')}/client_body;`);
    expect(main).toContain('user www-data;');
    expect(main).toContain(`include ${out}/nginx/ehome.conf;`);
    expect(server).toMatch(/listen 127\.0\.0\.1:8080;\s+server_name localhost;\s+root \/srv\/ehome\/dist;/);
    expect(headers).toContain('include /srv/ehome/dist/_deploy/csp-header.conf;');
    expect(config.brotli).toBe(false);
    expect(site).not.toMatch(/^brotli_static on;/m);
    expect(main).not.toMatch(/^load_module/m);
  });
  it('loads and turns on brotli_static when given the module', () => {
    const out = join(dir, 'b');
    const config = renderNginxConfig({ root: '/srv/dist', listen: '80', runDir: join(dir, 'run'), brotliModule: '/m/brotli.so' }, out);
    expect(config.brotli).toBe(true);
    expect(readFileSync(config.confPath, 'utf8')).toMatch(/^load_module \/m\/brotli\.so;/m);
    expect(readFileSync(join(out, 'nginx', 'site.conf'), 'utf8')).toMatch(/^brotli_static on;/m);
  });
});
