import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../state/langStore';
import { NoProjectView } from '../../components/NoProjectView';
import { usePlanStore } from '../../state/planStore';
import { useProjectStore } from '../../state/projectStore';
import { ClusterCard } from './ClusterCard';
import { PlanStatusNote } from './PlanStatusNote';
import { TargetSelector } from './TargetSelector';
import './design.css';

/** Design step: one card per target Proxmox cluster (nodes, load, quorum, reserve, sizing, pins, networks). */
export function DesignView() {
  const t = useT();
  const project = useProjectStore((s) => s.project);
  const plan = usePlanStore((s) => s.plan);

  if (!project) {
    return <NoProjectView />;
  }
  const clusters = plan?.design.clusters ?? [];
  return (
    <section className="view" aria-labelledby="dz-title" data-testid="design-view">
      <header className="view-head view-head-row">
        <div>
          <h1 id="dz-title">{t('ui.design.title')}</h1>
          <p className="lead">{t('ui.design.lead')}</p>
        </div>
        <TargetSelector />
      </header>
      <PlanStatusNote />
      {!plan ? (
        <div className="loading">{t('ui.design.computing')}</div>
      ) : clusters.length === 0 ? (
        <EmptyState title={t('ui.design.noClusters')} body={t('ui.design.noClustersBody')} />
      ) : (
        clusters.map((c) => <ClusterCard key={c.name} cluster={c} />)
      )}
    </section>
  );
}
