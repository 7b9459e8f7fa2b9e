import { useDeferredValue, useMemo, useState } from 'react';
import type { VmTarget } from '../../../shared/mapping';
import { formatInt } from '../../components/format';
import { VirtualTable, type VColumn } from '../../components/VirtualTable';
import { useT } from '../../state/langStore';
import { FieldCell } from './FieldCell';
import { filterTargets, nicText } from './mappingEdits';
import { VmOverrideEditor } from './VmOverrideEditor';

/** Every VM's Proxmox target (virtualised), searchable; a VM name opens the override editor. */
export function VmTargetTable({ vms }: { vms: Record<string, VmTarget> }) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const q = useDeferredValue(query);
  const all = useMemo(() => Object.values(vms), [vms]);
  const rows = useMemo(() => filterTargets(all, q), [all, q]);
  const unknown = t('ui.mapping.unknownValue');
  const columns: VColumn<VmTarget>[] = [
    { key: 'vmid', label: t('readiness.map.col.vmid'), width: '72px', align: 'right', render: (v) => <FieldCell field={v.vmid} /> },
    {
      key: 'name',
      label: t('readiness.map.col.name'),
      width: 'minmax(150px,1.4fr)',
      render: (v) => (
        <button
          type="button"
          className={`rd-link${v.overridden.length > 0 ? ' prov-override' : ''}`}
          onClick={() => setSelected(v.vmKey)}
          aria-pressed={selected === v.vmKey}
          title={t('ui.mapping.edit', { name: v.sourceName })}
          data-testid={`tgt-vm-${v.sourceName}`}
        >
          {v.name.value ?? v.sourceName}
        </button>
      ),
    },
    { key: 'cluster', label: t('ui.mapping.colCluster'), width: 'minmax(90px,0.8fr)', render: (v) => <FieldCell field={v.cluster} /> },
    { key: 'cpu', label: t('ui.mapping.colCpuType'), width: 'minmax(110px,1fr)', render: (v) => <FieldCell field={v.cpu} /> },
    {
      key: 'topo',
      label: t('ui.mapping.colTopology'),
      width: '112px',
      align: 'right',
      render: (v) => (
        <>
          <FieldCell field={v.sockets} />×<FieldCell field={v.cores} />
        </>
      ),
    },
    { key: 'mem', label: t('ui.mapping.colMemory'), width: '96px', align: 'right', render: (v) => <FieldCell field={v.memoryMiB} text={v.memoryMiB.value !== undefined ? formatInt(t.lang, v.memoryMiB.value) : undefined} /> },
    {
      key: 'nets',
      label: t('readiness.map.col.nets'),
      width: 'minmax(160px,1.4fr)',
      render: (v) => {
        const s = v.nets.map((n) => nicText(n, unknown)).join('; ');
        return (
          <span title={s} className={v.nets.some((n) => n.bridge.source === 'override' || n.tag.source === 'override') ? 'prov-override' : undefined} data-testid="tgt-nets">
            {s || '—'}
          </span>
        );
      },
    },
    { key: 'os', label: t('readiness.map.col.ostype'), width: '70px', render: (v) => <FieldCell field={v.ostype} /> },
    {
      key: 'fw',
      label: t('readiness.map.col.firmware'),
      width: '110px',
      render: (v) => (
        <>
          <FieldCell field={v.bios} />/<FieldCell field={v.machine} />
        </>
      ),
    },
    { key: 'scsihw', label: t('readiness.map.col.scsihw'), width: 'minmax(120px,1fr)', render: (v) => <FieldCell field={v.scsihw} /> },
    {
      key: 'disks',
      label: t('readiness.map.col.disks'),
      width: 'minmax(120px,1fr)',
      render: (v) => {
        const s = v.disks
          .map((d) => (d.rdm ? `${d.label}: RDM (LUN ${d.rdmLun ?? unknown}) — ${t('ui.mapping.rdmOptions')}` : `${d.slot ?? unknown} ${d.storage.value ?? unknown} ${d.sizeGiB.value ?? unknown}G`))
          .join('; ');
        return <span title={s}>{s || '—'}</span>;
      },
    },
  ];
  const target = selected ? vms[selected] : undefined;
  return (
    <>
      <div className="panel">
        <div className="panel-head">
          <h2>{t('ui.mapping.tgtCount', { n: formatInt(t.lang, rows.length) })}</h2>
          <input className="input search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('ui.mapping.tgtSearch')} aria-label={t('ui.mapping.tgtSearch')} data-testid="tgt-search" />
        </div>
        <p className="muted rd-small">{t('ui.mapping.tgtLead')}</p>
        <div className="mp-scroll">
          <VirtualTable rows={rows} columns={columns} rowKey={(v) => v.vmKey} label={t('ui.mapping.tgtCount', { n: rows.length })} height={420} empty={t('ui.readiness.noMatch')} />
        </div>
      </div>
      <div className="panel" data-testid="tgt-editor">
        {target ? <VmOverrideEditor key={target.vmKey} target={target} onClose={() => setSelected(null)} /> : <p className="muted">{t('ui.mapping.editorPick')}</p>}
      </div>
    </>
  );
}
