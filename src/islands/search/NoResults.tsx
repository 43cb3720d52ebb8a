/** What to try when nothing matched: spelling, fewer words, fewer filters, or browse a section. */
import { Fragment } from 'react';
import type { BrowseLink } from './SearchApp.tsx';

interface Props {
  query: string;
  filtered: boolean;
  browseLinks: readonly BrowseLink[];
  onClearFilters(): void;
}

export default function NoResults({ query, filtered, browseLinks, onClearFilters }: Props) {
  return (
    <div className="search-empty">
      <h2>{query ? `没有找到与“${query}”相关的内容` : '没有找到符合条件的内容'}</h2>
      <p>您可以：</p>
      <ul>
        <li>检查有没有错别字，或换一个说法，例如“准生证”也可以搜“生育服务证”；</li>
        <li>减少词语，只留下最关键的一两个词，例如“孕前检查”；</li>
        {filtered && (
          <li>
            减少筛选条件，或 <button type="button" className="button--secondary" onClick={onClearFilters}>清除全部筛选</button>；
          </li>
        )}
        <li>按栏目浏览：{browseLinks.map((link, i) => <Fragment key={link.href}>{i > 0 && '、'}<a href={link.href}>{link.label}</a></Fragment>)}。</li>
      </ul>
    </div>
  );
}
