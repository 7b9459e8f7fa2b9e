import { CRS_MODES, setAutoRebalance, setClusterCrs, type CrsMode } from '../../../shared/model/decisions';
import type { PveTarget } from '../../../shared/model/project';
import { updateDecisions } from '../../state/decisions';
import { useT } from '../../state/langStore';

type Props = { cluster: string; target: PveTarget; crs: CrsMode | 'basic'; autoRebalance: boolean };

/**
 * The HA scheduler of a cluster (`crs: ha=static|dynamic`) and automatic rebalancing: cluster decisions.
 * Both the dynamic scheduler and auto-rebalance exist from PVE 9.2 on; for older targets they are shown but
 * cannot be chosen, and the reason is said beside them.
 */
export function SchedulerPicker({ cluster, target, crs, autoRebalance }: Props) {
  const t = useT();
  const has92 = target === 'pve9.2';
  return (
    <fieldset className="dz-policies" data-testid={`crs-${cluster}`}>
      <legend>{t('ui.ha.scheduler')}</legend>
      {CRS_MODES.map((m) => (
        <label key={m}>
          <input
            type="radio"
            name={`crs-${cluster}`}
            value={m}
            checked={crs === m}
            disabled={m === 'dynamic' && !has92}
            onChange={() => updateDecisions((d) => setClusterCrs(d, cluster, m))}
            data-testid={`crs-${cluster}-${m}`}
          />
          <span>{t(`ui.ha.scheduler.${m}`)}</span>
        </label>
      ))}
      <label>
        <input
          type="checkbox"
          checked={autoRebalance}
          disabled={!has92}
          onChange={(e) => updateDecisions((d) => setAutoRebalance(d, cluster, e.target.checked))}
          data-testid={`crs-${cluster}-rebalance`}
        />
        <span>{t('ui.ha.autoRebalance')}</span>
      </label>
      {!has92 ? <p className="muted">{t('ui.ha.schedulerNeeds92')}</p> : null}
    </fieldset>
  );
}
