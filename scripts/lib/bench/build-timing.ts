/**
 * Seconds for each step of `npm run build` (content check, astro build, CSP check and header,
 * Pagefind index, precompression) and ms per page, for the real site in place or for a copy of it with synthetic content.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isolatedProject } from '../isolated-project.ts';
import { writeSyntheticDisclosure } from '../synthetic-disclosure.ts';

export interface BuildTiming {
  label: string;
  pages: number;
  check: number;
  astro: number;
  pagefind: number;
  /** CSP check and header, and precompression (.gz/.br). */
  post: number;
  total: number;
  msPerPage: number;
  /** CPU seconds (user + system) of all steps; wall time alone misleads on a shared machine. */
  cpu: number | null;
}

type Runner = (args: readonly string[]) => { status: number | null; output: string };

const STEPS = (outDir: string) => ({
  check: ['scripts/check-content.ts'],
  astro: ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
  csp: ['scripts/build-csp-header.ts', outDir],
  pagefind: ['scripts/build-search-index.ts', outDir],
  precompress: ['scripts/precompress.ts', outDir],
});

/**
 * CPU seconds used so far by this process's finished children (cutime + cstime in /proc/self/stat,
 * in clock ticks of 1/100 s on Linux); null elsewhere.
 */
function childCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields after the command name start at field 3 (state); cutime and cstime are fields 16 and 17.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
}

function timeSteps(label: string, run: Runner, outDir: string): BuildTiming {
  const seconds: Record<string, number> = {};
  const cpuBefore = childCpuSeconds();
  for (const [step, args] of Object.entries(STEPS(outDir))) {
    const started = performance.now();
    const result = run(args);
    seconds[step] = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`${label}: ${step} failed\n${result.output.slice(-6000)}`);
  }
  const cpuAfter = childCpuSeconds();
  const pages = countPages(outDir);
  const post = seconds['csp']! + seconds['precompress']!;
  const total = seconds['check']! + seconds['astro']! + seconds['pagefind']! + post;
  return { label, pages, check: seconds['check']!, astro: seconds['astro']!, pagefind: seconds['pagefind']!, post, total, msPerPage: (total * 1000) / pages, cpu: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

/** `npm run build`'s steps in this project (writes dist/; uses the project's warm content cache and git dates). */
export function timeRealBuild(): BuildTiming {
  const run: Runner = (args) => {
    const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };
  return timeSteps('real site (in place, warm cache)', run, 'dist');
}

/** The same steps in a throw-away copy (cold cache, no git history), with n synthetic disclosure items added. */
export function timeCopyBuild(n: number): BuildTiming {
  const project = isolatedProject('content');
  try {
    if (n > 0) writeSyntheticDisclosure(project.contentDir, n);
    const label = n > 0 ? `synthetic: real + ${n} disclosure items (copy)` : 'real site (copy, cold cache)';
    return timeSteps(label, (args) => project.run(process.execPath, args), join(project.root, 'dist'));
  } finally {
    project.cleanup();
  }
}
