/**
 * A published entry may not point at a draft: drafts are left out of the production build, so the
 * reference would break there (and a reader would follow a link to a page that does not exist).
 * Checks frontmatter references (basis, supersededBy, relatedServices …) and links in the body.
 */
import type { ContentRule, Problem, ValidRecord } from '../content-validation/types.ts';
import { lineOfPath } from '../content-validation/locate.ts';
import { describeField } from '../content-validation/field-labels.ts';
import { entryOfUrl, entryUrl } from '../links-content.ts';

const isDraft = (entry: ValidRecord) => entry.data['draft'] === true;

export const noReferencesToDrafts: ContentRule = (snapshot) => {
  const drafts = new Map<string, ValidRecord>();
  const ids = new Map<string, Set<string>>();
  for (const [collection, entries] of snapshot) {
    ids.set(collection, new Set(entries.map((entry) => entry.id)));
    for (const entry of entries) if (isDraft(entry)) drafts.set(`${collection}/${entry.id}`, entry);
  }
  if (drafts.size === 0) return [];
  const problems: Problem[] = [];
  for (const entries of snapshot.values()) {
    for (const entry of entries) {
      if (isDraft(entry)) continue;
      problems.push(...frontmatterReferences(entry, drafts), ...bodyLinks(entry, drafts, ids));
    }
  }
  return problems;
};

function draftProblem(entry: ValidRecord, line: number, field: string, draft: ValidRecord): Problem {
  return {
    file: entry.file,
    line,
    field,
    message: `引用了草稿 ${draft.file}（draft: true），草稿不会发布，正式网站上这个引用会失效`,
    hint: `先发布被引用的条目（删除它的 draft: true），或在这里去掉这个引用`,
  };
}

function frontmatterReferences(entry: ValidRecord, drafts: ReadonlyMap<string, ValidRecord>): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) return value.forEach((item, index) => visit(item, [...path, index]));
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 2 && typeof record['collection'] === 'string' && typeof record['id'] === 'string') {
      const draft = drafts.get(`${record['collection']}/${record['id']}`);
      if (draft) problems.push(draftProblem(entry, lineOfPath(entry.source, entry.line, path), describeField(path), draft));
      return;
    }
    for (const key of keys) visit(record[key], [...path, key]);
  };
  visit(entry.data, []);
  return problems;
}

/** Markdown links [文字](/services/x/) and HTML href="/services/x/" in the body. */
function bodyLinks(entry: ValidRecord, drafts: ReadonlyMap<string, ValidRecord>, ids: ReadonlyMap<string, ReadonlySet<string>>): Problem[] {
  if (!entry.body || entry.bodyLine === undefined) return [];
  const problems: Problem[] = [];
  entry.body.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(/\]\((\/[^)\s]*)|href=["'](\/[^"']*)["']/g)) {
      const target = entryOfUrl(match[1] ?? match[2]!, ids);
      const draft = target ? drafts.get(`${target.collection}/${target.id}`) : undefined;
      if (draft && target) problems.push({ ...draftProblem(entry, entry.bodyLine! + index, '正文链接', draft), message: `链接 ${entryUrl(target.collection, target.id)} 指向草稿 ${draft.file}（draft: true），草稿不会发布，正式网站上这是一个失效链接` });
    }
  });
  return problems;
}
