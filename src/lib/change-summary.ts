/**
 * What a pull request changes on the site, in Chinese, for the reviewer: pages added, changed and
 * removed with their URLs, registry changes (which affect many pages), downloads and other files.
 * Pure: it is given git's list of changed files (and titles/draft flags when known).
 */
import { entryOfContentPath } from './links-content.ts';

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed';

export interface FileChange {
  status: ChangeStatus;
  path: string;
  /** For renames: the old path. */
  from?: string;
}

export interface EntryFacts {
  title?: string;
  draft?: boolean;
}

const REGISTRY_LABELS: Record<string, string> = {
  'life-stages': '人生阶段',
  topics: '主题分类',
  audiences: '服务人群',
  streets: '街道',
  'service-points': '服务点',
  'age-bands': '月龄段',
};

/** Parses `git diff --name-status -M` output. */
export function parseNameStatus(output: string): FileChange[] {
  const changes: FileChange[] = [];
  for (const line of output.split('\n')) {
    if (!line.trim()) continue;
    const [code, first, second] = line.split('\t');
    const letter = code!.charAt(0);
    if (letter === 'R' && first && second) changes.push({ status: 'renamed', from: first, path: second });
    else if (letter === 'C' && second) changes.push({ status: 'added', path: second });
    else if (letter === 'A' && first) changes.push({ status: 'added', path: first });
    else if (letter === 'D' && first) changes.push({ status: 'deleted', path: first });
    else if (first) changes.push({ status: 'modified', path: first });
  }
  return changes;
}

export interface ChangeSummary {
  added: string[];
  changed: string[];
  removed: string[];
  registries: string[];
  downloads: string[];
  other: string[];
}

/**
 * Groups changes into lines for people. `facts(path)` gives the title and draft flag of an entry
 * (at head for added/changed, at base for removed).
 */
export function summariseChanges(changes: readonly FileChange[], facts: (path: string, side: 'base' | 'head') => EntryFacts = () => ({})): ChangeSummary {
  const summary: ChangeSummary = { added: [], changed: [], removed: [], registries: [], downloads: [], other: [] };
  const describe = (path: string, side: 'base' | 'head') => {
    const entry = entryOfContentPath(path)!;
    const { title, draft } = facts(path, side);
    return `${title ? `${title} — ` : ''}${entry.url}（${path}）${draft ? '（草稿，不会发布）' : ''}`;
  };
  for (const change of changes) {
    const path = change.path.replace(/\\/g, '/');
    const entry = entryOfContentPath(path);
    const isIgnoredEntry = entry && path.split('/').pop()!.startsWith('_');
    if (change.status === 'renamed' && change.from) {
      const old = entryOfContentPath(change.from);
      if (entry && old && !isIgnoredEntry) {
        if (old.url === entry.url) summary.changed.push(describe(path, 'head'));
        else {
          const oldTitle = facts(change.from, 'base').title;
          summary.removed.push(`${oldTitle ? `${oldTitle} — ` : ''}${old.url}（${change.from}，改名为 ${entry.url}，旧网址将失效）`);
          summary.added.push(describe(path, 'head'));
        }
        continue;
      }
      if (old && !entry) {
        summary.removed.push(describe(change.from, 'base'));
        summary.other.push(path);
        continue;
      }
    }
    if (entry && !isIgnoredEntry) {
      if (change.status === 'added' || change.status === 'renamed') summary.added.push(describe(path, 'head'));
      else if (change.status === 'deleted') summary.removed.push(describe(path, 'base'));
      else summary.changed.push(describe(path, 'head'));
      continue;
    }
    const registry = /^(?:.*\/)?content\/data\/([^/]+)\.(json|ya?ml)$/.exec(path);
    if (registry) {
      const label = REGISTRY_LABELS[registry[1]!];
      summary.registries.push(`${path}${label ? `（${label}）` : ''}：登记表变更，影响多个页面`);
      continue;
    }
    const download = /^(?:.*\/)?public\/(files\/.+)$/.exec(path);
    if (download) {
      const verb = change.status === 'deleted' ? '删除' : change.status === 'added' ? '新增' : '更新';
      summary.downloads.push(`${verb} /${download[1]}`);
      continue;
    }
    summary.other.push(change.status === 'renamed' && change.from ? `${change.from} → ${path}` : path);
  }
  return summary;
}

/** The summary as Markdown (readable as plain text in a terminal, rendered in a CI job summary). */
export function formatChangeSummary(summary: ChangeSummary, range?: string): string {
  const lines: string[] = [`## 本次修改对网站的影响${range ? `（${range}）` : ''}`, ''];
  const section = (title: string, items: readonly string[]) => {
    if (items.length === 0) return;
    lines.push(`### ${title}（${items.length}）`, '', ...items.map((item) => `- ${item}`), '');
  };
  section('新增页面', summary.added);
  section('修改页面', summary.changed);
  section('删除页面', summary.removed);
  section('登记表', summary.registries);
  section('下载文件', summary.downloads);
  const other = summary.other.length > 20 ? [...summary.other.slice(0, 20), `……另有 ${summary.other.length - 20} 个文件`] : summary.other;
  if (other.length > 0) lines.push(`### 其他文件（代码、配置等，不直接对应页面）（${summary.other.length}）`, '', ...other.map((item) => `- ${item}`), '');
  if (lines.length === 2) lines.push('没有文件变更。', '');
  return lines.join('\n');
}

/** title and draft from an entry file's text (frontmatter or bulletin JSON). */
export function factsFromText(path: string, text: string): EntryFacts {
  if (path.endsWith('.json')) {
    try {
      const data = JSON.parse(text) as Record<string, unknown>;
      return { ...(typeof data['title'] === 'string' ? { title: data['title'] } : {}), draft: data['draft'] === true };
    } catch {
      return {};
    }
  }
  const frontmatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const title = /^title:\s*(.+?)\s*(?:\s#.*)?$/m.exec(frontmatter)?.[1]?.replace(/^(["'])(.*)\1$/, '$2');
  return { ...(title ? { title } : {}), draft: /^draft:\s*true\b/m.test(frontmatter) };
}
