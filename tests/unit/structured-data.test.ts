import { describe, expect, it } from 'vitest';
import {
  article,
  breadcrumbList,
  bulletinDataset,
  governmentOrganization,
  governmentService,
  jsonLdText,
  periodInterval,
  SAMPLE_NOTE,
  trendsDataset,
  webSite,
  type JsonLd,
  type SiteIdentity,
} from '../../src/lib/structured-data.ts';
import type { BulletinData } from '../../src/lib/bulletin.ts';

const site: SiteIdentity = {
  name: '西城幸福e家',
  shortName: '幸福e家',
  tagline: '虚拟人口和家庭服务中心',
  url: 'https://ehome.example.gov.cn',
  owner: '北京市西城区人口和计划生育委员会',
  operator: '北京市西城区人口和家庭服务中心',
  district: '西城区',
};

/** Every string value anywhere in the object that looks like a URL. */
function urlsIn(value: unknown): string[] {
  if (typeof value === 'string') return /^[a-z]+:\/\//.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => (key === '@context' ? [] : urlsIn(inner)));
  return [];
}

const bulletin: BulletinData = {
  period: '2012-H2',
  issue: 2,
  title: '西城区人口专刊（2012年下半年）',
  summary: '全区常住人口 126.9 万人。',
  publishedAt: '2013-02-20',
  sample: true,
  source: '人口专题库（示例数据）',
  notes: [],
  revisions: [{ date: '2013-05-01', note: '修订出生人口' }, { date: '2013-03-01', note: '更正' }],
  headlines: [{ id: 'population', label: '常住人口', unit: '万人', valueType: 'number', value: 126.9 }],
  datasets: [
    { id: 'births-by-month', title: '出生人口（按月）', unit: '人', valueType: 'count', chart: 'line', categoryLabel: '月份', byStreet: false, categories: ['7月'], series: [{ name: '出生', values: [800] }], notes: [] },
  ],
};

describe('site-wide objects', () => {
  it('names the owner as the GovernmentOrganization and the site as a WebSite it publishes', () => {
    const org = governmentOrganization(site);
    expect(org).toMatchObject({ '@context': 'https://schema.org', '@type': 'GovernmentOrganization', name: site.owner, url: 'https://ehome.example.gov.cn/', areaServed: { name: '西城区' } });
    const website = webSite(site);
    expect(website).toMatchObject({ '@type': 'WebSite', name: '西城幸福e家', inLanguage: 'zh-CN', publisher: { '@id': org['@id'] }, maintainer: { name: site.operator } });
  });
});

describe('breadcrumbList', () => {
  it('starts at 首页, links every crumb absolutely and ends at the page itself', () => {
    const list = breadcrumbList([{ label: '办事指南', href: '/services/' }, { label: '孕前优生检查' }], 'https://ehome.example.gov.cn/services/x/', site);
    expect(list?.['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: '首页', item: 'https://ehome.example.gov.cn/' },
      { '@type': 'ListItem', position: 2, name: '办事指南', item: 'https://ehome.example.gov.cn/services/' },
      { '@type': 'ListItem', position: 3, name: '孕前优生检查', item: 'https://ehome.example.gov.cn/services/x/' },
    ]);
  });
  it('leaves out an unlinked crumb before the last and keeps positions consecutive', () => {
    const list = breadcrumbList([{ label: '关于本站' }, { label: '联系我们' }], 'https://ehome.example.gov.cn/contact/', site);
    expect((list?.['itemListElement'] as { name: string; position: number }[]).map((item) => [item.position, item.name])).toEqual([[1, '首页'], [2, '联系我们']]);
  });
  it('gives nothing for a page without breadcrumbs (the home page)', () => {
    expect(breadcrumbList([], 'https://ehome.example.gov.cn/', site)).toBeNull();
  });
});

describe('article', () => {
  it('carries headline, dates, publisher and language, with absolute URLs on the site', () => {
    const ld = article({ type: 'NewsArticle', headline: '启动', description: '摘要', path: '/news/x/', datePublished: '2012-03-01', dateModified: '2012-03-05', section: '工作动态', keywords: ['启动', '家庭'] }, site);
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: '启动',
      description: '摘要',
      url: 'https://ehome.example.gov.cn/news/x/',
      datePublished: '2012-03-01',
      dateModified: '2012-03-05',
      publisher: { '@type': 'GovernmentOrganization', name: site.owner },
      author: { name: site.owner },
      inLanguage: 'zh-CN',
      keywords: '启动,家庭',
    });
    expect(urlsIn(ld).every((url) => url.startsWith('https://ehome.example.gov.cn/'))).toBe(true);
  });
  it('names the issuing body as author, marks sample entries and omits what is not known', () => {
    const ld = article({ type: 'Article', headline: '条例', description: '摘要', path: '/policies/x/', author: '北京市人民代表大会常务委员会', sample: true }, site);
    expect(ld['author']).toEqual({ '@type': 'GovernmentOrganization', name: '北京市人民代表大会常务委员会' });
    expect(ld['description']).toBe(`摘要${SAMPLE_NOTE}`);
    expect(ld).not.toHaveProperty('datePublished');
    expect(ld).not.toHaveProperty('keywords');
  });
});

describe('governmentService', () => {
  const ld = governmentService(
    {
      name: '免费孕前优生健康检查',
      description: '为计划怀孕的夫妇提供免费检查。',
      path: '/services/free-prepregnancy-checkup/',
      provider: '北京市西城区人口和计划生育委员会',
      serviceTypes: ['优生优育与生殖健康', '扶助关怀'],
      audience: '计划怀孕的夫妇',
      locations: [{ name: '西城区人口和家庭服务中心', address: '北京市西城区（示例地址）二龙路 27 号' }],
      sample: true,
    },
    site,
  );
  it('says who provides it, where, for whom and of what type', () => {
    expect(ld).toMatchObject({
      '@type': 'GovernmentService',
      name: '免费孕前优生健康检查',
      url: 'https://ehome.example.gov.cn/services/free-prepregnancy-checkup/',
      provider: { '@type': 'GovernmentOrganization', '@id': 'https://ehome.example.gov.cn/#organization' },
      areaServed: { '@type': 'AdministrativeArea', name: '西城区' },
      serviceType: '优生优育与生殖健康、扶助关怀',
      audience: { '@type': 'Audience', audienceType: '计划怀孕的夫妇' },
    });
  });
  it('offers each service point as a channel with its address as the page shows it, and no phone', () => {
    expect(ld['availableChannel']).toEqual([
      {
        '@type': 'ServiceChannel',
        name: '西城区人口和家庭服务中心',
        serviceLocation: { '@type': 'Place', name: '西城区人口和家庭服务中心', address: { '@type': 'PostalAddress', streetAddress: '北京市西城区（示例地址）二龙路 27 号', addressCountry: 'CN' } },
      },
    ]);
    expect(JSON.stringify(ld)).not.toMatch(/Phone|telephone/);
  });
});

describe('bulletinDataset', () => {
  const ld = bulletinDataset(bulletin, site);
  it('covers the half-year, is free, and names no licence the bulletin does not state', () => {
    expect(ld).toMatchObject({ '@type': 'Dataset', name: bulletin.title, temporalCoverage: '2012-07/2012-12', spatialCoverage: { name: '西城区' }, datePublished: '2013-02-20', dateModified: '2013-05-01', isAccessibleForFree: true });
    expect(ld).not.toHaveProperty('license');
    expect(ld['description']).toContain(SAMPLE_NOTE);
  });
  it('offers the JSON and every CSV as an absolute DataDownload', () => {
    expect(ld['distribution']).toEqual([
      { '@type': 'DataDownload', name: '本期全部数据（JSON）', encodingFormat: 'application/json', contentUrl: 'https://ehome.example.gov.cn/bulletins/2012-h2.json' },
      { '@type': 'DataDownload', name: '主要指标（CSV）', encodingFormat: 'text/csv', contentUrl: 'https://ehome.example.gov.cn/bulletins/2012-h2/headlines.csv' },
      { '@type': 'DataDownload', name: '出生人口（按月）（CSV）', encodingFormat: 'text/csv', contentUrl: 'https://ehome.example.gov.cn/bulletins/2012-h2/births-by-month.csv' },
    ]);
  });
  it('spans every bulletin in the trends and offers one CSV per indicator', () => {
    const trends = trendsDataset({ name: '走势', description: '历期走势', path: '/bulletins/trends/', trends: [{ id: 'population', label: '常住人口' }], bulletins: [bulletin, { ...bulletin, period: '2012-H1', publishedAt: '2012-08-15' }] }, site);
    expect(trends).toMatchObject({ temporalCoverage: '2012-01/2012-12', dateModified: '2013-02-20', distribution: [{ contentUrl: 'https://ehome.example.gov.cn/bulletins/trends/population.csv' }] });
    expect(trendsDataset({ name: '走势', description: '', path: '/bulletins/trends/', trends: [], bulletins: [] }, site)).toBeNull();
  });
});

describe('periodInterval', () => {
  it('turns half-years into an ISO 8601 interval of months', () => {
    expect(periodInterval(['2012-H1'])).toBe('2012-01/2012-06');
    expect(periodInterval(['2013-H2', '2012-H1', '2012-H2'])).toBe('2012-01/2013-12');
    expect(periodInterval(['2012'])).toBeNull();
  });
});

describe('jsonLdText', () => {
  const hostile: JsonLd = { '@context': 'https://schema.org', '@type': 'Article', headline: '</script><script>alert(1)</script><!-- & \u2028' };
  const text = jsonLdText(hostile);
  it('cannot close the script element or open a comment', () => {
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
  });
  it('reads back as the same data', () => {
    expect(JSON.parse(text)).toEqual(hostile);
  });
});
