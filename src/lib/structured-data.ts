/**
 * schema.org JSON-LD for a page's <script type="application/ld+json"> blocks, built from plain
 * data. Only facts the page itself shows go in: sample entries say so in their description, and
 * nothing the content does not state (a licence, a phone number) is added.
 */
import type { Crumb } from './breadcrumbs.ts';
import { bulletinUrls, comparePeriods, PERIOD_PATTERN, trendCsvUrl, type BulletinData, type Trend } from './bulletin.ts';

export type JsonLd = { '@context': typeof CONTEXT; '@type': string } & { [key: string]: unknown };

/** The parts of src/site.config.ts that structured data names. */
export interface SiteIdentity {
  name: string;
  shortName: string;
  tagline: string;
  /** Origin the site is deployed at; every URL in the output is absolute on it. */
  url: string;
  /** 主办单位: the publisher of everything on the site. */
  owner: string;
  /** 承办单位: runs the site. */
  operator: string;
  district: string;
}

const CONTEXT = 'https://schema.org';
export const LANGUAGE = 'zh-CN';
/** Appended to the description of sample entries, matching the notice the page shows. */
export const SAMPLE_NOTE = '（本页含示例数据，并非真实信息）';

export function absoluteUrl(path: string, origin: string): string {
  return new URL(path, origin).href;
}

export const organizationId = (site: SiteIdentity) => absoluteUrl('/#organization', site.url);
export const websiteId = (site: SiteIdentity) => absoluteUrl('/#website', site.url);

const describe = (text: string, sample: boolean | undefined) => (sample ? `${text}${SAMPLE_NOTE}` : text);

const district = (site: SiteIdentity) => ({ '@type': 'AdministrativeArea', name: site.district });

/** The owner as publisher: a reference by @id, with the name so a reader of one page needs no other. */
function publisher(site: SiteIdentity) {
  return { '@type': 'GovernmentOrganization', '@id': organizationId(site), name: site.owner, url: absoluteUrl('/', site.url) };
}

/** Leaves out properties whose value is missing or an empty list. */
function compact<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))) as T;
}

/** The office behind the site (home page). */
export function governmentOrganization(site: SiteIdentity): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'GovernmentOrganization',
    '@id': organizationId(site),
    name: site.owner,
    url: absoluteUrl('/', site.url),
    areaServed: district(site),
  };
}

/** The site itself (home page): published by the owner, run by the operator. */
export function webSite(site: SiteIdentity): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': websiteId(site),
    name: site.name,
    alternateName: site.shortName,
    description: site.tagline,
    url: absoluteUrl('/', site.url),
    inLanguage: LANGUAGE,
    publisher: publisher(site),
    maintainer: { '@type': 'GovernmentOrganization', name: site.operator },
  };
}

/**
 * The visible breadcrumbs, 首页 first. The current page (last crumb, no link) gets the page URL;
 * an unlinked crumb before it has no URL to give and is left out.
 */
export function breadcrumbList(crumbs: readonly Crumb[], pageUrl: string, site: SiteIdentity): JsonLd | null {
  if (crumbs.length === 0) return null;
  const trail = [{ label: '首页', href: '/' }, ...crumbs];
  const items = trail.flatMap((crumb, index) => {
    const last = index === trail.length - 1;
    if (!last && !crumb.href) return [];
    return [{ name: crumb.label, item: last ? pageUrl : absoluteUrl(crumb.href!, site.url) }];
  });
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, ...item })),
  };
}

export interface ArticleInput {
  type: 'Article' | 'NewsArticle';
  headline: string;
  description: string;
  /** Site path of the page, e.g. /policies/x/ */
  path: string;
  /** 发布日期, YYYY-MM-DD; single pages have none. */
  datePublished?: string | undefined;
  /** 最后更新 as the page shows it. */
  dateModified?: string | undefined;
  /** 发布机构 or 来源; the site owner when not given. */
  author?: string | undefined;
  /** 栏目 */
  section?: string | undefined;
  keywords?: readonly string[] | undefined;
  sample?: boolean | undefined;
}

export function article(input: ArticleInput, site: SiteIdentity): JsonLd {
  const url = absoluteUrl(input.path, site.url);
  const author = !input.author || input.author === site.owner ? publisher(site) : { '@type': 'GovernmentOrganization', name: input.author };
  return compact({
    '@context': CONTEXT,
    '@type': input.type,
    headline: input.headline,
    description: describe(input.description, input.sample),
    url,
    mainEntityOfPage: url,
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    author,
    publisher: publisher(site),
    articleSection: input.section,
    keywords: input.keywords && input.keywords.length > 0 ? input.keywords.join(',') : undefined,
    inLanguage: LANGUAGE,
  });
}

export interface ServiceLocationInput {
  name: string;
  address: string;
}

export interface GovernmentServiceInput {
  name: string;
  description: string;
  path: string;
  /** 实施主体 */
  provider: string;
  /** 主题分类 (or 人生阶段) names. */
  serviceTypes: readonly string[];
  /** 服务对象, as the guide words it. */
  audience: string;
  /** 办理地点: the guide's service points. */
  locations: readonly ServiceLocationInput[];
  sample?: boolean | undefined;
}

/** A 办事指南: who provides it, for whom, and where to go in person. */
export function governmentService(input: GovernmentServiceInput, site: SiteIdentity): JsonLd {
  return compact({
    '@context': CONTEXT,
    '@type': 'GovernmentService',
    name: input.name,
    description: describe(input.description, input.sample),
    url: absoluteUrl(input.path, site.url),
    provider: input.provider === site.owner ? publisher(site) : { '@type': 'GovernmentOrganization', name: input.provider },
    areaServed: district(site),
    serviceType: input.serviceTypes.length > 0 ? input.serviceTypes.join('、') : undefined,
    audience: { '@type': 'Audience', audienceType: input.audience },
    availableChannel: input.locations.map((location) => ({
      '@type': 'ServiceChannel',
      name: location.name,
      serviceLocation: { '@type': 'Place', name: location.name, address: { '@type': 'PostalAddress', streetAddress: location.address, addressCountry: 'CN' } },
    })),
  });
}

export interface DownloadInput {
  name: string;
  path: string;
  encodingFormat: 'application/json' | 'text/csv';
}

export interface DatasetInput {
  name: string;
  description: string;
  path: string;
  /** ISO 8601 interval, e.g. 2012-01/2012-06 */
  temporalCoverage: string;
  datePublished?: string | undefined;
  dateModified?: string | undefined;
  keywords?: readonly string[] | undefined;
  /** What is measured: the headline and dataset titles. */
  variableMeasured?: readonly string[] | undefined;
  distribution: readonly DownloadInput[];
  sample?: boolean | undefined;
}

export function dataset(input: DatasetInput, site: SiteIdentity): JsonLd {
  return compact({
    '@context': CONTEXT,
    '@type': 'Dataset',
    name: input.name,
    description: describe(input.description, input.sample),
    url: absoluteUrl(input.path, site.url),
    temporalCoverage: input.temporalCoverage,
    spatialCoverage: { '@type': 'Place', name: site.district },
    publisher: publisher(site),
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    keywords: input.keywords && input.keywords.length > 0 ? input.keywords.join(',') : undefined,
    variableMeasured: input.variableMeasured,
    isAccessibleForFree: true,
    // No license: the bulletins state none, and none is invented.
    inLanguage: LANGUAGE,
    distribution: input.distribution.map((download) => ({
      '@type': 'DataDownload',
      name: download.name,
      encodingFormat: download.encodingFormat,
      contentUrl: absoluteUrl(download.path, site.url),
    })),
  });
}

/** Half-years as an ISO 8601 interval of months: [2012-H1] → 2012-01/2012-06, [2012-H1, 2013-H2] → 2012-01/2013-12. */
export function periodInterval(periods: readonly string[]): string | null {
  const ordered = periods.filter((period) => PERIOD_PATTERN.test(period)).sort(comparePeriods);
  const first = ordered[0];
  const last = ordered[ordered.length - 1];
  if (!first || !last) return null;
  const [, startYear, startHalf] = PERIOD_PATTERN.exec(first)!;
  const [, endYear, endHalf] = PERIOD_PATTERN.exec(last)!;
  return `${startYear}-${startHalf === '1' ? '01' : '07'}/${endYear}-${endHalf === '1' ? '06' : '12'}`;
}

/** One 人口专刊 issue: the page, its JSON and every CSV it offers for download. */
export function bulletinDataset(bulletin: BulletinData, site: SiteIdentity): JsonLd {
  const urls = bulletinUrls(bulletin.period);
  const revised = bulletin.revisions.map((revision) => revision.date).sort().at(-1);
  return dataset(
    {
      name: bulletin.title,
      description: bulletin.summary,
      path: urls.page,
      temporalCoverage: periodInterval([bulletin.period]) ?? bulletin.period,
      datePublished: bulletin.publishedAt,
      dateModified: revised,
      keywords: ['人口专刊', '人口统计', site.district],
      variableMeasured: [...bulletin.headlines.map((headline) => headline.label), ...bulletin.datasets.map((item) => item.title)],
      distribution: [
        { name: '本期全部数据（JSON）', path: urls.json, encodingFormat: 'application/json' },
        { name: '主要指标（CSV）', path: urls.csv('headlines'), encodingFormat: 'text/csv' },
        ...bulletin.datasets.map((item) => ({ name: `${item.title}（CSV）`, path: urls.csv(item.id), encodingFormat: 'text/csv' as const })),
      ],
      sample: bulletin.sample,
    },
    site,
  );
}

export interface TrendsInput {
  name: string;
  description: string;
  path: string;
  trends: readonly Pick<Trend, 'id' | 'label'>[];
  /** Every bulletin the trends are drawn from. */
  bulletins: readonly Pick<BulletinData, 'period' | 'publishedAt' | 'sample'>[];
}

/** The headline trends across all bulletins: one CSV per indicator, changed with every new issue. */
export function trendsDataset(input: TrendsInput, site: SiteIdentity): JsonLd | null {
  const coverage = periodInterval(input.bulletins.map((bulletin) => bulletin.period));
  if (!coverage || input.trends.length === 0) return null;
  return dataset(
    {
      name: input.name,
      description: input.description,
      path: input.path,
      temporalCoverage: coverage,
      dateModified: input.bulletins.map((bulletin) => bulletin.publishedAt).sort().at(-1),
      keywords: ['人口专刊', '人口走势', site.district],
      variableMeasured: input.trends.map((trend) => trend.label),
      distribution: input.trends.map((trend) => ({ name: `${trend.label}（CSV）`, path: trendCsvUrl(trend.id), encodingFormat: 'text/csv' as const })),
      sample: input.bulletins.some((bulletin) => bulletin.sample),
    },
    site,
  );
}

/**
 * The text of a JSON-LD script element. `<` (and `>`, `&`) are written as \u escapes, which JSON
 * reads back unchanged, so no string in the data can close the element (`</script>`) or open a
 * comment (`<!--`) in the HTML around it.
 */
export function jsonLdText(value: JsonLd): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
