/**
 * Lighthouse (the pinned devDependency) against Debian's Chromium: Chromium is started here with
 * the project's flags and a remote-debugging port, and Lighthouse connects to that port. Default
 * throttling: simulated slow 4G and 4× CPU on mobile, the desktop preset on desktop.
 * On a small shared machine one run can catch a stray busy moment, so each page runs several
 * times and the median run is reported (Lighthouse's own computeMedianRun, as its docs advise).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig, type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../tests/e2e/support/browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseResult {
  scores: Record<Category, number | null>;
  /** Scored audits that did not pass, for the categories below target: “category: audit title”. */
  failing: string[];
}

interface Chromium {
  port: number;
  close(): Promise<void>;
}

/** Starts Chromium with --remote-debugging-port=0 and reads the port it chose from its stderr. */
async function launchChromium(): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'ehome-lighthouse-'));
  const child: ChildProcess = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before opening its debugging port:\n${seen.slice(-2000)}`)));
  });
  return {
    port,
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function lighthouseScores(urls: readonly string[], target: number, runs = 3): Promise<Map<string, Record<FormFactor, LighthouseResult>>> {
  const chromium = await launchChromium();
  const results = new Map<string, Record<FormFactor, LighthouseResult>>();
  try {
    for (const url of urls) {
      const byFactor = {} as Record<FormFactor, LighthouseResult>;
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const lhrs: Result[] = [];
        for (let i = 0; i < runs; i++) {
          const run = await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, formFactor === 'desktop' ? desktopConfig : undefined);
          if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
          if (run.lhr.runtimeError) throw new Error(`Lighthouse: ${run.lhr.runtimeError.code} ${run.lhr.runtimeError.message} (${url})`);
          lhrs.push(run.lhr);
        }
        const lhr: Result = computeMedianRun(lhrs);
        const scores = Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id]!.score! * 100)])) as Record<Category, number | null>;
        const failing = CATEGORIES.filter((id) => (scores[id] ?? 0) < target).flatMap((id) =>
          (lhr.categories[id]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && (lhr.audits[ref.id]?.score ?? 1) < 0.9)
            .map((ref) => `${id}: ${ref.id} (${lhr.audits[ref.id]!.displayValue ?? `score ${lhr.audits[ref.id]!.score}`})`),
        );
        byFactor[formFactor] = { scores, failing };
      }
      results.set(url, byFactor);
    }
  } finally {
    await chromium.close();
  }
  return results;
}
