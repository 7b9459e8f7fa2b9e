import type { Inventory } from './inventory';

export type InventorySummary = {
  /** VMs that are neither templates nor SRM placeholders. */
  vms: number;
  templates: number;
  srmPlaceholders: number;
  /** Powered-on VMs (of `vms`). */
  poweredOn: number;
  hosts: number;
  clusters: number;
  datastores: number;
  /** Sum of vCPUs over `vms` (unknown counts are left out and counted in `vmsWithUnknownCpu`). */
  vCpus: number;
  memoryMiB: number;
  vmsWithUnknownCpu: number;
  vmsWithUnknownMemory: number;
  provisionedMiB: number;
  snapshots: number;
  vmsWithSnapshots: number;
};

export function summarize(inv: Inventory): InventorySummary {
  let vms = 0, templates = 0, srm = 0, on = 0, vCpus = 0, mem = 0, unkCpu = 0, unkMem = 0, prov = 0, snaps = 0, withSnaps = 0;
  for (const v of inv.vms) {
    if (v.template) { templates++; continue; }
    if (v.srmPlaceholder) { srm++; continue; }
    vms++;
    if (v.powerState === 'poweredOn') on++;
    if (v.cpus === undefined) unkCpu++; else vCpus += v.cpus;
    if (v.memoryMiB === undefined) unkMem++; else mem += v.memoryMiB;
    prov += v.provisionedMiB ?? 0;
    snaps += v.snapshots.length;
    if (v.snapshots.length > 0) withSnaps++;
  }
  return {
    vms, templates, srmPlaceholders: srm, poweredOn: on,
    hosts: inv.hosts.length, clusters: inv.clusters.length, datastores: inv.datastores.length,
    vCpus, memoryMiB: mem, vmsWithUnknownCpu: unkCpu, vmsWithUnknownMemory: unkMem,
    provisionedMiB: prov, snapshots: snaps, vmsWithSnapshots: withSnaps,
  };
}
