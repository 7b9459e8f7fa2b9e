import { useMemo } from 'react';
import type { Inventory } from '../../../shared/model/inventory';
import { formatGiB, formatInt } from '../../components/format';
import { useT } from '../../state/langStore';
import { clusterRows } from './clusterRows';

/** One row per vSphere cluster: hosts, VMs, powered on, vCPUs, memory, HA and DRS state. */
export function ClusterTable({ inventory }: { inventory: Inventory }) {
  const t = useT();
  const rows = useMemo(() => clusterRows(inventory), [inventory]);
  const onOff = (v: boolean | undefined): string => (v === undefined ? t('common.unknown') : v ? t('ui.inv.yes') : t('ui.inv.no'));
  return (
    <div className="table-wrap">
      <table className="table" data-testid="cluster-table">
        <thead>
          <tr>
            <th>{t('ui.inv.colCluster')}</th>
            <th className="num">{t('ui.inv.colHosts')}</th>
            <th className="num">{t('ui.inv.colVms')}</th>
            <th className="num">{t('ui.inv.colOn')}</th>
            <th className="num">{t('ui.inv.colVcpu')}</th>
            <th className="num">{t('ui.inv.colMem')}</th>
            <th>{t('ui.inv.colHa')}</th>
            <th>{t('ui.inv.colDrs')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name ?? '\u0000none'}>
              <td className={r.name ? 'strong' : 'muted'}>{r.name ?? t('ui.inv.noCluster')}</td>
              <td className="num">{formatInt(t.lang, r.hosts)}</td>
              <td className="num">{formatInt(t.lang, r.vms)}</td>
              <td className="num">{formatInt(t.lang, r.poweredOn)}</td>
              <td className="num">{formatInt(t.lang, r.vCpus)}</td>
              <td className="num">{formatGiB(t.lang, r.memoryMiB)}</td>
              <td>
                <span className={`pill ${r.haEnabled ? 'pill-on' : 'pill-off'}`}>{onOff(r.haEnabled)}</span>
              </td>
              <td>
                <span className={`pill ${r.drsEnabled ? 'pill-on' : 'pill-off'}`}>{onOff(r.drsEnabled)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
