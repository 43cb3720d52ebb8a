import { describe, expect, it } from 'vitest';
import { entryUrl } from '../../src/lib/entry-urls.ts';

describe('entryUrl', () => {
  it('maps each collection to its route with a trailing slash', () => {
    expect(entryUrl('services', 'free-prepregnancy-checkup')).toBe('/services/free-prepregnancy-checkup/');
    expect(entryUrl('earlyChildhood', 'first-words')).toBe('/early-childhood/first-words/');
    expect(entryUrl('pages', 'disclosure/guide')).toBe('/disclosure/guide/');
  });
  it('refuses a registry, which has no pages of its own', () => {
    expect(() => entryUrl('topics', 'x')).toThrow();
  });
});
