import type { Decisions } from '../model/project';
import type { HaTier, ReserveLevel, ShutdownPolicy } from './types';

/** New hardware for a target cluster: `count` identical nodes that replace the reused hosts. */
export type NewHardware = { count: number; sockets: number; cores: number; memoryMiB: number; namePrefix?: string };

export type NodeHardware = { sockets?: number; cores?: number; memoryMiB?: number };

/** Decisions for one target cluster, keyed by the target (Proxmox) cluster name. */
export type ClusterDecision = {
  /** Old node name → new node name. */
  renameNodes?: Record<string, string>;
  /** Node name → hardware that replaces the imported figures. */
  nodeHardware?: Record<string, NodeHardware>;
  removeNodes?: string[];
  addNodes?: { name: string; sockets: number; cores: number; memoryMiB: number }[];
  newHardware?: NewHardware;
  reserve?: ReserveLevel;
  /** Force the QDevice on or off (default: follow the even/odd rule). */
  qdevice?: boolean;
  /** Address of the QNetd host, when known. */
  qnetdHost?: string;
  migrationCidr?: string;
  /** Corosync link networks, link0 first. */
  corosyncCidrs?: string[];
  shutdownPolicy?: ShutdownPolicy;
  /** PVE 9.2+ only: automatic rebalancing of HA guests. */
  autoRebalance?: boolean;
  /** Disable HA for the whole cluster. */
  haDisabled?: boolean;
};

/** The design area's part of the project decisions (`decisions.design`). */
export type DesignDecisions = {
  /** vSphere cluster name → target cluster name (rename; two clusters with one target are consolidated). */
  clusterTargets: Record<string, string>;
  clusters: Record<string, ClusterDecision>;
  /** VM key → node name (hard pin). */
  pins: Record<string, string>;
  /** VM key → HA tier. */
  haTiers: Record<string, HaTier>;
  /** VM key → node priorities exactly as the user typed them (HIGHER number = preferred in Proxmox). */
  nodePriorities: Record<string, Record<string, number>>;
  /** Count powered-off VMs in the sizing (default true). */
  includePoweredOff: boolean;
  /** Memory kept free on every node for Proxmox itself (MiB, default 0). */
  hostMemoryReserveMiB: number;
};

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const posInt = (v: unknown): number | undefined => (isNum(v) && v >= 0 ? Math.floor(v) : undefined);

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObj(v)) return out;
  for (const [k, x] of Object.entries(v)) if (typeof x === 'string' && x.trim()) out[k] = x.trim();
  return out;
}

function hardware(v: unknown): NodeHardware | undefined {
  if (!isObj(v)) return undefined;
  return { sockets: posInt(v.sockets), cores: posInt(v.cores), memoryMiB: posInt(v.memoryMiB) };
}

const RESERVES: readonly ReserveLevel[] = ['n+0', 'n+1', 'n+2'];
const POLICIES: readonly ShutdownPolicy[] = ['conditional', 'freeze', 'failover', 'migrate'];

function clusterDecision(v: unknown): ClusterDecision {
  if (!isObj(v)) return {};
  const out: ClusterDecision = {};
  out.renameNodes = stringMap(v.renameNodes);
  if (isObj(v.nodeHardware)) {
    out.nodeHardware = {};
    for (const [k, x] of Object.entries(v.nodeHardware)) {
      const h = hardware(x);
      if (h) out.nodeHardware[k] = h;
    }
  }
  if (Array.isArray(v.removeNodes)) out.removeNodes = v.removeNodes.filter((x): x is string => typeof x === 'string');
  if (Array.isArray(v.addNodes)) {
    out.addNodes = [];
    for (const x of v.addNodes) {
      if (!isObj(x) || typeof x.name !== 'string') continue;
      const s = posInt(x.sockets), c = posInt(x.cores), m = posInt(x.memoryMiB);
      if (s && c && m) out.addNodes.push({ name: x.name, sockets: s, cores: c, memoryMiB: m });
    }
  }
  if (isObj(v.newHardware)) {
    const n = v.newHardware;
    const count = posInt(n.count), s = posInt(n.sockets), c = posInt(n.cores), m = posInt(n.memoryMiB);
    if (count && s && c && m) out.newHardware = { count: Math.min(count, 512), sockets: s, cores: c, memoryMiB: m, namePrefix: typeof n.namePrefix === 'string' ? n.namePrefix : undefined };
  }
  if (typeof v.reserve === 'string' && (RESERVES as readonly string[]).includes(v.reserve)) out.reserve = v.reserve as ReserveLevel;
  if (typeof v.qdevice === 'boolean') out.qdevice = v.qdevice;
  if (typeof v.qnetdHost === 'string') out.qnetdHost = v.qnetdHost;
  if (typeof v.migrationCidr === 'string') out.migrationCidr = v.migrationCidr.trim();
  if (Array.isArray(v.corosyncCidrs)) out.corosyncCidrs = v.corosyncCidrs.filter((x): x is string => typeof x === 'string');
  if (typeof v.shutdownPolicy === 'string' && (POLICIES as readonly string[]).includes(v.shutdownPolicy)) out.shutdownPolicy = v.shutdownPolicy as ShutdownPolicy;
  if (typeof v.autoRebalance === 'boolean') out.autoRebalance = v.autoRebalance;
  if (typeof v.haDisabled === 'boolean') out.haDisabled = v.haDisabled;
  return out;
}

/** Read `decisions.design` defensively: the project file is untrusted input; bad entries are ignored. */
export function readDesignDecisions(decisions: Decisions | undefined): DesignDecisions {
  const raw = decisions?.design;
  const d = isObj(raw) ? raw : {};
  const clusters: Record<string, ClusterDecision> = {};
  if (isObj(d.clusters)) for (const [k, v] of Object.entries(d.clusters)) clusters[k] = clusterDecision(v);
  const haTiers: Record<string, HaTier> = {};
  if (isObj(d.haTiers)) {
    for (const [k, v] of Object.entries(d.haTiers)) if (v === 1 || v === 2 || v === 'none') haTiers[k] = v;
  }
  const nodePriorities: Record<string, Record<string, number>> = {};
  if (isObj(d.nodePriorities)) {
    for (const [k, v] of Object.entries(d.nodePriorities)) {
      if (!isObj(v)) continue;
      const p: Record<string, number> = {};
      for (const [n, x] of Object.entries(v)) {
        const i = posInt(x);
        if (i !== undefined) p[n] = i;
      }
      if (Object.keys(p).length) nodePriorities[k] = p;
    }
  }
  return {
    clusterTargets: stringMap(d.clusterTargets),
    clusters,
    pins: stringMap(d.pins),
    haTiers,
    nodePriorities,
    includePoweredOff: typeof d.includePoweredOff === 'boolean' ? d.includePoweredOff : true,
    hostMemoryReserveMiB: posInt(d.hostMemoryReserveMiB) ?? 0,
  };
}
