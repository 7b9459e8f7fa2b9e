import { useDeferredValue, useMemo, useState } from 'react';
import type { Vm } from '../../../shared/model/inventory';
import { formatGiB, formatInt } from '../../components/format';
import { VirtualTable, type VColumn } from '../../components/VirtualTable';
import { useT } from '../../state/langStore';

/** The VM list (templates and SRM placeholders left out), filterable, virtualised for large estates. */
export function VmTable({ vms }: { vms: readonly Vm[] }) {
  const t = useT();
  const [query, setQuery] = useState('');
  const q = useDeferredValue(query.trim().toLowerCase());
  const base = useMemo(() => vms.filter((v) => !v.template && !v.srmPlaceholder), [vms]);
  const rows = useMemo(
    () =>
      q === ''
        ? base
        : base.filter((v) => [v.name, v.cluster, v.host, v.osConfig, v.osTools].some((f) => f !== undefined && f.toLowerCase().includes(q))),
    [base, q],
  );
  const power = (v: Vm): string =>
    v.powerState === 'poweredOn' ? t('ui.inv.power.poweredOn') : v.powerState === 'poweredOff' ? t('ui.inv.power.poweredOff') : v.powerState === 'suspended' ? t('ui.inv.power.suspended') : t('common.unknown');
  const columns: VColumn<Vm>[] = [
    { key: 'name', label: t('ui.inv.colName'), width: 'minmax(160px,2fr)', render: (v) => <span className="strong" title={v.name}>{v.name}</span> },
    { key: 'power', label: t('ui.inv.colPower'), width: '112px', render: (v) => <span className={`dot dot-${v.powerState ?? 'unknown'}`}>{power(v)}</span> },
    { key: 'cluster', label: t('ui.inv.colCluster'), width: 'minmax(96px,1fr)', render: (v) => v.cluster ?? '—' },
    { key: 'host', label: t('ui.inv.colHost'), width: 'minmax(120px,1.3fr)', render: (v) => <span title={v.host}>{v.host ?? '—'}</span> },
    { key: 'os', label: t('ui.inv.colOs'), width: 'minmax(150px,1.8fr)', render: (v) => <span title={v.osConfig ?? v.osTools}>{v.osConfig ?? v.osTools ?? '—'}</span> },
    { key: 'fw', label: t('ui.inv.colFirmware'), width: '88px', render: (v) => (v.firmware ? v.firmware.toUpperCase() : '—') },
    { key: 'cpu', label: t('ui.inv.colVcpu'), width: '64px', align: 'right', render: (v) => formatInt(t.lang, v.cpus) },
    { key: 'mem', label: t('ui.inv.colMem'), width: '118px', align: 'right', render: (v) => formatGiB(t.lang, v.memoryMiB) },
    { key: 'disk', label: t('ui.inv.colDiskGiB'), width: '150px', align: 'right', render: (v) => formatGiB(t.lang, v.provisionedMiB) },
    { key: 'snap', label: t('ui.inv.colSnapshots'), width: '92px', align: 'right', render: (v) => (v.snapshots.length > 0 ? formatInt(t.lang, v.snapshots.length) : '') },
  ];
  return (
    <>
      <div className="panel-head">
        <h2>{t('ui.inv.vmTable', { n: formatInt(t.lang, rows.length) })}</h2>
        <input
          className="input search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('ui.inv.filter')}
          aria-label={t('ui.inv.filter')}
        />
      </div>
      <VirtualTable rows={rows} columns={columns} rowKey={(v) => v.key} label={t('ui.inv.vmTable', { n: rows.length })} height={460} empty={t('ui.inv.noMatch')} />
    </>
  );
}
