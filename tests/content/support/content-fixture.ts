/**
 * Bad-input fixtures: copy the real content/ to a temporary folder, change or add files, then run
 * the same validation `npm run check` and `npm run build` run, pointed at it by CONTENT_DIR.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

export interface FixtureRun {
  status: number | null;
  output: string;
}

/** A throw-away copy of content/ with `files` (path relative to content/ → text) written over it. */
export function makeContentFixture(files: Record<string, string>, removals: readonly string[] = []): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ehome-content-'));
  cpSync('content', dir, { recursive: true });
  for (const path of removals) rmSync(join(dir, path), { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `scripts/check-content.ts` (the content step of npm run check and npm run build). */
export function runContentCheck(contentDir: string): FixtureRun {
  const result = spawnSync(process.execPath, ['scripts/check-content.ts'], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Checks a fixture and returns the run; removes the fixture afterwards. */
export function checkWith(files: Record<string, string>, removals: readonly string[] = []): FixtureRun {
  const fixture = makeContentFixture(files, removals);
  try {
    return runContentCheck(fixture.dir);
  } finally {
    fixture.cleanup();
  }
}
