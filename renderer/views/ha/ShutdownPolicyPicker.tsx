import { setShutdownPolicy, SHUTDOWN_POLICIES, type ShutdownPolicy } from '../../../shared/model/decisions';
import { updateDecisions } from '../../state/decisions';
import { useT } from '../../state/langStore';

/** The four HA shutdown policies, each explained; the choice is a cluster decision. */
export function ShutdownPolicyPicker({ cluster, value }: { cluster: string; value: ShutdownPolicy }) {
  const t = useT();
  return (
    <fieldset className="dz-policies" data-testid={`policy-${cluster}`}>
      <legend>{t('ui.ha.shutdownPolicy')}</legend>
      {SHUTDOWN_POLICIES.map((p) => (
        <label key={p}>
          <input
            type="radio"
            name={`policy-${cluster}`}
            value={p}
            checked={value === p}
            onChange={() => updateDecisions((d) => setShutdownPolicy(d, cluster, p))}
            data-testid={`policy-${cluster}-${p}`}
          />
          <span>{t(`ui.ha.policy.${p}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
