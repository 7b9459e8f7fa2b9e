type Props = { label: string; value: string; hint?: string; testId?: string };

/** One headline figure of the inventory summary. */
export function StatCard({ label, value, hint, testId }: Props) {
  return (
    <div className="stat">
      <div className="stat-label">{label}</div>
      <div className="stat-value" data-testid={testId}>
        {value}
      </div>
      {hint ? <div className="stat-hint">{hint}</div> : null}
    </div>
  );
}
