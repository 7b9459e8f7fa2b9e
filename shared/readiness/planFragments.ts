import type { MappingResult } from '../mapping';
import type { ReadinessClass } from './classify';
import type { ReadinessResult } from './index';
import type { Evidence, Severity } from './rule';

/**
 * plan.json fragments for the lead to wire into `vms[]`, `clusters[]`, `networkMap` and `storageMap`.
 * Unknown values are `null`, never guessed.
 */

export type PlanJsonVmReadiness = {
  class: ReadinessClass;
  complexity: number;
  findings: { id: string; severity: Severity; evidence: Evidence[]; acknowledged: boolean }[];
  unknownRules: string[];
};

export type PlanJsonVmTarget = {
  cluster: string | null;
  cpu: string | null;
  sockets: number | null;
  cores: number | null;
  memoryMiB: number | null;
  balloonMiB: number | null;
  name: string | null;
  ostype: string | null;
  bios: string | null;
  machine: string | null;
  scsihw: string | null;
  profile: string | null;
  efidisk: { storage: string | null; efitype: '4m'; preEnrolledKeys: boolean | null } | null;
  disks: { slot: string | null; bus: string; storage: string | null; sizeGiB: number | null; format: string | null; discard: boolean; iothread: boolean }[];
  nets: { slot: string; model: string | null; bridge: string | null; tag: number | null; mac: string | null }[];
  cdrom: string | null;
  agent: boolean | null;
  boot: string | null;
  overridden: string[];
};

export type PlanJsonVmFragment = { vmid: number | null; readiness: PlanJsonVmReadiness | null; target: PlanJsonVmTarget | null };

const n = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** `vms[]` additions for one VM (by inventory key). */
export function vmPlanJson(mapping: MappingResult, readiness: ReadinessResult | undefined, vmKey: string): PlanJsonVmFragment {
  const t = mapping.vms[vmKey];
  const r = readiness?.byKey[vmKey];
  return {
    vmid: n(t?.vmid.value),
    readiness: r
      ? {
          class: r.class,
          complexity: r.complexity,
          findings: r.findings.map((f) => ({ id: f.ruleId, severity: f.severity, evidence: f.evidence, acknowledged: f.acknowledged !== undefined })),
          unknownRules: r.unknown.map((u) => u.ruleId),
        }
      : null,
    target: t
      ? {
          cluster: n(t.cluster.value),
          cpu: n(t.cpu.value),
          sockets: n(t.sockets.value),
          cores: n(t.cores.value),
          memoryMiB: n(t.memoryMiB.value),
          balloonMiB: n(t.balloonMiB.value),
          name: n(t.name.value),
          ostype: n(t.ostype.value),
          bios: n(t.bios.value),
          machine: n(t.machine.value),
          scsihw: n(t.scsihw.value),
          profile: n(t.profile.value),
          efidisk: t.efidisk ? { storage: n(t.efidisk.storage.value), efitype: '4m', preEnrolledKeys: n(t.efidisk.preEnrolledKeys.value) } : null,
          disks: t.disks.map((x) => ({ slot: n(x.slot), bus: x.bus, storage: n(x.storage.value), sizeGiB: n(x.sizeGiB.value), format: n(x.format.value), discard: x.discard, iothread: x.iothread, ...(x.rdm ? { rdm: { lun: n(x.rdmLun), mode: n(x.rdmMode) } } : {}) })),
          nets: t.nets.map((x) => ({ slot: x.slot, model: n(x.model.value), bridge: n(x.bridge.value), tag: n(x.tag.value), mac: n(x.mac.value) })),
          cdrom: t.cdrom ? t.cdrom.slot : null,
          agent: n(t.agent.value),
          boot: n(t.boot.value),
          overridden: [...t.overridden],
        }
      : null,
  };
}

export type PlanJsonClusterFragment = { cpuType: string; cpuMode: string; cpuWarnings: string[]; migrationNetwork: string | null; migrationNetworkFrom: string };

/** `clusters[]` additions for one cluster name; null when the mapping has no such cluster. */
export function clusterPlanJson(mapping: MappingResult, cluster: string): PlanJsonClusterFragment | null {
  const c = mapping.clusters.find((x) => x.name === cluster);
  if (!c) return null;
  return {
    cpuType: c.cpuType,
    cpuMode: c.cpu.mode,
    cpuWarnings: c.cpuWarnings.map((w) => w.code),
    migrationNetwork: n(c.migrationNetwork.cidr),
    migrationNetworkFrom: c.migrationNetwork.from,
  };
}

export type PlanJsonNetworkMap = {
  mode: 'bridge' | 'sdn';
  entries: { network: string; kind: string; vlans: number[]; trunk: boolean; conflict: boolean; bridge: string; tag: number | null; vnet: string | null; vms: number }[];
  bridges: { name: string; vlanAware: boolean; vlans: number[] }[];
};

export function networkMapPlanJson(mapping: MappingResult): PlanJsonNetworkMap {
  const m = mapping.networkMap;
  return {
    mode: m.mode,
    entries: m.entries.map((e) => ({ network: e.network, kind: e.kind, vlans: e.vlans, trunk: e.trunk, conflict: e.conflict, bridge: e.bridge, tag: n(e.tag), vnet: n(e.vnet), vms: e.vmCount })),
    bridges: m.bridges.map((b) => ({ ...b, vlans: [...b.vlans] })),
  };
}

export type PlanJsonStorageMap = {
  growthMargin: number;
  entries: { id: string; datastore: string; scope: string | null; content: string[]; sourceType: string | null; storage: string; type: string; shared: boolean; requiredMiB: number | null; targetCapacityMiB: number | null; fits: boolean | null; vms: number; vsanVms: string[] }[];
};

export function storageMapPlanJson(mapping: MappingResult): PlanJsonStorageMap {
  const m = mapping.storageMap;
  return {
    growthMargin: m.growthMargin,
    entries: m.entries.map((e) => ({
      id: e.id,
      datastore: e.datastore,
      scope: n(e.scope),
      content: [...e.content],
      sourceType: n(e.sourceType),
      storage: e.storage,
      type: e.type,
      shared: e.shared,
      requiredMiB: n(e.requiredMiB),
      targetCapacityMiB: n(e.targetCapacityMiB),
      fits: n(e.fits),
      vms: e.vmCount,
      vsanVms: [...e.vsanVms],
    })),
  };
}
