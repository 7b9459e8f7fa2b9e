import { EmptyState } from '../../components/EmptyState';
import { formatInt } from '../../components/format';
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
  const forProject = usePlanStore((s) => s.forProject);
  const status = usePlanStore((s) => s.status);
  const haPending = usePlanStore((s) => s.haPending);

  if (!project) {
    return <NoProjectView />;
  }
  // A plan of another estate (an import just replaced the project) is never shown under the new name.
  const otherEstate = plan !== null && forProject !== null && forProject.inventory !== project.inventory;
  const clusters = plan?.design.clusters ?? [];
  const totals = plan?.design.totals;
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
      {plan && !otherEstate && totals ? (
        <div className={`dz-totals${totals.unplaced ? ' warn' : ''}`} data-testid="design-totals" data-unplaced={totals.unplaced} data-added={totals.addedNodes}>
          {t('ui.design.totals', { unplaced: formatInt(t.lang, totals.unplaced), added: formatInt(t.lang, totals.addedNodes), excluded: formatInt(t.lang, totals.excluded) })}
        </div>
      ) : null}
      {otherEstate ? (
        <div className="loading" role="status" aria-busy="true" data-testid="design-busy">
          {t('ui.design.busy')}
        </div>
      ) : !plan ? (
        <div className="loading">{t('ui.design.computing')}</div>
      ) : clusters.length === 0 ? (
        <EmptyState title={t('ui.design.noClusters')} body={t('ui.design.noClustersBody')} />
      ) : (
        <div className={status === 'running' && !haPending ? 'dz-stale' : undefined} aria-busy={status === 'running' && !haPending}>
          {clusters.map((c) => (
            <ClusterCard key={c.name} cluster={c} />
          ))}
        </div>
      )}
    </section>
  );
}
