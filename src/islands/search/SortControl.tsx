/** Relevance or newest first, as two radio buttons. */
import { useId } from 'react';
import type { SortOrder } from '../../lib/search-url.ts';

interface Props {
  value: SortOrder;
  onChange(value: SortOrder): void;
}

const ORDERS: readonly { value: SortOrder; label: string }[] = [
  { value: 'relevance', label: '按相关程度' },
  { value: 'date', label: '按日期（最新在前）' },
];

export default function SortControl({ value, onChange }: Props) {
  const name = useId();
  return (
    <fieldset className="search-sort">
      <legend>排序</legend>
      {ORDERS.map((order) => (
        <label key={order.value}>
          <input type="radio" name={name} value={order.value} checked={value === order.value} onChange={() => onChange(order.value)} />
          {order.label}
        </label>
      ))}
    </fieldset>
  );
}
