import { useMemo } from 'react';
import type { ClusterDesign } from '../../../shared/design/types';
import { HA_RESERVES, setClusterReserve, setKeepAppliance, type ReserveLevel } from '../../../shared/model/decisions';
import { TextList } from '../../components/TextList';
import { formatInt, formatMemory } from '../../components/format';
import { Segmented } from '../../components/Segmented';
import { RichText } from '../../components/RichText';
import { useT } from '../../state/langStore';
import { updateDecisions } from '../../state/decisions';
import { vmsByNode } from './designRows';
import { NodeCard } from './NodeCard';
import { PinEditor } from './PinEditor';
import { SizingPanel } from './SizingPanel';


/** One target cluster: nodes with load, quorum, reserve, sizing, VMs that do not fit, networks. */
export function ClusterCard({ cluster: c }: { cluster: ClusterDesign }) {
  const t = useT();
  const { byNode, unplaced } = useMemo(() => vmsByNode(c), [c]);
  const utilOf = useMemo(
    () => new Map(c.placement.utilisation.map((u) => [u.node, u])),
    [c.placement.utilisation],
  );
  const q = c.quorum;
  const p = c.placement;
  const net = c.networks;
  const reserveLabel = `reserve-${c.name}`;
  const findings = net.findings.filter((f) => f.en !== net.migration.note?.en);
  const migrationProposed = net.migration.source === 'proposed';

  return (
    <article className="panel dz-card" data-testid={`cluster-${c.name}`} aria-labelledby={`cl-${c.name}`}>
      <div className="dz-card-head">
        <div>
          <h2 id={`cl-${c.name}`}>{c.name}</h2>
          <div className="dz-card-sub">
            {t('ui.design.sources', { list: c.sourceClusters.join(', ') || '—' })} ·{' '}
            <span data-testid="cluster-node-count">{t('ui.design.nodesCount', { n: c.nodes.length })}</span> ·{' '}
            {t('ui.design.vmsCount', { n: formatInt(t.lang, p.vms.length) })}
          </div>
        </div>
        <div className="field">
          <span className="field-label" id={reserveLabel}>
            {t('ui.design.reserve')}
          </span>
          <Segmented<ReserveLevel>
            options={HA_RESERVES.map((r) => ({
              value: r,
              label: r.toUpperCase(),
              testId: `reserve-${c.name}-${r}`,
            }))}
            value={c.reserve}
            onChange={(r) => updateDecisions((d) => setClusterReserve(d, c.name, r))}
            labelledBy={reserveLabel}
          />
          <span className="muted" style={{ fontSize: 12 }}>
            {t('ui.design.reserveHint')}
          </span>
        </div>
      </div>

      <SizingPanel cluster={c} />

      <section aria-label={t('ui.design.nodes')}>
        <div className="panel-head" style={{ marginBottom: 6 }}>
          <h3 style={{ margin: 0 }}>{t('ui.design.nodes')}</h3>
          <span className="dz-legend">
            <span>
              <i aria-hidden="true" />
              {t('ui.design.legendNow')}
            </span>
            <span>
              <i className="ghost" aria-hidden="true" />
              {t('ui.design.legendAfter')}
            </span>
          </span>
        </div>
        <div className="dz-grid">
          {c.nodes.map((n) => (
            <NodeCard
              key={n.name}
              cluster={c.name}
              node={n}
              util={utilOf.get(n.name)}
              vms={byNode.get(n.name) ?? []}
              nodes={c.nodes}
            />
          ))}
        </div>
      </section>

      <PinEditor cluster={c} />

      <div className="dz-cols">
        <section className="dz-box" data-testid="quorum">
          <h3>{t('ui.design.quorum')}</h3>
          <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap', marginBottom: 6 }}>
            <span
              className={`pill ${q.qdeviceAdvice === 'required' ? 'pill-warning' : 'pill-info'}`}
              data-testid="qdevice-advice"
              data-advice={q.qdeviceAdvice}
            >
              {t(`ui.design.qdevice.${q.qdeviceAdvice}`)} (
              {q.qdevice ? t('ui.design.qdevicePlanned') : t('ui.design.qdeviceNotPlanned')})
            </span>
            <span
              className={`pill ${q.haPossible ? 'pill-on' : 'pill-error'}`}
              data-testid="ha-possible"
              data-ha={q.haPossible ? 'yes' : 'no'}
            >
              {q.haPossible ? t('ui.design.haPossible') : t('ui.design.haImpossible')}
            </span>
          </div>
          <div>
            {t('ui.design.votes', {
              nodes: q.nodeVotes,
              qdev: q.qdeviceVotes,
              total: q.totalVotes,
              need: q.quorumVotes,
            })}
          </div>
          <div className="muted">{t('ui.design.tolerated', { n: q.toleratedNodeFailures })}</div>
          <ul className="dz-explain">
            {q.explanation.map((x, i) => (
              <li key={i}>
                <RichText text={t.text(x)} />
              </li>
            ))}
          </ul>
          <TextList title={t('ui.design.haOptions')} items={q.options} />
        </section>

        <section className="dz-box" data-testid="sizing">
          <h3>{t('ui.design.sizing')}</h3>
          <dl className="dz-kv">
            <dt>{t('ui.design.binding')}</dt>
            <dd className="strong" data-testid="binding">
              {t(`ui.design.binding.${p.bindingConstraint}`)}
            </dd>
            <dt>{t('ui.design.lowerBound')}</dt>
            <dd data-testid="lower-bound">{Number.isFinite(p.lowerBound) ? formatInt(t.lang, p.lowerBound) : t('ui.design.unknown')}</dd>
            <dt>{t('ui.design.minimumNodes')}</dt>
            <dd data-testid="minimum-nodes">
              {p.minimumNodes === undefined
                ? t('ui.design.minimumUnknown')
                : formatInt(t.lang, p.minimumNodes)}
            </dd>
            <dt>{t('ui.design.plannedNodes')}</dt>
            <dd>{formatInt(t.lang, c.nodes.length)}</dd>
          </dl>
          <p className="muted" style={{ fontSize: 12.5, margin: '8px 0 0' }}>
            <RichText text={t.text(p.bindingExplanation)} />
          </p>
          <p className="muted" style={{ fontSize: 12.5, margin: '6px 0 0' }}>
            {t('ui.design.demand', {
              vcpus: formatInt(t.lang, p.demand.vcpus),
              mem: formatMemory(t.lang, p.demand.memoryMiB),
              vms: formatInt(t.lang, p.demand.vms),
            })}
            {p.demand.sizeUnknown
              ? ` · ${t('ui.design.sizeUnknown', { n: formatInt(t.lang, p.demand.sizeUnknown) })}`
              : ''}
            <br />
            {t('ui.design.refNode', {
              vcpus: formatInt(t.lang, p.nodeCapacity.vcpus),
              mem: formatMemory(t.lang, p.nodeCapacity.memoryMiB),
            })}
          </p>
        </section>
      </div>

      <section className="dz-box" data-testid="networks">
        <h3>{t('ui.design.networks')}</h3>
        <dl className="dz-kv">
          <dt>{t('ui.design.migration')}</dt>
          <dd data-testid="migration-cidr" data-source={net.migration.source}>
            {migrationProposed ? (
              <>
                <span className="pill pill-warning">{t('ui.design.migrationNone')}</span>{' '}
                <code className="inline-code">{net.migration.cidr}</code>
              </>
            ) : (
              <>
                <code className="inline-code">{net.migration.cidr}</code>{' '}
                <span className="muted">
                  {net.migration.portGroups.length
                    ? t('ui.design.fromVmkernel', { pg: net.migration.portGroups.join(', ') })
                    : t(`ui.design.source.${net.migration.source}`)}
                </span>
              </>
            )}
          </dd>
          <dt>{t('ui.design.management')}</dt>
          <dd>
            {net.management.length ? net.management.map((m) => m.cidr).join(', ') : t('ui.design.unknown')}
          </dd>
          <dt>{t('ui.design.storageNet')}</dt>
          <dd>{net.storage.length ? net.storage.map((m) => m.cidr).join(', ') : t('ui.design.none')}</dd>
        </dl>
        {net.migration.note ? (
          <p style={{ fontSize: 12.5, margin: '6px 0 0' }}>
            <RichText text={t.text(net.migration.note)} />
          </p>
        ) : null}
        <p style={{ fontSize: 12.5, margin: '6px 0 0' }}>
          <code className="inline-code">migration: {net.migrationSetting}</code>
        </p>
        <h3>{t('ui.design.corosync')}</h3>
        <table className="table" data-testid="corosync-links">
          <thead>
            <tr>
              <th scope="col">{t('ui.design.colLink')}</th>
              <th scope="col">{t('ui.design.colNetwork')}</th>
              <th scope="col">{t('ui.design.colNote')}</th>
            </tr>
          </thead>
          <tbody>
            {net.corosyncLinks.map((l) => (
              <tr key={l.link}>
                <td>link{l.link}</td>
                <td>
                  <code className="inline-code">{l.network.cidr}</code>
                </td>
                <td style={{ fontSize: 12 }}>
                  <RichText text={t.text(l.note)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {findings.length ? (
          <ul className="dz-explain">
            {findings.map((x, i) => (
              <li key={i}>
                <RichText text={t.text(x)} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section data-testid="unplaced">
        <h3>{t('ui.design.unplaced')}</h3>
        {unplaced.length === 0 ? (
          <p className="muted" style={{ margin: 0 }}>
            {t('ui.design.unplacedNone')}
          </p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('ui.design.colVm')}</th>
                  <th scope="col">{t('ui.design.colSize')}</th>
                  <th scope="col">{t('ui.design.colReason')}</th>
                </tr>
              </thead>
              <tbody>
                {unplaced.slice(0, 500).map((v) => (
                  <tr key={v.vmKey}>
                    <td className="strong">{v.name}</td>
                    <td>
                      {v.sizeUnknown
                        ? t('ui.design.unknown')
                        : t('ui.design.vmSize', { vcpus: v.vcpus, mem: formatMemory(t.lang, v.memoryMiB) })}
                    </td>
                    <td>{v.unplaced ? t.text(v.unplaced.text) : t('ui.design.unknown')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {unplaced.length > 500 ? (
              <p className="muted">{t('ui.design.more', { n: formatInt(t.lang, unplaced.length - 500) })}</p>
            ) : null}
          </div>
        )}
      </section>

      {c.sizing.excluded.length ? (
        <section data-testid={`excluded-${c.name}`}>
          <h3>{t('ui.design.excluded')}</h3>
          <ul className="dz-explain">
            {c.sizing.excluded.map((x) => (
              <li key={x.vmKey}>
                <RichText text={t.text(x.reason)} />
                {x.kind !== 'vcls' ? (
                  <>
                    {' '}
                    <button type="button" className="btn btn-link" onClick={() => updateDecisions((d) => setKeepAppliance(d, x.vmKey, true))}>
                      {t('ui.design.keepAppliance')}
                    </button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {p.ruleFindings.length || c.notes.length ? (
        <section>
          <h3>{t('ui.design.notes')}</h3>
          <ul className="dz-explain">
            {[...c.notes, ...p.ruleFindings].map((x, i) => (
              <li key={i}>
                <RichText text={t.text(x)} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
