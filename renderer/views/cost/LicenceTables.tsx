import { editionLabel, SUBSCRIPTION_TIERS, tierLabel, type CostInputs, type CostResult, type HostLicenceRow } from '../../../shared/cost';
import { setClusterTier } from '../../../shared/cost/inputs';
import { formatInt } from '../../components/format';
import { VirtualTable, type VColumn } from '../../components/VirtualTable';
import { useT } from '../../state/langStore';
import { editCostDecisions } from './useCost';

/** VMware: one row per ESXi host with the edition of today and the rule that produced its count. */
export function HostCountTable({ result }: { result: CostResult }) {
  const t = useT();
  const v = result.vmware;
  const columns: VColumn<HostLicenceRow>[] = [
    { key: 'host', label: t('ui.cost.colHost'), width: 'minmax(200px,1.4fr)', wrap: true, render: (r) => <span className="strong cost-host">{r.host}</span> },
    { key: 'cluster', label: t('ui.cost.colCluster'), width: 'minmax(90px,0.7fr)', wrap: true, render: (r) => r.cluster ?? '—' },
    {
      key: 'edition',
      label: t('ui.cost.colEditions'),
      width: 'minmax(190px,1.2fr)',
      wrap: true,
      render: (r) => (
        <span className="cost-editions" title={r.licence}>
          <span>
            {t.text(editionLabel(r.editionToday))}
            {r.editionBasis === 'only-edition' ? <span className="muted"> · {t('ui.cost.basisOnly')}</span> : null}
          </span>
          <span className="muted">
            → {r.quoteEdition ? `${t.text(editionLabel(r.quoteEdition))}${r.quoteEditionAssumed ? ` (${t('ui.cost.assumed')})` : ''}` : '—'}
          </span>
        </span>
      ),
    },
    { key: 'cpus', label: t('ui.cost.colCpus'), width: '56px', align: 'right', render: (r) => formatInt(t.lang, r.cpus) },
    { key: 'cores', label: t('ui.cost.colCoresPerCpu'), width: '90px', align: 'right', render: (r) => formatInt(t.lang, r.coresPerCpu) },
    {
      key: 'licensed',
      label: t('ui.cost.colLicensed'),
      width: '124px',
      align: 'right',
      render: (r) => (r.licensedCores === null ? <span className="pill pill-warning">{t('ui.cost.unknown')}</span> : <span className="strong">{formatInt(t.lang, r.licensedCores)}</span>),
    },
    { key: 'rule', label: t('ui.cost.colRule'), width: 'minmax(240px,2fr)', wrap: true, render: (r) => <span className="cost-rule">{t.text(r.rule)}</span> },
  ];
  return (
    <div className="cost-stack" data-testid="cost-hosts">
      <p className="muted">{t('ui.cost.hostsLead')}</p>
      <VirtualTable rows={v.hosts} columns={columns} rowKey={(r) => r.host} label={t('ui.cost.tabHosts')} rowHeight={58} height={Math.min(520, Math.max(120, v.hosts.length * 58))} />
      <table className="table cost-table" data-testid="cost-orders">
        <thead>
          <tr>
            <th>{t('ui.cost.colEdition')}</th>
            <th className="num">{t('ui.cost.colHosts')}</th>
            <th className="num">{t('ui.cost.colLicensed')}</th>
            <th className="num">{t('ui.cost.colOrdered')}</th>
            <th>{t('ui.cost.colNote')}</th>
          </tr>
        </thead>
        <tbody>
          {v.orders.map((o) => (
            <tr key={o.edition} data-edition={o.edition}>
              <td className="strong">{t.text(editionLabel(o.edition))}</td>
              <td className="num">{formatInt(t.lang, o.hosts)}</td>
              <td className="num">{formatInt(t.lang, o.licensedCores)}</td>
              <td className="num strong" data-testid={`cost-order-${o.edition}`}>
                {formatInt(t.lang, o.orderCores)}
              </td>
              <td>
                {o.minimumApplied ? <span className="pill pill-warning">{t('ui.cost.minimumApplied', { min: 72 })}</span> : null}
                {o.unknownHosts > 0 ? <span className="pill pill-warning">{t('ui.cost.unknownHosts', { n: o.unknownHosts })}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Proxmox: one subscription level per target cluster, over the sockets of every node (added ones included). */
export function ClusterTierTable({ result, inputs }: { result: CostResult; inputs: CostInputs }) {
  const t = useT();
  return (
    <div className="cost-stack" data-testid="cost-clusters">
      <p className="muted">{t('ui.cost.clustersLead')}</p>
      <table className="table cost-table">
        <thead>
          <tr>
            <th>{t('ui.cost.colCluster')}</th>
            <th className="num">{t('ui.cost.colNodes')}</th>
            <th className="num">{t('ui.cost.colAdded')}</th>
            <th className="num">{t('ui.cost.colSockets')}</th>
            <th>{t('ui.cost.colTier')}</th>
          </tr>
        </thead>
        <tbody>
          {result.proxmox.clusters.map((c) => (
            <tr key={c.cluster}>
              <td className="strong">{c.cluster}</td>
              <td className="num">{formatInt(t.lang, c.nodes)}</td>
              <td className="num">{formatInt(t.lang, c.addedNodes)}</td>
              <td className="num" data-testid={`cost-sockets-${c.cluster}`}>
                {formatInt(t.lang, c.sockets)}
                {c.unknownSocketNodes.length > 0 ? <span className="pill pill-warning">{t('ui.cost.unknownSockets', { nodes: c.unknownSocketNodes.join(', ') })}</span> : null}
              </td>
              <td>
                <select
                  aria-label={t('ui.cost.tierOf', { cluster: c.cluster })}
                  value={c.tier}
                  onChange={(e) => {
                    const tier = SUBSCRIPTION_TIERS.find((x) => x === e.target.value);
                    editCostDecisions((d) => setClusterTier(d, c.cluster, tier === inputs.defaultTier ? undefined : tier));
                  }}
                  data-testid={`cost-tier-${c.cluster}`}
                >
                  {SUBSCRIPTION_TIERS.map((x) => (
                    <option key={x} value={x}>
                      {t.text(tierLabel(x))}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
