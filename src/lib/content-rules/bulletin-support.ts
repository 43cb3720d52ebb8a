/** Shared by the bulletin rules: the valid bulletins of a snapshot, and findings as problems. */
import type { ContentSnapshot, Problem, ValidRecord } from '../content-validation/types.ts';
import { lineOfPath } from '../content-validation/locate.ts';
import { describeField } from '../content-validation/field-labels.ts';
import type { BulletinData } from '../bulletin.ts';
import type { CrossFinding } from '../bulletin-validation.ts';

export interface BulletinRecord {
  record: ValidRecord;
  file: string;
  data: BulletinData;
}

export function bulletinRecords(snapshot: ContentSnapshot): BulletinRecord[] {
  return (snapshot.get('bulletins') ?? []).map((record) => ({ record, file: record.file, data: record.data as unknown as BulletinData }));
}

export function toProblems(findings: readonly CrossFinding[], records: readonly BulletinRecord[], hint?: string): Problem[] {
  return findings.map((finding) => {
    const record = records.find((candidate) => candidate.file === finding.file)?.record;
    return {
      file: finding.file,
      ...(record ? { line: lineOfPath(record.source, record.line, finding.path) } : {}),
      field: describeField(finding.path),
      message: finding.message,
      ...(hint ? { hint } : {}),
    };
  });
}
