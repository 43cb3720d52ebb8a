import { describe, expect, it } from 'vitest';
import { pageHref, pageParam, pagerNumbers, paginate } from '../../src/lib/pagination.ts';

describe('pagination', () => {
  it('splits into pages of at most the size, keeping order and offsets', () => {
    const pages = paginate(Array.from({ length: 120 }, (_, i) => i), 50);
    expect(pages.map((page) => page.items.length)).toEqual([50, 50, 20]);
    expect(pages.map((page) => page.offset)).toEqual([0, 50, 100]);
    expect(pages[2]!.items[0]).toBe(100);
    expect(pages.every((page) => page.totalPages === 3 && page.totalItems === 120)).toBe(true);
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3]);
  });

  it('exact multiples do not produce an empty last page; an empty list gives one empty page', () => {
    expect(paginate(Array.from({ length: 100 }, (_, i) => i), 50)).toHaveLength(2);
    const empty = paginate([], 50);
    expect(empty).toHaveLength(1);
    expect(empty[0]).toMatchObject({ number: 1, totalPages: 1, totalItems: 0, items: [] });
  });

  it('refuses a nonsensical page size', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
    expect(() => paginate([1], 2.5)).toThrow(RangeError);
  });

  it('builds page URLs: page 1 is the base, others /page/N/', () => {
    expect(pageHref('/disclosure/catalog/', 1)).toBe('/disclosure/catalog/');
    expect(pageHref('/disclosure/catalog/', 3)).toBe('/disclosure/catalog/page/3/');
    expect(pageHref('/disclosure/catalog/topic/x', 2)).toBe('/disclosure/catalog/topic/x/page/2/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('page/2');
  });

  it('shows first, last and neighbours with gaps', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pagerNumbers(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pagerNumbers(1, 20)).toEqual([1, 2, 3, null, 20]);
    // a gap of exactly one page shows that page instead of an ellipsis
    expect(pagerNumbers(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 20]);
  });
});
