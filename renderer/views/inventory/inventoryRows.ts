import type { Inventory, Snapshot, Vm } from '../../../shared/model/inventory';

/** The tabs of the Inventory view, in display order. */
export const INVENTORY_TABS = ['vms', 'hosts', 'clusters', 'datastores', 'networks', 'snapshots', 'licences'] as const;
export type InventoryTab = (typeof INVENTORY_TABS)[number];

/** One snapshot with the VM it belongs to. */
export type SnapshotRow = { key: string; vm: string; cluster?: string; snapshot: Snapshot; ageDays?: number };

/** The VMs the plan migrates: templates and SRM placeholders are left out (they are counted apart). */
export function vmRows(inv: Inventory): Vm[] {
  return inv.vms.filter((v) => !v.template && !v.srmPlaceholder);
}

/** Whole days between an ISO date and `now`; undefined when the date is missing or not a date. */
export function ageInDays(iso: string | undefined, now: Date): number | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return undefined;
  return Math.max(0, Math.floor((now.getTime() - t) / 86_400_000));
}

/** Every snapshot of every VM (templates included: their snapshots still take space), one row each. */
export function snapshotRows(inv: Inventory, now: Date): SnapshotRow[] {
  const out: SnapshotRow[] = [];
  for (const v of inv.vms) {
    v.snapshots.forEach((s, i) => {
      out.push({ key: `${v.key}\u0000${i}`, vm: v.name, cluster: v.cluster, snapshot: s, ageDays: ageInDays(s.createdAt, now) });
    });
  }
  return out;
}

/** Row counts per tab (the tab labels show them). */
export function tabCounts(inv: Inventory, snapshots: number): Record<InventoryTab, number> {
  return {
    vms: vmRows(inv).length,
    hosts: inv.hosts.length,
    clusters: inv.clusters.length,
    datastores: inv.datastores.length,
    networks: inv.portGroups.length,
    snapshots,
    licences: inv.licenses.length,
  };
}
