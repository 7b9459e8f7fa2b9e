import { conceptTablesFor } from '../../../shared/mapping/conceptMap';
import type { PveTarget } from '../../../shared/model/project';
import { RichText } from '../../components/RichText';
import { useT } from '../../state/langStore';

/** The vSphere → Proxmox concept tables for one target version. */
export function ConceptMapPanel({ target }: { target: PveTarget }) {
  const t = useT();
  const tables = conceptTablesFor(target);
  return (
    <>
      {tables.map((table) => (
        <div className="panel" key={table.id}>
          <div className="panel-head">
            <h2>{t.text(table.title)}</h2>
            <span className="muted">{t('ui.map.rows', { n: table.rows.length })}</span>
          </div>
          <div className="table-wrap">
            <table className="table table-map" data-testid={`concept-${table.id}`}>
              <colgroup>
                <col style={{ width: '16%' }} />
                <col style={{ width: '22%' }} />
                <col style={{ width: '28%' }} />
                <col style={{ width: '34%' }} />
              </colgroup>
              <thead>
                <tr>
                  <th>{t.text(table.topicLabel)}</th>
                  <th>{t('ui.map.colVsphere')}</th>
                  <th>{t('ui.map.colProxmox')}</th>
                  <th>{t('ui.map.colNotes')}</th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r) => (
                  <tr key={r.id}>
                    <td className="strong">
                      {t.text(r.topic)}
                      {r.versionDependent ? (
                        <span className="pill pill-version" title={t('ui.map.versionDependent')}>
                          {t('ui.map.versionDependent')}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      <RichText text={t.text(r.vsphere)} />
                    </td>
                    <td>
                      <RichText text={t.text(r.proxmox)} />
                    </td>
                    <td>
                      <RichText text={t.text(r.notes)} />
                      {r.correction ? (
                        <div className="correction">
                          <strong>{t('ui.map.correction')}: </strong>
                          <RichText text={t.text(r.correction)} />
                        </div>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </>
  );
}
