import { describe, expect, it } from 'vitest';
import {
  byTitle,
  earliestStageOrder,
  groupByEarliestStage,
  groupPointsByStreet,
  guidesByStage,
  guidesForAudience,
  locationsOf,
  NO_STAGE,
  orderStages,
  relatedGuides,
  servicesByPoint,
  sortByStageOrder,
  stageNeighbours,
  summariseLocations,
} from '../../src/lib/service-grouping.ts';

const ref = (id: string) => ({ id });
const stage = (id: string, order: number) => ({ id, data: { order, name: `阶段${order}` } });
// Deliberately out of order, as a registry edited by hand might be.
const stages = [stage('infant', 4), stage('marriage-prep', 1), stage('elderly', 8), stage('pre-pregnancy', 2)];

interface G {
  id: string;
  data: { title: string; lifeStages: { id: string }[]; audiences: { id: string }[]; topics: { id: string }[]; locations: { id: string }[]; basis: { id: string }[] };
}
const guide = (id: string, title: string, lifeStages: string[], extra: Partial<{ audiences: string[]; topics: string[]; locations: string[]; basis: string[] }> = {}): G => ({
  id,
  data: {
    title,
    lifeStages: lifeStages.map(ref),
    audiences: (extra.audiences ?? []).map(ref),
    topics: (extra.topics ?? []).map(ref),
    locations: (extra.locations ?? []).map(ref),
    basis: (extra.basis ?? []).map(ref),
  },
});

describe('stage order', () => {
  it('orders stages by their order field, not by registry position', () => {
    expect(orderStages(stages).map((s) => s.id)).toEqual(['marriage-prep', 'pre-pregnancy', 'infant', 'elderly']);
  });

  it('gives 上一步/下一步 and the position, with none before the first or after the last', () => {
    expect(stageNeighbours(stages, 'marriage-prep')).toMatchObject({ previous: undefined, next: { id: 'pre-pregnancy' }, position: 1, total: 4 });
    expect(stageNeighbours(stages, 'infant')).toMatchObject({ previous: { id: 'pre-pregnancy' }, next: { id: 'elderly' }, position: 3 });
    expect(stageNeighbours(stages, 'elderly')).toMatchObject({ previous: { id: 'infant' }, next: undefined, position: 4 });
  });

  it('refuses an unknown stage', () => {
    expect(() => stageNeighbours(stages, 'nowhere')).toThrow(/nowhere/);
  });

  it('finds the earliest stage of a guide and sorts unknown stages last', () => {
    expect(earliestStageOrder(guide('a', '甲', ['elderly', 'pre-pregnancy']), stages)).toBe(2);
    expect(earliestStageOrder(guide('b', '乙', ['gone']), stages)).toBe(NO_STAGE);
  });

  it('sorts guides in the order of family life, then by title in pinyin order', () => {
    const guides = [guide('z', '再生育审批', ['elderly']), guide('b', '表格', ['infant']), guide('a', '安全', ['infant']), guide('m', '婚检', ['marriage-prep'])];
    expect(sortByStageOrder(guides, stages).map((g) => g.id)).toEqual(['m', 'a', 'b', 'z']);
  });
});

describe('guides by stage', () => {
  const guides = [
    guide('cert', '生育服务证', ['marriage-prep', 'pre-pregnancy']),
    guide('check', '孕前检查', ['pre-pregnancy']),
    guide('folic', '叶酸', ['marriage-prep', 'pre-pregnancy']),
    guide('gift', '大礼包', ['infant']),
  ];

  it('lists every stage in order, a guide under each of its stages, guides whose first stage it is first', () => {
    const journey = guidesByStage(stages, guides);
    expect(journey.map((j) => j.stage.id)).toEqual(['marriage-prep', 'pre-pregnancy', 'infant', 'elderly']);
    expect(journey[0]!.guides.map((g) => g.id)).toEqual(['cert', 'folic']);
    // 孕前检查 names pre-pregnancy first, so it leads; the others follow by title.
    expect(journey[1]!.guides.map((g) => g.id)).toEqual(['check', 'cert', 'folic']);
    expect(journey[3]!.guides).toEqual([]);
  });

  it('places each guide once under its earliest stage, leaving empty stages out', () => {
    const groups = groupByEarliestStage(guides, stages);
    expect(groups.map((g) => [g.stage.id, g.guides.map((x) => x.id)])).toEqual([
      ['marriage-prep', ['cert', 'folic']],
      ['pre-pregnancy', ['check']],
      ['infant', ['gift']],
    ]);
  });
});

describe('audiences and related guides', () => {
  const guides = [
    guide('insure', '意外伤害保险', ['elderly'], { audiences: ['special-families'], topics: ['assist'] }),
    guide('assist', '特别扶助', ['elderly'], { audiences: ['special-families'], topics: ['assist'] }),
    guide('relief', '生育关怀', ['infant'], { audiences: ['special-families', 'low-income'], topics: ['assist'] }),
    guide('gift', '大礼包', ['infant'], { audiences: ['infant-families'], topics: ['early'] }),
    guide('other', '无关', ['marriage-prep'], { topics: ['x'] }),
  ];

  it('lists the guides for one audience in stage order', () => {
    expect(guidesForAudience('special-families', guides, stages).map((g) => g.id)).toEqual(['relief', 'assist', 'insure']);
    expect(guidesForAudience('nobody', guides, stages)).toEqual([]);
  });

  it('ranks related guides by shared stages, then topics, then audiences, never the guide itself', () => {
    const related = relatedGuides(guides[1]!, guides, 5).map((g) => g.id);
    expect(related[0]).toBe('insure'); // same stage, topic and audience
    expect(related[1]).toBe('relief'); // same topic and audience only
    expect(related).not.toContain('assist');
    expect(related).not.toContain('other'); // shares nothing
  });

  it('respects the limit', () => {
    expect(relatedGuides(guides[1]!, guides, 1)).toHaveLength(1);
  });
});

describe('service points', () => {
  const points = [
    { id: 'center', data: { name: '区中心', level: '区级中心', street: undefined } },
    { id: 'youth', data: { name: '青春健康中心', level: '社会服务站点', street: undefined } },
    { id: 'a-post', data: { name: '甲街道服务站', level: '街道服务站', street: ref('a') } },
    { id: 'a-base', data: { name: '甲基地', level: '社区服务站', street: ref('a') } },
    { id: 'a-social', data: { name: '甲楼宇', level: '社会服务站点', street: ref('a') } },
    { id: 'b-post', data: { name: '乙街道服务站', level: '街道服务站', street: ref('b') } },
  ];
  const streets = [
    { id: 'b', data: { name: '乙街道' } },
    { id: 'a', data: { name: '甲街道' } },
    { id: 'c', data: { name: '丙街道' } },
  ];

  it('inverts guides’ locations into the services each point offers, so both views agree', () => {
    const guides = [
      guide('g2', '乙事项', ['infant'], { locations: ['center', 'a-post'] }),
      guide('g1', '甲事项', ['infant'], { locations: ['a-post', 'a-post'] }),
    ];
    const map = servicesByPoint(points, guides);
    expect(map.get('a-post')!.map((g) => g.id)).toEqual(['g1', 'g2']); // by title, once each
    expect(map.get('center')!.map((g) => g.id)).toEqual(['g2']);
    expect(map.get('b-post')).toEqual([]);
    // The inversion is exact: a guide lists a point if and only if the point lists the guide.
    for (const g of guides) {
      for (const p of points) {
        expect(map.get(p.id)!.includes(g)).toBe(g.data.locations.some((l) => l.id === p.id));
      }
    }
  });

  it('ignores locations that name no known point', () => {
    const map = servicesByPoint(points, [guide('g', '事项', ['infant'], { locations: ['ghost'] })]);
    expect(map.has('ghost')).toBe(false);
  });

  it('resolves a guide’s locations in the order the guide lists them', () => {
    expect(locationsOf(guide('g', '事项', ['infant'], { locations: ['b-post', 'ghost', 'center'] }), points).map((p) => p.id)).toEqual(['b-post', 'center']);
  });

  it('groups points: district-wide first, then streets in registry order, empty streets left out', () => {
    const groups = groupPointsByStreet(points, streets);
    expect(groups.map((g) => g.label)).toEqual(['区级服务机构', '乙街道', '甲街道']);
    expect(groups.map((g) => g.anchor)).toEqual(['district', 'street-b', 'street-a']);
    expect(groups[0]!.points.map((p) => p.id)).toEqual(['center', 'youth']);
    // street post, then community, then social station
    expect(groups[2]!.points.map((p) => p.id)).toEqual(['a-post', 'a-base', 'a-social']);
  });

  it('summarises locations for the summary box', () => {
    expect(summariseLocations([])).toBe('');
    expect(summariseLocations(['甲', '乙'])).toBe('甲、乙');
    expect(summariseLocations(['甲', '乙', '丙'])).toBe('甲、乙等 3 处');
  });
});

describe('byTitle', () => {
  it('orders Chinese titles by pinyin', () => {
    const list = [{ data: { title: '再生育' } }, { data: { title: '孕前' } }, { data: { title: '安全' } }];
    expect([...list].sort(byTitle).map((x) => x.data.title)).toEqual(['安全', '孕前', '再生育']);
  });
});
