/**
 * “宝宝几个月了？” — type an age, go to the matching band page. Only a shortcut: the band links
 * next to it do the same without JavaScript.
 */
import { useId, useState, type SubmitEvent } from 'react';
import { bandForMonth, parseMonthAge } from '../../lib/age-bands.ts';

export interface MonthAgeJumpBand {
  id: string;
  label: string;
  from: number;
  to: number;
}

interface Props {
  bands: readonly MonthAgeJumpBand[];
  /** Base of the band pages, e.g. /early-childhood/age/ */
  basePath: string;
}

export default function MonthAgeJump({ bands, basePath }: Props) {
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState('');

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const months = parseMonthAge(value);
    if (months === null) {
      setError('请填写宝宝的月龄，例如“8”“1岁3个月”。');
      return;
    }
    const band = bandForMonth(months, bands);
    if (!band) {
      setError('本栏目适用于 0—36 个月（0—3岁）的宝宝。3岁以上的孩子请参考学龄前阶段的服务。');
      return;
    }
    setError('');
    window.location.assign(`${basePath}${band.id}/`);
  }

  return (
    <form className="month-age-jump" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-months`}>宝宝几个月了？</label>
      <div className="month-age-jump__row">
        <input
          id={`${id}-months`}
          name="months"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={value}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit">看看这个月龄</button>
      </div>
      <p id={`${id}-hint`} className="month-age-jump__hint">填满月龄的数字，如“8”；也可以写“1岁3个月”。</p>
      <p id={`${id}-error`} className="month-age-jump__error" role="alert">{error}</p>
    </form>
  );
}
