import { useMemo, useState } from 'react';
import { conceptTablesFor, PVE_TARGET_LABEL } from '../../../shared/mapping/conceptMap';
import type { PveTarget } from '../../../shared/model/project';
import { RichText } from '../../components/RichText';
import { Segmented } from '../../components/Segmented';
import { useT } from '../../state/langStore';
import { useProjectStore } from '../../state/projectStore';

const TARGETS: readonly PveTarget[] = ['pve8', 'pve9.0', 'pve9.2'];

/**
 * Concept map step: how each vSphere concept lands on Proxmox VE, for the chosen target version. With a
 * project open, the target is the project's assumption (saved with it); without one it is a local choice.
 */
export function MappingView() {
  const t = useT();
  const project = useProjectStore((s) => s.project);
  const setProject = useProjectStore((s) => s.setProject);
  const [localTarget, setLocalTarget] = useState<PveTarget>('pve9.0');
  const target = project?.assumptions.pveTarget ?? localTarget;
  const tables = useMemo(() => conceptTablesFor(target), [target]);

  const choose = (next: PveTarget): void => {
    if (project) setProject({ ...project, assumptions: { ...project.assumptions, pveTarget: next }, meta: { ...project.meta, updatedAt: new Date().toISOString() } });
    else setLocalTarget(next);
  };

  return (
    <section className="view" aria-labelledby="map-title">
      <header className="view-head view-head-row">
        <div>
          <h1 id="map-title">{t('ui.map.title')}</h1>
          <p className="lead">{t('ui.map.lead')}</p>
        </div>
        <div className="field">
          <span className="field-label" id="pve-target-label">
            {t('ui.map.target')}
          </span>
          <Segmented<PveTarget> options={TARGETS.map((x) => ({ value: x, label: t.text(PVE_TARGET_LABEL[x]) }))} value={target} onChange={choose} labelledBy="pve-target-label" />
        </div>
      </header>
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
    </section>
  );
}
