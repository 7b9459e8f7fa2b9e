import { useMemo } from 'react';
import type { PortGroup } from '../../../shared/model/inventory';
import { useT } from '../../state/langStore';
import { DataTab, type TabFilter } from './DataTab';
import type { SortColumn } from './SortableTable';

const fields = (p: PortGroup): (string | number | undefined)[] => [p.name, p.switchName, p.host, p.cluster, p.vlan, p.vlanText];

/** Port groups (standard and distributed): switch, kind (with a filter), VLAN, host/cluster. */
export function PortGroupTable({ portGroups }: { portGroups: readonly PortGroup[] }) {
  const t = useT();
  const columns = useMemo(
    (): SortColumn<PortGroup>[] => [
      { key: 'name', label: t('ui.inv.colName'), width: 'minmax(160px,2fr)', render: (p) => <span className="strong" title={p.name}>{p.name}</span>, sortValue: (p) => p.name },
      { key: 'switch', label: t('ui.inv.colSwitch'), width: 'minmax(120px,1.2fr)', render: (p) => p.switchName ?? '—', sortValue: (p) => p.switchName },
      { key: 'kind', label: t('ui.inv.colKind'), width: '150px', render: (p) => t(`ui.inv.kind.${p.kind}`), sortValue: (p) => p.kind },
      { key: 'vlan', label: t('ui.inv.colVlan'), width: '110px', align: 'right', render: (p) => (p.vlan !== undefined ? String(p.vlan) : (p.vlanText ?? '—')), sortValue: (p) => p.vlan ?? p.vlanText },
      { key: 'host', label: t('ui.inv.colHost'), width: 'minmax(120px,1.2fr)', render: (p) => p.host ?? '—', sortValue: (p) => p.host },
      { key: 'cluster', label: t('ui.inv.colCluster'), width: 'minmax(100px,1fr)', render: (p) => p.cluster ?? '—', sortValue: (p) => p.cluster },
    ],
    [t.lang],
  );
  const filter = useMemo(
    (): TabFilter<PortGroup> => ({
      label: t('ui.inv.filterKind'),
      options: (['standard', 'distributed'] as const).map((k) => ({ value: k, label: t(`ui.inv.kind.${k}`) })),
      keep: (p, value) => p.kind === value,
    }),
    [t.lang],
  );
  return <DataTab id="networks" rows={portGroups} columns={columns} rowKey={(p) => p.key} searchFields={fields} filter={filter} label={t('ui.inv.tab.networks', { n: portGroups.length })} />;
}
