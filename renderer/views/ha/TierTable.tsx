import { useMemo, useState } from 'react';
import type { ClusterDesign } from '../../../shared/design/types';
import { HA_TIERS, setHaTier, type HaTier } from '../../../shared/model/decisions';
import { formatInt } from '../../components/format';
import { VirtualTable, type VColumn } from '../../components/VirtualTable';
import { updateDecisions } from '../../state/decisions';
import { useT } from '../../state/langStore';
import { tierCounts, tierRows, type TierRow } from '../design/designRows';

type Props = { cluster: ClusterDesign; haTiers: Record<string, HaTier> };

/** The cluster's VMs by HA tier, each with a select that moves it to another tier (a decision). */
export function TierTable({ cluster, haTiers }: Props) {
  const t = useT();
  const [filter, setFilter] = useState('');
  const all = useMemo(() => tierRows(cluster, haTiers), [cluster, haTiers]);
  const counts = useMemo(() => tierCounts(all), [all]);
  const rows = useMemo(() => {
    const f = filter.trim().toLowerCase();
    return f ? all.filter((r) => r.name.toLowerCase().includes(f)) : all;
  }, [all, filter]);
  const tierLabel = (x: TierRow['tier']): string =>
    t(
      x === 'unplaced'
        ? 'ui.ha.tier.unplaced'
        : x === 'none'
          ? 'ui.ha.tier.none'
          : x === 1
            ? 'ui.ha.tier.1'
            : x === 2
              ? 'ui.ha.tier.2'
              : 'ui.ha.tier.3',
    );

  const columns: VColumn<TierRow>[] = [
    {
      key: 'vm',
      label: t('ui.ha.colVm'),
      width: '2fr',
      render: (r) => <span className="strong">{r.name}</span>,
    },
    { key: 'vmid', label: t('ui.ha.colVmid'), width: '80px', align: 'right', render: (r) => r.vmid },
    {
      key: 'node',
      label: t('ui.ha.colNode'),
      width: '1.3fr',
      render: (r) => r.node ?? <span className="muted">{t('ui.ha.tier.unplaced')}</span>,
    },
    { key: 'state', label: t('ui.ha.colState'), width: '90px', render: (r) => r.state ?? '—' },
    {
      key: 'tier',
      label: t('ui.ha.colTier'),
      width: '200px',
      render: (r) =>
        r.tier === 'unplaced' ? (
          <span className="muted">{tierLabel(r.tier)}</span>
        ) : (
          <span>
            <select
              className="dz-tier-select"
              aria-label={t('ui.ha.tierOf', { vm: r.name })}
              value={String(r.tier)}
              onChange={(e) => {
                const v = e.target.value;
                const tier: HaTier = v === '1' ? 1 : v === '2' ? 2 : v === '3' ? 3 : 'none';
                updateDecisions((d) => setHaTier(d, r.vmKey, tier));
              }}
              data-testid={`tier-${r.name}`}
            >
              {HA_TIERS.map((x) => (
                <option key={String(x)} value={String(x)}>
                  {tierLabel(x)}
                </option>
              ))}
            </select>{' '}
            {r.userSet ? <span className="pill pill-info">{t('ui.ha.userSet')}</span> : null}
          </span>
        ),
    },
  ];

  return (
    <div data-testid={`tiers-${cluster.name}`}>
      <div className="panel-head">
        <span data-testid="tier-counts">
          {t('ui.ha.tierCounts', {
            t1: formatInt(t.lang, counts[1]),
            t2: formatInt(t.lang, counts[2]),
            t3: formatInt(t.lang, counts[3]),
            none: formatInt(t.lang, counts.none + counts.unplaced),
          })}
        </span>
        <label className="field" style={{ flexDirection: 'row', alignItems: 'center', gap: 8 }}>
          <span className="field-label">{t('ui.ha.tierFilter')}</span>
          <input
            className="input"
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            style={{ minWidth: 200 }}
          />
        </label>
      </div>
      <VirtualTable
        rows={rows}
        columns={columns}
        rowKey={(r) => r.vmKey}
        label={t('ui.ha.tiers')}
        height={Math.min(360, Math.max(120, rows.length * 34 + 10))}
        rowHeight={34}
      />
    </div>
  );
}
