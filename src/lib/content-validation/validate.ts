/**
 * Validates records against their collection schemas, then checks that every reference points at
 * an entry that exists, then runs the corpus-wide rules. Returns problems; never throws.
 */
import type { z } from 'astro/zod';
import type { ContentRecord, ContentRule, ContentSnapshot, Problem, ValidRecord } from './types.ts';
import { describeField, FIELD_LABELS } from './field-labels.ts';
import { lineOfPath } from './locate.ts';

export interface SchemaSpec {
  name: string;
  label: string;
  schema: z.ZodType;
}

export function validateRecords(
  records: readonly ContentRecord[],
  specs: readonly SchemaSpec[],
  rules: readonly ContentRule[] = [],
): { problems: Problem[]; snapshot: ContentSnapshot } {
  const problems: Problem[] = [];
  const valid = new Map<string, ValidRecord[]>(specs.map((spec) => [spec.name, []]));
  const labels = new Map(specs.map((spec) => [spec.name, spec.label]));

  for (const record of records) {
    const spec = specs.find((candidate) => candidate.name === record.collection);
    if (!spec) continue;
    const result = spec.schema.safeParse(record.data);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(issueToProblem(record, issue));
      continue;
    }
    valid.get(spec.name)!.push({ ...record, data: result.data as Record<string, unknown> });
  }

  problems.push(...duplicateIds(valid));
  const ids = new Map([...valid].map(([name, entries]) => [name, new Set(entries.map((entry) => entry.id))]));
  for (const entries of valid.values()) {
    for (const entry of entries) problems.push(...brokenReferences(entry, ids, labels));
  }
  for (const rule of rules) problems.push(...rule(valid));
  return { problems, snapshot: valid };
}

function issueToProblem(record: ContentRecord, issue: z.core.$ZodIssue): Problem {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  const missing = issue.code === 'invalid_type' && valueAt(record.data, path) === undefined;
  const lastKey = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
  const label = lastKey ? (FIELD_LABELS[lastKey] ?? lastKey) : '';
  return {
    file: record.file,
    line: lineOfPath(record.source, record.line, path),
    field: describeField(path),
    message: missing ? `缺少必填字段“${lastKey}”（${label}）` : issue.message,
    ...(missing ? { hint: `请添加一行 ${lastKey}: …（${issue.message}）` } : {}),
  };
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function duplicateIds(valid: ReadonlyMap<string, readonly ValidRecord[]>): Problem[] {
  const problems: Problem[] = [];
  for (const entries of valid.values()) {
    const seen = new Map<string, ValidRecord>();
    for (const entry of entries) {
      const first = seen.get(entry.id);
      if (first) {
        problems.push({ file: entry.file, line: entry.line, field: 'id', message: `id “${entry.id}”重复，已在 ${first.file} 使用`, hint: '每个条目的 id（文件名）必须唯一' });
      } else seen.set(entry.id, entry);
    }
  }
  return problems;
}

/** Astro's reference() yields { collection, id }; find every one and check that it exists. */
function brokenReferences(entry: ValidRecord, ids: ReadonlyMap<string, ReadonlySet<string>>, labels: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 2 && typeof record['collection'] === 'string' && typeof record['id'] === 'string' && ids.has(record['collection'])) {
      const target = record['collection'];
      if (!ids.get(target)!.has(record['id'])) {
        const existing = ids.get(target)!;
        const known = [...existing].slice(0, 12).join('、');
        problems.push({
          file: entry.file,
          line: lineOfPath(entry.source, entry.line, path),
          field: describeField(path),
          message: `引用的${labels.get(target) ?? target}“${record['id']}”不存在`,
          hint:
            existing.size === 0
              ? `${labels.get(target) ?? target}中还没有任何条目：请先添加该条目，或删除这一引用`
              : `请改为已有的 id，例如：${known}${existing.size > 12 ? '……' : ''}`,
        });
      }
      return;
    }
    for (const key of keys) visit(record[key], [...path, key]);
  };
  visit(entry.data, []);
  return problems;
}

/** One line per problem: file:line  字段  问题说明  怎样改 */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return [where, problem.field, problem.message, problem.hint].filter(Boolean).join('  ');
}
