/** Loads the 0—3岁 guides and age bands in the plain shapes src/lib/age-bands.ts works with. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished } from './published.ts';
import { sortBands } from '../lib/age-bands.ts';

export type GuideEntry = CollectionEntry<'earlyChildhood'>;
export type AgeBand = CollectionEntry<'ageBands'>['data'];

export interface Guide {
  id: string;
  title: string;
  summary: string;
  ageMonths: { from: number; to: number };
  domains: readonly string[];
  sample: boolean;
  publishedAt: string;
  href: string;
  entry: GuideEntry;
}

export const guideHref = (id: string) => `/early-childhood/${id}/`;
export const bandHref = (id: string) => `/early-childhood/age/${id}/`;
export const packHref = (id: string) => `/early-childhood/age/${id}/pack/`;
export const domainHref = (slug: string) => `/early-childhood/domain/${slug}/`;

/** Services built in the services section; linked from every band page. */
export const relatedServices = [
  { href: '/services/child-development-assessment/', label: '0—3岁儿童健康评估和发展能力测评', note: '由专业人员评估孩子的生长发育和发展能力，并给出养育指导。' },
  { href: '/services/early-education-gift-pack/', label: '儿童早教知识大礼包领取', note: '区里为0—3岁婴幼儿家庭发放儿童早教知识大礼包。' },
] as const;

/** Search filters every guide page carries. */
export const guideFilters = {
  topics: ['儿童早期发展'],
  lifeStages: ['婴幼儿（0—3岁）'],
  audiences: ['0—3岁婴幼儿家庭'],
};

export async function loadGuides(): Promise<Guide[]> {
  const entries = await getCollection('earlyChildhood', isPublished);
  return entries.map((entry) => ({
    id: entry.id,
    title: entry.data.title,
    summary: entry.data.summary,
    ageMonths: entry.data.ageMonths,
    domains: entry.data.domains,
    sample: entry.data.sample,
    publishedAt: entry.data.publishedAt,
    href: guideHref(entry.id),
    entry,
  }));
}

export async function loadBands(): Promise<AgeBand[]> {
  const entries = await getCollection('ageBands');
  return sortBands(entries.map((entry) => entry.data));
}
