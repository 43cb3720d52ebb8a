/** A by-street bulletin dataset names each street of content/data/streets.json exactly once. */
import type { ContentRule } from '../content-validation/types.ts';
import { streetCoverageFindings, type StreetRef } from '../bulletin-validation.ts';
import { bulletinRecords, toProblems } from './bulletin-support.ts';

export const bulletinStreetCoverage: ContentRule = (snapshot) => {
  const streets: StreetRef[] = (snapshot.get('streets') ?? []).map((entry) => ({ id: entry.id, name: String(entry.data['name'] ?? entry.id) }));
  const records = bulletinRecords(snapshot);
  const findings = records.flatMap(({ file, data }) =>
    data.datasets.flatMap((dataset, index) => streetCoverageFindings(dataset, index, streets).map((finding) => ({ ...finding, file }))),
  );
  return toProblems(findings, records, '分类可写街道 id（如 xichanganjie）或名称（如 西长安街街道），全部 15 个街道各一次');
};
