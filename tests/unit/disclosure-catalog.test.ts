import { describe, expect, it } from 'vitest';
import {
  buildCatalog,
  catalogJson,
  catalogPages,
  catalogViews,
  displayTitle,
  facetLinks,
  feedItems,
  groupByKind,
  groupByTopic,
  groupByYear,
  kindBySlug,
  kindSlug,
  DISCLOSURE_KINDS,
  type DisclosureEntryLike,
  type Topic,
} from '../../src/lib/disclosure-catalog.ts';

const topics: Topic[] = [
  { id: 'population-planning', code: '01', name: '人口和计划生育' },
  { id: 'special-assistance', code: '04', name: '扶助关怀' },
  { id: 'administration', code: '07', name: '机构与政务公开' },
];

function entry(id: string, over: Partial<DisclosureEntryLike['data']> = {}): DisclosureEntryLike {
  return {
    id,
    data: {
      title: `标题 ${id}`,
      summary: `摘要 ${id}`,
      indexNo: '11A0XC-2012-00001',
      issuer: '北京市西城区人口和计划生育委员会',
      issuedAt: '2012-01-01',
      publishedAt: '2012-01-02',
      category: { id: 'population-planning' },
      kind: '通知公告',
      validity: '有效',
      publicity: '主动公开',
      ...over,
    },
  };
}

const entries = [
  entry('a', { publishedAt: '2011-05-01', indexNo: '11A0XC-2011-00001', category: { id: 'special-assistance' }, kind: '公示公告', validity: '失效' }),
  entry('b', { publishedAt: '2012-03-01', indexNo: '11A0XC-2012-00002', kind: '工作总结' }),
  entry('c', { publishedAt: '2012-03-01', indexNo: '11A0XC-2012-00003', category: 'administration', kind: '年度报告', docNumber: '西政发〔2012〕4号' }),
  entry('d', { publishedAt: '2010-09-01', indexNo: '11A0XC-2010-00001', validity: '废止', attachments: [{ title: '附表', file: '/files/x.csv' }] }),
];

describe('disclosure catalogue', () => {
  const catalog = buildCatalog(entries, topics);

  it('sorts newest 发布日期 first, larger 索引号 first on the same day', () => {
    expect(catalog.map((item) => item.slug)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('marks items no longer in force in the title, as Chinese sites do', () => {
    expect(displayTitle('通知', '有效')).toBe('通知');
    expect(displayTitle('通知', '失效')).toBe('通知（失效）');
    expect(displayTitle('通知', '废止')).toBe('通知（废止）');
    expect(catalog.find((item) => item.slug === 'd')!.displayTitle).toBe('标题 d（废止）');
  });

  it('resolves topics from a reference or a plain id, and maps kinds to ASCII slugs both ways', () => {
    const c = catalog.find((item) => item.slug === 'c')!;
    expect(c.topic).toEqual({ id: 'administration', code: '07', name: '机构与政务公开' });
    expect(c.kindSlug).toBe('annual-report');
    expect(c.path).toBe('/disclosure/c/');
    expect(c.year).toBe(2012);
    for (const kind of DISCLOSURE_KINDS) {
      expect(kind.slug).toMatch(/^[a-z-]+$/);
      expect(kindBySlug(kindSlug(kind.name))).toBe(kind.name);
    }
    expect(kindSlug('未知')).toBe('other');
  });

  it('groups by topic (every topic, registry order), year (newest first) and kind (every kind)', () => {
    const byTopic = groupByTopic(catalog, topics);
    expect([...byTopic.keys()]).toEqual(['population-planning', 'special-assistance', 'administration']);
    expect(byTopic.get('population-planning')!.map((item) => item.slug)).toEqual(['b', 'd']);
    const byYear = groupByYear(catalog);
    expect([...byYear.keys()]).toEqual([2012, 2011, 2010]);
    expect(byYear.get(2012)!.map((item) => item.slug)).toEqual(['c', 'b']);
    const byKind = groupByKind(catalog);
    expect([...byKind.keys()]).toEqual(DISCLOSURE_KINDS.map((kind) => kind.slug));
    expect(byKind.get('notice')!.map((item) => item.slug)).toEqual(['d']);
    expect(byKind.get('plan')).toEqual([]);
  });

  it('builds one view per facet value, each with its URL and items in catalogue order', () => {
    const views = catalogViews(catalog, topics);
    expect(views[0]).toMatchObject({ facet: 'all', base: '/disclosure/catalog/' });
    expect(views.length).toBe(1 + topics.length + 3 + DISCLOSURE_KINDS.length);
    const year = views.find((view) => view.facet === 'year' && view.key === '2012')!;
    expect(year.base).toBe('/disclosure/catalog/year/2012/');
    expect(year.label).toBe('2012年发布的信息');
    const topic = views.find((view) => view.facet === 'topic' && view.key === 'special-assistance')!;
    expect(topic.base).toBe('/disclosure/catalog/topic/special-assistance/');
    expect(topic.items.map((item) => item.slug)).toEqual(['a']);
    expect(facetLinks(views, 'year').map((link) => [link.name, link.count])).toEqual([['2012年', 2], ['2011年', 1], ['2010年', 1]]);
  });

  it('paginates every view into rest-parameter paths, no page above the size', () => {
    const many = buildCatalog(
      Array.from({ length: 125 }, (_, i) => entry(`x${i}`, { indexNo: `11A0XC-2012-${String(i + 1).padStart(5, '0')}`, publishedAt: '2012-06-01' })),
      topics,
    );
    const pages = catalogPages(catalogViews(many, topics), 50);
    const paths = pages.map((page) => page.path);
    expect(paths).toContain(undefined);
    expect(paths).toContain('page/2');
    expect(paths).toContain('page/3');
    expect(paths).not.toContain('page/4');
    expect(paths).toContain('topic/population-planning/page/3');
    expect(paths).toContain('topic/special-assistance');
    expect(paths).toContain('year/2012/page/2');
    expect(paths).toContain('kind/notice/page/3');
    expect(paths).toContain('kind/plan');
    expect(new Set(paths).size).toBe(paths.length);
    expect(Math.max(...pages.map((page) => page.page.items.length))).toBe(50);
    const third = pages.find((page) => page.path === 'page/3')!;
    expect(third.page.items).toHaveLength(25);
    expect(third.page.items[0]!.indexNo).toBe('11A0XC-2012-00025');
  });

  it('catalog.json lists every item with absolute URLs and no build timestamp', () => {
    const json = catalogJson(catalog, { name: '西城幸福e家', owner: '区人口计生委', url: 'https://ehome.example.gov.cn' });
    expect(json.count).toBe(4);
    expect(json.items.map((item) => item.url)).toEqual([
      'https://ehome.example.gov.cn/disclosure/c/',
      'https://ehome.example.gov.cn/disclosure/b/',
      'https://ehome.example.gov.cn/disclosure/a/',
      'https://ehome.example.gov.cn/disclosure/d/',
    ]);
    expect(json.items[0]).toMatchObject({ indexNo: '11A0XC-2012-00003', docNumber: '西政发〔2012〕4号', kindSlug: 'annual-report', topic: { code: '07' } });
    expect(json.items[3]!.attachments).toEqual([{ title: '附表', url: 'https://ehome.example.gov.cn/files/x.csv' }]);
    expect(JSON.stringify(json)).toBe(JSON.stringify(catalogJson(catalog, { name: '西城幸福e家', owner: '区人口计生委', url: 'https://ehome.example.gov.cn' })));
  });

  it('feed items come from the same catalogue, newest first, capped', () => {
    const items = feedItems(catalog, 'https://ehome.example.gov.cn');
    expect(items.map((item) => item.link)).toEqual(catalogJson(catalog, { name: '', owner: '', url: 'https://ehome.example.gov.cn' }).items.map((item) => item.url));
    expect(items[3]!.title).toBe('标题 d（废止）');
    expect(items[0]!.categories).toEqual(['机构与政务公开', '年度报告']);
    expect(items[0]!.description).toContain('西政发〔2012〕4号');
    expect(feedItems(catalog, 'https://x.example', 2)).toHaveLength(2);
  });
});

import { filterTerms, rowMatches } from '../../src/lib/catalog-filter.ts';

describe('filtering the current catalogue page', () => {
  it('splits the query on ordinary and full-width spaces, case-insensitively', () => {
    expect(filterTerms('  特别扶助\u30002012 ')).toEqual(['特别扶助', '2012']);
    expect(filterTerms('')).toEqual([]);
    expect(filterTerms('11a0xc')).toEqual(['11a0xc']);
  });

  it('matches a row only when it contains every term', () => {
    const row = '11A0XC-2012-00016 西城区2012年度独生子女伤残死亡家庭特别扶助对象公示 2012-10-15 有效';
    expect(rowMatches(row, filterTerms('特别扶助 2012'))).toBe(true);
    expect(rowMatches(row, filterTerms('11a0xc-2012'))).toBe(true);
    expect(rowMatches(row, filterTerms('特别扶助 2011'))).toBe(false);
    expect(rowMatches(row, [])).toBe(true);
  });
});

describe('an empty disclosure collection', () => {
  it('still yields the catalogue home, every topic and kind page, and an empty feed and JSON', () => {
    const catalog = buildCatalog([], topics);
    const pages = catalogPages(catalogViews(catalog, topics));
    expect(pages.map((page) => page.path)).toEqual([undefined, ...topics.map((topic) => `topic/${topic.id}`), ...DISCLOSURE_KINDS.map((kind) => `kind/${kind.slug}`)]);
    expect(pages.every((page) => page.page.items.length === 0 && page.page.totalPages === 1)).toBe(true);
    expect(feedItems(catalog, 'https://x.example')).toEqual([]);
    expect(catalogJson(catalog, { name: 'n', owner: 'o', url: 'https://x.example' })).toMatchObject({ count: 0, items: [] });
  });
});
