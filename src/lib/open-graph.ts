/**
 * Open Graph <meta property> tags, read by chat apps and social sites when a page is shared.
 * No og:image: the site has no image of its own to offer (the favicon is an SVG, which those
 * readers do not show).
 */
export interface OpenGraphInput {
  title: string;
  description: string;
  /** The canonical URL. */
  url: string;
  siteName: string;
  /** Content entries are articles; section indexes and lists are websites. */
  type: 'website' | 'article';
  /** 发布日期, YYYY-MM-DD */
  publishedTime?: string | undefined;
  /** 最后更新, YYYY-MM-DD */
  modifiedTime?: string | undefined;
  /** 栏目 */
  section?: string | undefined;
}

export interface PropertyTag {
  property: string;
  content: string;
}

export const OG_LOCALE = 'zh_CN';

export function openGraphTags(input: OpenGraphInput): PropertyTag[] {
  const tags: PropertyTag[] = [
    { property: 'og:type', content: input.type },
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: input.description },
    { property: 'og:url', content: input.url },
    { property: 'og:site_name', content: input.siteName },
    { property: 'og:locale', content: OG_LOCALE },
  ];
  if (input.type !== 'article') return tags;
  if (input.publishedTime) tags.push({ property: 'article:published_time', content: input.publishedTime });
  if (input.modifiedTime) tags.push({ property: 'article:modified_time', content: input.modifiedTime });
  if (input.section) tags.push({ property: 'article:section', content: input.section });
  return tags;
}
