/**
 * 法定主动公开内容目录: one code path from disclosure entries to the catalogue pages, the RSS feed
 * and catalog.json. Plain data in, plain data out; no Astro imports.
 */
import { paginate, pageHref, pageParam, type PageSlice } from './pagination.ts';

/** 信息类别, with the ASCII slug used in /disclosure/catalog/kind/<slug>/. Order = display order. */
export const DISCLOSURE_KINDS = [
  { name: '政策文件', slug: 'policy' },
  { name: '通知公告', slug: 'notice' },
  { name: '规划计划', slug: 'plan' },
  { name: '工作总结', slug: 'summary' },
  { name: '统计信息', slug: 'statistics' },
  { name: '公示公告', slug: 'announcement' },
  { name: '年度报告', slug: 'annual-report' },
  { name: '其他', slug: 'other' },
] as const;

export type DisclosureKind = (typeof DISCLOSURE_KINDS)[number]['name'];
export const disclosureKindNames = DISCLOSURE_KINDS.map((kind) => kind.name) as unknown as readonly [DisclosureKind, ...DisclosureKind[]];

export const DISCLOSURE_VALIDITIES = ['有效', '失效', '废止'] as const;
export type DisclosureValidity = (typeof DISCLOSURE_VALIDITIES)[number];

/** Rows on one catalogue page; 5,000 items stay light because no page holds more than this. */
export const CATALOG_PAGE_SIZE = 50;
export const CATALOG_BASE = '/disclosure/catalog/';

export function kindSlug(kind: string): string {
  return DISCLOSURE_KINDS.find((candidate) => candidate.name === kind)?.slug ?? 'other';
}

export function kindBySlug(slug: string): DisclosureKind | undefined {
  return DISCLOSURE_KINDS.find((candidate) => candidate.slug === slug)?.name;
}

/** Chinese sites mark items no longer in force in the title: 标题（失效）, 标题（废止）. */
export function displayTitle(title: string, validity: string): string {
  return validity === '有效' ? title : `${title}（${validity}）`;
}

export function itemPath(slug: string): string {
  return `/disclosure/${slug}/`;
}

export interface Topic {
  id: string;
  code: string;
  name: string;
}

/** What the catalogue needs of an entry (Astro's CollectionEntry<'disclosure'> fits). */
export interface DisclosureEntryLike {
  id: string;
  data: {
    title: string;
    summary: string;
    indexNo: string;
    docNumber?: string | undefined;
    issuer: string;
    issuedAt: string;
    publishedAt: string;
    category: string | { id: string };
    kind: string;
    validity: string;
    publicity: string;
    sample?: boolean;
    keywords?: readonly string[];
    attachments?: readonly { title: string; file: string }[];
  };
}

export interface CatalogItem {
  slug: string;
  path: string;
  indexNo: string;
  title: string;
  /** Title with （失效）/（废止） appended when the item is no longer in force. */
  displayTitle: string;
  summary: string;
  docNumber: string | null;
  issuer: string;
  issuedAt: string;
  publishedAt: string;
  year: number;
  topic: Topic;
  kind: string;
  kindSlug: string;
  validity: string;
  publicity: string;
  sample: boolean;
  keywords: string[];
  attachments: { title: string; file: string }[];
}

export function toCatalogItem(entry: DisclosureEntryLike, topics: readonly Topic[]): CatalogItem {
  const data = entry.data;
  const topicId = typeof data.category === 'string' ? data.category : data.category.id;
  const topic = topics.find((candidate) => candidate.id === topicId) ?? { id: topicId, code: '', name: topicId };
  return {
    slug: entry.id,
    path: itemPath(entry.id),
    indexNo: data.indexNo,
    title: data.title,
    displayTitle: displayTitle(data.title, data.validity),
    summary: data.summary,
    docNumber: data.docNumber ?? null,
    issuer: data.issuer,
    issuedAt: data.issuedAt,
    publishedAt: data.publishedAt,
    year: Number(data.publishedAt.slice(0, 4)),
    topic: { id: topic.id, code: topic.code, name: topic.name },
    kind: data.kind,
    kindSlug: kindSlug(data.kind),
    validity: data.validity,
    publicity: data.publicity,
    sample: data.sample === true,
    keywords: [...(data.keywords ?? [])],
    attachments: (data.attachments ?? []).map((attachment) => ({ title: attachment.title, file: attachment.file })),
  };
}

/** Newest 发布日期 first; on the same day, the larger 索引号 first. */
export function compareCatalogItems(a: Pick<CatalogItem, 'publishedAt' | 'indexNo'>, b: Pick<CatalogItem, 'publishedAt' | 'indexNo'>): number {
  if (a.publishedAt !== b.publishedAt) return a.publishedAt < b.publishedAt ? 1 : -1;
  return a.indexNo < b.indexNo ? 1 : a.indexNo > b.indexNo ? -1 : 0;
}

/** The whole catalogue, newest first. */
export function buildCatalog(entries: readonly DisclosureEntryLike[], topics: readonly Topic[]): CatalogItem[] {
  return entries.map((entry) => toCatalogItem(entry, topics)).sort(compareCatalogItems);
}

export type CatalogFacet = 'all' | 'topic' | 'year' | 'kind';

export interface CatalogView {
  facet: CatalogFacet;
  /** Topic id, year or kind slug; '' for the whole catalogue. */
  key: string;
  /** What the view shows, e.g. 主题分类：扶助关怀. */
  label: string;
  /** Short name for navigation: 扶助关怀, 2012年, 通知公告. */
  name: string;
  /** URL of the view's first page. */
  base: string;
  items: CatalogItem[];
}

function groupBy(items: readonly CatalogItem[], key: (item: CatalogItem) => string): Map<string, CatalogItem[]> {
  const groups = new Map<string, CatalogItem[]>();
  for (const item of items) {
    const value = key(item);
    const group = groups.get(value);
    if (group) group.push(item);
    else groups.set(value, [item]);
  }
  return groups;
}

/** Items per topic id, in registry order; every topic appears, even without items. */
export function groupByTopic(items: readonly CatalogItem[], topics: readonly Topic[]): Map<string, CatalogItem[]> {
  const groups = groupBy(items, (item) => item.topic.id);
  return new Map(topics.map((topic) => [topic.id, groups.get(topic.id) ?? []]));
}

/** Items per year of 发布日期, newest year first; only years that have items. */
export function groupByYear(items: readonly CatalogItem[]): Map<number, CatalogItem[]> {
  const groups = groupBy(items, (item) => String(item.year));
  return new Map([...groups].sort(([a], [b]) => Number(b) - Number(a)).map(([year, list]) => [Number(year), list]));
}

/** Items per kind slug, in DISCLOSURE_KINDS order; every kind appears, even without items. */
export function groupByKind(items: readonly CatalogItem[]): Map<string, CatalogItem[]> {
  const groups = groupBy(items, (item) => item.kindSlug);
  return new Map(DISCLOSURE_KINDS.map((kind) => [kind.slug, groups.get(kind.slug) ?? []]));
}

/** Every view of the catalogue: all items, then per topic, per year and per kind. Items keep catalogue order. */
export function catalogViews(catalog: readonly CatalogItem[], topics: readonly Topic[]): CatalogView[] {
  const views: CatalogView[] = [{ facet: 'all', key: '', label: '全部信息', name: '全部', base: CATALOG_BASE, items: [...catalog] }];
  for (const [id, items] of groupByTopic(catalog, topics)) {
    const name = topics.find((topic) => topic.id === id)!.name;
    views.push({ facet: 'topic', key: id, label: `主题分类：${name}`, name, base: `${CATALOG_BASE}topic/${id}/`, items });
  }
  for (const [year, items] of groupByYear(catalog)) {
    views.push({ facet: 'year', key: String(year), label: `${year}年发布的信息`, name: `${year}年`, base: `${CATALOG_BASE}year/${year}/`, items });
  }
  for (const [slug, items] of groupByKind(catalog)) {
    const name = kindBySlug(slug)!;
    views.push({ facet: 'kind', key: slug, label: `信息类别：${name}`, name, base: `${CATALOG_BASE}kind/${slug}/`, items });
  }
  return views;
}

export interface CatalogPage {
  /** Rest parameter of src/pages/disclosure/catalog/[...path].astro; undefined for /disclosure/catalog/. */
  path: string | undefined;
  view: CatalogView;
  page: PageSlice<CatalogItem>;
}

/** One entry per catalogue page to build, for getStaticPaths. */
export function catalogPages(views: readonly CatalogView[], pageSize = CATALOG_PAGE_SIZE): CatalogPage[] {
  const pages: CatalogPage[] = [];
  for (const view of views) {
    const prefix = view.facet === 'all' ? '' : `${view.facet}/${view.key}`;
    for (const page of paginate(view.items, pageSize)) {
      const suffix = pageParam(page.number);
      const path = [prefix, suffix].filter(Boolean).join('/') || undefined;
      pages.push({ path, view, page });
    }
  }
  return pages;
}

export { pageHref };

export interface FacetLink {
  facet: CatalogFacet;
  key: string;
  name: string;
  href: string;
  count: number;
}

/** Links to the views of one facet with their item counts, for the catalogue's navigation. */
export function facetLinks(views: readonly CatalogView[], facet: Exclude<CatalogFacet, 'all'>): FacetLink[] {
  return views.filter((view) => view.facet === facet).map((view) => ({ facet, key: view.key, name: view.name, href: view.base, count: view.items.length }));
}

/** Absolute URL of a site path. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).href;
}

export interface CatalogJsonItem {
  indexNo: string;
  title: string;
  displayTitle: string;
  url: string;
  summary: string;
  docNumber: string | null;
  issuer: string;
  issuedAt: string;
  publishedAt: string;
  topic: Topic;
  kind: string;
  kindSlug: string;
  validity: string;
  publicity: string;
  sample: boolean;
  attachments: { title: string; url: string }[];
}

/** The harvestable catalogue: /disclosure/catalog.json. Deterministic (no build timestamp). */
export function catalogJson(catalog: readonly CatalogItem[], site: { name: string; owner: string; url: string }) {
  const items: CatalogJsonItem[] = catalog.map((item) => ({
    indexNo: item.indexNo,
    title: item.title,
    displayTitle: item.displayTitle,
    url: absoluteUrl(item.path, site.url),
    summary: item.summary,
    docNumber: item.docNumber,
    issuer: item.issuer,
    issuedAt: item.issuedAt,
    publishedAt: item.publishedAt,
    topic: item.topic,
    kind: item.kind,
    kindSlug: item.kindSlug,
    validity: item.validity,
    publicity: item.publicity,
    sample: item.sample,
    attachments: item.attachments.map((attachment) => ({ title: attachment.title, url: absoluteUrl(attachment.file, site.url) })),
  }));
  return {
    title: `${site.name} 政府信息公开目录`,
    publisher: site.owner,
    url: absoluteUrl(CATALOG_BASE, site.url),
    count: items.length,
    items,
  };
}

/** Items in the RSS feed: the newest ones, at most this many. */
export const FEED_LIMIT = 100;

export interface DisclosureFeedItem {
  title: string;
  link: string;
  pubDate: string;
  description: string;
  categories: string[];
}

export function feedItems(catalog: readonly CatalogItem[], siteUrl: string, limit = FEED_LIMIT): DisclosureFeedItem[] {
  return catalog.slice(0, limit).map((item) => ({
    title: item.displayTitle,
    link: absoluteUrl(item.path, siteUrl),
    pubDate: item.publishedAt,
    description: `${item.indexNo}${item.docNumber ? ` ${item.docNumber}` : ''} ${item.summary}`,
    categories: [item.topic.name, item.kind],
  }));
}
