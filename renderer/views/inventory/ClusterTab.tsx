import { useMemo } from 'react';
import type { Inventory } from '../../../shared/model/inventory';
import { formatGiB, formatInt } from '../../components/format';
import { useT } from '../../state/langStore';
import { clusterRows, type ClusterRow } from './clusterRows';
import { DataTab } from './DataTab';
import type { SortColumn } from './SortableTable';

const fields = (c: ClusterRow): (string | undefined)[] => [c.name ?? undefined];

/** The Clusters tab: the per-cluster figures as a searchable, sortable table. */
export function ClusterTab({ inventory }: { inventory: Inventory }) {
  const t = useT();
  const rows = useMemo(() => clusterRows(inventory), [inventory]);
  const columns = useMemo((): SortColumn<ClusterRow>[] => {
    const onOff = (v: boolean | undefined): string => (v === undefined ? t('common.unknown') : v ? t('ui.inv.yes') : t('ui.inv.no'));
    return [
      { key: 'name', label: t('ui.inv.colCluster'), width: 'minmax(160px,2fr)', render: (c) => <span className={c.name ? 'strong' : 'muted'}>{c.name ?? t('ui.inv.noCluster')}</span>, sortValue: (c) => c.name },
      { key: 'hosts', label: t('ui.inv.colHosts'), width: '90px', align: 'right', render: (c) => formatInt(t.lang, c.hosts), sortValue: (c) => c.hosts },
      { key: 'vms', label: t('ui.inv.colVms'), width: '90px', align: 'right', render: (c) => formatInt(t.lang, c.vms), sortValue: (c) => c.vms },
      { key: 'on', label: t('ui.inv.colOn'), width: '110px', align: 'right', render: (c) => formatInt(t.lang, c.poweredOn), sortValue: (c) => c.poweredOn },
      { key: 'vcpu', label: t('ui.inv.colVcpu'), width: '90px', align: 'right', render: (c) => formatInt(t.lang, c.vCpus), sortValue: (c) => c.vCpus },
      { key: 'mem', label: t('ui.inv.colMem'), width: '130px', align: 'right', render: (c) => formatGiB(t.lang, c.memoryMiB), sortValue: (c) => c.memoryMiB },
      { key: 'ha', label: t('ui.inv.colHa'), width: '90px', render: (c) => <span className={`pill ${c.haEnabled ? 'pill-on' : 'pill-off'}`}>{onOff(c.haEnabled)}</span>, sortValue: (c) => c.haEnabled },
      { key: 'drs', label: t('ui.inv.colDrs'), width: '90px', render: (c) => <span className={`pill ${c.drsEnabled ? 'pill-on' : 'pill-off'}`}>{onOff(c.drsEnabled)}</span>, sortValue: (c) => c.drsEnabled },
    ];
  }, [t.lang]);
  return <DataTab id="clusters" rows={rows} columns={columns} rowKey={(c) => c.name ?? '\u0000none'} searchFields={fields} label={t('ui.inv.tab.clusters', { n: rows.length })} />;
}
