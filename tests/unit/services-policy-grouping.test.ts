import { describe, expect, it } from 'vitest';
import { citingGuides, comparePolicies, groupByLevel, groupPoliciesByTopic, policiesForAudience, replacedBy, replacementOf } from '../../src/lib/policy-grouping.ts';

const ref = (id: string) => ({ id });
const policy = (
  id: string,
  level: string,
  issuedAt: string,
  extra: Partial<{ status: string; topics: string[]; lifeStages: string[]; audiences: string[]; supersededBy: string }> = {},
) => ({
  id,
  data: {
    title: id,
    level,
    issuedAt,
    status: extra.status ?? '现行有效',
    topics: (extra.topics ?? []).map(ref),
    lifeStages: (extra.lifeStages ?? []).map(ref),
    audiences: (extra.audiences ?? []).map(ref),
    supersededBy: extra.supersededBy ? ref(extra.supersededBy) : undefined,
  },
});
const topics = [
  { id: 'assist', data: { name: '扶助关怀', code: '04' } },
  { id: 'planning', data: { name: '人口和计划生育', code: '01' } },
  { id: 'unused', data: { name: '未用', code: '09' } },
];
const stages = [
  { id: 'marriage', data: { order: 1, name: '婚育准备' } },
  { id: 'family', data: { order: 7, name: '中青年家庭发展' } },
  { id: 'elderly', data: { order: 8, name: '老年与养老' } },
];

describe('policy grouping', () => {
  const policies = [
    policy('district-new', '区级', '2011-05-10', { topics: ['assist'] }),
    policy('district-old', '区级', '2008-09-01', { topics: ['assist'], status: '已废止', supersededBy: 'district-new' }),
    policy('law', '国家级', '2001-12-29', { topics: ['planning', 'assist'] }),
    policy('city', '市级', '2003-07-18', { topics: ['planning'] }),
    policy('special', '市级', '2008-06-20', { topics: ['assist'] }),
    policy('loose', '区级', '2012-01-01'),
  ];

  it('groups by first topic in catalogue-code order, then by level 国家级 → 市级 → 区级, listing each policy once', () => {
    const groups = groupPoliciesByTopic(policies, topics);
    expect(groups.map((g) => g.label)).toEqual(['人口和计划生育', '扶助关怀', '其他']);
    expect(groups[0]!.levels.map((l) => [l.level, l.policies.map((p) => p.id)])).toEqual([
      ['国家级', ['law']],
      ['市级', ['city']],
    ]);
    expect(groups[1]!.levels.map((l) => [l.level, l.policies.map((p) => p.id)])).toEqual([
      ['市级', ['special']],
      ['区级', ['district-new', 'district-old']],
    ]);
    expect(groups[2]!.anchor).toBe('topic-other');
    const listed = groups.flatMap((g) => g.levels.flatMap((l) => l.policies.map((p) => p.id)));
    expect(listed.sort()).toEqual(policies.map((p) => p.id).sort());
  });

  it('puts policies in force before amended and repealed ones, then newest first', () => {
    const sorted = [
      policy('old', '区级', '2012-01-01', { status: '已废止' }),
      policy('amended', '区级', '2012-01-01', { status: '已修订' }),
      policy('older', '区级', '2005-01-01'),
      policy('newer', '区级', '2010-01-01'),
    ].sort(comparePolicies);
    expect(sorted.map((p) => p.id)).toEqual(['newer', 'older', 'amended', 'old']);
  });

  it('keeps unknown levels after the three known ones', () => {
    expect(groupByLevel([policy('x', '部门', '2010-01-01'), policy('y', '市级', '2010-01-01')]).map((g) => g.level)).toEqual(['市级', '部门']);
  });

  it('links a repealed policy to its replacement and back', () => {
    expect(replacementOf(policies[1]!, policies)?.id).toBe('district-new');
    expect(replacementOf(policies[0]!, policies)).toBeUndefined();
    expect(replacedBy(policies[0]!, policies).map((p) => p.id)).toEqual(['district-old']);
  });
});

describe('reverse of 设定依据', () => {
  const guide = (id: string, title: string, basis: string[], audiences: string[] = [], lifeStages: string[] = ['family']) => ({
    id,
    data: { title, lifeStages: lifeStages.map(ref), basis: basis.map(ref), audiences: audiences.map(ref) },
  });
  const guides = [guide('b', '再生育', ['law', 'city']), guide('a', '光荣证', ['law']), guide('c', '保险', ['insurance'], ['special-families'])];

  it('lists the guides that cite a policy, by title', () => {
    expect(citingGuides('law', guides).map((g) => g.id)).toEqual(['a', 'b']);
    expect(citingGuides('nothing', guides)).toEqual([]);
  });

  it('gives an audience the policies naming it and those its guides cite, in stage order', () => {
    const policies = [
      policy('special', '市级', '2008-06-20', { audiences: ['special-families'], lifeStages: ['elderly'] }),
      policy('insurance', '区级', '2012-04-10', { lifeStages: ['family'] }),
      policy('law', '国家级', '2001-12-29', { audiences: ['special-families'], lifeStages: ['marriage', 'elderly'] }),
      policy('unrelated', '国家级', '2001-01-01', { audiences: ['migrants'], lifeStages: ['marriage'] }),
    ];
    expect(policiesForAudience('special-families', policies, guides, stages).map((p) => p.id)).toEqual(['law', 'insurance', 'special']);
  });
});
