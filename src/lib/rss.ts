/** RSS 2.0 documents for the site's feeds (news, disclosure): one builder, escaped properly. */
export interface FeedItem {
  title: string;
  /** Absolute URL of the item's page. */
  link: string;
  /** YYYY-MM-DD or YYYY-MM-DDTHH:MM, read as Beijing time (UTC+8). */
  pubDate: string;
  description: string;
  categories?: readonly string[];
}

export interface Feed {
  title: string;
  /** Absolute URL of the page the feed describes. */
  link: string;
  /** Absolute URL of the feed itself. */
  selfLink: string;
  description: string;
  items: readonly FeedItem[];
}

/** Characters XML 1.0 does not allow at all (C0 controls other than tab, LF, CR; U+FFFE/U+FFFF; lone surrogates). */
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(XML_FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** RFC 822 date, as RSS 2.0 requires; dates are Beijing local dates. */
export function rfc822(date: string): string {
  const [day, time = '00:00'] = date.split('T');
  const instant = new Date(`${day}T${time}:00+08:00`);
  return instant.toUTCString().replace('GMT', '+0000');
}

export function buildRss(feed: Feed): string {
  const newest = feed.items.reduce<string | undefined>((max, item) => (max === undefined || item.pubDate > max ? item.pubDate : max), undefined);
  const items = feed.items
    .map((item) =>
      [
        '    <item>',
        `      <title>${escapeXml(item.title)}</title>`,
        `      <link>${escapeXml(item.link)}</link>`,
        `      <guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
        `      <pubDate>${rfc822(item.pubDate)}</pubDate>`,
        `      <description>${escapeXml(item.description)}</description>`,
        ...(item.categories ?? []).map((category) => `      <category>${escapeXml(category)}</category>`),
        '    </item>',
      ].join('\n'),
    )
    .join('\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(feed.title)}</title>`,
    `    <link>${escapeXml(feed.link)}</link>`,
    `    <description>${escapeXml(feed.description)}</description>`,
    '    <language>zh-cn</language>',
    `    <atom:link href="${escapeXml(feed.selfLink)}" rel="self" type="application/rss+xml" />`,
    ...(newest ? [`    <lastBuildDate>${rfc822(newest)}</lastBuildDate>`] : []),
    items,
    '  </channel>',
    '</rss>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
