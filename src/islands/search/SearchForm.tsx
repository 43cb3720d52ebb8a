/** The labelled search field. A real GET form, so Enter and the button work like the header box. */
import { useId, type SubmitEvent } from 'react';

interface Props {
  value: string;
  placeholder: string;
  hint?: string | undefined;
  onChange(value: string): void;
  onSubmit(): void;
}

export default function SearchForm({ value, placeholder, hint, onChange, onSubmit }: Props) {
  const id = useId();
  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }
  return (
    // Named apart from the header's 全站搜索 form: two search landmarks on one page.
    <form className="search-form" role="search" aria-label="本页搜索" method="get" onSubmit={submit}>
      <label htmlFor={`${id}-q`} className="search-form__label">搜索关键词</label>
      <div className="search-form__row">
        <input
          id={`${id}-q`}
          name="q"
          type="search"
          value={value}
          placeholder={placeholder}
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        <button type="submit">搜索</button>
      </div>
      {hint && <p id={`${id}-hint`} className="search-form__hint">{hint}</p>}
    </form>
  );
}
