import type { Text } from '../i18n/text';
import type { MigrationMethod } from '../model/decisions';
import type { ReadinessClass } from '../readiness';

/** Why VMs are kept in one wave: a DRS keep-together rule, a shared isolated network, one application. */
export type GroupKind = 'drs' | 'network' | 'application';

/** A set of VMs that moves in one wave. `drs` and `network` groups are never split; applications may be. */
export type WaveGroup = {
  id: string;
  kind: GroupKind;
  /** The rule, port group or application key it comes from. */
  label: string;
  /** Where an application key was read: custom attribute / tag, vApp, folder, resource pool, name prefix. */
  basis?: 'attribute' | 'vapp' | 'folder' | 'resource-pool' | 'name-prefix';
  vmKeys: string[];
};

/** A figure with where it comes from (imported from the inventory, or assumed with the assumption's name). */
export type Figure = { value: number; source: 'imported' | 'derived' | 'assumed' | 'unknown'; assumptions: string[] };

export type WaveVm = {
  vmKey: string;
  /** vSphere name. */
  name: string;
  /** Proxmox name and VMID. */
  pveName: string;
  vmid: number;
  sourceCluster?: string;
  sourceHost?: string;
  cluster?: string;
  node?: string;
  powerState?: string;
  windows: boolean;
  /** Starts on emulated devices and switches to VirtIO after the drivers are in. */
  firstBoot: boolean;
  haTier?: 1 | 2 | 3;
  readiness: ReadinessClass;
  complexity: number;
  method: MigrationMethod;
  /** GiB read and written by the import (sum of the disk capacities). */
  copyGiB: Figure;
  /** Hours of one import stream: copy / throughput + the fixed per-VM time. */
  hours: Figure;
  /** Hours the service is down, by method. */
  downtimeHours: Figure;
  /** The user put (or locked) it in this wave. */
  locked: boolean;
  /** Groups it belongs to. */
  groups: string[];
  /** Why it waits for the remediation wave(s): open blockers, no target node. */
  held?: Text;
};

export type WaveKind = 'pilot' | 'main' | 'remediation';

export type Wave = {
  id: string;
  /** Default name (both languages) or the user's (the same in both). */
  name: Text;
  named: boolean;
  kind: WaveKind;
  vms: WaveVm[];
  copyGiB: number;
  /** Elapsed hours: the per-VM hours spread over the parallel import streams. */
  hours: number;
  /** Longest downtime of one VM in the wave. */
  maxDowntimeHours: number;
  windowHours: number;
  start?: string;
  /** Limits the wave breaks (a user's move, or one group bigger than a wave), each explained. */
  overLimits: Text[];
};

export type WaveLimits = { maxVms: number; maxCopyGiB: number; windowHours: number; pilotMaxVms: number; gibPerHour: number; overheadMinutes: number; parallel: number; method: MigrationMethod };

export type WavesResult = {
  waves: Wave[];
  groups: WaveGroup[];
  /** VMs the plan does not migrate (templates, SRM placeholders), with the reason. */
  excluded: { vmKey: string; name: string; reason: Text }[];
  limits: WaveLimits;
  totals: { vms: number; copyGiB: number; hours: number };
  /** Explanations of choices and problems (group kept together above a limit, unknown disk sizes, …). */
  notes: Text[];
};
