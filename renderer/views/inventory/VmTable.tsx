import { useMemo } from 'react';
import type { Vm } from '../../../shared/model/inventory';
import { formatGiB, formatInt } from '../../components/format';
import { useT } from '../../state/langStore';
import { DataTab, type TabFilter } from './DataTab';
import type { SortColumn } from './SortableTable';

const fields = (v: Vm): (string | undefined)[] => [v.name, v.cluster, v.host, v.osConfig, v.osTools, v.datacenter, v.folder, v.primaryIp, v.dnsName];
const POWER = ['poweredOn', 'poweredOff', 'suspended', 'unknown'] as const;

/** The VM list (templates and SRM placeholders left out): search, power-state filter, sortable columns. */
export function VmTable({ vms }: { vms: readonly Vm[] }) {
  const t = useT();
  const columns = useMemo((): SortColumn<Vm>[] => {
    const power = (v: Vm): string =>
      v.powerState === 'poweredOn' ? t('ui.inv.power.poweredOn') : v.powerState === 'poweredOff' ? t('ui.inv.power.poweredOff') : v.powerState === 'suspended' ? t('ui.inv.power.suspended') : t('common.unknown');
    return [
      { key: 'name', label: t('ui.inv.colName'), width: 'minmax(130px,2fr)', render: (v) => <span className="strong" title={v.name}>{v.name}</span>, sortValue: (v) => v.name },
      { key: 'power', label: t('ui.inv.colPower'), width: '100px', render: (v) => <span className={`dot dot-${v.powerState ?? 'unknown'}`}>{power(v)}</span>, sortValue: (v) => v.powerState },
      { key: 'cluster', label: t('ui.inv.colCluster'), width: 'minmax(90px,1fr)', render: (v) => v.cluster ?? '—', sortValue: (v) => v.cluster },
      { key: 'host', label: t('ui.inv.colHost'), width: 'minmax(100px,1.2fr)', render: (v) => <span title={v.host}>{v.host ?? '—'}</span>, sortValue: (v) => v.host },
      { key: 'os', label: t('ui.inv.colOs'), width: 'minmax(110px,1.6fr)', render: (v) => <span title={v.osConfig ?? v.osTools}>{v.osConfig ?? v.osTools ?? '—'}</span>, sortValue: (v) => v.osConfig ?? v.osTools },
      { key: 'fw', label: t('ui.inv.colFirmware'), width: '84px', render: (v) => (v.firmware ? v.firmware.toUpperCase() : '—'), sortValue: (v) => v.firmware },
      { key: 'cpu', label: t('ui.inv.colVcpu'), width: '72px', align: 'right', render: (v) => formatInt(t.lang, v.cpus), sortValue: (v) => v.cpus },
      { key: 'mem', label: t('ui.inv.colMem'), width: '122px', align: 'right', render: (v) => formatGiB(t.lang, v.memoryMiB), sortValue: (v) => v.memoryMiB },
      { key: 'disk', label: t('ui.inv.colDiskGiB'), width: '146px', align: 'right', render: (v) => formatGiB(t.lang, v.provisionedMiB), sortValue: (v) => v.provisionedMiB },
      { key: 'snap', label: t('ui.inv.colSnapshots'), width: '92px', align: 'right', render: (v) => (v.snapshots.length > 0 ? formatInt(t.lang, v.snapshots.length) : ''), sortValue: (v) => v.snapshots.length },
    ];
  }, [t.lang]);
  const filter = useMemo(
    (): TabFilter<Vm> => ({
      label: t('ui.inv.filterPower'),
      options: POWER.map((p) => ({ value: p, label: p === 'unknown' ? t('common.unknown') : t(`ui.inv.power.${p}`) })),
      keep: (v, value) => (v.powerState ?? 'unknown') === value,
    }),
    [t.lang],
  );
  return <DataTab id="vms" rows={vms} columns={columns} rowKey={(v) => v.key} searchFields={fields} filter={filter} label={t('ui.inv.vmTable', { n: vms.length })} />;
}
