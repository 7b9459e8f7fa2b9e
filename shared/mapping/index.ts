import type { Inventory, Vm } from '../model/inventory';
import { PLANNING_CALCULATOR_VERSION, resolveAssumptions, type Assumptions } from '../model/assumptions';
import { resolveDecisions, type Decisions } from '../model/decisions';
import { cpuBaselines, type ClusterCpu, type CpuWarning } from './cpuBaseline';
import { buildNetworkMap, migrationNetwork, type MigrationNetwork, type NetworkEntry, type NetworkMap } from './networkMap';
import { uniquePveNames } from './pveName';
import { buildStorageMap, type StorageEntry, type StorageMap } from './storageMap';
import { assignVmids, vmIdentity } from './vmid';
import { mapVm, type VmTarget } from './vmTarget';

export type MappingCluster = {
  name: string;
  cpuType: string;
  cpu: ClusterCpu;
  cpuWarnings: CpuWarning[];
  migrationNetwork: MigrationNetwork;
};

export type MappingResult = {
  calculatorVersion: string;
  assumptions: Assumptions;
  /** vmKey → target configuration (migratable VMs only: no templates or SRM placeholders). */
  vms: Record<string, VmTarget>;
  clusters: MappingCluster[];
  networkMap: NetworkMap;
  storageMap: StorageMap;
  /** VM identity → VMID including new assignments: save as `decisions.vmidByUuid` to keep them stable. */
  vmidByUuid: Record<string, number>;
  /** Identities that got a new VMID in this run. */
  newVmids: string[];
};

function isMigratable(vm: Vm): boolean {
  return !vm.template && !vm.srmPlaceholder;
}

/** Map every migratable VM, the cluster CPU baselines, and the network and storage maps. */
export function deriveMapping(inv: Inventory, rawDecisions: Decisions, assumptions: Partial<Assumptions> | undefined): MappingResult {
  const a = resolveAssumptions(assumptions);
  const decisions = resolveDecisions(rawDecisions);
  const cpus = cpuBaselines(inv, a, decisions);
  const cpuByCluster = new Map(cpus.map((c) => [c.cluster, c]));
  const networkMap = buildNetworkMap(inv, a, decisions);
  const storageMap = buildStorageMap(inv, a, decisions);
  const network = new Map<string, NetworkEntry>(networkMap.entries.map((e) => [e.network, e]));
  const storage = new Map<string, StorageEntry[]>();
  for (const e of storageMap.entries) storage.set(e.datastore, [...(storage.get(e.datastore) ?? []), e]);
  const ids = assignVmids(inv, decisions, a);
  const vms = inv.vms.filter(isMigratable);
  const names = uniquePveNames(vms.map((v) => ({ name: v.name, vmid: ids.map[vmIdentity(v)] })));
  const out: Record<string, VmTarget> = {};
  vms.forEach((vm, i) => {
    const clusterName = vm.cluster ?? (vm.host ? `standalone:${vm.host}` : undefined);
    out[vm.key] = mapVm(vm, {
      assumptions: a,
      decisions,
      vmid: ids.map[vmIdentity(vm)],
      pveName: names[i] ?? vm.name,
      clusterCpu: clusterName ? cpuByCluster.get(clusterName) : undefined,
      network,
      storage,
    });
  });
  const clusters: MappingCluster[] = cpus.map((c) => ({
    name: c.cluster,
    cpuType: c.cpuType,
    cpu: c,
    cpuWarnings: c.warnings,
    migrationNetwork: migrationNetwork(inv, c.cluster),
  }));
  return {
    calculatorVersion: PLANNING_CALCULATOR_VERSION,
    assumptions: a,
    vms: out,
    clusters,
    networkMap,
    storageMap,
    vmidByUuid: ids.map,
    newVmids: ids.assigned,
  };
}

export { mapVm, type VmTarget, type TargetDisk, type TargetNic, type TargetProfile, type Scsihw } from './vmTarget';
export { assignVmids, vmIdentity } from './vmid';
export { migrationNetwork, classifyVmk, cidrOf, buildNetworkMap, type MigrationNetwork, type NetworkMap, type NetworkEntry } from './networkMap';
export { buildStorageMap, type StorageMap, type StorageEntry } from './storageMap';
export { cpuBaselines, clusterCpuBaseline, type ClusterCpu } from './cpuBaseline';
export { guestOs, classifyOsName, type GuestOs, type Ostype } from './guestOs';
export { sanitizePveName, isValidPveName, uniquePveNames } from './pveName';
export type { Field, Provenance } from './provenance';
