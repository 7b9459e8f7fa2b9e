import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ClusterDesign } from '../../../shared/design/types';
import type { SizingSource, SizingValue } from '../../../shared/design/sizing';
import { nodeNameFromHost } from '../../../shared/design/names';
import {
  SIZING_BASES,
  addClusterNode,
  isValidSizing,
  setClusterSizing,
  type ClusterSizingDecision,
  type SizingBasis,
} from '../../../shared/model/decisions';
import { formatInt, formatMemory } from '../../components/format';
import { RichText } from '../../components/RichText';
import { useT } from '../../state/langStore';
import { updateDecisions } from '../../state/decisions';
import { parsePositiveInt } from './designEdits';

type NumField = 'vcpuPerCore' | 'memoryOvercommit' | 'hostReserveMiB' | 'cpuReserveCores' | 'headroom';

/** How a field is shown and typed: GiB for the host reserve, % for the headroom, plain numbers else. */
const SCALE: Record<NumField, { toShown(v: number): number; fromShown(v: number): number }> = {
  vcpuPerCore: { toShown: (v) => v, fromShown: (v) => v },
  memoryOvercommit: { toShown: (v) => v, fromShown: (v) => v },
  hostReserveMiB: { toShown: (v) => Math.round((v / 1024) * 100) / 100, fromShown: (v) => Math.round(v * 1024) },
  cpuReserveCores: { toShown: (v) => v, fromShown: (v) => v },
  headroom: { toShown: (v) => Math.round(v * 1000) / 10, fromShown: (v) => v / 100 },
};

function parseNumber(raw: string): number | undefined {
  const s = raw.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return undefined;
  return Number(s);
}

/**
 * The sizing model of one target cluster, every value editable: the change is a decision, the plan worker
 * derives the design again and the cards below show the new placement. Each value says where it came from.
 */
export function SizingPanel({ cluster: c }: { cluster: ClusterDesign }) {
  const t = useT();
  const s = c.sizing;
  const srcLabel = (x: SizingSource) => t(`ui.design.sz.src.${x}`);
  const set = <K extends keyof ClusterSizingDecision>(field: K, value: ClusterSizingDecision[K] | undefined) =>
    updateDecisions((d) => setClusterSizing(d, c.name, field, value));

  const row = (field: NumField, label: string, v: SizingValue<number>, unit: string) => (
    <NumberRow
      key={field}
      cluster={c.name}
      field={field}
      label={label}
      value={v}
      unit={unit}
      source={srcLabel(v.source)}
      onSet={(x) => set(field, x)}
    />
  );

  return (
    <section className="dz-box dz-sizing" data-testid={`sizing-panel-${c.name}`} aria-label={t('ui.design.sz.title')}>
      <h3>{t('ui.design.sz.title')}</h3>
      <table className="table dz-sz-table">
        <thead>
          <tr>
            <th scope="col">{t('ui.design.sz.colParam')}</th>
            <th scope="col">{t('ui.design.sz.colValue')}</th>
            <th scope="col">{t('ui.design.sz.colSource')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('ui.design.sz.basis')}</th>
            <td>
              <select
                className="input"
                value={s.basis.value}
                aria-label={t('ui.design.sz.basis')}
                data-testid={`sz-basis-${c.name}`}
                onChange={(e) => set('basis', e.target.value as SizingBasis)}
              >
                {SIZING_BASES.map((b) => (
                  <option key={b} value={b}>
                    {t(`ui.design.sz.basis.${b}`)}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <SourceCell label={srcLabel(s.basis.source)} onReset={s.basis.source === 'decision' ? () => set('basis', undefined) : undefined} />
            </td>
          </tr>
          {row('vcpuPerCore', t('ui.design.sz.ratio'), s.vcpuPerCore, ':1')}
          {row('memoryOvercommit', t('ui.design.sz.overcommit'), s.memoryOvercommit, '×')}
          {row('hostReserveMiB', t('ui.design.sz.hostReserve'), s.hostReserveMiB, 'GiB')}
          {row('cpuReserveCores', t('ui.design.sz.cpuReserve'), s.cpuReserveCores, t('ui.design.sz.cores'))}
          {s.basis.value === 'measured' ? row('headroom', t('ui.design.sz.headroom'), s.headroom, '%') : null}
          <tr>
            <th scope="row">{t('ui.design.sz.autoAdd')}</th>
            <td>
              <input
                type="checkbox"
                checked={s.autoAddNodes}
                aria-label={t('ui.design.sz.autoAdd')}
                data-testid={`sz-autoadd-${c.name}`}
                onChange={(e) => set('autoAddNodes', e.target.checked ? undefined : false)}
              />
            </td>
            <td />
          </tr>
        </tbody>
      </table>
      <ul className="dz-explain" data-testid={`sz-notes-${c.name}`}>
        {s.vcpuPerCore.note ? (
          <li>
            <RichText text={t.text(s.vcpuPerCore.note)} />
          </li>
        ) : null}
        <li>
          {t('ui.design.sz.today', {
            ratio: s.sourceRatio !== undefined ? `${formatInt(t.lang, s.sourceRatio)}:1` : t('ui.design.unknown'),
            cpu: s.sourceUsage.cpuPct !== undefined ? `${formatInt(t.lang, s.sourceUsage.cpuPct)} %` : t('ui.design.unknown'),
            mem: s.sourceUsage.memoryPct !== undefined ? `${formatInt(t.lang, s.sourceUsage.memoryPct)} %` : t('ui.design.unknown'),
            hosts: formatInt(t.lang, c.sourceHostCount),
          })}
        </li>
        {s.zfsArc ? <li>{t('ui.design.sz.zfs', { pct: Math.round(s.zfsArc.share * 100), max: formatMemory(t.lang, s.zfsArc.maxMiB) })}</li> : null}
        {s.ratioRisk ? (
          <li className="dz-risk" data-testid={`sz-risk-${c.name}`}>
            {t('ui.design.sz.risk', { ratio: s.vcpuPerCore.value, max: s.ratioRiskAbove })}
          </li>
        ) : null}
        {s.measured ? (
          <li data-testid={`sz-measured-${c.name}`}>
            {t('ui.design.sz.measured', {
              mem: formatInt(t.lang, s.measured.memoryKnown),
              cpu: formatInt(t.lang, s.measured.cpuKnown),
              vms: formatInt(t.lang, s.measured.vms),
              cols: s.measured.missingColumns.join(', ') || '—',
            })}
          </li>
        ) : null}
      </ul>
      <NodeModelForm cluster={c} />
      {s.addReason ? (
        <p className="dz-added" data-testid={`sz-added-reason-${c.name}`}>
          <RichText text={t.text(s.addReason)} />
        </p>
      ) : null}
    </section>
  );
}

function SourceCell({ label, onReset }: { label: string; onReset?: () => void }) {
  const t = useT();
  return (
    <span className="dz-src">
      <span className="muted">{label}</span>
      {onReset ? (
        <button type="button" className="btn btn-link" onClick={onReset}>
          {t('ui.design.sz.reset')}
        </button>
      ) : null}
    </span>
  );
}

function NumberRow(props: {
  cluster: string;
  field: NumField;
  label: string;
  value: SizingValue<number>;
  unit: string;
  source: string;
  onSet(v: number | undefined): void;
}) {
  const t = useT();
  const { field, value } = props;
  const shown = SCALE[field].toShown(value.value);
  const [text, setText] = useState(String(shown));
  const [was, setWas] = useState(shown);
  if (was !== shown) {
    // The plan changed underneath (another edit, a reset): show the new value.
    setWas(shown);
    setText(String(shown));
  }
  const parsed = parseNumber(text);
  const v = parsed === undefined ? undefined : SCALE[field].fromShown(parsed);
  const ok = v !== undefined && isValidSizing(field, v);
  const commit = (): void => {
    if (!ok || v === value.value) return;
    props.onSet(v);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Enter') commit();
  };
  const id = `sz-${props.cluster}-${field}`;
  return (
    <tr>
      <th scope="row">
        <label htmlFor={id}>{props.label}</label>
      </th>
      <td>
        <input
          id={id}
          className={`input dz-num${ok ? '' : ' invalid'}`}
          inputMode="decimal"
          value={text}
          aria-invalid={!ok}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={onKey}
          data-testid={id}
        />{' '}
        <span className="muted">{props.unit}</span>
        {!ok ? (
          <div className="dz-err" role="alert">
            {t('ui.design.err.number')}
          </div>
        ) : null}
      </td>
      <td>
        <SourceCell label={props.source} onReset={value.source === 'decision' ? () => props.onSet(undefined) : undefined} />
      </td>
    </tr>
  );
}

/** Node model of proposed nodes (keep the current hosts, or a model the user types) and "add a node". */
function NodeModelForm({ cluster: c }: { cluster: ClusterDesign }) {
  const t = useT();
  const model = c.sizing.nodeModel?.value;
  const [sockets, setSockets] = useState(String(model?.sockets ?? 2));
  const [cores, setCores] = useState(String(model?.cores ?? 32));
  const [mem, setMem] = useState(String(Math.round((model?.memoryMiB ?? 524288) / 1024)));
  const sk = parsePositiveInt(sockets);
  const co = parsePositiveInt(cores);
  const me = parsePositiveInt(mem);
  const typed = sk !== undefined && co !== undefined && me !== undefined ? { sockets: sk, cores: co, memoryMiB: me * 1024 } : undefined;
  const valid = typed !== undefined && isValidSizing('nodeModel', typed);
  const id = `sz-model-${c.name}`;
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (valid) updateDecisions((d) => setClusterSizing(d, c.name, 'nodeModel', typed));
  };
  const addNode = (): void => {
    const hw = typed && valid ? typed : model;
    if (!hw) return;
    const taken = new Set(c.nodes.map((n) => n.name));
    let i = 1;
    let name = nodeNameFromHost(`${c.name}-add${String(i).padStart(2, '0')}`);
    while (taken.has(name)) name = nodeNameFromHost(`${c.name}-add${String(++i).padStart(2, '0')}`);
    updateDecisions((d) => addClusterNode(d, c.name, { name, ...hw }));
  };
  return (
    <form className="dz-form dz-model" onSubmit={submit} aria-label={t('ui.design.sz.model')} data-testid={id}>
      <div className="dz-model-head">
        <strong>{t('ui.design.sz.model')}</strong>{' '}
        <span className="muted" data-testid={`${id}-current`}>
          {c.sizing.hardware === 'node-model'
            ? t('ui.design.sz.modelTyped')
            : model
              ? t('ui.design.sz.modelCurrent', { sockets: model.sockets, cores: model.cores, mem: formatMemory(t.lang, model.memoryMiB) })
              : t('ui.design.sz.modelNone')}
        </span>
      </div>
      <label htmlFor={`${id}-s`}>
        {t('ui.design.sockets')}
        <input id={`${id}-s`} className="input" inputMode="numeric" value={sockets} onChange={(e) => setSockets(e.target.value)} />
      </label>
      <label htmlFor={`${id}-c`}>
        {t('ui.design.cores')}
        <input id={`${id}-c`} className="input" inputMode="numeric" value={cores} onChange={(e) => setCores(e.target.value)} />
      </label>
      <label htmlFor={`${id}-m`}>
        {t('ui.design.memoryGiB')}
        <input id={`${id}-m`} className="input" inputMode="numeric" value={mem} onChange={(e) => setMem(e.target.value)} />
      </label>
      <div className="dz-form-actions">
        <button type="submit" className="btn" disabled={!valid} data-testid={`${id}-apply`}>
          {t('ui.design.sz.useModel')}
        </button>
        {c.sizing.hardware === 'node-model' ? (
          <button type="button" className="btn" onClick={() => updateDecisions((d) => setClusterSizing(d, c.name, 'nodeModel', undefined))}>
            {t('ui.design.sz.keepCurrent')}
          </button>
        ) : null}
        <button type="button" className="btn btn-primary" onClick={addNode} disabled={!valid && !model} data-testid={`sz-add-node-${c.name}`}>
          {t('ui.design.sz.addNode')}
        </button>
      </div>
      {!valid ? (
        <div className="dz-err" role="alert">
          {t('ui.design.err.number')}
        </div>
      ) : null}
    </form>
  );
}
