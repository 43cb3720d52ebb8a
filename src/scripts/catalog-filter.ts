/**
 * The in-page filter of a catalogue page (components/disclosure/CatalogPageFilter.astro): hides the
 * rows of the current page that do not contain every typed term, and reveals the box, which ships
 * hidden so that a page without JavaScript shows no control that does nothing.
 */
import { filterTerms, rowMatches } from '../lib/catalog-filter.ts';

for (const box of document.querySelectorAll<HTMLElement>('[data-catalog-filter]')) {
  const input = box.querySelector('input');
  const status = box.querySelector('[data-catalog-filter-status]');
  const rows = document.querySelectorAll<HTMLTableRowElement>(`${box.dataset['catalogFilter']} tbody tr`);
  if (!input || !status) continue;
  input.addEventListener('input', () => {
    const terms = filterTerms(input.value);
    let shown = 0;
    for (const row of rows) {
      const match = rowMatches(row.textContent ?? '', terms);
      row.hidden = !match;
      if (match) shown++;
    }
    status.textContent = terms.length > 0 ? `本页有 ${shown} 条符合“${input.value.trim()}”。要在全部信息中查找，请使用信息公开搜索。` : '';
  });
  box.hidden = false;
}
