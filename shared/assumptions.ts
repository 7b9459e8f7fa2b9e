import type { Assumptions } from './model/project';
import { CALCULATOR_VERSION } from './version';

/**
 * Every threshold and default the mapping and readiness areas use, in one place. The project's
 * `assumptions` record may carry any of these names to change them; anything missing (or of the wrong
 * type) falls back to the default here. Results that depend on one of them name it in their provenance.
 */
export type PlanningAssumptions = {
  /** First VMID handed out to VMs that have none yet. */
  vmidStart: number;
  /** Bridge every port group lands on by default (one VLAN-aware bridge). */
  defaultBridge: string;
  /** `bridge`: VLAN tags on one VLAN-aware bridge; `sdn`: one SDN VNet per VLAN in a VLAN zone. */
  networkMode: 'bridge' | 'sdn';
  /** Name of the SDN VLAN zone used when `networkMode` is `sdn`. */
  sdnZone: string;
  /** `named`: named QEMU model for a single-vendor cluster; `generic`: always the x86-64-v* level. */
  cpuTypeMode: 'named' | 'generic';
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
};

export const PLANNING_DEFAULTS: PlanningAssumptions = {
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
};

export type AssumptionName = keyof PlanningAssumptions;

/** The calculator version stamped on mapping and readiness results. */
export const PLANNING_CALCULATOR_VERSION = CALCULATOR_VERSION;

function pickNumber(v: unknown, d: number, min: number, max: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : d;
}

function pickString(v: unknown, d: string): string {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : d;
}

function pickEnum<T extends string>(v: unknown, allowed: readonly T[], d: T): T {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : d;
}

/** Read the planning assumptions from a project's assumptions record, defaults for the rest. */
export function resolveAssumptions(a: Partial<Assumptions> | undefined): PlanningAssumptions {
  const r: Record<string, unknown> = a ?? {};
  const d = PLANNING_DEFAULTS;
  return {
    vmidStart: Math.floor(pickNumber(r.vmidStart, d.vmidStart, 100, 999_999_000)),
    defaultBridge: pickString(r.defaultBridge, d.defaultBridge),
    networkMode: pickEnum(r.networkMode, ['bridge', 'sdn'] as const, d.networkMode),
    sdnZone: pickString(r.sdnZone, d.sdnZone),
    cpuTypeMode: pickEnum(r.cpuTypeMode, ['named', 'generic'] as const, d.cpuTypeMode),
    fallbackCpuType: pickString(r.fallbackCpuType, d.fallbackCpuType),
    balloonMinRatio: pickNumber(r.balloonMinRatio, d.balloonMinRatio, 0, 1),
    windowsFirstBoot: typeof r.windowsFirstBoot === 'boolean' ? r.windowsFirstBoot : d.windowsFirstBoot,
    storageGrowthMargin: pickNumber(r.storageGrowthMargin, d.storageGrowthMargin, 0, 10),
    cephMinNodes: Math.floor(pickNumber(r.cephMinNodes, d.cephMinNodes, 1, 1000)),
    snapshotOldDays: pickNumber(r.snapshotOldDays, d.snapshotOldDays, 0, 100_000),
    snapshotLargeMiB: pickNumber(r.snapshotLargeMiB, d.snapshotLargeMiB, 0, 1e12),
    largeDiskGiB: pickNumber(r.largeDiskGiB, d.largeDiskGiB, 1, 1e9),
    oldHwVersion: pickNumber(r.oldHwVersion, d.oldHwVersion, 1, 1000),
    minFreeRootMiB: pickNumber(r.minFreeRootMiB, d.minFreeRootMiB, 0, 1e9),
    minFreeBootMiB: pickNumber(r.minFreeBootMiB, d.minFreeBootMiB, 0, 1e9),
    minFreeOtherMiB: pickNumber(r.minFreeOtherMiB, d.minFreeOtherMiB, 0, 1e9),
  };
}
