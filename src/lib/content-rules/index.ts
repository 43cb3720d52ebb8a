/** Corpus-wide content rules run by `npm run check` and before every build. One rule per file. */
import type { ContentRule } from '../content-validation/types.ts';
import { uniqueIndexNumbers } from './unique-index-number.ts';
import { guideBasisInForce } from './guide-basis-in-force.ts';

export const contentRules: readonly ContentRule[] = [uniqueIndexNumbers, guideBasisInForce];
