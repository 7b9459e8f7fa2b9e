import { loadTone } from './designRows';

type Props = {
  label: string;
  pct: number;
  afterPct: number;
  value: string;
  afterLabel: string;
  afterTitle: string;
  testId?: string;
};

/** One utilisation bar: the planned load, and a dashed mark at the load after the worst single-node failure. */
export function LoadBar({ label, pct, afterPct, value, afterLabel, afterTitle, testId }: Props) {
  const w = Math.max(0, Math.min(100, pct));
  const a = Math.max(0, Math.min(100, afterPct));
  const after = loadTone(afterPct);
  return (
    <div className="dz-bar" data-testid={testId}>
      <span className="dz-bar-label">{label}</span>
      <div
        className="dz-bar-track"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(w)}
        aria-valuetext={value}
      >
        <div className={`dz-bar-after ${after}`} style={{ width: `${a}%` }} title={afterTitle} />
        <div className={`dz-bar-fill ${loadTone(pct)}`} style={{ width: `${w}%` }} />
      </div>
      <span className="dz-bar-val">
        {Math.round(pct)}% ·{' '}
        <span className={`after ${after}`} title={afterTitle}>
          {afterLabel} {Math.round(afterPct)}%
        </span>
      </span>
    </div>
  );
}
