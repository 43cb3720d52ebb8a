import { describe, expect, it } from 'vitest';
import { anySample, byOrder, latest, newestFirst } from '../../src/lib/collections.ts';

const dated = (id: string, publishedAt: string) => ({ id, data: { publishedAt } });

describe('newestFirst / latest', () => {
  const entries = [dated('a', '2012-02-28'), dated('b', '2013-01-05'), dated('c', '2012-11-30')];

  it('orders by publishedAt, newest first, without changing the input', () => {
    expect(newestFirst(entries).map((e) => e.id)).toEqual(['b', 'c', 'a']);
    expect(entries.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('latest takes the first n of that order', () => {
    expect(latest(entries, 2).map((e) => e.id)).toEqual(['b', 'c']);
    expect(latest(entries, 10)).toHaveLength(3);
    expect(latest([], 3)).toEqual([]);
  });
});

describe('byOrder', () => {
  it('orders by the registry order field', () => {
    const stages = [{ id: 'elderly', data: { order: 8 } }, { id: 'marriage-prep', data: { order: 1 } }, { id: 'infant', data: { order: 4 } }];
    expect(byOrder(stages).map((s) => s.id)).toEqual(['marriage-prep', 'infant', 'elderly']);
  });
});

describe('anySample', () => {
  it('is true when any entry of any group says sample: true', () => {
    expect(anySample([[{ data: {} }], [{ data: { sample: false } }, { data: { sample: true } }]])).toBe(true);
  });
  it('is false when none does, and for no entries at all', () => {
    expect(anySample([[{ data: { sample: false } }], [{ data: {} }]])).toBe(false);
    expect(anySample([])).toBe(false);
  });
});
