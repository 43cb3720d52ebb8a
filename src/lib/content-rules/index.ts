/** Corpus-wide content rules run by `npm run check` and before every build. One rule per file. */
import type { ContentRule } from '../content-validation/types.ts';
import { uniqueIndexNumbers } from './unique-index-number.ts';
import { noReferencesToDrafts } from './draft-reference.ts';
import { guideBasisInForce } from './guide-basis-in-force.ts';
import { youthNewsSlugs } from './youth-news-slugs.ts';
import { bulletinStreetCoverage } from './bulletin-street-coverage.ts';
import { bulletinUnitConsistency } from './bulletin-unit-consistency.ts';
import { bulletinUniquePeriod } from './bulletin-unique-period.ts';
import { ageBandCoverage } from './age-band-coverage.ts';
import { disclosureAttachmentsExist } from './disclosure-attachments.ts';
import { disclosureReservedIds } from './disclosure-reserved-ids.ts';

export const contentRules: readonly ContentRule[] = [
  uniqueIndexNumbers,
  noReferencesToDrafts,
  guideBasisInForce,
  youthNewsSlugs,
  bulletinStreetCoverage,
  bulletinUnitConsistency,
  bulletinUniquePeriod,
  ageBandCoverage,
  disclosureAttachmentsExist,
  disclosureReservedIds,
];
