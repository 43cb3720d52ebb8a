/**
 * Renders deploy/nginx.conf and deploy/nginx/* with their placeholders filled in, into a folder
 * of its own: the tests and the load benchmark run nginx on such a copy, unprivileged-style, with
 * pid, logs and temporary files in a temporary folder; a deployment renders one for its server
 * (scripts/nginx-config.ts, README “Deploy”).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where Debian's libnginx-mod-http-brotli-static puts the module. */
export const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface NginxConfigOptions {
  /** The built site, dist/. */
  root: string;
  /** What `listen` takes: "80", "127.0.0.1:8080". */
  listen: string;
  serverName?: string;
  /** pid file, logs and temporary files go here. */
  runDir: string;
  /** Path of the brotli_static module, or null to serve .gz only. Default: Debian's, if installed. */
  brotliModule?: string | null;
  /** The workers' user when nginx starts as root (Debian: www-data); they only read root. */
  user?: string;
}

export interface RenderedNginxConfig {
  /** The main configuration, for `nginx -c`. */
  confPath: string;
  pidPath: string;
  errorLogPath: string;
  brotli: boolean;
}

const PLACEHOLDER = /@([a-z_]+)@/g;

/** Fills in @name@ placeholders; a placeholder without a value is an error, not an empty string. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>, file = 'template'): string {
  return text.replace(PLACEHOLDER, (match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${file}: no value for ${match}`);
    return value;
  });
}

export function renderNginxConfig(options: NginxConfigOptions, outDir: string, deployDir = 'deploy'): RenderedNginxConfig {
  const runDir = resolve(options.runDir);
  const confDir = resolve(outDir);
  const brotliModule = options.brotliModule === undefined ? (existsSync(BROTLI_STATIC_MODULE) ? BROTLI_STATIC_MODULE : null) : options.brotliModule;
  const values: Record<string, string> = {
    root: resolve(options.root),
    listen: options.listen,
    server_name: options.serverName ?? 'localhost',
    conf_dir: confDir,
    user: options.user ? `user ${options.user};` : '# user: the default of this nginx build, or the user who started it',
    pid: join(runDir, 'nginx.pid'),
    error_log: join(runDir, 'error.log'),
    access_log: join(runDir, 'access.log'),
    temp_dir: join(runDir, 'temp'),
    brotli_load_module: brotliModule ? `load_module ${brotliModule};` : '# brotli_static module not installed: .br files are not served, .gz files are.',
    brotli_static: brotliModule ? 'brotli_static on;' : '# brotli_static on;  (needs the brotli_static module)',
  };
  mkdirSync(join(runDir, 'temp'), { recursive: true });
  mkdirSync(join(confDir, 'nginx'), { recursive: true });
  const files = ['nginx.conf', ...readdirSync(join(deployDir, 'nginx')).map((name) => join('nginx', name))];
  for (const file of files) {
    writeFileSync(join(confDir, file), fillPlaceholders(readFileSync(join(deployDir, file), 'utf8'), values, file));
  }
  return { confPath: join(confDir, 'nginx.conf'), pidPath: values['pid']!, errorLogPath: values['error_log']!, brotli: brotliModule !== null };
}
