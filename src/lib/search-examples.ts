/**
 * The 文号 and 索引号 the disclosure search shows as examples: taken from the catalogue itself
 * (the newest item that has each), so the hint is always one a reader can actually find.
 */
export interface NumberedItem {
  publishedAt: string;
  docNumber?: string | undefined;
  indexNo?: string | undefined;
}

export function searchExamples(items: readonly NumberedItem[]): { docNumber: string | null; indexNo: string | null } {
  const newest = [...items].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
  return {
    docNumber: newest.find((item) => item.docNumber)?.docNumber ?? null,
    indexNo: newest.find((item) => item.indexNo)?.indexNo ?? null,
  };
}
