/**
 * `npm run changes -- BASE HEAD`: which pages a range of commits adds, changes or removes, with
 * their URLs, in Chinese — for the reviewer of a pull request (CI prints it).
 *   npm run changes -- origin/main HEAD
 * Without arguments: the last commit (HEAD~1 HEAD). Run inside the repository.
 */
import { spawnSync } from 'node:child_process';
import { factsFromText, formatChangeSummary, parseNameStatus, summariseChanges } from '../src/lib/change-summary.ts';

const [base = 'HEAD~1', head = 'HEAD'] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

function git(...args: string[]): { ok: boolean; out: string; err: string } {
  const result = spawnSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: result.status === 0, out: result.stdout ?? '', err: result.stderr ?? '' };
}

const diff = git('-c', 'core.quotepath=false', 'diff', '--name-status', '-M', `${base}...${head}`);
const fallback = diff.ok ? diff : git('-c', 'core.quotepath=false', 'diff', '--name-status', '-M', base, head);
if (!fallback.ok) {
  console.error(`无法比较 ${base} 和 ${head}：${fallback.err.trim()}`);
  console.error('用法：npm run changes -- <基准提交> <新提交>，例如 npm run changes -- origin/main HEAD');
  process.exit(2);
}

const facts = (path: string, side: 'base' | 'head') => {
  const shown = git('show', `${side === 'base' ? base : head}:${path}`);
  return shown.ok ? factsFromText(path, shown.out) : {};
};
console.log(formatChangeSummary(summariseChanges(parseNameStatus(fallback.out), facts), `${base}..${head}`));
