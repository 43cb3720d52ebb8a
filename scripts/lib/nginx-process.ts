/**
 * nginx serving dist/ on a free loopback port, as a child process with its configuration, pid,
 * logs and temporary files in a temporary folder: for tests/e2e/nginx.test.ts and bench-load.ts.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderNginxConfig, type RenderedNginxConfig } from './nginx-config.ts';

export const NGINX_PATH = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';

export interface RunningNginx {
  baseUrl: string;
  config: RenderedNginxConfig;
  /** What nginx wrote to its error log so far. */
  errorLog(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with status ${child.exitCode}:\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not listen on 127.0.0.1:${port}:\n${log()}`);
}

export async function startNginx(root = 'dist'): Promise<RunningNginx> {
  const runDir = mkdtempSync(join(tmpdir(), 'ehome-nginx-'));
  const port = await freePort();
  // Workers run as whoever started the test, as an unprivileged nginx's would: as root, not as
  // nobody, who may not be able to read a checkout under a private home directory.
  const user = process.getuid?.() === 0 ? 'root' : undefined;
  const config = renderNginxConfig({ root, listen: `127.0.0.1:${port}`, runDir, ...(user ? { user } : {}) }, join(runDir, 'conf'));
  const errorLog = () => {
    try {
      return readFileSync(config.errorLogPath, 'utf8');
    } catch {
      return '';
    }
  };
  // -e: the log nginx writes to before it has read the configuration (default: under /var/log).
  const args = ['-e', config.errorLogPath, '-c', config.confPath];
  const test = spawnSync(NGINX_PATH, [...args, '-t'], { encoding: 'utf8' });
  if (test.status !== 0) {
    rmSync(runDir, { recursive: true, force: true });
    throw new Error(`nginx -t failed:\n${test.stderr}`);
  }
  const child = spawn(NGINX_PATH, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitForPort(port, child, () => stderr + errorLog());
  } catch (error) {
    child.kill('SIGTERM');
    await exited;
    rmSync(runDir, { recursive: true, force: true });
    throw error;
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    config,
    errorLog,
    async stop() {
      // SIGQUIT: graceful shutdown, the workers finish what they are sending.
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
      rmSync(runDir, { recursive: true, force: true });
    },
  };
}
