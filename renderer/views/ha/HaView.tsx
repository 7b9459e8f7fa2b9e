import { useMemo } from 'react';
import { designDecisions } from '../../../shared/model/decisions';
import { NoProjectView } from '../../components/NoProjectView';
import { bundleFiles } from '../../../shared/report/configBundle';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../state/langStore';
import { usePlanStore } from '../../state/planStore';
import { useProjectStore } from '../../state/projectStore';
import { clusterFiles } from '../design/designRows';
import { PlanStatusNote } from '../design/PlanStatusNote';
import { TargetSelector } from '../design/TargetSelector';
import { HaClusterPanel } from './HaClusterPanel';
import '../design/design.css';

/** HA step: per cluster the tiers, rules (PVE 9) or groups (PVE 8), repairs, datacenter options and a file preview. */
export function HaView() {
  const t = useT();
  const project = useProjectStore((s) => s.project);
  const plan = usePlanStore((s) => s.plan);
  const decisions = project?.decisions;
  const haTiers = useMemo(() => designDecisions(decisions ?? {}).haTiers, [decisions]);
  const bundle = useMemo(() => (plan ? bundleFiles(plan) : []), [plan]);

  if (!project) {
    return <NoProjectView />;
  }
  const clusters = plan?.design.clusters ?? [];
  return (
    <section className="view" aria-labelledby="ha-title" data-testid="ha-view">
      <header className="view-head view-head-row">
        <div>
          <h1 id="ha-title">{t('ui.ha.title')}</h1>
          <p className="lead">{t('ui.ha.lead')}</p>
        </div>
        <TargetSelector />
      </header>
      <div className="dz-convention" role="note" data-testid="priority-convention">
        <strong>{t('ui.ha.priorityConvention')}</strong>
      </div>
      <PlanStatusNote />
      {!plan ? (
        <div className="loading">{t('ui.design.computing')}</div>
      ) : clusters.length === 0 ? (
        <EmptyState title={t('ui.design.noClusters')} body={t('ui.design.noClustersBody')} />
      ) : (
        clusters.map((c) => (
          <HaClusterPanel key={c.name} cluster={c} haTiers={haTiers} files={clusterFiles(bundle, c.name)} />
        ))
      )}
    </section>
  );
}
