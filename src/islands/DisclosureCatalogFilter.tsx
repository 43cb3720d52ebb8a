/**
 * Optional enhancement of a catalogue page: a box that hides the rows of the current page that do
 * not contain what is typed. Renders nothing until hydrated, so without JavaScript the page is
 * simply the full server-rendered table (and the server-rendered topic/year/kind pages).
 */
import { useEffect, useId, useState } from 'react';
import { filterTerms, rowMatches } from '../lib/catalog-filter.ts';

interface Props {
  /** CSS selector of the table whose body rows are filtered. */
  table: string;
}

export default function DisclosureCatalogFilter({ table }: Props) {
  const id = useId();
  const [ready, setReady] = useState(false);
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState<number | null>(null);

  useEffect(() => setReady(true), []);
  useEffect(() => {
    if (!ready) return;
    const terms = filterTerms(query);
    const rows = document.querySelectorAll<HTMLTableRowElement>(`${table} tbody tr`);
    let count = 0;
    rows.forEach((row) => {
      const match = rowMatches(row.textContent ?? '', terms);
      row.hidden = !match;
      if (match) count++;
    });
    setShown(terms.length > 0 ? count : null);
  }, [query, ready, table]);

  if (!ready) return null;
  return (
    <div className="catalog-filter">
      <label htmlFor={id}>在本页中筛选</label>{' '}
      <input id={id} type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="标题、索引号或日期" />
      <p className="muted" aria-live="polite">{shown === null ? '' : `本页有 ${shown} 条符合“${query.trim()}”。要在全部信息中查找，请使用信息公开搜索。`}</p>
    </div>
  );
}
