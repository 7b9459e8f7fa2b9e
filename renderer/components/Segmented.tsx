import { useRef, type KeyboardEvent } from 'react';

export type SegmentedOption<V extends string> = { value: V; label: string; lang?: string; testId?: string };

type Props<V extends string> = {
  options: readonly SegmentedOption<V>[];
  value: V;
  onChange(value: V): void;
  label?: string;
  labelledBy?: string;
  dark?: boolean;
};

/**
 * A single-choice button group with radio semantics: one tab stop, arrow keys / Home / End move and select
 * (the WAI-ARIA radio group pattern).
 */
export function Segmented<V extends string>({ options, value, onChange, label, labelledBy, dark }: Props<V>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, i: number): void => {
    const n = options.length;
    let next = -1;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (i + 1) % n;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = (i - 1 + n) % n;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    const opt = options[next];
    if (!opt) return;
    e.preventDefault();
    onChange(opt.value);
    refs.current[next]?.focus();
  };
  return (
    <div className={`segmented${dark ? ' segmented-dark' : ''}`} role="radiogroup" aria-label={label} aria-labelledby={labelledBy}>
      {options.map((o, i) => (
        <button
          key={o.value}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="radio"
          lang={o.lang}
          aria-checked={value === o.value}
          tabIndex={value === o.value ? 0 : -1}
          className={value === o.value ? 'on' : ''}
          onClick={() => onChange(o.value)}
          onKeyDown={(e) => onKey(e, i)}
          data-testid={o.testId}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
