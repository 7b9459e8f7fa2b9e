import type { DesignSweepInput } from '../../../shared/design/sweepInput';
import type { TKey } from '../../../shared/i18n';
import { useT } from '../../state/langStore';
import { schedulerOptions, type SchedulerChoice } from './simulation';

/** The scheduler of the simulated cluster: the plan's by default; dynamic and auto-rebalancing only on PVE 9.2. */
export function SchedulerControls({ input, choice, onChange }: { input: DesignSweepInput; choice: SchedulerChoice; onChange: (c: SchedulerChoice) => void }) {
  const t = useT();
  const offered = schedulerOptions(input, choice.crs);
  return (
    <div className="sim-preset" data-testid="sim-scheduler">
      <label className="field">
        <span className="field-label">{t('ui.simulate.crs')}</span>
        <select value={choice.crs} onChange={(e) => onChange({ ...choice, crs: e.target.value as SchedulerChoice['crs'] })} data-testid="sim-crs">
          {offered.crs.map((c) => (
            <option key={c} value={c}>
              {t(`ui.simulate.crs.${c}` as TKey)}
            </option>
          ))}
        </select>
      </label>
      <label className="field sim-inline">
        <input
          type="checkbox"
          checked={choice.autoRebalance && offered.autoRebalance}
          disabled={!offered.autoRebalance}
          onChange={(e) => onChange({ ...choice, autoRebalance: e.target.checked })}
          data-testid="sim-auto-rebalance"
        />{' '}
        <span>{t('ui.simulate.autoRebalance')}</span>
      </label>
      {input.pveTarget !== undefined && input.pveTarget !== 'pve9.2' ? <p className="muted sim-small">{t('ui.simulate.needs92', { target: input.pveTarget })}</p> : null}
      {choice.crs === 'dynamic' ? <p className="muted sim-small">{t('ui.simulate.dynamicNote')}</p> : null}
    </div>
  );
}
