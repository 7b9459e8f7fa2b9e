import { useMemo } from 'react';
import { summarize } from '../../../shared/model/summary';
import { EmptyState } from '../../components/EmptyState';
import { formatInt, formatMemory } from '../../components/format';
import { StatCard } from '../../components/StatCard';
import { useT } from '../../state/langStore';
import { useNavStore } from '../../state/navStore';
import { useProjectStore } from '../../state/projectStore';
import { ClusterTable } from './ClusterTable';
import { VmTable } from './VmTable';

/** Inventory step: headline figures, a per-cluster table and the (virtualised) VM list. */
export function InventoryView() {
  const t = useT();
  const project = useProjectStore((s) => s.project);
  const go = useNavStore((s) => s.go);
  const inv = project?.inventory;
  const sum = useMemo(() => (inv ? summarize(inv) : null), [inv]);

  if (!inv || !sum) {
    return (
      <section className="view">
        <EmptyState title={t('ui.shell.noProject')} body={t('ui.inv.empty')}>
          <button type="button" className="btn btn-primary" onClick={() => go('import')}>
            {t('ui.inv.goImport')}
          </button>
        </EmptyState>
      </section>
    );
  }
  const sources = inv.sources.map((s) => s.server ?? s.key).join(', ');
  const unknown = [
    sum.vmsWithUnknownCpu > 0 ? t('ui.inv.unknownCpu', { n: sum.vmsWithUnknownCpu }) : null,
    sum.vmsWithUnknownMemory > 0 ? t('ui.inv.unknownMem', { n: sum.vmsWithUnknownMemory }) : null,
  ].filter((x): x is string => x !== null);

  return (
    <section className="view" aria-labelledby="inv-title">
      <header className="view-head">
        <h1 id="inv-title">{t('ui.inv.title')}</h1>
        {sources ? <p className="lead">{t('ui.inv.sources', { list: sources })}</p> : null}
      </header>
      <div className="stats" data-testid="inventory-stats">
        <StatCard label={t('ui.inv.vms')} value={formatInt(t.lang, sum.vms)} hint={t('ui.inv.vmsHint')} testId="stat-vms" />
        <StatCard label={t('ui.inv.templates')} value={formatInt(t.lang, sum.templates)} testId="stat-templates" />
        <StatCard label={t('ui.inv.poweredOn')} value={formatInt(t.lang, sum.poweredOn)} testId="stat-poweredOn" />
        <StatCard label={t('ui.inv.hosts')} value={formatInt(t.lang, sum.hosts)} testId="stat-hosts" />
        <StatCard label={t('ui.inv.clusters')} value={formatInt(t.lang, sum.clusters)} testId="stat-clusters" />
        <StatCard label={t('ui.inv.datastores')} value={formatInt(t.lang, sum.datastores)} testId="stat-datastores" />
        <StatCard label={t('ui.inv.vcpus')} value={formatInt(t.lang, sum.vCpus)} hint={unknown[0]} testId="stat-vcpus" />
        <StatCard label={t('ui.inv.memory')} value={formatMemory(t.lang, sum.memoryMiB)} hint={unknown[1]} testId="stat-memory" />
      </div>
      <div className="panel">
        <h2>{t('ui.inv.perCluster')}</h2>
        <ClusterTable inventory={inv} />
      </div>
      <div className="panel">
        <VmTable vms={inv.vms} />
      </div>
    </section>
  );
}
