import { useState } from 'react';
import { PVE_TARGET_LABEL } from '../../../shared/mapping/conceptMap';
import { PVE_TARGETS, type PveTarget } from '../../../shared/model/assumptions';
import { Segmented } from '../../components/Segmented';
import { useT } from '../../state/langStore';
import { usePlanStore } from '../../state/planStore';
import { updateAssumptions } from '../../state/decisions';
import { useProjectStore } from '../../state/projectStore';
import { ConceptMapPanel } from './ConceptMapPanel';
import { MappingTabs, type MappingTab } from './MappingTabs';
import { NetworkMapEditor } from './NetworkMapEditor';
import { StorageMapEditor } from './StorageMapEditor';
import { VmTargetTable } from './VmTargetTable';
import '../readiness/readiness.css';


/**
 * Mapping step: the concept map (how each vSphere concept lands on Proxmox VE for the chosen target
 * version) and, with a project open, the editable network map, storage map and per-VM targets. With a
 * project open, the target version is the project's assumption (saved with it); without one it is local.
 */
export function MappingView() {
  const t = useT();
  const project = useProjectStore((s) => s.project);
  const plan = usePlanStore((s) => s.plan);
  const status = usePlanStore((s) => s.status);
  const [localTarget, setLocalTarget] = useState<PveTarget>('pve9.0');
  const [tab, setTab] = useState<MappingTab>('concept');
  const target = project?.assumptions.pveTarget ?? localTarget;

  const choose = (next: PveTarget): void => {
    if (project) updateAssumptions({ pveTarget: next });
    else setLocalTarget(next);
  };
  const mapping = project ? plan?.mapping : undefined;
  const stale = status === 'running';

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
          <Segmented<PveTarget> options={PVE_TARGETS.map((x) => ({ value: x, label: t.text(PVE_TARGET_LABEL[x]) }))} value={target} onChange={choose} labelledBy="pve-target-label" />
        </div>
      </header>
      <MappingTabs
        label={t('ui.mapping.tabs')}
        value={tab}
        onChange={setTab}
        tabs={[
          { id: 'concept', label: t('ui.mapping.tabConcept') },
          { id: 'network', label: t('ui.mapping.tabNetwork') },
          { id: 'storage', label: t('ui.mapping.tabStorage') },
          { id: 'targets', label: t('ui.mapping.tabTargets') },
        ]}
      />
      {stale && tab !== 'concept' && mapping ? (
        <div className="rd-stale" role="status">
          {t('ui.readiness.stale')}
        </div>
      ) : null}
      <div role="tabpanel" id={`mp-panel-${tab}`} aria-labelledby={`mp-tab-${tab}`} className={`mp-tabpanel${stale && tab !== 'concept' ? ' is-stale' : ''}`}>
        {tab === 'concept' ? (
          <ConceptMapPanel target={target} />
        ) : !project ? (
          <p className="muted">{t('ui.mapping.noProject')}</p>
        ) : !mapping ? (
          <div className="loading" role="status">
            {t('ui.readiness.computing')}
          </div>
        ) : tab === 'network' ? (
          <NetworkMapEditor map={mapping.networkMap} />
        ) : tab === 'storage' ? (
          <StorageMapEditor map={mapping.storageMap} />
        ) : (
          <VmTargetTable vms={mapping.vms} />
        )}
      </div>
    </section>
  );
}
