type Props = { pct: number; label: string; onCancel?: () => void; cancelLabel?: string };

/** A labelled determinate progress bar with an optional cancel button. */
export function ProgressBar({ pct, label, onCancel, cancelLabel }: Props) {
  const v = Math.max(0, Math.min(100, Math.round(pct)));
  return (
    <div className="progress">
      <div className="progress-label" data-testid="progress-label">{label}</div>
      <div className="progress-track" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={v} aria-label={label}>
        <div className="progress-fill" style={{ width: `${v}%` }} />
      </div>
      {onCancel ? (
        <button type="button" className="btn" onClick={onCancel} data-testid="progress-cancel">
          {cancelLabel}
        </button>
      ) : null}
    </div>
  );
}
