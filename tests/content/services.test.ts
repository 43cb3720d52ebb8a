/**
 * Bad input for 办事指南 and 政策法规 fails `npm run check` (and so the build), naming the file and
 * the bad field or id; and the real corpus covers what issue 3 asks for.
 */
import { describe, expect, it } from 'vitest';
import { checkWith } from './support/content-fixture.ts';
import { validateContentDir } from '../../scripts/lib/validate-content-dir.ts';

const FILE = 'services/test-guide.mdx';
/** Fixtures live in a temporary copy of content/, so messages name the file from there on. */
const PATH = 'services/test-guide.mdx';

interface GuideFields {
  basis: string;
  locations: string;
  lifeStages: string;
  audiences: string;
  materials: string;
  steps: string | null;
}
const VALID: GuideFields = {
  basis: '[population-family-planning-law]',
  locations: '[district-center]',
  lifeStages: '[pre-pregnancy]',
  audiences: '[newlyweds]',
  materials: '\n  - { name: 居民身份证, form: 原件, count: 1 }',
  steps: '\n  - title: 提交申请',
};

function guide(overrides: Partial<GuideFields> = {}): string {
  const f = { ...VALID, ...overrides };
  return [
    '---',
    'title: 测试指南',
    'summary: 用于检查错误输入的指南。',
    'provider: 西城区人口和家庭服务中心',
    'audience: 测试对象',
    'eligibility: [符合条件]',
    `materials: ${f.materials}`,
    ...(f.steps === null ? [] : [`steps: ${f.steps}`]),
    'timeLimit: 当场办结',
    'fee: 免费',
    `locations: ${f.locations}`,
    'hotline: 区人口和家庭服务中心 010-0000 0000',
    'complaint: 北京市非紧急救助服务热线 12345',
    `basis: ${f.basis}`,
    `lifeStages: ${f.lifeStages}`,
    `audiences: ${f.audiences}`,
    'updatedAt: 2012-06-01',
    'sample: true',
    '---',
    '',
    '正文。',
    '',
  ].join('\n');
}

function expectFailure(run: { status: number | null; output: string }, ...needles: string[]) {
  expect(run.status, run.output).toBe(1);
  for (const needle of needles) expect(run.output).toContain(needle);
}

describe('办事指南 bad input', () => {
  it('a well-formed guide passes (the fixture itself is valid)', () => {
    const run = checkWith({ [FILE]: guide() });
    expect(run.status, run.output).toBe(0);
  });

  it('a guide citing a missing policy fails, naming the file, the field and the id', () => {
    expectFailure(checkWith({ [FILE]: guide({ basis: '[population-family-planning-law, no-such-policy]' }) }), PATH, 'basis', 'no-such-policy');
  });

  it('a guide naming a missing service point fails, naming the file, the field and the id', () => {
    expectFailure(checkWith({ [FILE]: guide({ locations: '[district-center, moon-base-post]' }) }), PATH, 'locations', 'moon-base-post');
  });

  it('a guide naming a missing life stage fails, naming the file, the field and the id', () => {
    expectFailure(checkWith({ [FILE]: guide({ lifeStages: '[retirement-on-mars]' }) }), PATH, 'lifeStages', 'retirement-on-mars');
  });

  it('a guide naming a missing audience fails, naming the file, the field and the id', () => {
    expectFailure(checkWith({ [FILE]: guide({ audiences: '[time-travellers]' }) }), PATH, 'audiences', 'time-travellers');
  });

  it('a guide with materials: [] fails: 申请材料 is never empty', () => {
    expectFailure(checkWith({ [FILE]: guide({ materials: '[]' }) }), PATH, 'materials', '申请材料不能为空');
  });

  it('a guide without steps fails: 办理流程 is required', () => {
    expectFailure(checkWith({ [FILE]: guide({ steps: null }) }), PATH, 'steps', '办理流程');
  });

  it('a guide with steps: [] fails: 办理流程 is never empty', () => {
    expectFailure(checkWith({ [FILE]: guide({ steps: '[]' }) }), PATH, 'steps', '办理流程不能为空');
  });

  it('a guide citing a repealed policy fails, naming the replacement', () => {
    expectFailure(checkWith({ [FILE]: guide({ basis: '[xicheng-birth-care-relief-interim-2008]' }) }), PATH, 'basis', '已废止', 'xicheng-birth-care-relief-measures');
  });

  it('a material with a form outside 原件/复印件/原件和复印件 fails, naming the field', () => {
    expectFailure(checkWith({ [FILE]: guide({ materials: '\n  - { name: 身份证, form: 原件或复印件, count: 1 }' }) }), PATH, 'materials[0].form', '原件或复印件');
  });
});

describe('政策法规 bad input', () => {
  const policy = (extra: string) =>
    ['---', 'title: 测试政策', 'summary: 测试。', 'issuer: 测试机关', 'level: 区级', 'issuedAt: 2012-01-01', 'publishedAt: 2012-01-02', extra, '---', '', '正文。', ''].join('\n');

  it('an amended policy without supersededBy fails', () => {
    expectFailure(checkWith({ 'policies/test-policy.mdx': policy('status: 已修订') }), 'policies/test-policy.mdx', 'supersededBy');
  });

  it('a policy in force that names a replacement fails', () => {
    expectFailure(checkWith({ 'policies/test-policy.mdx': policy('supersededBy: population-family-planning-law') }), 'policies/test-policy.mdx', 'supersededBy', '现行有效');
  });

  it('a repealed policy pointing at a missing replacement fails, naming the id', () => {
    expectFailure(checkWith({ 'policies/test-policy.mdx': policy('status: 已废止\nsupersededBy: ghost-policy') }), 'policies/test-policy.mdx', 'supersededBy', 'ghost-policy');
  });

  it('a 文号 in a non-standard spelling fails with the standard one suggested', () => {
    expectFailure(checkWith({ 'policies/test-policy.mdx': policy('docNumber: 西政发[2012]第4号') }), 'policies/test-policy.mdx', 'docNumber', '西政发〔2012〕4号');
  });
});

describe('the real corpus', async () => {
  const { problems, snapshot } = await validateContentDir('content');
  const services = snapshot.get('services') ?? [];
  const policies = snapshot.get('policies') ?? [];
  const stages = snapshot.get('lifeStages') ?? [];
  const ids = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id);
  const refIds = (value: unknown) => (value as { id: string }[]).map((r) => r.id);

  it('is valid', () => {
    expect(problems).toEqual([]);
  });

  it('has the guides other sections link to, at least 22 in all, two or more for every life stage', () => {
    expect(ids(services)).toEqual(
      expect.arrayContaining([
        'free-prepregnancy-checkup', 'male-reproductive-health-checkup', 'reproductive-tract-infection-intervention',
        'special-assistance-application', 'birth-care-relief-fund', 'accident-insurance', 'child-development-assessment',
        'early-education-gift-pack', 'youth-consultation-green-channel', 'migrant-equal-services', 'second-child-approval',
        'birth-service-certificate', 'only-child-parents-certificate', 'only-child-parents-reward',
      ]),
    );
    expect(services.length).toBeGreaterThanOrEqual(22);
    expect(stages).toHaveLength(8);
    for (const stage of stages) {
      const count = services.filter((s) => refIds(s.data['lifeStages']).includes(stage.id)).length;
      expect(count, `stage ${stage.id}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('has at least 12 policies at all three levels, the fixed ids, and old ones linked to replacements', () => {
    expect(policies.length).toBeGreaterThanOrEqual(12);
    expect(ids(policies)).toEqual(
      expect.arrayContaining(['population-family-planning-law', 'beijing-population-family-planning-regulations', 'migrant-family-planning-regulations', 'special-assistance-policy', 'xicheng-2012-work-points']),
    );
    expect(new Set(policies.map((p) => p.data['level']))).toEqual(new Set(['国家级', '市级', '区级']));
    const old = policies.filter((p) => p.data['status'] !== '现行有效');
    expect(old.length).toBeGreaterThan(0);
    for (const p of old) expect(p.data['supersededBy'], p.id).toBeDefined();
  });

  it('records the seed document exactly, and real laws and regulations with their published 令号 only', () => {
    const byId = (id: string) => policies.find((p) => p.id === id)!.data;
    expect(byId('xicheng-2012-work-points')).toMatchObject({ docNumber: '西政发〔2012〕4号', level: '区级', issuedAt: '2012-02-25', publishedAt: '2012-02-28', sample: false });
    expect(byId('population-family-planning-law')).toMatchObject({ level: '国家级', issuedAt: '2001-12-29', sample: false });
    expect(byId('population-family-planning-law')['docNumber']).toBe('中华人民共和国主席令第六十三号');
    expect(byId('migrant-family-planning-regulations')).toMatchObject({ issuedAt: '2009-05-11' });
    expect(byId('migrant-family-planning-regulations')['docNumber']).toBe('国务院令第555号');
    expect(byId('family-planning-technical-services-2001')['docNumber']).toBe('国务院令第309号');
    expect(byId('family-planning-technical-services-regulations')['docNumber']).toBe('国务院令第428号');
    expect(byId('social-maintenance-fee-measures')['docNumber']).toBe('国务院令第357号');
    expect(byId('maternal-infant-health-law')['docNumber']).toBe('中华人民共和国主席令第三十三号');
    // A Beijing regulation's promulgation number is not recorded here: none is invented.
    expect(byId('beijing-population-family-planning-regulations')['docNumber']).toBeUndefined();
    expect(byId('beijing-population-family-planning-regulations')).toMatchObject({ level: '市级', issuedAt: '2003-07-18' });
    const special = byId('special-assistance-policy');
    expect(special['sample'] === false || special['docNumber'] === undefined).toBe(true);
  });

  it('gives residents’ words as synonyms: 准生证, 独生子女证', () => {
    const synonyms = (id: string) => services.find((s) => s.id === id)!.data['synonyms'] as string[];
    expect(synonyms('birth-service-certificate')).toContain('准生证');
    expect(synonyms('only-child-parents-certificate')).toContain('独生子女证');
  });

  it('every audience has at least one guide', () => {
    for (const audience of snapshot.get('audiences') ?? []) {
      expect(services.some((s) => refIds(s.data['audiences']).includes(audience.id)), audience.id).toBe(true);
    }
  });

  it('every service point offers at least one guide (the directory has no dead entries)', () => {
    const offered = new Set(services.flatMap((s) => refIds(s.data['locations'])));
    for (const point of snapshot.get('servicePoints') ?? []) expect(offered.has(point.id), point.id).toBe(true);
  });
});
