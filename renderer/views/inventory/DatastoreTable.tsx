import { useMemo } from 'react';
import type { Datastore } from '../../../shared/model/inventory';
import { formatGiB, formatInt } from '../../components/format';
import { useT } from '../../state/langStore';
import { DataTab, type TabFilter } from './DataTab';
import type { SortColumn } from './SortableTable';
import { valueCounts } from '../../components/tableModel';

const fields = (d: Datastore): (string | undefined)[] => [d.name, d.type, d.clusterName, d.url];
const UNKNOWN = '\u0000unknown';

/** Datastores: type (with a filter), capacity, free, provisioned, VMs, hosts. */
export function DatastoreTable({ datastores }: { datastores: readonly Datastore[] }) {
  const t = useT();
  const columns = useMemo(
    (): SortColumn<Datastore>[] => [
      { key: 'name', label: t('ui.inv.colName'), width: 'minmax(160px,2fr)', render: (d) => <span className="strong" title={d.name}>{d.name}</span>, sortValue: (d) => d.name },
      { key: 'type', label: t('ui.inv.colType'), width: '96px', render: (d) => d.type ?? '—', sortValue: (d) => d.type },
      { key: 'cluster', label: t('ui.inv.colCluster'), width: 'minmax(100px,1fr)', render: (d) => d.clusterName ?? '—', sortValue: (d) => d.clusterName },
      { key: 'cap', label: t('ui.inv.colCapacity'), width: '140px', align: 'right', render: (d) => formatGiB(t.lang, d.capacityMiB), sortValue: (d) => d.capacityMiB },
      { key: 'free', label: t('ui.inv.colFree'), width: '140px', align: 'right', render: (d) => formatGiB(t.lang, d.freeMiB), sortValue: (d) => d.freeMiB },
      { key: 'prov', label: t('ui.inv.colProvisioned'), width: '140px', align: 'right', render: (d) => formatGiB(t.lang, d.provisionedMiB), sortValue: (d) => d.provisionedMiB },
      { key: 'vms', label: t('ui.inv.colVms'), width: '80px', align: 'right', render: (d) => formatInt(t.lang, d.vmCount), sortValue: (d) => d.vmCount },
      { key: 'hosts', label: t('ui.inv.colHosts'), width: '80px', align: 'right', render: (d) => formatInt(t.lang, d.hosts.length), sortValue: (d) => d.hosts.length },
    ],
    [t.lang],
  );
  const filter = useMemo(
    (): TabFilter<Datastore> => ({
      label: t('ui.inv.filterType'),
      options: valueCounts(datastores, (d) => d.type).map((x) => ({
        value: x.value ?? UNKNOWN,
        label: `${x.value ?? t('common.unknown')} (${formatInt(t.lang, x.count)})`,
      })),
      keep: (d, value) => (d.type ?? UNKNOWN) === value,
    }),
    [t.lang, datastores],
  );
  return <DataTab id="datastores" rows={datastores} columns={columns} rowKey={(d) => d.key} searchFields={fields} filter={filter} label={t('ui.inv.tab.datastores', { n: datastores.length })} />;
}
