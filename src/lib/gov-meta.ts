/**
 * The <meta> tags Chinese government sites carry (《政府网站发展指引》 附件 “网页标签”), so that
 * the national and municipal portals can harvest pages. Column pages carry the column tags; article
 * pages add the article tags.
 */
export interface GovMetaInput {
  siteName: string;
  siteDomain: string;
  siteIdCode: string;
  columnName: string;
  url: string;
  description: string;
  keywords?: readonly string[];
  article?: {
    title: string;
    pubDate: string;
    contentSource: string;
  };
}

export interface MetaTag {
  name: string;
  content: string;
}

export function govMetaTags(input: GovMetaInput): MetaTag[] {
  const tags: MetaTag[] = [
    { name: 'SiteName', content: input.siteName },
    { name: 'SiteDomain', content: input.siteDomain },
    { name: 'SiteIDCode', content: input.siteIdCode },
    { name: 'ColumnName', content: input.columnName },
  ];
  if (input.article) {
    tags.push(
      { name: 'ArticleTitle', content: input.article.title },
      { name: 'PubDate', content: input.article.pubDate },
      { name: 'ContentSource', content: input.article.contentSource },
    );
  }
  if (input.keywords && input.keywords.length > 0) tags.push({ name: 'Keywords', content: input.keywords.join(',') });
  tags.push({ name: 'Description', content: input.description }, { name: 'Url', content: input.url });
  return tags;
}
