import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import {
  answerProblems,
  chooseSlug,
  completeAnswers,
  copiedAsIs,
  findTemplate,
  nextPeriod,
  renderEntry,
  splitIds,
  splitList,
  templates,
  yamlString,
  type ScaffoldContext,
} from '../../scripts/lib/scaffold.ts';

const ctx = (over: Partial<ScaffoldContext> = {}): ScaffoldContext => ({
  today: '2012-03-15',
  orgCode: '11A0XC',
  owner: '北京市西城区人口和计划生育委员会',
  operator: '北京市西城区人口和家庭服务中心',
  lifeStages: [{ id: 'marriage-prep', name: '婚育准备' }, { id: 'infant', name: '婴幼儿' }],
  topics: [{ id: 'population-planning', name: '人口和计划生育' }],
  audiences: [{ id: 'migrants', name: '流动人口' }],
  servicePoints: [{ id: 'district-center', name: '区中心' }],
  policies: [],
  services: [{ id: 'fu-zhu-jin', name: '特别扶助金申领' }],
  indexNumbers: ['11A0XC-2012-00001', '11A0XC-2012-00007', '11A0XC-2011-00020'],
  exists: () => false,
  ...over,
});

const frontmatter = (text: string) => yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;

describe('templates', () => {
  it('cover every collection with a file', () => {
    expect(templates.map((t) => t.name).sort()).toEqual(['bulletins', 'disclosure', 'earlyChildhood', 'news', 'pages', 'policies', 'services', 'youth']);
    expect(findTemplate('early-childhood')?.name).toBe('earlyChildhood');
    expect(findTemplate('办事指南')?.name).toBe('services');
    expect(findTemplate('nope')).toBeUndefined();
  });
});

describe('disclosure', () => {
  it('takes the next free 索引号 of the publishing year and defaults dates to today', () => {
    const t = findTemplate('disclosure')!;
    const answers = completeAnswers(t, { title: '关于印发工作要点的通知' }, ctx());
    expect(answers['indexNo']).toBe('11A0XC-2012-00008');
    const { text, path, url } = renderEntry(t, answers, 'gongzuo-yaodian', ctx());
    expect(path).toBe('disclosure/gongzuo-yaodian.mdx');
    expect(url).toBe('/disclosure/gongzuo-yaodian/');
    const data = frontmatter(text);
    expect(frontmatter(renderEntry(t, completeAnswers(t, { title: 'x', relatedServices: ['fu-zhu-jin'] }, ctx()), 'x', ctx()).text)['relatedServices']).toEqual(['fu-zhu-jin']);
    expect(data).toMatchObject({ indexNo: '11A0XC-2012-00008', publishedAt: '2012-03-15', issuedAt: '2012-03-15', issuer: '北京市西城区人口和计划生育委员会', category: 'population-planning', draft: true });
  });
});

describe('services', () => {
  it('writes lists and references chosen by the editor, placeholders for the rest', () => {
    const t = findTemplate('services')!;
    const answers = completeAnswers(t, { title: '独生子女父母光荣证办理', eligibility: ['持有户口', '只有一个孩子'], materials: ['户口簿', '结婚证'], lifeStages: ['infant'] }, ctx());
    const data = frontmatter(renderEntry(t, answers, 'guang-rong-zheng', ctx()).text);
    expect(data['eligibility']).toEqual(['持有户口', '只有一个孩子']);
    expect(data['materials']).toEqual([{ name: '户口簿', form: '原件', count: 1 }, { name: '结婚证', form: '原件', count: 1 }]);
    expect(data['lifeStages']).toEqual(['infant']);
    expect(data['locations']).toEqual(['district-center']);
    expect(String(data['hotline'])).toContain('待填写');
  });
  it('rejects a choice that is not in the registry', () => {
    const t = findTemplate('services')!;
    const answers = completeAnswers(t, { title: 'x', lifeStages: ['no-such-stage'] }, ctx());
    expect(answerProblems(t, answers, ctx())).toEqual(['“人生阶段”不能是“no-such-stage”，可选：marriage-prep、infant']);
  });
});

describe('news and early childhood', () => {
  it('writes an event for 活动预告 and ageMonths for early childhood', () => {
    const news = findTemplate('news')!;
    const data = frontmatter(renderEntry(news, completeAnswers(news, { title: '家长课堂', kind: '活动预告' }, ctx()), 'a', ctx()).text);
    expect(data['event']).toEqual({ startsAt: '2012-03-15 09:00', endsAt: '2012-03-15 11:00', place: '待填写：活动地点' });
    const ec = findTemplate('earlyChildhood')!;
    const ecData = frontmatter(renderEntry(ec, completeAnswers(ec, { title: '6月龄', ageFrom: 6, ageTo: 8 }, ctx()), 'b', ctx()).text);
    expect(ecData['ageMonths']).toEqual({ from: 6, to: 8 });
    expect(ecData['ageFrom']).toBeUndefined();
  });
});

describe('slug', () => {
  const t = findTemplate('services')!;
  it('comes from the title in pinyin, or the editor; never Chinese; never overwrites', () => {
    expect(chooseSlug(t, { title: '免费孕前优生健康检查' }, undefined, ctx())).toEqual({ slug: 'mian-fei-yun-qian-you-sheng-jian-kang' });
    expect(chooseSlug(t, { title: '免费孕前优生健康检查' }, 'mianfei-yunqian-jiancha', ctx())).toEqual({ slug: 'mianfei-yunqian-jiancha' });
    expect(chooseSlug(t, { title: 'x' }, '孕前检查', ctx())).toMatchObject({ error: expect.stringContaining('不能用中文') });
    expect(chooseSlug(t, { title: 'x' }, 'taken', ctx({ exists: (_, slug) => slug === 'taken' }))).toMatchObject({ error: expect.stringContaining('已存在，不会覆盖') });
  });
});

describe('bulletins', () => {
  it('copies the latest bulletin’s structure with the numbers emptied', () => {
    const latestBulletin = {
      period: '2012-H1', issue: 3, title: '人口专刊', headlines: [{ id: 'births', value: 22 }], summary: '上期', publishedAt: '2012-07-01', sample: true, source: '区人口计生委',
      datasets: [{ id: 'births', title: '出生人数', unit: '人', valueType: 'count', chart: 'bar', categories: ['1月', '2月'], series: [{ name: '出生', values: [10, 12], status: ['P', null] }], total: 22, notes: ['上期说明'] }],
    };
    const c = ctx({ latestBulletin });
    expect(nextPeriod(c)).toBe('2012-H2');
    const t = findTemplate('bulletins')!;
    const answers = completeAnswers(t, {}, c);
    const chosen = chooseSlug(t, answers, undefined, c);
    expect(chosen).toEqual({ slug: '2012-h2' });
    const data = JSON.parse(renderEntry(t, answers, '2012-h2', c).text);
    expect(data).toMatchObject({ draft: true, period: '2012-H2', issue: 4, title: '西城区人口专刊（2012年下半年）', sample: true, source: '区人口计生委' });
    expect(data.datasets).toEqual([{ id: 'births', title: '出生人数', unit: '人', valueType: 'count', chart: 'bar', categories: ['1月', '2月'], series: [{ name: '出生', values: [null, null] }], notes: [] }]);
    // Parts unknown to the scaffold are copied as they are, and named for the editor.
    expect(data.headlines).toEqual([{ id: 'births', value: 22 }]);
    expect(copiedAsIs(c)).toEqual(['headlines']);
    expect(nextPeriod(ctx({ latestBulletin: { period: '2012-H2' } }))).toBe('2013-H1');
    expect(nextPeriod(ctx())).toBe('2012-H1');
  });
});

describe('helpers', () => {
  it('quote YAML only when needed', () => {
    expect(yamlString('免费孕前优生健康检查')).toBe('免费孕前优生健康检查');
    expect(yamlString('2012-02-25')).toBe('2012-02-25');
    expect(yamlString('12345')).toBe('"12345"');
    expect(yamlString('注意: 这里')).toBe('"注意: 这里"');
    expect(yamlString('true')).toBe('"true"');
    expect(yamlString('a, b', true)).toBe('"a, b"');
    expect(yamlString('- 列表')).toBe('"- 列表"');
  });
  it('split list and id answers', () => {
    expect(splitList('户口簿；结婚证，复印件;身份证')).toEqual(['户口簿', '结婚证，复印件', '身份证']);
    expect(splitIds('1, 2、infant')).toEqual(['1', '2', 'infant']);
  });
});
