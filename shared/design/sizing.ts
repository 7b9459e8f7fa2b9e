import type { Text } from '../i18n/text';
import type { MappingResult } from '../mapping';
import type { Assumptions, AssumptionName } from '../model/assumptions';
import type { ClusterSizingDecision, DesignDecisions, NodeModel, SizingBasis } from '../model/decisions';
import type { Host, Inventory, Vm } from '../model/inventory';
import { dt } from './dt';

/**
 * The sizing model of one target cluster: every figure placement uses, with where it came from.
 *
 * - vCPU:core ratio: the user's value, else the ratio the source vSphere cluster runs at today (allocated
 *   vCPUs of its powered-on VMs ÷ its physical cores), never below the `vcpuPerCore` assumption; above
 *   `vcpuPerCoreRisk` it is a risk.
 * - Memory overcommit, host memory reserve per node (+ the ZFS ARC limit when the storage plan puts VM disks
 *   on ZFS), CPU reserve per node: the user's value, else the assumption.
 * - Basis: allocated (configured vCPUs and memory) or measured (vMemory `Consumed`, vCPU `Overall` over the
 *   host's core speed) plus a headroom; a VM whose usage the export does not carry is sized as allocated and
 *   counted as "unknown", never guessed.
 */

/** Where a sizing figure came from. */
export type SizingSource = 'decision' | 'source-cluster' | 'assumption' | 'derived' | 'unknown';

export type SizingValue<T> = { value: T; source: SizingSource; assumption?: AssumptionName; note?: Text };

export type MeasuredCoverage = {
  /** VMs sized (counted). */
  vms: number;
  /** VMs whose measured memory / CPU is known. */
  memoryKnown: number;
  cpuKnown: number;
  /** Columns the export lacks entirely (e.g. `vMemory Consumed`). */
  missingColumns: string[];
};

export type ClusterSizing = {
  basis: SizingValue<SizingBasis>;
  vcpuPerCore: SizingValue<number>;
  /** Allocated vCPUs of the powered-on VMs ÷ physical cores of the source hosts, today (undefined: unknown). */
  sourceRatio?: number;
  sourceVcpus: number;
  sourceCores: number;
  /** The ratio is above the risk threshold. */
  ratioRisk: boolean;
  ratioRiskAbove: number;
  memoryOvercommit: SizingValue<number>;
  /** Memory kept per node for Proxmox VE itself, MiB. */
  hostReserveMiB: SizingValue<number>;
  /** The storage plan puts VM disks of this cluster on ZFS: each node also keeps its ARC limit. */
  zfs: boolean;
  /** ARC limit as a share of node memory and its cap (only when `zfs`). */
  zfsArc?: { share: number; maxMiB: number };
  cpuReserveCores: SizingValue<number>;
  headroom: SizingValue<number>;
  /** Only with the measured basis. */
  measured?: MeasuredCoverage;
  /** vHost `CPU usage %` / `Memory usage %` of the source hosts (weighted by cores / memory); undefined = unknown. */
  sourceUsage: { cpuPct?: number; memoryPct?: number };
  /** `keep-current`: the hosts of today are the nodes; `node-model`: the user typed a model. */
  hardware: 'keep-current' | 'node-model';
  /** Model of proposed nodes (the user's, else the most common current host), undefined when there is none. */
  nodeModel?: SizingValue<NodeModel>;
  autoAddNodes: boolean;
  /** Nodes the planner proposes (or the user added), marked new, with the reason. */
  addedNodes: { name: string; reason: Text }[];
  /** Why nodes were added (binding constraint and numbers); undefined when none were proposed. */
  addReason?: Text;
  /** VMs the plan could not place, each with its reason (too large: with the shortfall). */
  unplaced: { name: string; vmKey: string; reason: Text }[];
  /** VMs that are not workloads: vCLS agents (not migrated) and management appliances (retire, not migrate). */
  excluded: { name: string; vmKey: string; kind: 'vcls' | ApplianceKind; reason: Text }[];
};

export type ApplianceKind = 'vcenter' | 'nsx' | 'aria' | 'witness';

/** vSphere Cluster Services agent VMs: `vCLS-<uuid>` (7.0 U1+) or `vCLS (n)` (7.0 U1 early builds). */
export function isVcls(name: string): boolean {
  return /^vCLS(-[0-9a-f-]+| \(\d+\))?$/i.test(name.trim());
}

const word = (w: string): RegExp => new RegExp(`(^|[^a-z0-9])${w}([^a-z]|$)`, 'i');
const APPLIANCE_PATTERNS: [ApplianceKind, RegExp[]][] = [
  ['witness', [/witness/i]],
  ['vcenter', [/vcenter/i, word('vcsa\\d*'), word('vc\\d*-?vcsa')]],
  ['nsx', [word('nsx[a-z]*\\d*'), /nsx-?(t|v)?-?(manager|mgr|edge|controller)/i]],
  ['aria', [word('aria'), /vrealize/i, word('vrops\\d*'), word('vrli\\d*'), word('vra\\d*'), word('vrni\\d*'), /log-?insight/i]],
];

/** A VMware management appliance the Proxmox estate does not need (by name, guest OS or annotation). */
export function applianceKind(vm: Pick<Vm, 'name' | 'annotation'>): ApplianceKind | undefined {
  const hay = vm.name;
  for (const [kind, res] of APPLIANCE_PATTERNS) if (res.some((re) => re.test(hay))) return kind;
  return undefined;
}

/** A vSAN witness host (the witness appliance seen as a host): not a target cluster. */
export function isWitnessHost(h: Pick<Host, 'name' | 'model'>): boolean {
  return /witness/i.test(h.name) || /VMware Virtual Platform/i.test(h.model ?? '');
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function weighted(hosts: Host[], pct: (h: Host) => number | undefined, weight: (h: Host) => number | undefined): number | undefined {
  let s = 0, w = 0;
  for (const h of hosts) {
    const p = pct(h), wt = weight(h);
    if (p === undefined || wt === undefined || wt <= 0) return undefined;
    s += p * wt;
    w += wt;
  }
  return w > 0 ? Math.round((10 * s) / w) / 10 : undefined;
}

export type SizingInputs = {
  inventory: Inventory;
  assumptions: Assumptions;
  dd: DesignDecisions;
  decision: ClusterSizingDecision | undefined;
  /** Source hosts of the cluster (today). */
  hosts: Host[];
  /** VMs of the cluster (workloads: vCLS and retired appliances already left out). */
  vms: Vm[];
  mapping: MappingResult | undefined;
  /** Most common current node hardware. */
  currentModel?: NodeModel;
};

/** The figures of a cluster's sizing model, each with its provenance (added nodes and unplaced VMs come later). */
export function resolveSizing(i: SizingInputs): ClusterSizing {
  const a = i.assumptions;
  const d = i.decision ?? {};
  const fromDecision = <T>(v: T | undefined, fallback: SizingValue<T>): SizingValue<T> => (v !== undefined ? { value: v, source: 'decision' } : fallback);
  // Source ratio: allocated vCPUs of the powered-on VMs ÷ physical cores, from the imported figures.
  let sourceVcpus = 0;
  for (const v of i.vms) if (v.powerState === 'poweredOn') sourceVcpus += v.cpus ?? 0;
  const cores = i.hosts.map((h) => h.cores ?? (h.sockets && h.coresPerSocket ? h.sockets * h.coresPerSocket : undefined));
  const sourceCores = cores.every((c) => c !== undefined) ? cores.reduce<number>((s, c) => s + (c ?? 0), 0) : 0;
  const sourceRatio = sourceCores > 0 && sourceVcpus > 0 ? round2(sourceVcpus / sourceCores) : undefined;
  const floor = a.vcpuPerCore;
  const ratioDefault: SizingValue<number> =
    sourceRatio !== undefined && sourceRatio > floor
      ? { value: sourceRatio, source: 'source-cluster', note: dt('design.sizing.ratio.source', { ratio: sourceRatio, vcpus: sourceVcpus, cores: sourceCores }) }
      : {
          value: floor,
          source: 'assumption',
          assumption: 'vcpuPerCore',
          note:
            sourceRatio !== undefined
              ? dt('design.sizing.ratio.floor', { ratio: sourceRatio, vcpus: sourceVcpus, cores: sourceCores, floor })
              : dt('design.sizing.ratio.unknown', { floor }),
        };
  const vcpuPerCore = fromDecision(d.vcpuPerCore, ratioDefault);
  const hostReserve: SizingValue<number> =
    d.hostReserveMiB !== undefined
      ? { value: d.hostReserveMiB, source: 'decision' }
      : i.dd.hostMemoryReserveMiB > 0
        ? { value: i.dd.hostMemoryReserveMiB, source: 'decision' }
        : { value: a.hostMemoryReserveMiB, source: 'assumption', assumption: 'hostMemoryReserveMiB' };
  let zfs = false;
  if (i.mapping) {
    outer: for (const v of i.vms) {
      const t = i.mapping.vms[v.key];
      if (!t) continue;
      for (const disk of t.disks) if (disk.storageType === 'zfspool') { zfs = true; break outer; }
    }
  }
  const basis = fromDecision<SizingBasis>(d.basis, { value: a.sizingBasis, source: 'assumption', assumption: 'sizingBasis' });
  const sizing: ClusterSizing = {
    basis,
    vcpuPerCore,
    sourceRatio,
    sourceVcpus,
    sourceCores,
    ratioRisk: vcpuPerCore.value > a.vcpuPerCoreRisk,
    ratioRiskAbove: a.vcpuPerCoreRisk,
    memoryOvercommit: fromDecision(d.memoryOvercommit, { value: a.memoryOvercommit, source: 'assumption', assumption: 'memoryOvercommit' }),
    hostReserveMiB: hostReserve,
    zfs,
    zfsArc: zfs ? { share: a.zfsArcShare, maxMiB: a.zfsArcMaxMiB } : undefined,
    cpuReserveCores: fromDecision(d.cpuReserveCores, { value: a.cpuReserveCores, source: 'assumption', assumption: 'cpuReserveCores' }),
    headroom: fromDecision(d.headroom, { value: a.measuredHeadroom, source: 'assumption', assumption: 'measuredHeadroom' }),
    sourceUsage: {
      cpuPct: weighted(i.hosts, (h) => h.cpuUsagePct, (h) => h.cores),
      memoryPct: weighted(i.hosts, (h) => h.memoryUsagePct, (h) => h.memoryMiB),
    },
    hardware: d.nodeModel ? 'node-model' : 'keep-current',
    nodeModel: d.nodeModel ? { value: d.nodeModel, source: 'decision' } : i.currentModel ? { value: i.currentModel, source: 'derived' } : undefined,
    autoAddNodes: d.autoAddNodes ?? true,
    addedNodes: [],
    unplaced: [],
    excluded: [],
  };
  return sizing;
}

/** Memory a node keeps for Proxmox VE (+ the ZFS ARC limit when the cluster uses ZFS). */
export function nodeMemoryReserveMiB(sizing: ClusterSizing, nodeMemoryMiB: number): number {
  const arc = sizing.zfsArc ? Math.min(sizing.zfsArc.maxMiB, Math.round(nodeMemoryMiB * sizing.zfsArc.share)) : 0;
  return sizing.hostReserveMiB.value + arc;
}

export type VmSize = { vcpus?: number; memoryMiB?: number; measuredMemory: boolean; measuredCpu: boolean; configured: { vcpus?: number; memoryMiB?: number } };

/**
 * The size placement uses for one VM: the per-VM target of the mapping step (a core or memory override
 * counts), else the imported size; with the measured basis, usage × (1 + headroom) where the export has it.
 */
export function vmSize(vm: Vm, mapping: MappingResult | undefined, sizing: ClusterSizing, coreMHz: number | undefined): VmSize {
  const t = mapping?.vms[vm.key];
  const sockets = t?.sockets.value;
  const tcores = t?.cores.value;
  let vcpus = sockets !== undefined && tcores !== undefined ? sockets * tcores : vm.cpus;
  let memoryMiB = t?.memoryMiB.value ?? vm.memoryMiB;
  const configured = { vcpus, memoryMiB };
  let measuredMemory = false, measuredCpu = false;
  if (sizing.basis.value === 'measured') {
    const h = 1 + sizing.headroom.value;
    const overridden = new Set(t?.overridden ?? []);
    if (vm.memoryConsumedMiB !== undefined && !overridden.has('memoryMiB')) {
      const m = Math.ceil(vm.memoryConsumedMiB * h);
      memoryMiB = memoryMiB === undefined ? m : Math.min(memoryMiB, m);
      measuredMemory = true;
    }
    if (vm.cpuUsageMHz !== undefined && coreMHz && coreMHz > 0 && !overridden.has('cores') && !overridden.has('sockets')) {
      // Busy cores × (1 + headroom), expressed in the vCPUs the ratio plans per core.
      const busyCores = vm.cpuUsageMHz / coreMHz;
      const v = Math.round(busyCores * h * sizing.vcpuPerCore.value * 100) / 100;
      vcpus = vcpus === undefined ? v : Math.min(Math.max(v, 0), vcpus * sizing.vcpuPerCore.value);
      measuredCpu = true;
    }
  }
  return { vcpus, memoryMiB, measuredMemory, measuredCpu, configured };
}
