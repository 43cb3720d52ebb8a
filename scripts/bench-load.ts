/**
 * Benchmark (not a test): how many requests nginx, configured by deploy/nginx, serves from dist/.
 * Starts nginx on a loopback port (scripts/lib/nginx-process.ts) and runs Debian's wrk against
 * it, bounded in time, for a guide page as gzip (and as brotli when the module is installed) and
 * for a Pagefind index chunk; prints requests/s and latency. Run `npm run build` first.
 *
 *   npm run bench:load                          # -t2 -c32 -d10s per target
 *   BENCH_DURATION=30s BENCH_CONNECTIONS=64 npm run bench:load
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { startNginx } from './lib/nginx-process.ts';
import { parseWrk } from './lib/wrk.ts';
import { rawGet } from './lib/raw-get.ts';

const WRK = process.env['WRK_PATH'] ?? '/usr/bin/wrk';
const duration = process.env['BENCH_DURATION'] ?? '10s';
const connections = process.env['BENCH_CONNECTIONS'] ?? '32';
const threads = process.env['BENCH_THREADS'] ?? '2';
const GUIDE = '/services/free-prepregnancy-checkup/';

if (!existsSync('dist/index.html')) {
  console.error('找不到 dist/：请先运行 npm run build。');
  process.exit(2);
}
const chunk = readdirSync('dist/pagefind/index').find((name) => name.endsWith('.pf_index'));
const nginx = await startNginx('dist');
try {
  const targets = [
    { label: 'guide page, gzip', path: GUIDE, encoding: 'gzip' },
    ...(nginx.config.brotli ? [{ label: 'guide page, br', path: GUIDE, encoding: 'br' }] : []),
    { label: 'Pagefind index chunk', path: `/pagefind/index/${chunk}`, encoding: 'gzip' },
  ];
  const rows: string[][] = [];
  for (const target of targets) {
    const url = nginx.baseUrl + target.path;
    // What one response is, so that the figures are read for what they measure.
    const probe = await rawGet(url, { 'Accept-Encoding': target.encoding });
    if (probe.status !== 200) throw new Error(`${target.path}: status ${probe.status}`);
    const sent = probe.headers['content-encoding'] ?? 'identity';
    const run = spawnSync(WRK, [`-t${threads}`, `-c${connections}`, `-d${duration}`, '--latency', '-H', `Accept-Encoding: ${target.encoding}`, url], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`wrk failed (${run.status}): ${run.stderr}`);
    const result = parseWrk(run.stdout);
    if (result.non2xx3xx > 0 || result.socketErrors > 0) throw new Error(`${target.path}: ${result.non2xx3xx} failed responses, ${result.socketErrors} socket errors`);
    const { avg, p50, p90, p99, max } = result.latency;
    rows.push([target.label, `${sent}, ${(probe.body.length / 1024).toFixed(1)} KB`, result.requestsPerSecond.toFixed(0), ...[avg, p50, p90, p99, max].map((ms) => ms.toFixed(2)), result.transferPerSecond]);
  }
  const header = ['target', 'body', 'req/s', 'avg ms', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'transfer/s'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  console.log(`nginx ${nginx.baseUrl}, wrk -t${threads} -c${connections} -d${duration}, loopback`);
  console.log([line(header), `|${widths.map((w, column) => (column < 2 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n'));
} finally {
  await nginx.stop();
}
