import { tt } from '../../../shared/i18n';
import { Banner } from '../../components/Banner';
import { useT } from '../../state/langStore';
import { usePlanStore } from '../../state/planStore';

/** Says quietly that the figures shown are being recomputed (or could not be), so stale numbers never pass as current. */
export function PlanStatusNote() {
  const t = useT();
  const status = usePlanStore((s) => s.status);
  const error = usePlanStore((s) => s.error);
  const haPending = usePlanStore((s) => s.haPending);
  if (status === 'running' && haPending) {
    return (
      <div className="dz-status muted" role="status" aria-live="polite" data-testid="plan-ha-running">
        {t('ui.design.haRunning')}
      </div>
    );
  }
  if (status === 'running') {
    return (
      <div className="dz-status muted" role="status" aria-live="polite" data-testid="plan-running">
        {t('ui.design.running')}
      </div>
    );
  }
  if (status === 'error')
    return <Banner tone="error" code={error?.code} message={error?.message ?? tt('ui.design.planError')} />;
  return null;
}
