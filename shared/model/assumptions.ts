import { tt } from '../i18n';
import { CALCULATOR_VERSION } from '../version';
import { HA_RESERVES, MIGRATION_METHODS, SIZING_BASES, type MigrationMethod, type ReserveLevel, type SizingBasis } from './decisions';
export { MIGRATION_METHODS, SIZING_BASES, type MigrationMethod, type SizingBasis } from './decisions';
import { isRecord, shown, type ReadFinding } from './readFinding';

/**
 * Every assumption the plan uses — the design's sizing figures and the mapping and readiness thresholds —
 * with its default and its allowed range, in one place. A project stores them in `project.assumptions`;
 * `readAssumptions` is the one reader: a missing value takes its default, a value of the wrong type or out
 * of range is rejected (the default is used) with a coded finding, and names this version does not know
 * are kept as they are (a project file from another version may hold them). Results that depend on an
 * assumption name it in their provenance.
 */

/** Target Proxmox VE version family: 9.2+ enables automatic rebalancing. */
export const PVE_TARGETS = ['pve8', 'pve9.0', 'pve9.2'] as const;
export type PveTarget = (typeof PVE_TARGETS)[number];

/** `bridge`: VLAN tags on one VLAN-aware bridge; `sdn`: one SDN VNet per VLAN in a VLAN zone. */
export const NETWORK_MODES = ['bridge', 'sdn'] as const;
export type NetworkMode = (typeof NETWORK_MODES)[number];

/** `named`: named QEMU model for a single-vendor cluster; `generic`: always the x86-64-v* level. */
export const CPU_TYPE_MODES = ['named', 'generic'] as const;
export type CpuTypeMode = (typeof CPU_TYPE_MODES)[number];

export type Assumptions = {
  /** Target Proxmox VE version family. */
  pveTarget: PveTarget;
  /**
   * vCPUs planned per physical core: the floor of a cluster's default ratio (a cluster whose source vSphere
   * cluster already runs at a higher ratio keeps that ratio).
   */
  vcpuPerCore: number;
  /** A vCPU:core ratio above this is shown as a risk. */
  vcpuPerCoreRisk: number;
  /** Memory kept per node for Proxmox VE itself (OS, corosync, pve services), MiB. */
  hostMemoryReserveMiB: number;
  /** ZFS ARC limit as a share of a node's memory when the storage plan uses ZFS (installer default 10 %). */
  zfsArcShare: number;
  /** Upper bound of the ZFS ARC limit, MiB (installer default 16 GiB). */
  zfsArcMaxMiB: number;
  /** Physical cores per node kept for Proxmox VE itself. */
  cpuReserveCores: number;
  /** Default sizing basis. */
  sizingBasis: SizingBasis;
  /** Headroom added to measured usage (0.2 = 20 %). */
  measuredHeadroom: number;
  /** Spare nodes kept per cluster (default for every cluster). */
  haReserve: ReserveLevel;
  /** Memory overcommit factor (1 = none). */
  memoryOvercommit: number;
  /** First VMID handed out to VMs that have none yet. */
  vmidStart: number;
  /** Bridge every port group lands on by default (one VLAN-aware bridge). */
  defaultBridge: string;
  networkMode: NetworkMode;
  /** Name of the SDN VLAN zone used when `networkMode` is `sdn`. */
  sdnZone: string;
  cpuTypeMode: CpuTypeMode;
  /** CPU type used when a VM has no known cluster baseline. */
  fallbackCpuType: string;
  /** Balloon minimum as a share of configured memory (0 disables the balloon target). */
  balloonMinRatio: number;
  /** Windows guests start on emulated devices (SATA / e1000e) until VirtIO drivers are installed. */
  windowsFirstBoot: boolean;
  /** Capacity headroom added to the storage a datastore needs on Proxmox (0.2 = 20 %). */
  storageGrowthMargin: number;
  /** Ceph RBD needs at least this many nodes to be suggested for vSAN datastores. */
  cephMinNodes: number;
  /** Snapshot older than this many days is called old. */
  snapshotOldDays: number;
  /** Snapshot chain bigger than this (MiB, all snapshots of the VM) is called large. */
  snapshotLargeMiB: number;
  /** A disk at least this big (GiB) is "very large": long copy, plan the window. */
  largeDiskGiB: number;
  /** Virtual hardware below this version is "old". */
  oldHwVersion: number;
  /** virt-v2v style free-space minimums on guest filesystems, MiB. */
  minFreeRootMiB: number;
  minFreeBootMiB: number;
  minFreeOtherMiB: number;
  /** Disk copy rate of one import stream, GiB per hour (measure it in the pilot wave and enter it). */
  migrationGiBPerHour: number;
  /** Fixed time per VM on top of the copy (shutdown, checks, start, guest agent, tests), minutes. */
  migrationOverheadMinutes: number;
  /** Imports run side by side in one wave. */
  migrationParallel: number;
  /** Default migration method (a VM can have its own in `decisions.waves.method`). */
  migrationMethod: MigrationMethod;
  /** Limits per wave: VMs, TiB to copy, hours of the maintenance window. */
  waveMaxVms: number;
  waveMaxCopyTiB: number;
  waveWindowHours: number;
  /** VMs in the pilot wave (simple, non-critical VMs first); 0 = no pilot wave. */
  pilotWaveMaxVms: number;
};

export type AssumptionName = keyof Assumptions;

/** How one assumption is checked: a number range (whole numbers are floored), a non-empty text, a choice, a switch. */
export type AssumptionSpec =
  | { kind: 'number'; min: number; max: number; integer?: boolean }
  | { kind: 'text' }
  | { kind: 'choice'; values: readonly string[] }
  | { kind: 'switch' };

export const DEFAULT_ASSUMPTIONS: Readonly<Assumptions> = {
  pveTarget: 'pve9.0',
  vcpuPerCore: 4,
  vcpuPerCoreRisk: 8,
  hostMemoryReserveMiB: 4096,
  zfsArcShare: 0.1,
  zfsArcMaxMiB: 16384,
  cpuReserveCores: 1,
  sizingBasis: 'allocated',
  measuredHeadroom: 0.2,
  haReserve: 'n+1',
  memoryOvercommit: 1,
  vmidStart: 100,
  defaultBridge: 'vmbr0',
  networkMode: 'bridge',
  sdnZone: 'vlanzone',
  cpuTypeMode: 'named',
  fallbackCpuType: 'x86-64-v2-AES',
  balloonMinRatio: 0.5,
  windowsFirstBoot: true,
  storageGrowthMargin: 0.2,
  cephMinNodes: 3,
  snapshotOldDays: 3,
  snapshotLargeMiB: 10240,
  largeDiskGiB: 2048,
  oldHwVersion: 10,
  minFreeRootMiB: 100,
  minFreeBootMiB: 50,
  minFreeOtherMiB: 10,
  migrationGiBPerHour: 200,
  migrationOverheadMinutes: 30,
  migrationParallel: 2,
  migrationMethod: 'cold-import',
  waveMaxVms: 25,
  waveMaxCopyTiB: 10,
  waveWindowHours: 8,
  pilotWaveMaxVms: 5,
};

export const ASSUMPTION_SPECS: { readonly [K in AssumptionName]: AssumptionSpec } = {
  pveTarget: { kind: 'choice', values: PVE_TARGETS },
  vcpuPerCore: { kind: 'number', min: 0.1, max: 1000 },
  vcpuPerCoreRisk: { kind: 'number', min: 1, max: 1000 },
  hostMemoryReserveMiB: { kind: 'number', min: 0, max: 1_048_576, integer: true },
  zfsArcShare: { kind: 'number', min: 0, max: 0.9 },
  zfsArcMaxMiB: { kind: 'number', min: 0, max: 1_048_576, integer: true },
  cpuReserveCores: { kind: 'number', min: 0, max: 64 },
  sizingBasis: { kind: 'choice', values: SIZING_BASES },
  measuredHeadroom: { kind: 'number', min: 0, max: 10 },
  haReserve: { kind: 'choice', values: HA_RESERVES },
  memoryOvercommit: { kind: 'number', min: 0.1, max: 100 },
  vmidStart: { kind: 'number', min: 100, max: 999_999_000, integer: true },
  defaultBridge: { kind: 'text' },
  networkMode: { kind: 'choice', values: NETWORK_MODES },
  sdnZone: { kind: 'text' },
  cpuTypeMode: { kind: 'choice', values: CPU_TYPE_MODES },
  fallbackCpuType: { kind: 'text' },
  balloonMinRatio: { kind: 'number', min: 0, max: 1 },
  windowsFirstBoot: { kind: 'switch' },
  storageGrowthMargin: { kind: 'number', min: 0, max: 10 },
  cephMinNodes: { kind: 'number', min: 1, max: 1000, integer: true },
  snapshotOldDays: { kind: 'number', min: 0, max: 100_000 },
  snapshotLargeMiB: { kind: 'number', min: 0, max: 1e12 },
  largeDiskGiB: { kind: 'number', min: 1, max: 1e9 },
  oldHwVersion: { kind: 'number', min: 1, max: 1000 },
  minFreeRootMiB: { kind: 'number', min: 0, max: 1e9 },
  minFreeBootMiB: { kind: 'number', min: 0, max: 1e9 },
  minFreeOtherMiB: { kind: 'number', min: 0, max: 1e9 },
  migrationGiBPerHour: { kind: 'number', min: 1, max: 1e6 },
  migrationOverheadMinutes: { kind: 'number', min: 0, max: 1440 },
  migrationParallel: { kind: 'number', min: 1, max: 64, integer: true },
  migrationMethod: { kind: 'choice', values: MIGRATION_METHODS },
  waveMaxVms: { kind: 'number', min: 1, max: 100_000, integer: true },
  waveMaxCopyTiB: { kind: 'number', min: 0.01, max: 1e6 },
  waveWindowHours: { kind: 'number', min: 0.5, max: 720 },
  pilotWaveMaxVms: { kind: 'number', min: 0, max: 10_000, integer: true },
};

/** The calculator version stamped on mapping and readiness results. */
export const PLANNING_CALCULATOR_VERSION = CALCULATOR_VERSION;

export type AssumptionsRead = { assumptions: Assumptions; findings: ReadFinding[] };

function readOne(spec: AssumptionSpec, v: unknown): { ok: true; value: unknown } | { ok: false; range: boolean } {
  switch (spec.kind) {
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) return { ok: false, range: false };
      if (v < spec.min || v > spec.max) return { ok: false, range: true };
      return { ok: true, value: spec.integer ? Math.floor(v) : v };
    case 'text':
      return typeof v === 'string' && v.trim() !== '' ? { ok: true, value: v.trim() } : { ok: false, range: false };
    case 'choice':
      return typeof v === 'string' && spec.values.includes(v) ? { ok: true, value: v } : { ok: false, range: false };
    case 'switch':
      return typeof v === 'boolean' ? { ok: true, value: v } : { ok: false, range: false };
  }
}

/**
 * The one reader of `project.assumptions` (untrusted: a project file, an autosave, a hand-built object).
 * Every known assumption comes out typed and in range; unknown names are kept unchanged.
 */
export function readAssumptions(raw: unknown): AssumptionsRead {
  const findings: ReadFinding[] = [];
  if (raw !== undefined && !isRecord(raw)) {
    findings.push({ code: 'ASSUMPTIONS_NOT_AN_OBJECT', path: 'assumptions', message: tt('model.assumptions.notObject') });
  }
  const r: Record<string, unknown> = isRecord(raw) ? raw : {};
  const out: Record<string, unknown> = { ...r };
  for (const name of Object.keys(ASSUMPTION_SPECS) as AssumptionName[]) {
    const spec = ASSUMPTION_SPECS[name];
    const d = DEFAULT_ASSUMPTIONS[name];
    const v = r[name];
    if (v === undefined) {
      out[name] = d;
      continue;
    }
    const got = readOne(spec, v);
    if (got.ok) {
      out[name] = got.value;
      continue;
    }
    out[name] = d;
    const path = `assumptions.${name}`;
    if (got.range && spec.kind === 'number') {
      findings.push({ code: 'ASSUMPTION_OUT_OF_RANGE', path, message: tt('model.assumptions.outOfRange', { name, value: shown(v), min: spec.min, max: spec.max, default: shown(d) }) });
    } else {
      findings.push({ code: 'ASSUMPTION_INVALID', path, message: tt('model.assumptions.invalid', { name, value: shown(v), default: shown(d) }) });
    }
  }
  return { assumptions: out as Assumptions, findings };
}

/** The assumptions of a project, typed and in range (findings dropped): what the plan stages use. */
export function resolveAssumptions(raw: unknown): Assumptions {
  return readAssumptions(raw).assumptions;
}

/** A new assumptions object with some values changed (the others, unknown names included, kept). */
export function withAssumptions(a: Assumptions, patch: Partial<Assumptions>): Assumptions {
  return { ...a, ...patch };
}
