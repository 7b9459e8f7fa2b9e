import { setIsolatedNetwork, wavesDecisions } from '../../../shared/model/decisions';
import type { Decisions } from '../../../shared/model/project';
import type { Inventory } from '../../../shared/model/inventory';
import { updateDecisions } from '../../state/decisions';
import { useT } from '../../state/langStore';

/**
 * Port groups the user marks isolated (no uplink; RVTools does not say which): the VMs on one of them move in
 * the same wave.
 */
export function IsolatedNetworks({ inventory, decisions }: { inventory: Inventory; decisions: Decisions }) {
  const t = useT();
  const counts = new Map<string, number>();
  for (const v of inventory.vms) {
    if (v.template || v.srmPlaceholder) continue;
    for (const n of new Set(v.networks.filter((x) => x.trim()))) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const isolated = new Set(wavesDecisions(decisions).isolatedNetworks);
  const names = [...counts.keys()].sort((a, b) => a.localeCompare(b));
  if (names.length === 0) return null;
  return (
    <details className="panel wave-isolated" data-testid="wave-isolated">
      <summary>
        {t('ui.waves.isolated', { n: isolated.size })} <span className="muted small">{t('ui.waves.isolatedHint')}</span>
      </summary>
      <ul className="wave-isolated-list">
        {names.map((n) => (
          <li key={n}>
            <label className="choice">
              <input type="checkbox" checked={isolated.has(n)} onChange={(e) => updateDecisions((d) => setIsolatedNetwork(d, n, e.target.checked))} data-testid={`wave-isolated-${n}`} />
              {n} <span className="muted small">({t('ui.waves.vmCount', { n: counts.get(n) ?? 0 })})</span>
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
