import type { PveTarget } from '../model/project';
import type { DesignResult, NodePriorities, ResourceState } from './types';

/** The HA simulator's SweepInput shape (shared/ha), built from the design. Priorities: HIGHER number preferred. */
export type DesignSweepInput = {
  nodes: string[];
  /** A QDevice is planned: one extra vote, so a 2-node cluster keeps quorum when one node fails. */
  qdevice?: boolean;
  /** The release the design targets: the simulator offers the dynamic scheduler and auto-rebalancing on 9.2 only. */
  pveTarget?: PveTarget;
  nodeResources: Record<string, { cpus: number; memoryMiB: number }>;
  crs: 'basic' | 'static' | 'dynamic';
  /** datacenter.cfg `crs: ha-auto-rebalance=1` as the design writes it (Proxmox's defaults for its tunables). */
  datacenter?: { autoRebalance?: { enabled: boolean } };
  groups?: { id: string; nodes: NodePriorities; restricted: boolean; nofailback: boolean }[];
  rules?: (
    | { id: string; type: 'node-affinity'; resources: string[]; nodes: NodePriorities; strict: boolean; disabled: boolean }
    | { id: string; type: 'resource-affinity'; resources: string[]; affinity: 'positive' | 'negative'; disabled: boolean }
  )[];
  resources: {
    sid: string;
    node: string;
    state: ResourceState;
    group?: string;
    failback?: boolean;
    maxRestart?: number;
    maxRelocate?: number;
    cores?: number;
    memoryMiB?: number;
  }[];
};

/** The simulator input for one target cluster; undefined when the cluster is not in the design. */
export function toSweepInput(design: DesignResult, clusterName: string): DesignSweepInput | undefined {
  const c = design.clusters.find((x) => x.name === clusterName);
  if (!c) return undefined;
  const nodeResources: DesignSweepInput['nodeResources'] = {};
  for (const n of c.nodes) nodeResources[n.name] = { cpus: n.cores, memoryMiB: n.memoryMiB };
  const out: DesignSweepInput = {
    nodes: c.nodes.map((n) => n.name),
    qdevice: c.quorum.qdevice,
    pveTarget: design.pveTarget,
    nodeResources,
    crs: c.ha.datacenter.crs.ha,
    resources: c.ha.resources.map((r) => ({
      sid: r.sid,
      node: r.node ?? '',
      state: r.state,
      group: r.group,
      failback: c.ha.target === 'pve9' ? r.failback : undefined,
      maxRestart: r.maxRestart,
      maxRelocate: r.maxRelocate,
      cores: r.cores,
      memoryMiB: r.memoryMiB,
    })),
  };
  if (c.ha.datacenter.crs.autoRebalance) out.datacenter = { autoRebalance: { enabled: true } };
  if (c.ha.target === 'pve8') out.groups = c.ha.groups.map((g) => ({ id: g.id, nodes: { ...g.nodes }, restricted: g.restricted, nofailback: g.nofailback }));
  else
    out.rules = c.ha.rules.map((r) =>
      r.type === 'node-affinity'
        ? { id: r.id, type: r.type, resources: [...r.resources], nodes: { ...r.nodes }, strict: r.strict, disabled: false }
        : { id: r.id, type: r.type, resources: [...r.resources], affinity: r.affinity, disabled: false },
    );
  return out;
}
