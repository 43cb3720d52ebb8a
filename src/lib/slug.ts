/**
 * File names become URLs, so they are lower-case ASCII: a Chinese title becomes toneless pinyin,
 * one syllable per hyphenated part (免费孕前优生健康检查 → mian-fei-yun-qian-you-sheng-jian-kang),
 * trimmed to a few parts so the address stays short. Latin letters and digits are kept as words.
 */
import { pinyin } from 'pinyin-pro';

/** At most this many parts (syllables or Latin words) in a generated slug. */
export const MAX_SLUG_PARTS = 8;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

/** Pinyin slug of a title; '' when the title has neither Chinese characters nor Latin letters/digits. */
export function slugify(title: string, maxParts = MAX_SLUG_PARTS): string {
  const syllables = pinyin(title, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' });
  const parts: string[] = [];
  for (const syllable of syllables) {
    // Non-Chinese runs come back as they are ("（2012", "）ABC "): keep their ASCII words.
    const words = syllable
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    parts.push(...words);
  }
  return parts.slice(0, maxParts).join('-');
}

/** An editor-given slug, tidied: lower case, spaces and underscores to hyphens; null when not ASCII. */
export function normaliseSlug(value: string): string | null {
  const tidy = value
    .trim()
    .toLowerCase()
    .replace(/\.(mdx|md|json)$/, '')
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return isValidSlug(tidy) ? tidy : null;
}

/** `slug`, or `slug-2`, `slug-3` … the first that `taken` does not contain. */
export function freeSlug(slug: string, taken: (candidate: string) => boolean): string {
  if (!taken(slug)) return slug;
  for (let n = 2; ; n++) {
    const candidate = `${slug}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
