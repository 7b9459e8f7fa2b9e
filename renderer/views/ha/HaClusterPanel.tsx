import type { ClusterDesign, HaTier } from '../../../shared/design/types';
import type { BundleFile } from '../../../shared/report/configBundle';
import { TextList } from '../../components/TextList';
import { RichText } from '../../components/RichText';
import { useT } from '../../state/langStore';
import { useProjectStore } from '../../state/projectStore';
import { BundlePreview } from './BundlePreview';
import { Priorities } from './Priorities';
import { SchedulerPicker } from './SchedulerPicker';
import { ShutdownPolicyPicker } from './ShutdownPolicyPicker';
import { TierTable } from './TierTable';

type Props = { cluster: ClusterDesign; haTiers: Record<string, HaTier>; files: readonly BundleFile[] };

/** One cluster's HA plan: tiers, rules or groups, repairs and warnings, datacenter options, file preview. */
export function HaClusterPanel({ cluster: c, haTiers, files }: Props) {
  const t = useT();
  const pveTarget = useProjectStore((s) => s.project?.assumptions.pveTarget) ?? 'pve9.0';
  const ha = c.ha;
  const dc = ha.datacenter;
  const nameOf = new Map(ha.resources.map((r) => [r.sid, r.vmName]));
  const crsExtra = `${dc.crs.rebalanceOnStart ? ',ha-rebalance-on-start=1' : ''}${dc.crs.autoRebalance ? ',ha-auto-rebalance=1' : ''}`;

  return (
    <article className="panel dz-card" data-testid={`ha-cluster-${c.name}`} aria-labelledby={`ha-${c.name}`}>
      <div className="dz-card-head">
        <div>
          <h2 id={`ha-${c.name}`}>{c.name}</h2>
          <div className="dz-card-sub">
            {t('ui.design.nodesCount', { n: c.nodes.length })} ·{' '}
            {ha.target === 'pve8' ? 'Proxmox VE 8' : 'Proxmox VE 9'}
          </div>
        </div>
        {!ha.enabled ? <span className="pill pill-warning">{t('ui.ha.disabled')}</span> : null}
      </div>

      <section>
        <h3>{t('ui.ha.tiers')}</h3>
        <TierTable cluster={c} haTiers={haTiers} />
      </section>

      {ha.target === 'pve8' ? (
        <section data-testid="ha-groups">
          <h3>{t('ui.ha.groups')}</h3>
          {ha.groups.length === 0 ? (
            <p className="muted">{t('ui.ha.noGroups')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('ui.ha.colId')}</th>
                    <th scope="col">{t('ui.ha.colNodes')}</th>
                    <th scope="col">{t('ui.ha.colDetail')}</th>
                    <th scope="col">{t('ui.ha.colResources')}</th>
                  </tr>
                </thead>
                <tbody>
                  {ha.groups.map((g) => (
                    <tr key={g.id}>
                      <td className="strong">{g.id}</td>
                      <td>
                        <Priorities nodes={g.nodes} />
                      </td>
                      <td>
                        {[
                          g.restricted ? t('ui.ha.restricted') : null,
                          g.nofailback ? t('ui.ha.nofailback') : null,
                        ]
                          .filter(Boolean)
                          .join(', ') || '—'}
                        {g.comment ? <div className="muted">{g.comment}</div> : null}
                      </td>
                      <td>
                        {ha.resources
                          .filter((r) => r.group === g.id)
                          .map((r) => `${r.sid} (${r.vmName})`)
                          .join(', ') || '—'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : (
        <section data-testid="ha-rules">
          <h3>{t('ui.ha.rules')}</h3>
          {ha.rules.length === 0 ? (
            <p className="muted">{t('ui.ha.noRules')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('ui.ha.colId')}</th>
                    <th scope="col">{t('ui.ha.colType')}</th>
                    <th scope="col">{t('ui.ha.colNodes')}</th>
                    <th scope="col">{t('ui.ha.colResources')}</th>
                  </tr>
                </thead>
                <tbody>
                  {ha.rules.map((r) => (
                    <tr key={r.id}>
                      <td className="strong">
                        {r.id}
                        {r.comment ? (
                          <div className="muted" style={{ fontWeight: 400 }}>
                            {r.comment}
                          </div>
                        ) : null}
                      </td>
                      <td>
                        <code className="inline-code">{r.type}</code>{' '}
                        {r.type === 'node-affinity'
                          ? r.strict
                            ? t('ui.ha.strict')
                            : t('ui.ha.nonStrict')
                          : r.affinity === 'positive'
                            ? t('ui.ha.positive')
                            : t('ui.ha.negative')}
                      </td>
                      <td>{r.type === 'node-affinity' ? <Priorities nodes={r.nodes} /> : '—'}</td>
                      <td style={{ maxWidth: 420 }}>
                        {r.resources
                          .map((sid) => (nameOf.get(sid) ? `${sid} (${nameOf.get(sid)})` : sid))
                          .join(', ')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}

      <div className="dz-cols">
        <section className="dz-box" data-testid="ha-repairs">
          <h3>{t('ui.ha.repairs')}</h3>
          {ha.dropped.length === 0 ? (
            <p className="muted" style={{ margin: 0 }}>
              {t('ui.ha.repairsNone')}
            </p>
          ) : (
            <ul className="dz-explain">
              {ha.dropped.map((d, i) => (
                <li key={i}>
                  <strong>{d.source}</strong>: <RichText text={t.text(d.text)} />
                  {d.replacement ? (
                    <div className="muted">{t('ui.ha.replacement', { r: d.replacement })}</div>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {ha.priorityWarnings.length ? (
            <>
              <h3>{t('ui.ha.priorityWarnings')}</h3>
              <ul className="dz-explain">
                {ha.priorityWarnings.map((w) => (
                  <li key={w.vmKey}>
                    <strong>{w.vmName}</strong>: <RichText text={t.text(w.text)} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <TextList title={t('ui.ha.notes')} items={ha.notes} />
        </section>
        <section className="dz-box" data-testid="ha-datacenter">
          <h3>{t('ui.ha.datacenter')}</h3>
          <p style={{ margin: '0 0 8px' }}>
            <code className="inline-code">{t('ui.ha.crs', { ha: dc.crs.ha, extra: crsExtra })}</code>
          </p>
          <SchedulerPicker
            cluster={c.name}
            target={pveTarget}
            crs={dc.crs.ha}
            autoRebalance={dc.crs.autoRebalance}
          />
          <ShutdownPolicyPicker cluster={c.name} value={dc.shutdownPolicy} />
          <h3>{t('ui.ha.datacenterLines')}</h3>
          <pre className="dz-pre" style={{ maxHeight: 120 }} data-testid={`dc-lines-${c.name}`}>
            {dc.lines.join('\n')}
          </pre>
          {dc.explanation.length ? (
            <ul className="dz-explain">
              {dc.explanation.map((x, i) => (
                <li key={i}>
                  <RichText text={t.text(x)} />
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      </div>

      <section>
        <div className="panel-head">
          <h3 style={{ margin: 0 }}>{t('ui.ha.preview')}</h3>
          <span className="muted">{t('ui.ha.previewHint')}</span>
        </div>
        <BundlePreview key={`${c.name}-${ha.target}`} cluster={c.name} files={files} />
      </section>
    </article>
  );
}
