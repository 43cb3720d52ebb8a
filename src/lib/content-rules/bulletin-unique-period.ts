/** One bulletin per half-year, in a file named after its period (2012-H1 → 2012-h1.json). */
import type { ContentRule } from '../content-validation/types.ts';
import { duplicatePeriodFindings, periodFileFindings } from '../bulletin-validation.ts';
import { bulletinRecords, toProblems } from './bulletin-support.ts';

export const bulletinUniquePeriod: ContentRule = (snapshot) => {
  const records = bulletinRecords(snapshot);
  return toProblems([...duplicatePeriodFindings(records), ...periodFileFindings(records)], records);
};
