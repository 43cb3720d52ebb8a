/**
 * The one list of collections: where each lives under content/ and which schema checks it.
 * content.config.ts builds Astro's collections from it, and scripts/check-content.ts validates
 * the same files with the same schemas without a build.
 */
import type { z } from 'astro/zod';
import type { ReferenceFn } from './fields.ts';
import { ageBandSchema, audienceSchema, lifeStageSchema, sectionIntroSchema, servicePointSchema, streetSchema, topicSchema } from './registries.ts';
import { policySchema } from './policy.ts';
import { serviceSchema } from './service.ts';
import { youthSchema } from './youth.ts';
import { earlyChildhoodSchema } from './early-childhood.ts';
import { disclosureSchema } from './disclosure.ts';
import { newsSchema } from './news.ts';
import { pageSchema } from './page.ts';
import { bulletinSchema } from './bulletin.ts';

export type CollectionSource =
  /** One Markdown/MDX file per entry in content/<folder>/ (files starting with _ are ignored). */
  | { kind: 'entries'; folder: string }
  /** One JSON file per entry in content/<folder>/. */
  | { kind: 'json-files'; folder: string }
  /** A JSON array in content/data/<name>.json, each item with an id. */
  | { kind: 'registry'; file: string };

export interface CollectionSpec {
  name: string;
  /** What editors call it, in messages. */
  label: string;
  source: CollectionSource;
  schema: z.ZodType;
}

export function collectionSpecs(reference: ReferenceFn) {
  const specs = [
    { name: 'lifeStages', label: '人生阶段', source: { kind: 'registry', file: 'life-stages' }, schema: lifeStageSchema },
    { name: 'topics', label: '主题分类', source: { kind: 'registry', file: 'topics' }, schema: topicSchema },
    { name: 'audiences', label: '服务人群', source: { kind: 'registry', file: 'audiences' }, schema: audienceSchema },
    { name: 'streets', label: '街道', source: { kind: 'registry', file: 'streets' }, schema: streetSchema },
    { name: 'servicePoints', label: '服务点', source: { kind: 'registry', file: 'service-points' }, schema: servicePointSchema(reference) },
    { name: 'ageBands', label: '月龄段', source: { kind: 'registry', file: 'age-bands' }, schema: ageBandSchema },
    { name: 'sectionIntros', label: '栏目导语', source: { kind: 'registry', file: 'section-intros' }, schema: sectionIntroSchema },
    { name: 'policies', label: '政策法规', source: { kind: 'entries', folder: 'policies' }, schema: policySchema(reference) },
    { name: 'services', label: '办事指南', source: { kind: 'entries', folder: 'services' }, schema: serviceSchema(reference) },
    { name: 'youth', label: '青春健康', source: { kind: 'entries', folder: 'youth' }, schema: youthSchema },
    { name: 'earlyChildhood', label: '婴幼儿早期发展', source: { kind: 'entries', folder: 'early-childhood' }, schema: earlyChildhoodSchema },
    { name: 'disclosure', label: '政府信息公开', source: { kind: 'entries', folder: 'disclosure' }, schema: disclosureSchema(reference) },
    { name: 'news', label: '工作动态', source: { kind: 'entries', folder: 'news' }, schema: newsSchema },
    { name: 'pages', label: '单页', source: { kind: 'entries', folder: 'pages' }, schema: pageSchema },
    { name: 'bulletins', label: '人口专刊', source: { kind: 'json-files', folder: 'bulletins' }, schema: bulletinSchema },
  ] as const satisfies readonly CollectionSpec[];
  return specs;
}

/** The specs by collection name. */
export function collectionSpecMap(reference: ReferenceFn) {
  const specs = collectionSpecs(reference);
  type Spec = (typeof specs)[number];
  return Object.fromEntries(specs.map((spec) => [spec.name, spec])) as { [S in Spec as S['name']]: S };
}

export type CollectionName = ReturnType<typeof collectionSpecs>[number]['name'];
