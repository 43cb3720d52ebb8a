/** The same bulletin dataset id (or headline indicator id) keeps its unit in every bulletin. */
import type { ContentRule } from '../content-validation/types.ts';
import { unitConsistencyFindings } from '../bulletin-validation.ts';
import { bulletinRecords, toProblems } from './bulletin-support.ts';

export const bulletinUnitConsistency: ContentRule = (snapshot) => {
  const records = bulletinRecords(snapshot);
  return toProblems(unitConsistencyFindings(records), records, '换算为各期相同的单位，或为口径不同的数据另起一个 id');
};
