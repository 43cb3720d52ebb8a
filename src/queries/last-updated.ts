/**
 * 最后更新 of a content page: the date of the last git commit that touched the entry's file,
 * falling back to the date in its frontmatter when there is no git history (a download of the
 * source, a file not committed yet, a content folder outside the repository).
 * Runs at build time only. CI must check out the full history (fetch-depth: 0), or every page
 * would show the date of the last commit.
 */
import { execFileSync } from 'node:child_process';
import { isAbsolute, relative } from 'node:path';

const cache = new Map<string, string | null>();

/** An ISO timestamp as a calendar date in Beijing (UTC+8): the office's calendar. */
export function beijingDate(iso: string): string | null {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  return new Date(time + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Date (YYYY-MM-DD, Beijing) of the last commit touching `file`, or null when git cannot say. */
export function gitLastCommitDate(file: string, cwd = process.cwd()): string | null {
  const key = `${cwd}\u0000${file}`;
  if (cache.has(key)) return cache.get(key)!;
  let date: string | null = null;
  try {
    const path = isAbsolute(file) ? relative(cwd, file) : file;
    const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', path], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
    date = out ? beijingDate(out) : null;
  } catch {
    date = null; // no git, or not a repository
  }
  cache.set(key, date);
  return date;
}

/**
 * 最后更新 for an entry: its file's last commit, else `fallback` (the entry's updatedAt or
 * publishedAt). Astro entries expose `filePath` (e.g. content/services/x.mdx).
 */
export function lastUpdated(entry: { filePath?: string | undefined }, fallback: string, cwd?: string): { date: string; fromGit: boolean } {
  const fromGit = entry.filePath ? gitLastCommitDate(entry.filePath, cwd) : null;
  return fromGit ? { date: fromGit, fromGit: true } : { date: fallback, fromGit: false };
}
