/** The URL of every content entry, by collection: the one place that knows the route layout. */
const PREFIX: Readonly<Record<string, string>> = {
  policies: '/policies/',
  services: '/services/',
  youth: '/youth/',
  earlyChildhood: '/early-childhood/',
  disclosure: '/disclosure/',
  news: '/news/',
  pages: '/',
  bulletins: '/bulletins/',
};

export function entryUrl(collection: string, id: string): string {
  const prefix = PREFIX[collection];
  if (prefix === undefined) throw new Error(`No pages are built for the collection “${collection}”`);
  return `${prefix}${id}/`;
}

export const collectionsWithPages = Object.keys(PREFIX);
