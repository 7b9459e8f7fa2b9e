import type { Text } from '../i18n/text';
import type { ClusterSizing, SizingSource } from './sizing';
import type { BindingConstraint, DesignResult, HaGroup, HaResource, HaRule, NodeOrigin, QdeviceAdvice, ReserveLevel } from './types';

/** `clusters[].sizing` of plan.json: the sizing model's values (provenance per value), added nodes, unplaced VMs. */
export type DesignSizingJson = {
  basis: 'allocated' | 'measured';
  vcpuPerCore: number;
  memoryOvercommit: number;
  hostReserveMiB: number;
  /** ZFS ARC limit per node on top of the host reserve (share of node memory, cap), null when no ZFS. */
  zfsArc: { share: number; maxMiB: number } | null;
  cpuReserve: number;
  headroom: number;
  /** Allocated vCPUs of powered-on VMs ÷ physical cores today; null = unknown. */
  sourceRatio: number | null;
  ratioRisk: boolean;
  hardware: 'keep-current' | 'node-model';
  nodeModel: { sockets: number; cores: number; memoryMiB: number } | null;
  provenance: Record<'basis' | 'vcpuPerCore' | 'memoryOvercommit' | 'hostReserveMiB' | 'cpuReserve' | 'headroom', SizingSource>;
  measured: { vms: number; memoryKnown: number; cpuKnown: number; missingColumns: string[] } | null;
  addedNodes: { name: string; reason: Text }[];
  unplaced: { name: string; reason: Text }[];
  excluded: { name: string; kind: string; reason: Text }[];
};

export function sizingPlanJson(s: ClusterSizing): DesignSizingJson {
  const text = (t: Text): Text => ({ vi: t.vi, en: t.en });
  return {
    basis: s.basis.value,
    vcpuPerCore: s.vcpuPerCore.value,
    memoryOvercommit: s.memoryOvercommit.value,
    hostReserveMiB: s.hostReserveMiB.value,
    zfsArc: s.zfsArc ? { ...s.zfsArc } : null,
    cpuReserve: s.cpuReserveCores.value,
    headroom: s.headroom.value,
    sourceRatio: s.sourceRatio ?? null,
    ratioRisk: s.ratioRisk,
    hardware: s.hardware,
    nodeModel: s.nodeModel ? { ...s.nodeModel.value } : null,
    provenance: {
      basis: s.basis.source,
      vcpuPerCore: s.vcpuPerCore.source,
      memoryOvercommit: s.memoryOvercommit.source,
      hostReserveMiB: s.hostReserveMiB.source,
      cpuReserve: s.cpuReserveCores.source,
      headroom: s.headroom.source,
    },
    measured: s.measured ? { ...s.measured, missingColumns: [...s.measured.missingColumns] } : null,
    addedNodes: s.addedNodes.map((a) => ({ name: a.name, reason: text(a.reason) })),
    unplaced: s.unplaced.map((u) => ({ name: u.name, reason: text(u.reason) })),
    excluded: s.excluded.map((e) => ({ name: e.name, kind: e.kind, reason: text(e.reason) })),
  };
}

export type DesignClusterJson = {
  name: string;
  sourceClusters: string[];
  nodes: { name: string; sockets: number; cores: number; memoryMiB: number; origin: NodeOrigin; isNew: boolean }[];
  /** ESXi hosts of the source clusters today. */
  sourceHosts: number;
  sizing: DesignSizingJson;
  qdevice: { planned: boolean; advice: QdeviceAdvice; votes: number };
  votes: { nodes: number; total: number; quorum: number; toleratedNodeFailures: number };
  reserve: ReserveLevel;
  bindingConstraint: BindingConstraint;
  haPossible: boolean;
  migrationNetwork: string;
  /** null when the node capacity is unknown (no cores or memory known for the node model). */
  lowerBound: number | null;
  minimumNodes: number | null;
};

export type DesignVmTargetJson = { cluster: string; node: string | null; haTier: 1 | 2 | 3 | null };

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
      nodes: c.nodes.map((n) => ({ name: n.name, sockets: n.sockets, cores: n.cores, memoryMiB: n.memoryMiB, origin: n.origin, isNew: n.isNew === true })),
      sourceHosts: c.sourceHostCount,
      sizing: sizingPlanJson(c.sizing),
      qdevice: { planned: c.quorum.qdevice, advice: c.quorum.qdeviceAdvice, votes: c.quorum.qdeviceVotes },
      votes: { nodes: c.quorum.nodeVotes, total: c.quorum.totalVotes, quorum: c.quorum.quorumVotes, toleratedNodeFailures: c.quorum.toleratedNodeFailures },
      reserve: c.reserve,
      bindingConstraint: c.placement.bindingConstraint,
      haPossible: c.quorum.haPossible,
      migrationNetwork: c.networks.migrationSetting,
      lowerBound: Number.isFinite(c.placement.lowerBound) ? c.placement.lowerBound : null,
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
