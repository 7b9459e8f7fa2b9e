import { useMemo, useState } from 'react';
import type { ClusterDesign } from '../../../shared/design/types';
import { formatInt } from '../../components/format';
import { useT } from '../../state/langStore';
import { updateDecisions } from '../../state/decisions';
import { pinVm } from '../../../shared/model/decisions';
import { filterVms } from './designRows';

const MAX_OPTIONS = 500;

/** The keyboard way to pin: choose a VM (filtered by name) and a node, then "Pin to node"; or unpin it. */
export function PinEditor({ cluster }: { cluster: ClusterDesign }) {
  const t = useT();
  const [filter, setFilter] = useState('');
  const [vmKey, setVmKey] = useState('');
  const [node, setNode] = useState(cluster.nodes[0]?.name ?? '');
  const options = useMemo(
    () => filterVms(cluster.placement.vms, filter, MAX_OPTIONS),
    [cluster.placement.vms, filter],
  );
  const selected = cluster.placement.vms.find((v) => v.vmKey === vmKey);
  const chosen = selected ? vmKey : (options[0]?.vmKey ?? '');
  const current = cluster.placement.vms.find((v) => v.vmKey === chosen);
  const pinned = cluster.placement.vms.filter((v) => v.pinned).length;
  const id = `pin-${cluster.name}`;
  const nodeValue = cluster.nodes.some((n) => n.name === node) ? node : (cluster.nodes[0]?.name ?? '');

  return (
    <div className="dz-box" data-testid={`pin-editor-${cluster.name}`}>
      <h3>{t('ui.design.pinTitle')}</h3>
      <div className="dz-pin">
        <label htmlFor={`${id}-f`}>
          {t('ui.design.pinFilter')}
          <input
            id={`${id}-f`}
            className="input"
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            data-testid="pin-filter"
          />
        </label>
        <label htmlFor={`${id}-vm`}>
          {t('ui.design.pinVm')}
          <select
            id={`${id}-vm`}
            className="input"
            value={chosen}
            onChange={(e) => setVmKey(e.target.value)}
            data-testid="pin-vm"
          >
            {options.length === 0 ? <option value="">{t('ui.design.pinNone')}</option> : null}
            {options.map((v) => (
              <option key={v.vmKey} value={v.vmKey}>
                {v.name}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={`${id}-node`}>
          {t('ui.design.pinNode')}
          <select
            id={`${id}-node`}
            className="input"
            value={nodeValue}
            onChange={(e) => setNode(e.target.value)}
            data-testid="pin-node"
          >
            {cluster.nodes.map((n) => (
              <option key={n.name} value={n.name}>
                {n.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!current || !nodeValue}
          onClick={() => current && updateDecisions((d) => pinVm(d, current.vmKey, nodeValue))}
          data-testid="pin-apply"
        >
          {t('ui.design.pinAction')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={!current?.pinned}
          onClick={() => current && updateDecisions((d) => pinVm(d, current.vmKey, undefined))}
          data-testid="pin-remove"
        >
          {t('ui.design.unpin')}
        </button>
      </div>
      <p className="muted" style={{ margin: '6px 0 0', fontSize: 12 }}>
        {current ? t('ui.design.pinCurrent', { node: current.node ?? t('ui.ha.tier.unplaced') }) : null}
        {current?.pinned ? ` · ${t('ui.design.pinned')}` : null}
        {options.length === MAX_OPTIONS
          ? ` · ${t('ui.design.pinCapped', { n: formatInt(t.lang, MAX_OPTIONS) })}`
          : null}{' '}
        · {t('ui.design.pinCount', { n: formatInt(t.lang, pinned) })}
      </p>
    </div>
  );
}
