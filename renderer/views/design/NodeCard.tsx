import { useState, type DragEvent } from 'react';
import type { NodeUtilisation, PlacedVm, TargetNode } from '../../../shared/design/types';
import { formatInt, formatMemory } from '../../components/format';
import { useT } from '../../state/langStore';
import { updateDecisions } from '../../state/decisions';
import { pinVm, removeClusterNode } from '../../../shared/model/decisions';
import { LoadBar } from './LoadBar';
import { NodeEditForm } from './NodeEditForm';

/** Drag payload type of a VM chip. */
export const VM_DRAG_TYPE = 'application/x-vm2pve-vm';
const MAX_CHIPS = 80;

type Props = {
  cluster: string;
  node: TargetNode;
  util?: NodeUtilisation;
  vms: readonly PlacedVm[];
  nodes: readonly TargetNode[];
};

/** A target node: hardware, CPU and memory load (now and after the worst failure), its VMs (draggable), edit form. */
export function NodeCard({ cluster, node, util, vms, nodes }: Props) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [over, setOver] = useState(false);
  const afterTitle = util?.worstFailedNode
    ? t('ui.design.afterHint', { node: util.worstFailedNode })
    : t('ui.design.afterNone');

  const onDragOver = (e: DragEvent<HTMLDivElement>): void => {
    if (!e.dataTransfer.types.includes(VM_DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    setOver(true);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>): void => {
    const key = e.dataTransfer.getData(VM_DRAG_TYPE);
    setOver(false);
    if (!key) return;
    e.preventDefault();
    updateDecisions((d) => pinVm(d, key, node.name));
  };
  const origin = node.hardwareAssumed ? t('ui.design.hardwareAssumed') : t(`ui.design.origin.${node.origin}`);

  return (
    <div
      className={`dz-node${over ? ' over' : ''}`}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid={`node-${node.name}`}
      data-node={node.name}
      aria-label={node.name}
      role="group"
    >
      <div className="dz-node-head">
        <span className="dz-node-name">
          {node.name}
          {node.isNew ? (
            <>
              {' '}
              <span className="pill pill-info" data-testid={`node-new-${node.name}`}>
                {t('ui.design.newNode')}
              </span>
            </>
          ) : null}
        </span>
        {node.origin !== 'proposed' ? (
          <button
            type="button"
            className="btn"
            onClick={() => updateDecisions((d) => removeClusterNode(d, cluster, node.origin === 'decision' && node.isNew ? node.name : (node.sourceHost ?? node.name)))}
            data-testid={`node-remove-${node.name}`}
          >
            {t('ui.design.removeNode')}
          </button>
        ) : null}
        <button
          type="button"
          className="btn"
          onClick={() => setEditing((x) => !x)}
          aria-expanded={editing}
          data-testid={`node-edit-${node.name}`}
        >
          {t('ui.design.edit')}
        </button>
      </div>
      <div className="dz-node-hw">
        {t('ui.design.hardware', {
          sockets: formatInt(t.lang, node.sockets),
          cores: formatInt(t.lang, node.cores),
          mem: formatMemory(t.lang, node.memoryMiB),
        })}{' '}
        · {origin}
        {node.sourceHost ? <div>{t('ui.design.replaces', { host: node.sourceHost })}</div> : null}
      </div>
      {editing ? (
        <NodeEditForm cluster={cluster} node={node} nodes={nodes} onDone={() => setEditing(false)} />
      ) : null}
      {util ? (
        <>
          <LoadBar
            label={t('ui.design.cpu')}
            pct={util.cpuPct}
            afterPct={util.cpuPctAfterFailure}
            value={t('ui.design.usage', {
              used: formatInt(t.lang, util.vcpus),
              cap: formatInt(t.lang, util.cpuCapacity),
              pct: Math.round(util.cpuPct),
            })}
            afterLabel={t('ui.design.after')}
            afterTitle={afterTitle}
            testId={`node-cpu-${node.name}`}
          />
          <LoadBar
            label={t('ui.design.memory')}
            pct={util.memoryPct}
            afterPct={util.memoryPctAfterFailure}
            value={t('ui.design.usage', {
              used: formatMemory(t.lang, util.memoryMiB),
              cap: formatMemory(t.lang, util.memoryCapacityMiB),
              pct: Math.round(util.memoryPct),
            })}
            afterLabel={t('ui.design.after')}
            afterTitle={afterTitle}
            testId={`node-mem-${node.name}`}
          />
          <div className="dz-node-hw">
            {t('ui.design.usage', {
              used: `${formatInt(t.lang, util.vcpus)} vCPU`,
              cap: formatInt(t.lang, util.cpuCapacity),
              pct: Math.round(util.cpuPct),
            })}{' '}
            ·{' '}
            {t('ui.design.usage', {
              used: formatMemory(t.lang, util.memoryMiB),
              cap: formatMemory(t.lang, util.memoryCapacityMiB),
              pct: Math.round(util.memoryPct),
            })}
          </div>
        </>
      ) : (
        <div className="muted">{t('ui.design.unknown')}</div>
      )}
      <div className="dz-node-hw">{t('ui.design.vmsOnNode')}</div>
      <div className="dz-chips" data-testid={`node-vms-${node.name}`}>
        {vms.slice(0, MAX_CHIPS).map((v) => (
          <span
            key={v.vmKey}
            className={`dz-chip${v.pinned ? ' pinned' : ''}${v.poweredOn ? '' : ' off'}`}
            draggable
            tabIndex={-1}
            data-vm={v.name}
            data-pinned={v.pinned ? 'true' : undefined}
            title={v.pinned ? `${v.name} · ${t('ui.design.pinned')}` : v.name}
            onDragStart={(e) => {
              e.dataTransfer.setData(VM_DRAG_TYPE, v.vmKey);
              e.dataTransfer.effectAllowed = 'move';
            }}
          >
            {v.name}
          </span>
        ))}
        {vms.length > MAX_CHIPS ? (
          <span className="muted">
            {t('ui.design.more', { n: formatInt(t.lang, vms.length - MAX_CHIPS) })}
          </span>
        ) : null}
        {over ? <span className="muted">{t('ui.design.dropHere', { node: node.name })}</span> : null}
      </div>
    </div>
  );
}
