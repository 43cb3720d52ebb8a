/**
 * A throw-away copy of the project (code, config, public/, and a content folder of your choice)
 * for builds on other content: fixtures in tests, synthetic sites in benchmarks. Astro keeps
 * generated state in .astro/ and node_modules/.astro/, so building other content in place would
 * leave the real project's state pointing at files that no longer exist.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

export interface IsolatedProject {
  root: string;
  contentDir: string;
  /** Runs a command in the copy (on the project's Node 24) and returns its status and output. */
  run(command: string, args: readonly string[]): { status: number | null; output: string };
  cleanup(): void;
}

const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * The caller's environment without what a test runner adds: vitest sets NODE_ENV=test, which
 * turns import.meta.env.DEV on even in `astro build` (drafts would then be built).
 */
function plainEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && key !== 'TEST' && !key.startsWith('VITEST')));
}

export function isolatedProject(contentSource: string, projectRoot = process.cwd()): IsolatedProject {
  const root = mkdtempSync(join(tmpdir(), 'ehome-project-'));
  for (const name of PROJECT_FILES) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  cpSync(resolve(contentSource), join(root, 'content'), { recursive: true });
  // Share the installed packages; Astro's cache goes elsewhere (ASTRO_CACHE_DIR, see astro.config.mjs).
  symlinkSync(join(resolve(projectRoot), 'node_modules'), join(root, 'node_modules'), 'dir');
  return {
    root,
    contentDir: join(root, 'content'),
    run(command, args) {
      const result = spawnSync(command, args, {
        cwd: root,
        encoding: 'utf8',
        env: { ...plainEnvironment(), CONTENT_DIR: join(root, 'content'), ASTRO_CACHE_DIR: join(root, '.cache') },
        maxBuffer: 64 * 1024 * 1024,
      });
      return { status: result.status, output: `${result.stdout}${result.stderr}` };
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
