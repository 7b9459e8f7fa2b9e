import { toSweepInput, type ClusterDesign, type DesignResult } from '../design';
import { buildAcceptancePlan, sweep } from '../ha';
import type { MappingResult } from '../mapping';
import type { ClusterHaCheck } from './types';

/** Clusters with more HA resources than this are not swept inside the plan (run `npm run simulate`). */
export const DEFAULT_MAX_SWEEP_RESOURCES = 5000;

/**
 * The HA stage of the plan: per target cluster, the simulator's N-1 sweep and the acceptance test plan.
 * Clusters without HA resources (or fewer than two nodes) and clusters above `maxSweepResources` are listed
 * as skipped with the reason, never dropped.
 */
export function haChecks(design: DesignResult, maxSweepResources: number = DEFAULT_MAX_SWEEP_RESOURCES, mapping?: MappingResult): ClusterHaCheck[] {
  const out: ClusterHaCheck[] = [];
  // The acceptance tests' own VM takes a VMID above every VMID of the plan.
  let maxVmid = 0;
  for (const c of design.clusters) for (const v of c.placement.vms) if (v.vmid > maxVmid) maxVmid = v.vmid;
  const testVmid = Math.max(9000, Math.ceil((maxVmid + 1) / 100) * 100);
  /** A shared storage the cluster's source hosts reach (the test VM's disk must survive a node failure). */
  const sharedStorage = (c: ClusterDesign): string | undefined => {
    const hosts = new Set(c.nodes.map((n) => n.sourceHost).filter((h): h is string => h !== undefined));
    return mapping?.storageMap.entries.find((e) => e.shared && e.hosts.some((h) => hosts.has(h)))?.storage;
  };
  for (const c of design.clusters) {
    const input = toSweepInput(design, c.name);
    if (!input || input.resources.length === 0 || input.nodes.length < 2) {
      out.push({ cluster: c.name, acceptance: [], skipped: 'no-ha-resources' });
      continue;
    }
    if (input.resources.length > maxSweepResources) {
      out.push({ cluster: c.name, acceptance: [], skipped: 'too-large' });
      continue;
    }
    const target = c.ha.target;
    out.push({
      cluster: c.name,
      sweep: sweep(input, 'n-1'),
      acceptance: buildAcceptancePlan({
        ...input,
        clusterName: c.name,
        target,
        testVmid,
        testStorage: sharedStorage(c),
        migrationCidr: c.networks.migration.cidr.startsWith('<') ? undefined : c.networks.migration.cidr,
        corosyncLinks: c.networks.corosyncLinks.length,
      }),
    });
  }
  return out;
}
