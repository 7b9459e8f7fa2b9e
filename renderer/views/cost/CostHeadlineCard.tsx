import { costHeadline } from '../../../shared/cost';
import { useT } from '../../state/langStore';
import { useNavStore } from '../../state/navStore';
import { usePlanStore } from '../../state/planStore';

/** The cost headline on the Inventory dashboard: both totals and what is still unpriced, with a way to the Cost step. */
export function CostHeadlineCard() {
  const t = useT();
  const cost = usePlanStore((s) => s.plan?.cost);
  const go = useNavStore((s) => s.go);
  if (!cost) return null;
  return (
    <div className={`panel cost-dash${cost.unpriced > 0 ? ' incomplete' : ''}`} data-testid="cost-dashboard">
      <div>
        <div className="stat-label">{t('ui.cost.dashboardTitle')}</div>
        <p className="cost-dash-text">{t.text(costHeadline(cost))}</p>
      </div>
      <button type="button" className="btn" onClick={() => go('cost')}>
        {t('ui.cost.openStep')}
      </button>
    </div>
  );
}
