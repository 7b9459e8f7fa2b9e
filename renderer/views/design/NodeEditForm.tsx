import { useState, type FormEvent } from 'react';
import type { TargetNode } from '../../../shared/design/types';
import { useT } from '../../state/langStore';
import { updateDecisions } from '../../state/decisions';
import { checkNodeName, parsePositiveInt, renameNode, setNodeHardware } from './designEdits';

type Props = { cluster: string; node: TargetNode; nodes: readonly TargetNode[]; onDone(): void };

/** Edit a node's name and hardware (sockets, cores, memory): saved as design decisions. */
export function NodeEditForm({ cluster, node, nodes, onDone }: Props) {
  const t = useT();
  const [name, setName] = useState(node.name);
  const [sockets, setSockets] = useState(String(node.sockets));
  const [cores, setCores] = useState(String(node.cores));
  const [mem, setMem] = useState(String(Math.round(node.memoryMiB / 1024)));
  const nameCheck = checkNodeName(name, node, nodes);
  const s = parsePositiveInt(sockets);
  const c = parsePositiveInt(cores);
  const m = parsePositiveInt(mem);
  const numbersOk = s !== undefined && c !== undefined && m !== undefined;
  const id = `ne-${cluster}-${node.name}`;

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (!nameCheck.ok || !numbersOk) return;
    const hwChanged =
      s !== node.sockets || c !== node.cores || m * 1024 !== Math.round(node.memoryMiB / 1024) * 1024;
    updateDecisions((d) => {
      let next = d;
      if (hwChanged)
        next = setNodeHardware(next, cluster, node, { sockets: s, cores: c, memoryMiB: m * 1024 });
      if (nameCheck.name !== node.name) next = renameNode(next, cluster, node, nameCheck.name);
      return next;
    });
    onDone();
  };

  return (
    <form
      className="dz-form"
      onSubmit={submit}
      aria-label={t('ui.design.editNode', { node: node.name })}
      data-testid={`node-form-${node.name}`}
    >
      <label htmlFor={`${id}-name`}>
        {t('ui.design.name')}
        <input
          id={`${id}-name`}
          className="input"
          value={name}
          onChange={(e) => setName(e.target.value)}
          data-testid="node-name-input"
        />
      </label>
      <label htmlFor={`${id}-s`}>
        {t('ui.design.sockets')}
        <input
          id={`${id}-s`}
          className="input"
          inputMode="numeric"
          value={sockets}
          onChange={(e) => setSockets(e.target.value)}
          data-testid="node-sockets-input"
        />
      </label>
      <label htmlFor={`${id}-c`}>
        {t('ui.design.cores')}
        <input
          id={`${id}-c`}
          className="input"
          inputMode="numeric"
          value={cores}
          onChange={(e) => setCores(e.target.value)}
          data-testid="node-cores-input"
        />
      </label>
      <label htmlFor={`${id}-m`}>
        {t('ui.design.memoryGiB')}
        <input
          id={`${id}-m`}
          className="input"
          inputMode="numeric"
          value={mem}
          onChange={(e) => setMem(e.target.value)}
          data-testid="node-mem-input"
        />
      </label>
      {!nameCheck.ok ? (
        <div className="dz-err" role="alert">
          {nameCheck.code === 'empty'
            ? t('ui.design.err.nameEmpty')
            : t('ui.design.err.nameTaken', { name: nameCheck.name })}
        </div>
      ) : nameCheck.name !== name.trim() ? (
        <div className="dz-hint">{t('ui.design.err.nameNormalised', { name: nameCheck.name })}</div>
      ) : null}
      {!numbersOk ? (
        <div className="dz-err" role="alert">
          {t('ui.design.err.number')}
        </div>
      ) : null}
      <div className="dz-form-actions">
        <button
          type="submit"
          className="btn btn-primary"
          disabled={!nameCheck.ok || !numbersOk}
          data-testid="node-save"
        >
          {t('ui.design.save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('ui.design.cancel')}
        </button>
      </div>
    </form>
  );
}
