import { tt } from '../i18n';
import { isRecord, shown, type ReadFinding } from './readFinding';

/**
 * The user's decisions: inputs saved in the project, never overwritten by a later import. One schema per
 * area, one reader (`readDecisions`) for untrusted input — a project file, an autosave, a hand-built
 * object — and the pure edit functions the views use. Every enum list the views offer is exported here.
 *
 * The reader keeps what it does not know: an area, or a field inside an entry, that this version does not
 * know is carried over unchanged (a project file from another version may hold it). A known value of the
 * wrong type or out of range is dropped (the derived value is used again) with a coded finding.
 */

// ----- enum lists ------------------------------------------------------------------------------------

/** Spare nodes kept per cluster: none, one or two. */
export const HA_RESERVES = ['n+0', 'n+1', 'n+2'] as const;
export type ReserveLevel = (typeof HA_RESERVES)[number];

/** Sizing basis: `allocated` (the VMs' configured vCPUs and memory) or `measured` (the usage RVTools recorded). */
export const SIZING_BASES = ['allocated', 'measured'] as const;
export type SizingBasis = (typeof SIZING_BASES)[number];

/** Datacenter HA shutdown policy (`datacenter.cfg` `ha: shutdown_policy=`). */
export const SHUTDOWN_POLICIES = ['conditional', 'freeze', 'failover', 'migrate'] as const;
export type ShutdownPolicy = (typeof SHUTDOWN_POLICIES)[number];
/** The HA schedulers a plan can choose (`crs: ha=`); `basic` (count only) is never proposed. */
export const CRS_MODES = ['static', 'dynamic'] as const;
export type CrsMode = (typeof CRS_MODES)[number];

/** HA tier of a VM: 1 (restart first), 2, 3 (still HA-managed, least effort), or not HA-managed. */
export const HA_TIERS = [1, 2, 3, 'none'] as const;
export type HaTier = (typeof HA_TIERS)[number];

/** Proxmox storage types a datastore can land on. */
export const STORAGE_TYPES = ['nfs', 'lvm', 'lvmthin', 'zfspool', 'rbd', 'zfs', 'dir', 'cifs', 'cephfs', 'iscsi'] as const;
export type PveStorageType = (typeof STORAGE_TYPES)[number];

/** `qm` ostype values. */
export const OSTYPES = ['other', 'wxp', 'w2k', 'w2k3', 'w2k8', 'wvista', 'win7', 'win8', 'win10', 'win11', 'l24', 'l26', 'solaris'] as const;
export type Ostype = (typeof OSTYPES)[number];

/** `qm` scsihw values. */
export const SCSIHW = ['lsi', 'lsi53c810', 'virtio-scsi-pci', 'virtio-scsi-single', 'megasas', 'pvscsi'] as const;
export type Scsihw = (typeof SCSIHW)[number];

/** NIC models QEMU on Proxmox offers. */
export const NIC_MODELS = ['e1000', 'e1000-82540em', 'e1000-82544gc', 'e1000-82545em', 'e1000e', 'i82551', 'i82557b', 'i82559er', 'ne2k_isa', 'ne2k_pci', 'pcnet', 'rtl8139', 'virtio', 'vmxnet3'] as const;
export type NicModel = (typeof NIC_MODELS)[number];

export const BIOS_TYPES = ['seabios', 'ovmf'] as const;
export type BiosType = (typeof BIOS_TYPES)[number];
export const MACHINE_TYPES = ['pc', 'q35'] as const;
export type MachineType = (typeof MACHINE_TYPES)[number];
/** `virtio`: VirtIO devices; `first-boot`: emulated until VirtIO drivers are in; `emulated`: emulated only. */
export const TARGET_PROFILES = ['virtio', 'first-boot', 'emulated'] as const;
export type TargetProfile = (typeof TARGET_PROFILES)[number];

/** Names Proxmox accepts: a bridge (`vmbr0`), a storage id, a CPU type, a VM name. */
export const BRIDGE_RE = /^[A-Za-z][A-Za-z0-9_.-]{0,14}$/;
/** pve-storage `pve-storage-id`: a letter, then letters, digits, `-`, `_`, `.`, ending in a letter or digit. */
export const STORAGE_ID_RE = /^[a-z][a-z0-9._-]*[a-z0-9]$/i;
export const CPU_TYPE_RE = /^[A-Za-z0-9_.-]+$/;
export const VM_NAME_RE = /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/;
export const VMID_MIN = 100;
export const VMID_MAX = 999_999_999;
export const VLAN_MIN = 1;
export const VLAN_MAX = 4094;
/** Largest count of new nodes a cluster decision may ask for. */
export const MAX_NEW_NODES = 512;

// ----- schema ----------------------------------------------------------------------------------------

/**
 * Per-VM target overrides (`decisions.vmOverrides[vmKey]`). Disks and NICs are addressed by key:
 * `disk:<label>.storage`, `disk:<label>.storageType`, `net<N>.bridge`, `net<N>.tag` (null = untagged),
 * `net<N>.model`.
 */
export type VmOverride = {
  vmid?: number;
  name?: string;
  cluster?: string;
  cpu?: string;
  sockets?: number;
  cores?: number;
  memoryMiB?: number;
  balloonMiB?: number;
  ostype?: Ostype;
  bios?: BiosType;
  machine?: MachineType;
  profile?: TargetProfile;
  scsihw?: Scsihw;
  storage?: string;
  storageType?: PveStorageType;
  bridge?: string;
  nicModel?: NicModel;
  agent?: boolean;
  [disk: `disk:${string}.storage`]: string;
  [disk: `disk:${string}.storageType`]: PveStorageType;
  [nic: `net${number}.bridge`]: string;
  [nic: `net${number}.tag`]: number | null;
  [nic: `net${number}.model`]: NicModel;
};
export type VmOverrideField = Exclude<keyof VmOverride, `disk:${string}` | `net${number}.${string}`>;

/** A readiness finding the user acknowledged (`decisions.acknowledged[ackKey(vm, rule)]`). */
export type Acknowledgement = { note: string; at: string };
/** Port group → bridge and VLAN tag (`decisions.networkMap[portGroup]`); tag null = untagged. */
export type NetworkOverride = { bridge?: string; tag?: number | null };
/** Datastore → Proxmox storage (`decisions.storageMap[datastore]`). */
export type StorageOverride = { storage?: string; type?: PveStorageType; capacityMiB?: number };
/**
 * A row of a checklist or acceptance test as the team filled it in (`decisions.checklist[key]`): done and
 * when, who owns (or ran) it, the actual result, a note.
 */
export type ChecklistTick = { done: boolean; at: string; owner?: string; actual?: string; note?: string };
export const CHECKLIST_TEXT_MAX = 2000;

/** New hardware for a target cluster: `count` identical nodes that replace the reused hosts. */
export type NewHardware = { count: number; sockets: number; cores: number; memoryMiB: number; namePrefix?: string };
export type NodeHardware = { sockets?: number; cores?: number; memoryMiB?: number };

/** A node model the user typed in for a target cluster (used for proposed and added nodes). */
export type NodeModel = { sockets: number; cores: number; memoryMiB: number };

/**
 * The sizing model of one target cluster as the user changed it (`clusters[name].sizing`); a field left out
 * takes its derived or assumed default (shared/model/assumptions.ts, shared/design/sizing.ts).
 */
export type ClusterSizingDecision = {
  vcpuPerCore?: number;
  memoryOvercommit?: number;
  /** Memory kept per node for Proxmox VE itself, MiB (the ZFS ARC comes on top when the plan uses ZFS). */
  hostReserveMiB?: number;
  /** Physical cores per node kept for Proxmox VE itself. */
  cpuReserveCores?: number;
  basis?: SizingBasis;
  /** Headroom on measured usage (0.2 = 20 %). */
  headroom?: number;
  /** Hardware of proposed nodes (default: the current hosts' most common model). */
  nodeModel?: NodeModel;
  /** Propose nodes when the hosts are not enough (default true). */
  autoAddNodes?: boolean;
};

/** Allowed ranges of the sizing decision fields (the views parse with the same rules). */
export const SIZING_RANGES = {
  vcpuPerCore: { min: 0.5, max: 64 },
  memoryOvercommit: { min: 0.5, max: 4 },
  hostReserveMiB: { min: 0, max: 1_048_576 },
  cpuReserveCores: { min: 0, max: 64 },
  headroom: { min: 0, max: 5 },
  sockets: { min: 1, max: 16 },
  cores: { min: 1, max: 4096 },
  memoryMiB: { min: 1024, max: 64 * 1024 * 1024 },
} as const;

/** Decisions for one target cluster, keyed by the target (Proxmox) cluster name. */
export type ClusterDecision = {
  /** The cluster's sizing model as the user changed it. */
  sizing?: ClusterSizingDecision;
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
  /** HA scheduler (`crs: ha=`): `static` (configured size, default) or `dynamic` (measured usage, PVE 9.2+ only). */
  crs?: CrsMode;
  /** Disable HA for the whole cluster. */
  haDisabled?: boolean;
};

/** VM keys the user keeps as workloads although the plan would retire them (vCenter, NSX, … appliances). */
export type MigrateAnyway = Record<string, boolean>;

/** The design area's decisions (`decisions.design`), every field present (see `designDecisions`). */
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
  /** Memory kept free on every node for Proxmox itself (MiB, default 0 = the assumption `hostMemoryReserveMiB`). */
  hostMemoryReserveMiB: number;
  /** VM key → true: a management appliance (vCenter, NSX, Aria, witness) the user migrates anyway. */
  keepAppliances: Record<string, boolean>;
};

/** How a VM is moved: cold import (source off, disks copied, then start), live import (`live-restore`: the VM
 * starts at once and its disks are copied in the background), or restore from a backup. */
export const MIGRATION_METHODS = ['cold-import', 'live-import', 'restore'] as const;
export type MigrationMethod = (typeof MIGRATION_METHODS)[number];

/** Wave ids: `w1`, `w2`, … (the number orders the waves). */
export const WAVE_ID_RE = /^w[1-9]\d{0,3}$/;
/** A wave's start: a date (`2026-12-05`) or a local date and time (`2026-12-05T22:00`). */
export const WAVE_START_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d)?$/;
export const WAVE_NAME_MAX = 80;
export const WAVE_WINDOW_MIN_HOURS = 0.5;
export const WAVE_WINDOW_MAX_HOURS = 720;

/** One wave as the user set it up (`decisions.waves.waves[waveId]`). */
export type WaveDecision = { name?: string; start?: string; windowHours?: number };

/** The waves area (`decisions.waves`), every field present (see `wavesDecisions`). */
export type WavesDecisions = {
  /** VM key → wave id: the user moved (or locked) the VM there; the planner never moves it. */
  assign: Record<string, string>;
  /** Wave id → name, start, maintenance window. */
  waves: Record<string, WaveDecision>;
  /** VM key → migration method (default: the `migrationMethod` assumption). */
  method: Record<string, MigrationMethod>;
  /** Port groups with no uplink (not in RVTools): the VMs on one of them move in the same wave. */
  isolatedNetworks: string[];
};

/** Every decision area. All are optional: `{}` is a project without decisions. */
export type Decisions = {
  vmOverrides?: Record<string, VmOverride>;
  acknowledged?: Record<string, Acknowledgement>;
  /** VM identity (UUID) → VMID, kept stable across re-imports. */
  vmidByUuid?: Record<string, number>;
  /** Target cluster → CPU type. */
  clusterCpuType?: Record<string, string>;
  networkMap?: Record<string, NetworkOverride>;
  storageMap?: Record<string, StorageOverride>;
  design?: Partial<DesignDecisions>;
  checklist?: Record<string, ChecklistTick>;
  waves?: Partial<WavesDecisions>;
  /**
   * Areas owned by layers above the model, each read and checked by its own reader (this module cannot
   * know their types without importing upwards): `cost` → shared/cost/inputs.ts `readCostInputs`.
   */
  cost?: unknown;
};

export const DEFAULT_DESIGN_DECISIONS: Readonly<DesignDecisions> = {
  clusterTargets: {},
  clusters: {},
  pins: {},
  haTiers: {},
  nodePriorities: {},
  includePoweredOff: true,
  hostMemoryReserveMiB: 0,
  keepAppliances: {},
};

export const DEFAULT_WAVES_DECISIONS: Readonly<WavesDecisions> = { assign: {}, waves: {}, method: {}, isolatedNetworks: [] };

export function ackKey(vmKey: string, ruleId: string): string {
  return `${vmKey}|${ruleId}`;
}

export function checklistKey(cluster: string, caseId: string): string {
  return `${cluster}/${caseId}`;
}

// ----- value rules -----------------------------------------------------------------------------------

type Check = (v: unknown) => boolean;
const int = (min: number, max: number): Check => (v) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const matches = (re: RegExp): Check => (v) => typeof v === 'string' && re.test(v);
const oneOf = (values: readonly unknown[]): Check => (v) => values.includes(v);
const isBool: Check = (v) => typeof v === 'boolean';
const tag: Check = (v) => v === null || int(VLAN_MIN, VLAN_MAX)(v);
const MEMORY_MAX_MIB = 64 * 1024 * 1024;

const VM_OVERRIDE_RULES: { readonly [K in VmOverrideField]-?: Check } = {
  vmid: int(VMID_MIN, VMID_MAX),
  name: matches(VM_NAME_RE),
  cluster: matches(/^.+$/),
  cpu: matches(CPU_TYPE_RE),
  sockets: int(1, 64),
  cores: int(1, 1024),
  memoryMiB: int(16, MEMORY_MAX_MIB),
  balloonMiB: int(0, MEMORY_MAX_MIB),
  ostype: oneOf(OSTYPES),
  bios: oneOf(BIOS_TYPES),
  machine: oneOf(MACHINE_TYPES),
  profile: oneOf(TARGET_PROFILES),
  scsihw: oneOf(SCSIHW),
  storage: matches(STORAGE_ID_RE),
  storageType: oneOf(STORAGE_TYPES),
  bridge: matches(BRIDGE_RE),
  nicModel: oneOf(NIC_MODELS),
  agent: isBool,
};

/** The rule for one override key, or undefined for a key this version does not know. */
function vmOverrideRule(key: string): Check | undefined {
  if (Object.hasOwn(VM_OVERRIDE_RULES, key)) return VM_OVERRIDE_RULES[key as VmOverrideField];
  if (/^disk:.+\.storage$/s.test(key)) return VM_OVERRIDE_RULES.storage;
  if (/^disk:.+\.storageType$/s.test(key)) return VM_OVERRIDE_RULES.storageType;
  if (/^net\d+\.bridge$/.test(key)) return VM_OVERRIDE_RULES.bridge;
  if (/^net\d+\.tag$/.test(key)) return tag;
  if (/^net\d+\.model$/.test(key)) return VM_OVERRIDE_RULES.nicModel;
  return undefined;
}

/** Whether `value` is a valid override for `key` (the views parse their input with the same rules). */
export function isValidVmOverride(key: string, value: unknown): boolean {
  const rule = vmOverrideRule(key);
  return rule ? rule(value) : false;
}

/** One disk's or NIC's override from a VM's overrides (typed access to the keyed fields). */
export function diskOverride<F extends 'storage' | 'storageType'>(o: VmOverride, label: string, field: F): VmOverride[`disk:${string}.${F}`] | undefined {
  return o[`disk:${label}.${field}` as `disk:${string}.${F}`];
}
export function nicOverride<F extends 'bridge' | 'tag' | 'model'>(o: VmOverride, slot: string, field: F): VmOverride[`net${number}.${F}`] | undefined {
  return o[`${slot}.${field}` as `net${number}.${F}`];
}

// ----- the reader ------------------------------------------------------------------------------------

export type DecisionsRead = { decisions: Decisions; findings: ReadFinding[] };

type Sink = { findings: ReadFinding[] };

const at = (path: string, key: string): string => `${path}[${JSON.stringify(key)}]`;

function invalid(s: Sink, path: string, value: unknown): void {
  s.findings.push({ code: 'DECISION_INVALID', path, message: tt('model.decisions.invalid', { path, value: shown(value) }) });
}

/** A record area read entry by entry: `read` returns the kept entry or undefined (already reported). */
function readMap<T>(s: Sink, path: string, raw: unknown, read: (v: unknown, path: string) => T | undefined): Record<string, T> | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    invalid(s, path, raw);
    return undefined;
  }
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(raw)) {
    const p = at(path, k);
    const r = read(v, p);
    if (r !== undefined) out[k] = r;
  }
  return out;
}

/** A value checked by a rule (reported and dropped when it fails). */
function checked<T>(s: Sink, path: string, v: unknown, rule: Check): T | undefined {
  if (rule(v)) return v as T;
  invalid(s, path, v);
  return undefined;
}

/** An object entry: known fields checked, unknown fields kept, dropped when no known field is left. */
function readEntry<T extends object>(s: Sink, path: string, v: unknown, rules: Record<string, Check>, keep: (out: Record<string, unknown>) => boolean): T | undefined {
  if (!isRecord(v)) {
    invalid(s, path, v);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const rule = rules[k];
    if (!rule) out[k] = x;
    else if (rule(x)) out[k] = x;
    else if (x !== undefined) invalid(s, `${path}.${k}`, x);
  }
  if (!keep(out)) return undefined;
  return out as T;
}

function readVmOverride(s: Sink, path: string, v: unknown): VmOverride | undefined {
  if (!isRecord(v)) {
    invalid(s, path, v);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const rule = vmOverrideRule(k);
    if (!rule || rule(x)) out[k] = x;
    else if (x !== undefined) invalid(s, `${path}.${k}`, x);
  }
  return out as VmOverride;
}

const posInt = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : undefined);

function stringMap(s: Sink, path: string, v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (v === undefined) return out;
  if (!isRecord(v)) {
    invalid(s, path, v);
    return out;
  }
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === 'string' && x.trim()) out[k] = x.trim();
    else invalid(s, at(path, k), x);
  }
  return out;
}

function stringList(s: Sink, path: string, v: unknown): string[] | undefined {
  if (!Array.isArray(v)) {
    invalid(s, path, v);
    return undefined;
  }
  const out = v.filter((x): x is string => typeof x === 'string');
  if (out.length !== v.length) invalid(s, path, v.filter((x) => typeof x !== 'string'));
  return out;
}

const inRange = (r: { min: number; max: number }): Check => (v) => typeof v === 'number' && Number.isFinite(v) && v >= r.min && v <= r.max;

/** Whether a node model is valid (whole sockets and cores, memory in range). */
export function isValidNodeModel(m: unknown): m is NodeModel {
  return (
    isRecord(m) &&
    int(SIZING_RANGES.sockets.min, SIZING_RANGES.sockets.max)(m.sockets) &&
    int(SIZING_RANGES.cores.min, SIZING_RANGES.cores.max)(m.cores) &&
    int(SIZING_RANGES.memoryMiB.min, SIZING_RANGES.memoryMiB.max)(m.memoryMiB)
  );
}

const SIZING_RULES: { readonly [K in keyof ClusterSizingDecision]-?: Check } = {
  vcpuPerCore: inRange(SIZING_RANGES.vcpuPerCore),
  memoryOvercommit: inRange(SIZING_RANGES.memoryOvercommit),
  hostReserveMiB: int(SIZING_RANGES.hostReserveMiB.min, SIZING_RANGES.hostReserveMiB.max),
  cpuReserveCores: inRange(SIZING_RANGES.cpuReserveCores),
  basis: oneOf(SIZING_BASES),
  headroom: inRange(SIZING_RANGES.headroom),
  nodeModel: isValidNodeModel,
  autoAddNodes: isBool,
};

/** Whether `value` is valid for one sizing field (the views check their input with the same rules). */
export function isValidSizing<K extends keyof ClusterSizingDecision>(field: K, value: unknown): value is NonNullable<ClusterSizingDecision[K]> {
  return SIZING_RULES[field](value);
}

function readSizing(s: Sink, path: string, v: unknown): ClusterSizingDecision | undefined {
  return readEntry<ClusterSizingDecision>(s, path, v, SIZING_RULES, (o) => Object.keys(o).length > 0);
}

function readClusterDecision(s: Sink, path: string, v: unknown): ClusterDecision {
  if (!isRecord(v)) {
    invalid(s, path, v);
    return {};
  }
  const out: Record<string, unknown> = { ...v };
  const drop = (k: string): void => {
    invalid(s, `${path}.${k}`, v[k]);
    delete out[k];
  };
  if (v.renameNodes !== undefined) out.renameNodes = stringMap(s, `${path}.renameNodes`, v.renameNodes);
  if (v.nodeHardware !== undefined) {
    if (!isRecord(v.nodeHardware)) drop('nodeHardware');
    else {
      const hw: Record<string, NodeHardware> = {};
      for (const [k, x] of Object.entries(v.nodeHardware)) {
        if (!isRecord(x)) invalid(s, at(`${path}.nodeHardware`, k), x);
        else hw[k] = { sockets: posInt(x.sockets), cores: posInt(x.cores), memoryMiB: posInt(x.memoryMiB) };
      }
      out.nodeHardware = hw;
    }
  }
  if (v.removeNodes !== undefined) {
    const l = stringList(s, `${path}.removeNodes`, v.removeNodes);
    if (l) out.removeNodes = l;
    else delete out.removeNodes;
  }
  if (v.addNodes !== undefined) {
    if (!Array.isArray(v.addNodes)) drop('addNodes');
    else {
      const nodes: NonNullable<ClusterDecision['addNodes']> = [];
      v.addNodes.forEach((x, i) => {
        const sk = isRecord(x) ? posInt(x.sockets) : undefined;
        const c = isRecord(x) ? posInt(x.cores) : undefined;
        const m = isRecord(x) ? posInt(x.memoryMiB) : undefined;
        if (isRecord(x) && typeof x.name === 'string' && sk && c && m) nodes.push({ name: x.name, sockets: sk, cores: c, memoryMiB: m });
        else invalid(s, `${path}.addNodes[${i}]`, x);
      });
      out.addNodes = nodes;
    }
  }
  if (v.newHardware !== undefined) {
    const n = v.newHardware;
    const count = isRecord(n) ? posInt(n.count) : undefined;
    const sk = isRecord(n) ? posInt(n.sockets) : undefined;
    const c = isRecord(n) ? posInt(n.cores) : undefined;
    const m = isRecord(n) ? posInt(n.memoryMiB) : undefined;
    if (isRecord(n) && count && sk && c && m) {
      if (count > MAX_NEW_NODES) {
        const p = `${path}.newHardware.count`;
        s.findings.push({ code: 'DECISION_CLAMPED', path: p, message: tt('model.decisions.clamped', { path: p, value: count, used: MAX_NEW_NODES }) });
      }
      out.newHardware = { count: Math.min(count, MAX_NEW_NODES), sockets: sk, cores: c, memoryMiB: m, namePrefix: typeof n.namePrefix === 'string' ? n.namePrefix : undefined };
    } else drop('newHardware');
  }
  if (v.reserve !== undefined && !oneOf(HA_RESERVES)(v.reserve)) drop('reserve');
  if (v.qdevice !== undefined && typeof v.qdevice !== 'boolean') drop('qdevice');
  if (v.qnetdHost !== undefined && typeof v.qnetdHost !== 'string') drop('qnetdHost');
  if (v.migrationCidr !== undefined) {
    if (typeof v.migrationCidr === 'string') out.migrationCidr = v.migrationCidr.trim();
    else drop('migrationCidr');
  }
  if (v.corosyncCidrs !== undefined) {
    const l = stringList(s, `${path}.corosyncCidrs`, v.corosyncCidrs);
    if (l) out.corosyncCidrs = l;
    else delete out.corosyncCidrs;
  }
  if (v.shutdownPolicy !== undefined && !oneOf(SHUTDOWN_POLICIES)(v.shutdownPolicy)) drop('shutdownPolicy');
  if (v.autoRebalance !== undefined && typeof v.autoRebalance !== 'boolean') drop('autoRebalance');
  if (v.crs !== undefined && !oneOf(CRS_MODES)(v.crs)) drop('crs');
  if (v.haDisabled !== undefined && typeof v.haDisabled !== 'boolean') drop('haDisabled');
  if (v.sizing !== undefined) {
    const sz = readSizing(s, `${path}.sizing`, v.sizing);
    if (sz) out.sizing = sz;
    else delete out.sizing;
  }
  return out as ClusterDecision;
}

function readDesign(s: Sink, path: string, raw: unknown): DesignDecisions | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    invalid(s, path, raw);
    return undefined;
  }
  const clusters: Record<string, ClusterDecision> = {};
  if (raw.clusters !== undefined) {
    if (isRecord(raw.clusters)) for (const [k, v] of Object.entries(raw.clusters)) clusters[k] = readClusterDecision(s, at(`${path}.clusters`, k), v);
    else invalid(s, `${path}.clusters`, raw.clusters);
  }
  const haTiers = readMap<HaTier>(s, `${path}.haTiers`, raw.haTiers, (v, p) => checked(s, p, v, oneOf(HA_TIERS))) ?? {};
  const nodePriorities =
    readMap(s, `${path}.nodePriorities`, raw.nodePriorities, (v, p) => {
      if (!isRecord(v)) {
        invalid(s, p, v);
        return undefined;
      }
      const q: Record<string, number> = {};
      for (const [n, x] of Object.entries(v)) {
        const i = posInt(x);
        if (i !== undefined) q[n] = i;
        else invalid(s, at(p, n), x);
      }
      return Object.keys(q).length ? q : undefined;
    }) ?? {};
  let includePoweredOff = DEFAULT_DESIGN_DECISIONS.includePoweredOff;
  if (typeof raw.includePoweredOff === 'boolean') includePoweredOff = raw.includePoweredOff;
  else if (raw.includePoweredOff !== undefined) invalid(s, `${path}.includePoweredOff`, raw.includePoweredOff);
  let hostMemoryReserveMiB = DEFAULT_DESIGN_DECISIONS.hostMemoryReserveMiB;
  if (raw.hostMemoryReserveMiB !== undefined) {
    const m = posInt(raw.hostMemoryReserveMiB);
    if (m === undefined) invalid(s, `${path}.hostMemoryReserveMiB`, raw.hostMemoryReserveMiB);
    else hostMemoryReserveMiB = m;
  }
  // Kept only when the file has it (a file written before this decision existed reads back unchanged).
  const keepAppliances = readMap<boolean>(s, `${path}.keepAppliances`, raw.keepAppliances, (v, p) => checked(s, p, v, isBool));
  const out: DesignDecisions = {
    ...raw,
    keepAppliances: keepAppliances ?? {},
    clusterTargets: stringMap(s, `${path}.clusterTargets`, raw.clusterTargets),
    clusters,
    pins: stringMap(s, `${path}.pins`, raw.pins),
    haTiers,
    nodePriorities,
    includePoweredOff,
    hostMemoryReserveMiB,
  };
  if (keepAppliances === undefined) delete (out as Partial<DesignDecisions>).keepAppliances;
  return out;
}

const waveWindow: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= WAVE_WINDOW_MIN_HOURS && v <= WAVE_WINDOW_MAX_HOURS;
const waveName: Check = (v) => typeof v === 'string' && v.trim() !== '' && v.length <= WAVE_NAME_MAX;

function readWaves(s: Sink, path: string, raw: unknown): WavesDecisions | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    invalid(s, path, raw);
    return undefined;
  }
  const assign = readMap<string>(s, `${path}.assign`, raw.assign, (v, p) => checked(s, p, v, matches(WAVE_ID_RE))) ?? {};
  const method = readMap<MigrationMethod>(s, `${path}.method`, raw.method, (v, p) => checked(s, p, v, oneOf(MIGRATION_METHODS))) ?? {};
  const waves: Record<string, WaveDecision> = {};
  if (raw.waves !== undefined) {
    if (!isRecord(raw.waves)) invalid(s, `${path}.waves`, raw.waves);
    else
      for (const [id, v] of Object.entries(raw.waves)) {
        const p = at(`${path}.waves`, id);
        if (!WAVE_ID_RE.test(id)) {
          invalid(s, p, id);
          continue;
        }
        const e = readEntry<WaveDecision>(s, p, v, { name: waveName, start: matches(WAVE_START_RE), windowHours: waveWindow }, (o) => Object.keys(o).length > 0);
        if (e) waves[id] = e;
      }
  }
  let isolatedNetworks: string[] = [];
  if (raw.isolatedNetworks !== undefined) isolatedNetworks = [...new Set(stringList(s, `${path}.isolatedNetworks`, raw.isolatedNetworks) ?? [])];
  return { ...raw, assign, waves, method, isolatedNetworks };
}

/** Objects `readDecisions` produced: reading one again returns it as it is (stages read at their entry). */
const alreadyRead = new WeakSet<object>();

/**
 * The one reader of `project.decisions` (untrusted input). Every known area comes out typed and checked;
 * unknown areas and unknown fields are kept unchanged; rejected values are listed as coded findings.
 */
export function readDecisions(raw: unknown): DecisionsRead {
  if (isRecord(raw) && alreadyRead.has(raw)) return { decisions: raw as Decisions, findings: [] };
  const s: Sink = { findings: [] };
  if (raw !== undefined && !isRecord(raw)) {
    s.findings.push({ code: 'DECISIONS_NOT_AN_OBJECT', path: 'decisions', message: tt('model.decisions.notObject') });
  }
  const r: Record<string, unknown> = isRecord(raw) ? raw : {};
  const out: Record<string, unknown> = { ...r };
  const set = (k: keyof Decisions, v: unknown): void => {
    if (v === undefined) delete out[k];
    else out[k] = v;
  };
  const p = (k: keyof Decisions): string => `decisions.${k}`;
  set('vmOverrides', readMap(s, p('vmOverrides'), r.vmOverrides, (v, path) => readVmOverride(s, path, v)));
  set(
    'acknowledged',
    readMap<Acknowledgement>(s, p('acknowledged'), r.acknowledged, (v, path) => {
      if (!isRecord(v) || typeof v.note !== 'string') {
        invalid(s, path, v);
        return undefined;
      }
      return { ...v, note: v.note, at: typeof v.at === 'string' ? v.at : '' };
    }),
  );
  set('vmidByUuid', readMap<number>(s, p('vmidByUuid'), r.vmidByUuid, (v, path) => checked(s, path, v, int(VMID_MIN, VMID_MAX))));
  set('clusterCpuType', readMap<string>(s, p('clusterCpuType'), r.clusterCpuType, (v, path) => checked(s, path, v, matches(CPU_TYPE_RE))));
  set(
    'networkMap',
    readMap(s, p('networkMap'), r.networkMap, (v, path) =>
      readEntry<NetworkOverride>(s, path, v, { bridge: matches(BRIDGE_RE), tag }, (o) => o.bridge !== undefined || o.tag !== undefined),
    ),
  );
  set(
    'storageMap',
    readMap(s, p('storageMap'), r.storageMap, (v, path) =>
      readEntry<StorageOverride>(
        s,
        path,
        v,
        { storage: matches(STORAGE_ID_RE), type: oneOf(STORAGE_TYPES), capacityMiB: (x) => typeof x === 'number' && Number.isFinite(x) && x > 0 },
        (o) => o.storage !== undefined || o.type !== undefined || o.capacityMiB !== undefined,
      ),
    ),
  );
  set('design', readDesign(s, p('design'), r.design));
  set('waves', readWaves(s, p('waves'), r.waves));
  set(
    'checklist',
    readMap<ChecklistTick>(s, p('checklist'), r.checklist, (v, path) => {
      if (isRecord(v) && typeof v.done === 'boolean' && typeof v.at === 'string') {
        const out: Record<string, unknown> = { ...v, done: v.done, at: v.at };
        for (const k of ['owner', 'actual', 'note'] as const) {
          if (v[k] === undefined) continue;
          if (typeof v[k] !== 'string' || v[k].length > CHECKLIST_TEXT_MAX) {
            invalid(s, `${path}.${k}`, v[k]);
            delete out[k];
          }
        }
        return out as ChecklistTick;
      }
      invalid(s, path, v);
      return undefined;
    }),
  );
  alreadyRead.add(out);
  return { decisions: out as Decisions, findings: s.findings };
}

/** The decisions of a project, typed and checked (findings dropped): what the plan stages use. */
export function resolveDecisions(raw: unknown): Decisions {
  return readDecisions(raw).decisions;
}

/** The design decisions with every field present (defaults for the missing ones). */
export function designDecisions(d: Decisions): DesignDecisions {
  return { ...DEFAULT_DESIGN_DECISIONS, ...d.design };
}

// ----- pure edits: each returns new decisions, the input is never changed -------------------------------

/** One entry of a map area set, or removed (`undefined`); an area left empty is removed. */
function withEntry<K extends 'vmOverrides' | 'acknowledged' | 'networkMap' | 'storageMap' | 'checklist' | 'clusterCpuType' | 'vmidByUuid'>(
  d: Decisions,
  area: K,
  key: string,
  entry: NonNullable<Decisions[K]>[string] | undefined,
): Decisions {
  const map: Record<string, unknown> = { ...(d[area] ?? {}) };
  if (entry === undefined) delete map[key];
  else map[key] = entry;
  const out: Decisions = { ...d, [area]: map };
  if (Object.keys(map).length === 0) delete out[area];
  return out;
}

/** `vmOverrides[vmKey][field] = value`; `undefined` removes the field (back to the derived value). */
export function setVmOverride<F extends keyof VmOverride>(d: Decisions, vmKey: string, field: F, value: VmOverride[F] | undefined): Decisions {
  const mine: Record<string, unknown> = { ...(d.vmOverrides?.[vmKey] ?? {}) };
  if (value === undefined) delete mine[field as string];
  else mine[field as string] = value;
  return withEntry(d, 'vmOverrides', vmKey, Object.keys(mine).length ? (mine as VmOverride) : undefined);
}

/** `networkMap[portGroup] = { bridge?, tag }`; `undefined` resets the port group to the derived entry. */
export function setNetworkOverride(d: Decisions, portGroup: string, edit: NetworkOverride | undefined): Decisions {
  if (edit === undefined) return withEntry(d, 'networkMap', portGroup, undefined);
  const entry: NetworkOverride = { tag: edit.tag };
  if (edit.bridge !== undefined) entry.bridge = edit.bridge;
  return withEntry(d, 'networkMap', portGroup, entry);
}

/** `storageMap[datastore] = { storage?, type?, capacityMiB? }`; `undefined` (or nothing set) resets it. */
export function setStorageOverride(d: Decisions, datastore: string, edit: StorageOverride | undefined): Decisions {
  const entry: StorageOverride = {};
  if (edit?.storage !== undefined) entry.storage = edit.storage;
  if (edit?.type !== undefined) entry.type = edit.type;
  if (edit?.capacityMiB !== undefined) entry.capacityMiB = edit.capacityMiB;
  return withEntry(d, 'storageMap', datastore, Object.keys(entry).length ? entry : undefined);
}

/** Acknowledge a readiness finding with a note. */
export function acknowledge(d: Decisions, vmKey: string, ruleId: string, note: string, at: string): Decisions {
  return withEntry(d, 'acknowledged', ackKey(vmKey, ruleId), { note, at });
}

/** Withdraw an acknowledgement (the area goes when it is empty). */
export function unacknowledge(d: Decisions, vmKey: string, ruleId: string): Decisions {
  if (!d.acknowledged || !Object.hasOwn(d.acknowledged, ackKey(vmKey, ruleId))) return d;
  return withEntry(d, 'acknowledged', ackKey(vmKey, ruleId), undefined);
}

/** Set the owner, actual result or note of a checklist row (empty text removes it); the tick is kept. */
export function setChecklistText(d: Decisions, key: string, field: 'owner' | 'actual' | 'note', value: string): Decisions {
  const cur: ChecklistTick = d.checklist?.[key] ?? { done: false, at: '' };
  const next: Record<string, unknown> = { ...cur };
  const v = value.trim().slice(0, CHECKLIST_TEXT_MAX);
  if (v) next[field] = v;
  else delete next[field];
  return withEntry(d, 'checklist', key, next as ChecklistTick);
}

/** Tick or untick one acceptance test case. */
export function setChecklistTick(d: Decisions, key: string, done: boolean, at: string): Decisions {
  return withEntry(d, 'checklist', key, { ...d.checklist?.[key], done, at });
}

/** Change the design decisions (the change sees every field, defaults included). */
export function updateDesignDecisions(d: Decisions, change: (dd: DesignDecisions) => DesignDecisions): Decisions {
  return { ...d, design: change(designDecisions(d)) };
}

/** Change one target cluster's decisions. */
export function updateClusterDecision(d: Decisions, cluster: string, change: (c: ClusterDecision) => ClusterDecision): Decisions {
  return updateDesignDecisions(d, (dd) => ({ ...dd, clusters: { ...dd.clusters, [cluster]: change({ ...(dd.clusters[cluster] ?? {}) }) } }));
}

export function setClusterReserve(d: Decisions, cluster: string, reserve: ReserveLevel): Decisions {
  return updateClusterDecision(d, cluster, (c) => ({ ...c, reserve }));
}

/**
 * Change one field of a cluster's sizing model; `undefined` removes it (back to the derived default). An
 * invalid value is ignored (the decisions come back unchanged).
 */
export function setClusterSizing<K extends keyof ClusterSizingDecision>(d: Decisions, cluster: string, field: K, value: ClusterSizingDecision[K] | undefined): Decisions {
  if (value !== undefined && !isValidSizing(field, value)) return d;
  return updateClusterDecision(d, cluster, (c) => {
    const sizing: ClusterSizingDecision = { ...(c.sizing ?? {}) };
    if (value === undefined) delete sizing[field];
    else sizing[field] = value;
    const out: ClusterDecision = { ...c, sizing };
    if (Object.keys(sizing).length === 0) delete out.sizing;
    return out;
  });
}

/** Add a node to a target cluster (it is marked new in the plan). */
export function addClusterNode(d: Decisions, cluster: string, node: { name: string } & NodeModel): Decisions {
  if (!isValidNodeModel(node) || !node.name.trim()) return d;
  return updateClusterDecision(d, cluster, (c) => ({ ...c, addNodes: [...(c.addNodes ?? []), { name: node.name.trim(), sockets: node.sockets, cores: node.cores, memoryMiB: node.memoryMiB }] }));
}

/**
 * Remove a node from a target cluster: a node the user added is dropped from `addNodes`, any other (a
 * reused host) goes into `removeNodes`.
 */
export function removeClusterNode(d: Decisions, cluster: string, node: string): Decisions {
  return updateClusterDecision(d, cluster, (c) => {
    const added = c.addNodes ?? [];
    const lc = node.toLowerCase();
    if (added.some((a) => a.name.toLowerCase() === lc)) return { ...c, addNodes: added.filter((a) => a.name.toLowerCase() !== lc) };
    return { ...c, removeNodes: [...new Set([...(c.removeNodes ?? []), node])] };
  });
}

/** Migrate a management appliance anyway (true), or go back to retiring it (false). */
export function setKeepAppliance(d: Decisions, vmKey: string, keep: boolean): Decisions {
  return updateDesignDecisions(d, (dd) => {
    const keepAppliances = { ...dd.keepAppliances };
    if (keep) keepAppliances[vmKey] = true;
    else delete keepAppliances[vmKey];
    return { ...dd, keepAppliances };
  });
}

export function setShutdownPolicy(d: Decisions, cluster: string, policy: ShutdownPolicy): Decisions {
  return updateClusterDecision(d, cluster, (c) => ({ ...c, shutdownPolicy: policy }));
}

/** The HA scheduler of a cluster (`crs: ha=static|dynamic`; dynamic takes effect on PVE 9.2+ targets only). */
export function setClusterCrs(d: Decisions, cluster: string, crs: CrsMode): Decisions {
  return updateClusterDecision(d, cluster, (c) => ({ ...c, crs }));
}

/** Automatic rebalancing of HA guests (`ha-auto-rebalance=1`; PVE 9.2+ targets only). */
export function setAutoRebalance(d: Decisions, cluster: string, on: boolean): Decisions {
  return updateClusterDecision(d, cluster, (c) => ({ ...c, autoRebalance: on }));
}

/** Pin a VM to a node, or remove its pin (`node` undefined). */
export function pinVm(d: Decisions, vmKey: string, node: string | undefined): Decisions {
  return updateDesignDecisions(d, (dd) => {
    const pins = { ...dd.pins };
    if (node) pins[vmKey] = node;
    else delete pins[vmKey];
    return { ...dd, pins };
  });
}

/** Set a VM's HA tier, or go back to the tier derived from vSphere (`tier` undefined). */
export function setHaTier(d: Decisions, vmKey: string, tier: HaTier | undefined): Decisions {
  return updateDesignDecisions(d, (dd) => {
    const haTiers = { ...dd.haTiers };
    if (tier === undefined) delete haTiers[vmKey];
    else haTiers[vmKey] = tier;
    return { ...dd, haTiers };
  });
}

// ----- waves -------------------------------------------------------------------------------------------

/** The waves decisions with every field present (defaults for the missing ones). */
export function wavesDecisions(d: Decisions): WavesDecisions {
  return { ...DEFAULT_WAVES_DECISIONS, ...d.waves };
}

function updateWaves(d: Decisions, change: (w: WavesDecisions) => WavesDecisions): Decisions {
  return { ...d, waves: change(wavesDecisions(d)) };
}

/**
 * Put VMs in a wave and keep them there (a move, or a lock on the wave they are in); `undefined` gives them
 * back to the planner. A wave id that is not valid is refused (the decisions are returned unchanged).
 */
export function assignToWave(d: Decisions, vmKeys: readonly string[], waveId: string | undefined): Decisions {
  if (waveId !== undefined && !WAVE_ID_RE.test(waveId)) return d;
  return updateWaves(d, (w) => {
    const assign = { ...w.assign };
    for (const k of vmKeys) {
      if (waveId === undefined) delete assign[k];
      else assign[k] = waveId;
    }
    return { ...w, assign };
  });
}

/** Rename a wave, set its start or its maintenance window; `undefined` (or an invalid value) clears the field. */
export function setWaveField<F extends keyof WaveDecision>(d: Decisions, waveId: string, field: F, value: WaveDecision[F] | undefined): Decisions {
  if (!WAVE_ID_RE.test(waveId)) return d;
  const ok = value === undefined ? false : field === 'name' ? waveName(typeof value === 'string' ? value.trim() : value) : field === 'start' ? matches(WAVE_START_RE)(value) : waveWindow(value);
  return updateWaves(d, (w) => {
    const entry: Record<string, unknown> = { ...(w.waves[waveId] ?? {}) };
    if (ok) entry[field] = typeof value === 'string' ? value.trim() : value;
    else delete entry[field];
    const waves = { ...w.waves };
    if (Object.keys(entry).length) waves[waveId] = entry as WaveDecision;
    else delete waves[waveId];
    return { ...w, waves };
  });
}

/** A VM's migration method; `undefined` goes back to the `migrationMethod` assumption. */
export function setMigrationMethod(d: Decisions, vmKey: string, method: MigrationMethod | undefined): Decisions {
  return updateWaves(d, (w) => {
    const m = { ...w.method };
    if (method === undefined || !MIGRATION_METHODS.includes(method)) delete m[vmKey];
    else m[vmKey] = method;
    return { ...w, method: m };
  });
}

/** Mark a port group as isolated (no uplink: its VMs move together), or not. */
export function setIsolatedNetwork(d: Decisions, portGroup: string, isolated: boolean): Decisions {
  return updateWaves(d, (w) => {
    const set = new Set(w.isolatedNetworks);
    if (isolated && portGroup.trim()) set.add(portGroup.trim());
    else set.delete(portGroup.trim());
    return { ...w, isolatedNetworks: [...set].sort() };
  });
}
