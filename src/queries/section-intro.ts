/** The opening paragraphs of a section page, from content/data/section-intros.json (empty if none). */
import { getEntry } from 'astro:content';
import type { sectionIntroIds } from '../schemas/registries.ts';

export async function sectionIntro(id: (typeof sectionIntroIds)[number]): Promise<readonly string[]> {
  return (await getEntry('sectionIntros', id))?.data.paragraphs ?? [];
}
