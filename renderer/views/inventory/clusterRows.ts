import type { Inventory } from '../../../shared/model/inventory';

export type ClusterRow = {
  name: string | null;
  hosts: number;
  vms: number;
  poweredOn: number;
  vCpus: number;
  memoryMiB: number;
  haEnabled?: boolean;
  drsEnabled?: boolean;
};

/** Per-cluster figures (VMs exclude templates and SRM placeholders); VMs outside any cluster get a row of their own. */
export function clusterRows(inv: Inventory): ClusterRow[] {
  const rows = new Map<string, ClusterRow>();
  const keyOf = (source: string, name: string | undefined): string => `${source}\u0000${name ?? ''}`;
  for (const c of inv.clusters) {
    rows.set(keyOf(c.source, c.name), { name: c.name, hosts: 0, vms: 0, poweredOn: 0, vCpus: 0, memoryMiB: 0, haEnabled: c.haEnabled, drsEnabled: c.drsEnabled });
  }
  const row = (source: string, name: string | undefined): ClusterRow => {
    const k = keyOf(source, name);
    let r = rows.get(k);
    if (!r) {
      r = { name: name ?? null, hosts: 0, vms: 0, poweredOn: 0, vCpus: 0, memoryMiB: 0 };
      rows.set(k, r);
    }
    return r;
  };
  for (const h of inv.hosts) row(h.source, h.cluster).hosts++;
  for (const v of inv.vms) {
    if (v.template || v.srmPlaceholder) continue;
    const r = row(v.source, v.cluster);
    r.vms++;
    if (v.powerState === 'poweredOn') r.poweredOn++;
    r.vCpus += v.cpus ?? 0;
    r.memoryMiB += v.memoryMiB ?? 0;
  }
  return [...rows.values()].sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name)));
}
