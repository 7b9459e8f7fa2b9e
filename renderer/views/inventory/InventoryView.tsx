import { useMemo, useState } from 'react';
import { summarize } from '../../../shared/model/summary';
import { NoProjectView } from '../../components/NoProjectView';
import { formatInt, formatMemory } from '../../components/format';
import { StatCard } from '../../components/StatCard';
import { useT } from '../../state/langStore';
import { useProjectStore } from '../../state/projectStore';
import { ClusterTab } from './ClusterTab';
import { ClusterTable } from './ClusterTable';
import { DatastoreTable } from './DatastoreTable';
import { HostTable } from './HostTable';
import { INVENTORY_TABS, snapshotRows, tabCounts, vmRows, type InventoryTab } from './inventoryRows';
import { InventoryTabs } from './InventoryTabs';
import { LicenceTable } from './LicenceTable';
import { PortGroupTable } from './PortGroupTable';
import { SnapshotTable } from './SnapshotTable';
import { VmTable } from './VmTable';
import { CostHeadlineCard } from '../cost/CostHeadlineCard';
import './inventory.css';

/**
 * Inventory step: headline figures, a per-cluster summary and tabs for VMs, hosts, clusters, datastores,
 * port groups, snapshots and licences — each a searchable, sortable, virtualised table.
 */
export function InventoryView() {
  const t = useT();
  const project = useProjectStore((s) => s.project);
  const inv = project?.inventory;
  const sum = useMemo(() => (inv ? summarize(inv) : null), [inv]);
  const [tab, setTab] = useState<InventoryTab>('vms');
  const vms = useMemo(() => (inv ? vmRows(inv) : []), [inv]);
  const snaps = useMemo(() => (inv ? snapshotRows(inv, new Date()) : []), [inv]);
  const counts = useMemo(() => (inv ? tabCounts(inv, snaps.length) : null), [inv, snaps]);

  if (!inv || !sum || !counts) {
    return <NoProjectView />;
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
      <CostHeadlineCard />
      <div className="panel">
        <h2>{t('ui.inv.perCluster')}</h2>
        <ClusterTable inventory={inv} />
      </div>
      <div className="panel">
        <InventoryTabs
          tabs={INVENTORY_TABS.map((id) => ({ id, label: t(`ui.inv.tab.${id}`, { n: formatInt(t.lang, counts[id]) }) }))}
          value={tab}
          onChange={setTab}
          label={t('ui.inv.tabs')}
        />
        <div role="tabpanel" id="inv-panel" aria-labelledby={`inv-tab-${tab}`} className="inv-panel" data-testid={`inv-panel-${tab}`}>
          {tab === 'vms' ? <VmTable vms={vms} /> : null}
          {tab === 'hosts' ? <HostTable hosts={inv.hosts} /> : null}
          {tab === 'clusters' ? <ClusterTab inventory={inv} /> : null}
          {tab === 'datastores' ? <DatastoreTable datastores={inv.datastores} /> : null}
          {tab === 'networks' ? <PortGroupTable portGroups={inv.portGroups} /> : null}
          {tab === 'snapshots' ? <SnapshotTable rows={snaps} /> : null}
          {tab === 'licences' ? <LicenceTable licences={inv.licenses} /> : null}
        </div>
      </div>
    </section>
  );
}
