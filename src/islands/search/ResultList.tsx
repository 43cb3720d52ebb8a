/** The results: title link, 栏目, date, 文号/索引号, and the excerpt with the matched words marked. */
import { Fragment, type Ref } from 'react';
import type { ResultView } from '../../lib/search-results.ts';

interface Props {
  views: readonly ResultView[];
  listRef: Ref<HTMLOListElement>;
}

export default function ResultList({ views, listRef }: Props) {
  return (
    <ol className="search-results" ref={listRef}>
      {views.map((view) => (
        <li key={view.url} className="search-result">
          <h3 className="search-result__title"><a href={view.url}>{view.title}</a></h3>
          <p className="search-result__meta">
            {view.section && <span>{view.section}</span>}
            {view.date && <span><time dateTime={view.date.iso}>{view.date.text}</time></span>}
            {view.numbers.map((number) => <span key={number.label}>{number.label}：{number.value}</span>)}
          </p>
          {view.excerpt.length > 0 && (
            <p className="search-result__excerpt">
              {view.excerpt.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>))}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
