import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './content-dir.ts';
import { collectionSpecMap, type CollectionSource } from './schemas/collections.ts';
import type { ReferenceFn } from './schemas/fields.ts';

// Zod's own fallback messages in Chinese, for editors; our schemas add specific ones.
z.config(z.locales.zhCN());

function loaderFor(source: CollectionSource) {
  switch (source.kind) {
    case 'entries':
      return glob({ pattern: '**/[^_]*.{md,mdx}', base: `${contentDir}/${source.folder}` });
    case 'json-files':
      return glob({ pattern: '[^_]*.json', base: `${contentDir}/${source.folder}` });
    case 'registry':
      return file(`${contentDir}/data/${source.file}.json`);
  }
}

// Folders and schemas come from src/schemas/collections.ts, shared with `npm run check`.
// Astro's reference() is typed loosely; ReferenceFn keeps each reference's collection in its type.
const spec = collectionSpecMap(reference as unknown as ReferenceFn);

export const collections = {
  lifeStages: defineCollection({ loader: loaderFor(spec.lifeStages.source), schema: spec.lifeStages.schema }),
  topics: defineCollection({ loader: loaderFor(spec.topics.source), schema: spec.topics.schema }),
  audiences: defineCollection({ loader: loaderFor(spec.audiences.source), schema: spec.audiences.schema }),
  streets: defineCollection({ loader: loaderFor(spec.streets.source), schema: spec.streets.schema }),
  servicePoints: defineCollection({ loader: loaderFor(spec.servicePoints.source), schema: spec.servicePoints.schema }),
  ageBands: defineCollection({ loader: loaderFor(spec.ageBands.source), schema: spec.ageBands.schema }),
  sectionIntros: defineCollection({ loader: loaderFor(spec.sectionIntros.source), schema: spec.sectionIntros.schema }),
  policies: defineCollection({ loader: loaderFor(spec.policies.source), schema: spec.policies.schema }),
  services: defineCollection({ loader: loaderFor(spec.services.source), schema: spec.services.schema }),
  youth: defineCollection({ loader: loaderFor(spec.youth.source), schema: spec.youth.schema }),
  earlyChildhood: defineCollection({ loader: loaderFor(spec.earlyChildhood.source), schema: spec.earlyChildhood.schema }),
  disclosure: defineCollection({ loader: loaderFor(spec.disclosure.source), schema: spec.disclosure.schema }),
  news: defineCollection({ loader: loaderFor(spec.news.source), schema: spec.news.schema }),
  pages: defineCollection({ loader: loaderFor(spec.pages.source), schema: spec.pages.schema }),
  bulletins: defineCollection({ loader: loaderFor(spec.bulletins.source), schema: spec.bulletins.schema }),
};
