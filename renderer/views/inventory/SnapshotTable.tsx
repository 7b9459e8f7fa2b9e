import { useMemo } from 'react';
import { formatGiB, formatInt } from '../../components/format';
import { useT } from '../../state/langStore';
import { DataTab } from './DataTab';
import type { SnapshotRow } from './inventoryRows';
import type { SortColumn } from './SortableTable';

const fields = (s: SnapshotRow): (string | undefined)[] => [s.vm, s.snapshot.name, s.snapshot.description, s.cluster];

/** Every VM snapshot: VM, name, creation date, age in days, size. */
export function SnapshotTable({ rows }: { rows: readonly SnapshotRow[] }) {
  const t = useT();
  const columns = useMemo(
    (): SortColumn<SnapshotRow>[] => [
      { key: 'vm', label: t('ui.inv.colVm'), width: 'minmax(160px,1.6fr)', render: (s) => <span className="strong" title={s.vm}>{s.vm}</span>, sortValue: (s) => s.vm },
      { key: 'name', label: t('ui.inv.colSnapshot'), width: 'minmax(160px,2fr)', render: (s) => <span title={s.snapshot.description ?? s.snapshot.name}>{s.snapshot.name}</span>, sortValue: (s) => s.snapshot.name },
      { key: 'cluster', label: t('ui.inv.colCluster'), width: 'minmax(100px,1fr)', render: (s) => s.cluster ?? '—', sortValue: (s) => s.cluster },
      { key: 'created', label: t('ui.inv.colCreated'), width: '130px', render: (s) => (s.snapshot.createdAt ? s.snapshot.createdAt.slice(0, 10) : t('common.unknown')), sortValue: (s) => s.snapshot.createdAt },
      { key: 'age', label: t('ui.inv.colAgeDays'), width: '110px', align: 'right', render: (s) => (s.ageDays === undefined ? '—' : formatInt(t.lang, s.ageDays)), sortValue: (s) => s.ageDays },
      { key: 'size', label: t('ui.inv.colSizeGiB'), width: '130px', align: 'right', render: (s) => formatGiB(t.lang, s.snapshot.sizeMiBTotal), sortValue: (s) => s.snapshot.sizeMiBTotal },
    ],
    [t.lang],
  );
  return <DataTab id="snapshots" rows={rows} columns={columns} rowKey={(s) => s.key} searchFields={fields} label={t('ui.inv.tab.snapshots', { n: rows.length })} />;
}
