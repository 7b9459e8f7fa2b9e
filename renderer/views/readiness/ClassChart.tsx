import type { TKey } from '../../../shared/i18n';
import type { ReadinessClass, ReadinessResult } from '../../../shared/readiness';
import { formatInt } from '../../components/format';
import { useT } from '../../state/langStore';
import { classBars } from './readinessRows';

export const CLASS_KEY: Record<ReadinessClass, TKey> = {
  ready: 'readiness.class.ready',
  conditional: 'readiness.class.conditional',
  'not-ready': 'readiness.class.notReady',
  unknown: 'readiness.class.unknown',
};

type Props = { summary: ReadinessResult['summary']; onPick(cls: ReadinessClass): void };

/** Counts by readiness class as a horizontal bar chart (plain CSS); a bar filters the VM table. */
export function ClassChart({ summary, onPick }: Props) {
  const t = useT();
  return (
    <div className="rd-chart" role="list" aria-label={t('ui.readiness.chartLabel')}>
      {classBars(summary).map((b) => (
        <div className="rd-bar-row" role="listitem" key={b.cls}>
          <button type="button" className="rd-bar-label rd-link" onClick={() => onPick(b.cls)}>
            {t(CLASS_KEY[b.cls])}
          </button>
          <div className="rd-bar-track" aria-hidden="true">
            <div className={`rd-bar rd-cls-${b.cls}`} style={{ width: `${b.pct}%` }} />
          </div>
          <span className="rd-bar-count" data-testid={`rd-class-${b.cls}`}>
            {formatInt(t.lang, b.count)}
          </span>
          <span className="rd-bar-pct muted">{`${Math.round(b.pct)}%`}</span>
        </div>
      ))}
    </div>
  );
}
