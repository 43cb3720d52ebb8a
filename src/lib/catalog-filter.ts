/** Filtering the rows of the current catalogue page in place (src/scripts/catalog-filter.ts). Pure. */

/** Query → lower-case terms; full-width spaces count as spaces. */
export function filterTerms(query: string): string[] {
  return query.replace(/\u3000/g, ' ').trim().toLowerCase().split(/\s+/).filter(Boolean);
}

/** A row matches when its text contains every term (索引号, 标题, 文号, 机构, 日期 …). */
export function rowMatches(rowText: string, terms: readonly string[]): boolean {
  const text = rowText.toLowerCase();
  return terms.every((term) => text.includes(term));
}
