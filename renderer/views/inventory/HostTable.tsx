import { useMemo } from 'react';
import type { Host } from '../../../shared/model/inventory';
import { formatGiB, formatInt } from '../../components/format';
import { useT } from '../../state/langStore';
import { DataTab } from './DataTab';
import type { SortColumn } from './SortableTable';

const fields = (h: Host): (string | undefined)[] => [h.name, h.cluster, h.datacenter, h.cpuModel, h.esxVersion, h.vendor, h.model];

/** ESXi hosts: cluster, CPU, cores, memory, VMs, ESXi version, maintenance mode. */
export function HostTable({ hosts }: { hosts: readonly Host[] }) {
  const t = useT();
  const columns = useMemo(
    (): SortColumn<Host>[] => [
      { key: 'name', label: t('ui.inv.colName'), width: 'minmax(160px,1.6fr)', render: (h) => <span className="strong" title={h.name}>{h.name}</span>, sortValue: (h) => h.name },
      { key: 'cluster', label: t('ui.inv.colCluster'), width: 'minmax(100px,1fr)', render: (h) => h.cluster ?? '—', sortValue: (h) => h.cluster },
      { key: 'cpu', label: t('ui.inv.colCpuModel'), width: 'minmax(160px,2fr)', render: (h) => <span title={h.cpuModel}>{h.cpuModel ?? '—'}</span>, sortValue: (h) => h.cpuModel },
      { key: 'cores', label: t('ui.inv.colCores'), width: '96px', align: 'right', render: (h) => formatInt(t.lang, h.cores), sortValue: (h) => h.cores },
      { key: 'mem', label: t('ui.inv.colMem'), width: '118px', align: 'right', render: (h) => formatGiB(t.lang, h.memoryMiB), sortValue: (h) => h.memoryMiB },
      { key: 'vms', label: t('ui.inv.colVms'), width: '80px', align: 'right', render: (h) => formatInt(t.lang, h.vmCount), sortValue: (h) => h.vmCount },
      { key: 'esx', label: t('ui.inv.colEsx'), width: 'minmax(110px,1fr)', render: (h) => h.esxVersion ?? '—', sortValue: (h) => h.esxVersion },
      {
        key: 'maint',
        label: t('ui.inv.colMaint'),
        width: '104px',
        render: (h) => (h.inMaintenance === undefined ? t('common.unknown') : h.inMaintenance ? t('ui.inv.yes') : t('ui.inv.no')),
        sortValue: (h) => h.inMaintenance,
      },
    ],
    [t.lang],
  );
  return <DataTab id="hosts" rows={hosts} columns={columns} rowKey={(h) => h.key} searchFields={fields} label={t('ui.inv.tab.hosts', { n: hosts.length })} />;
}
