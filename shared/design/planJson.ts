import type { BindingConstraint, DesignResult, HaGroup, HaResource, HaRule, QdeviceAdvice, ReserveLevel } from './types';

export type DesignClusterJson = {
  name: string;
  sourceClusters: string[];
  nodes: { name: string; sockets: number; cores: number; memoryMiB: number }[];
  qdevice: { planned: boolean; advice: QdeviceAdvice; votes: number };
  votes: { nodes: number; total: number; quorum: number; toleratedNodeFailures: number };
  reserve: ReserveLevel;
  bindingConstraint: BindingConstraint;
  haPossible: boolean;
  migrationNetwork: string;
  lowerBound: number;
  minimumNodes: number | null;
};

export type DesignVmTargetJson = { cluster: string; node: string | null; haTier: 1 | 2 | null };

export type DesignHaJson = {
  target: 'pve9' | 'pve8';
  clusters: {
    cluster: string;
    rules?: HaRule[];
    groups?: HaGroup[];
    resources: Pick<HaResource, 'sid' | 'state' | 'maxRestart' | 'maxRelocate' | 'failback' | 'group' | 'node' | 'tier'>[];
    datacenter: string[];
  }[];
};

/**
 * plan.json fragments for the lead to wire: `clusters[]` additions, per-VM `target.node` / `target.haTier`
 * keyed by VM key, and the `ha` section.
 */
export function designPlanJson(design: DesignResult): { clusters: DesignClusterJson[]; vmTargets: Record<string, DesignVmTargetJson>; ha: DesignHaJson } {
  const vmTargets: Record<string, DesignVmTargetJson> = {};
  const clusters: DesignClusterJson[] = design.clusters.map((c) => {
    const tier = new Map(c.ha.resources.map((r) => [r.vmKey, r.tier]));
    for (const v of c.placement.vms) vmTargets[v.vmKey] = { cluster: c.name, node: v.node ?? null, haTier: tier.get(v.vmKey) ?? null };
    return {
      name: c.name,
      sourceClusters: c.sourceClusters,
      nodes: c.nodes.map((n) => ({ name: n.name, sockets: n.sockets, cores: n.cores, memoryMiB: n.memoryMiB })),
      qdevice: { planned: c.quorum.qdevice, advice: c.quorum.qdeviceAdvice, votes: c.quorum.qdeviceVotes },
      votes: { nodes: c.quorum.nodeVotes, total: c.quorum.totalVotes, quorum: c.quorum.quorumVotes, toleratedNodeFailures: c.quorum.toleratedNodeFailures },
      reserve: c.reserve,
      bindingConstraint: c.placement.bindingConstraint,
      haPossible: c.quorum.haPossible,
      migrationNetwork: c.networks.migrationSetting,
      lowerBound: c.placement.lowerBound,
      minimumNodes: c.placement.minimumNodes ?? null,
    };
  });
  const target = design.pveTarget === 'pve8' ? 'pve8' : 'pve9';
  return {
    clusters,
    vmTargets,
    ha: {
      target,
      clusters: design.clusters.map((c) => ({
        cluster: c.name,
        ...(target === 'pve9' ? { rules: c.ha.rules } : { groups: c.ha.groups }),
        resources: c.ha.resources.map((r) => ({ sid: r.sid, state: r.state, maxRestart: r.maxRestart, maxRelocate: r.maxRelocate, failback: r.failback, group: r.group, node: r.node, tier: r.tier })),
        datacenter: c.ha.datacenter.lines,
      })),
    },
  };
}
