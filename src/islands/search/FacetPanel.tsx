/** Checkbox groups per filter, each option with its number of results. */
import type { FacetGroup } from '../../lib/search-facets.ts';
import type { FilterKey, SearchState } from '../../lib/search-url.ts';

interface Props {
  groups: readonly FacetGroup[];
  /** The ticks as they are now: counts come from the last search, ticks must follow a click at once. */
  selected: SearchState['filters'];
  onToggle(key: FilterKey, value: string, on: boolean): void;
  onClear(): void;
}

export default function FacetPanel({ groups, selected, onToggle, onClear }: Props) {
  const anySelected = groups.some((group) => selected[group.key].length > 0);
  return (
    <section className="search-facets" aria-labelledby="search-facets-heading">
      <h2 id="search-facets-heading">筛选结果</h2>
      {groups.map((group) => (
        <fieldset key={group.key} className="search-facets__group">
          <legend>{group.label}</legend>
          <ul>
            {group.options.map((option) => (
              <li key={option.value}>
                <label>
                  <input
                    type="checkbox"
                    name={group.key}
                    value={option.value}
                    checked={selected[group.key].includes(option.value)}
                    onChange={(event) => onToggle(group.key, option.value, event.target.checked)}
                  />
                  <span>{option.value}</span>
                  <span className="search-facets__count">（{option.count}）</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      {anySelected && <button type="button" className="button--secondary" onClick={onClear}>清除全部筛选</button>}
    </section>
  );
}
