import { editionLabel, type CostResult } from '../../../shared/cost';
import { RichText } from '../../components/RichText';
import { useT } from '../../state/langStore';

/** What the edition of today gates, against Proxmox with and without a subscription. */
export function FeaturesPanel({ result }: { result: CostResult }) {
  const t = useT();
  const editions = result.vmware.editionsToday;
  const cell = (has: boolean | null) =>
    has === null ? <span className="muted">{t('ui.cost.unknown')}</span> : <span className={`pill ${has ? 'pill-on' : 'pill-off'}`}>{has ? t('ui.cost.yes') : t('ui.cost.no')}</span>;
  return (
    <div className="cost-stack" data-testid="cost-features">
      <p>
        {t('ui.cost.editionsToday')}{' '}
        {editions.map((e) => (
          <span key={e.edition} className="pill pill-info" title={e.licences.join(', ')}>
            {t('ui.cost.editionHosts', { edition: t.text(editionLabel(e.edition)), n: e.hosts })}
          </span>
        ))}
      </p>
      <div className="table-wrap">
        <table className="table cost-table">
          <thead>
            <tr>
              <th>{t('ui.cost.colFeature')}</th>
              {editions.map((e) => (
                <th key={e.edition}>{t.text(editionLabel(e.edition))}</th>
              ))}
              <th>{t('ui.cost.colProxmoxFree')}</th>
              <th>{t('ui.cost.colProxmoxSub')}</th>
            </tr>
          </thead>
          <tbody>
            {result.features.map((f) => (
              <tr key={f.id} data-feature={f.id}>
                <td className="strong">{t.text(f.feature)}</td>
                {editions.map((e) => {
                  const x = f.today.find((y) => y.edition === e.edition);
                  return (
                    <td key={e.edition} title={x?.basis === 'licence' ? t('ui.cost.basisLicence') : t('ui.cost.basisEdition')}>
                      {cell(x?.has ?? null)}
                    </td>
                  );
                })}
                <td>
                  <RichText text={t.text(f.proxmoxFree)} />
                </td>
                <td className="muted">{t.text(f.proxmoxSubscription)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Licensing and operations notes (version-aware). */
export function NotesPanel({ result }: { result: CostResult }) {
  const t = useT();
  return (
    <div className="table-wrap" data-testid="cost-notes">
      <table className="table cost-table">
        <thead>
          <tr>
            <th>{t('ui.cost.colTopic')}</th>
            <th>VMware by Broadcom</th>
            <th>Proxmox</th>
            <th>{t('ui.cost.colNotes')}</th>
          </tr>
        </thead>
        <tbody>
          {result.notes.map((n) => (
            <tr key={n.id}>
              <td className="strong">{t.text(n.topic)}</td>
              <td>{t.text(n.vmware)}</td>
              <td>
                <RichText text={t.text(n.proxmox)} />
              </td>
              <td className="muted">{n.notes ? <RichText text={t.text(n.notes)} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The assumptions behind the figures, with the calculator version. */
export function AssumptionsPanel({ result }: { result: CostResult }) {
  const t = useT();
  return (
    <div className="table-wrap" data-testid="cost-assumptions">
      <table className="table cost-table">
        <tbody>
          {result.assumptions.map((a) => (
            <tr key={a.id} data-assumption={a.id}>
              <td className="strong">{t.text(a.label)}</td>
              <td>{typeof a.value === 'object' ? t.text(a.value) : typeof a.value === 'boolean' ? (a.value ? t('ui.cost.yes') : t('ui.cost.no')) : String(a.value)}</td>
              <td className="muted small cost-source">{a.source ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
