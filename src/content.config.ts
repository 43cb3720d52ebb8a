import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './content-dir.ts';
import { ageBandSchema, audienceSchema, lifeStageSchema, servicePointSchema, streetSchema, topicSchema } from './schemas/registries.ts';
import { policySchema } from './schemas/policy.ts';
import { serviceSchema } from './schemas/service.ts';
import { youthSchema } from './schemas/youth.ts';
import { earlyChildhoodSchema } from './schemas/early-childhood.ts';
import { disclosureSchema } from './schemas/disclosure.ts';
import { newsSchema } from './schemas/news.ts';
import { pageSchema } from './schemas/page.ts';
import { bulletinSchema } from './schemas/bulletin.ts';

// Zod's own fallback messages in Chinese, for editors; our schemas add specific ones.
z.config(z.locales.zhCN());

const entries = (folder: string) => glob({ pattern: '**/[^_]*.{md,mdx}', base: `${contentDir}/${folder}` });
const registry = (name: string) => file(`${contentDir}/data/${name}.json`);

export const collections = {
  lifeStages: defineCollection({ loader: registry('life-stages'), schema: lifeStageSchema }),
  topics: defineCollection({ loader: registry('topics'), schema: topicSchema }),
  audiences: defineCollection({ loader: registry('audiences'), schema: audienceSchema }),
  streets: defineCollection({ loader: registry('streets'), schema: streetSchema }),
  servicePoints: defineCollection({ loader: registry('service-points'), schema: servicePointSchema(reference) }),
  ageBands: defineCollection({ loader: registry('age-bands'), schema: ageBandSchema }),
  policies: defineCollection({ loader: entries('policies'), schema: policySchema(reference) }),
  services: defineCollection({ loader: entries('services'), schema: serviceSchema(reference) }),
  youth: defineCollection({ loader: entries('youth'), schema: youthSchema }),
  earlyChildhood: defineCollection({ loader: entries('early-childhood'), schema: earlyChildhoodSchema }),
  disclosure: defineCollection({ loader: entries('disclosure'), schema: disclosureSchema(reference) }),
  news: defineCollection({ loader: entries('news'), schema: newsSchema }),
  pages: defineCollection({ loader: entries('pages'), schema: pageSchema }),
  bulletins: defineCollection({ loader: glob({ pattern: '*.json', base: `${contentDir}/bulletins` }), schema: bulletinSchema }),
};
