/**
 * Server-rendered pagination: /base/ is page 1, /base/page/2/ page 2 … Pure; no Astro imports.
 */
export interface PageSlice<T> {
  /** 1-based page number. */
  number: number;
  totalPages: number;
  totalItems: number;
  items: T[];
  /** Index (0-based) of this page's first item in the whole list. */
  offset: number;
}

/** Splits items into pages of at most `size`; an empty list still yields one empty page. */
export function paginate<T>(items: readonly T[], size: number): PageSlice<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  const pages: PageSlice<T>[] = [];
  for (let number = 1; number <= totalPages; number++) {
    const offset = (number - 1) * size;
    pages.push({ number, totalPages, totalItems: items.length, items: items.slice(offset, offset + size), offset });
  }
  return pages;
}

/** URL of page `number` under `base` (which ends with /): page 1 is the base itself. */
export function pageHref(base: string, number: number): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return number <= 1 ? root : `${root}page/${number}/`;
}

/** The rest-parameter value for page `number`: undefined for page 1, "page/2" for page 2. */
export function pageParam(number: number): string | undefined {
  return number <= 1 ? undefined : `page/${number}`;
}

/**
 * Page numbers to show in a pager: the first, the last, and `around` on each side of the current
 * page; `null` marks a gap (rendered as …).
 */
export function pagerNumbers(current: number, total: number, around = 2): (number | null)[] {
  const wanted = new Set<number>([1, total]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= total) wanted.add(n);
  const sorted = [...wanted].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const n of sorted) {
    const previous = result[result.length - 1];
    if (typeof previous === 'number' && n - previous > 1) result.push(n - previous === 2 ? n - 1 : null);
    result.push(n);
  }
  return result;
}
