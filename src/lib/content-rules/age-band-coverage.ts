/** The 月龄段 registry (content/data/age-bands.json) must run from 0 to 36 months with no gap or overlap. */
import type { ContentRule } from '../content-validation/types.ts';
import { lineOfPath } from '../content-validation/locate.ts';
import { bandCoverageProblems, type BandLike } from '../age-bands.ts';

export const ageBandCoverage: ContentRule = (snapshot) => {
  const entries = snapshot.get('ageBands') ?? [];
  const bands: BandLike[] = entries.map((entry) => ({ id: entry.id, from: Number(entry.data['from']), to: Number(entry.data['to']) }));
  return bandCoverageProblems(bands).map(({ id, message }) => {
    const entry = entries.find((candidate) => candidate.id === id)!;
    return {
      file: entry.file,
      line: lineOfPath(entry.source, entry.line, ['from']),
      field: 'from/to（起始月龄/结束月龄）',
      message,
      hint: '各月龄段应首尾相接，覆盖 0—36 个月，例如 0—3、4—6、7—12',
    };
  });
};
