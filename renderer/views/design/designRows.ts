import type { ClusterDesign, HaTier, PlacedVm } from '../../../shared/design/types';
import type { BundleFile } from '../../../shared/report/configBundle';

/** Colour band of a utilisation bar: fine below 75 %, tight up to 90 %, over above. */
export function loadTone(pct: number): 'ok' | 'warn' | 'err' {
  if (!Number.isFinite(pct) || pct <= 75) return 'ok';
  return pct <= 90 ? 'warn' : 'err';
}

/** VMs per node name (placed VMs only), each list sorted by name; unplaced VMs under `unplaced`. */
export function vmsByNode(c: ClusterDesign): { byNode: Map<string, PlacedVm[]>; unplaced: PlacedVm[] } {
  const byNode = new Map<string, PlacedVm[]>(c.nodes.map((n) => [n.name, []]));
  const unplaced: PlacedVm[] = [];
  for (const v of c.placement.vms) {
    const list = v.node ? byNode.get(v.node) : undefined;
    if (list) list.push(v);
    else unplaced.push(v);
  }
  for (const list of byNode.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  unplaced.sort((a, b) => a.name.localeCompare(b.name));
  return { byNode, unplaced };
}

/** VMs whose name contains `filter` (case-insensitive), sorted by name, at most `limit`. */
export function filterVms(vms: readonly PlacedVm[], filter: string, limit: number): PlacedVm[] {
  const f = filter.trim().toLowerCase();
  const out = f ? vms.filter((v) => v.name.toLowerCase().includes(f)) : [...vms];
  out.sort((a, b) => a.name.localeCompare(b.name));
  return out.slice(0, limit);
}

export type TierRow = {
  vmKey: string;
  name: string;
  vmid: number;
  node?: string;
  /** 'unplaced' when the VM has no node (it cannot be an HA resource). */
  tier: HaTier | 'unplaced';
  state?: string;
  /** The user chose this tier (decision), rather than the planner deriving it from vSphere. */
  userSet: boolean;
};

const TIER_ORDER: Record<TierRow['tier'], number> = { 1: 0, 2: 1, 3: 2, none: 3, unplaced: 4 };

/** One row per VM of the cluster with its HA tier (tier 1, tier 2, not HA, not placed), tier then name order. */
export function tierRows(c: ClusterDesign, haTiers: Record<string, HaTier>): TierRow[] {
  const res = new Map(c.ha.resources.map((r) => [r.vmKey, r]));
  const rows: TierRow[] = c.placement.vms.map((v) => {
    const r = res.get(v.vmKey);
    const tier: TierRow['tier'] = r ? r.tier : v.node ? 'none' : 'unplaced';
    return {
      vmKey: v.vmKey,
      name: v.name,
      vmid: v.vmid,
      node: v.node,
      tier,
      state: r?.state,
      userSet: haTiers[v.vmKey] !== undefined,
    };
  });
  rows.sort((a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier] || a.name.localeCompare(b.name));
  return rows;
}

export function tierCounts(rows: readonly TierRow[]): Record<TierRow['tier'], number> {
  const out: Record<TierRow['tier'], number> = { 1: 0, 2: 0, 3: 0, none: 0, unplaced: 0 };
  for (const r of rows) out[r.tier]++;
  return out;
}

/** The bundle files of one cluster with paths relative to `proxmox/<cluster>/`, in bundle order. */
export function clusterFiles(bundle: readonly BundleFile[], cluster: string): BundleFile[] {
  const prefix = `proxmox/${cluster}/`;
  return bundle
    .filter((f) => f.path.startsWith(prefix))
    .map((f) => ({ ...f, path: f.path.slice(prefix.length) }));
}

/** The file to show first: the HA rules (PVE 9) or groups (PVE 8), else the first file. */
export function defaultFile(files: readonly BundleFile[]): string | undefined {
  return (
    files.find((f) => f.path === 'ha/rules.cfg') ??
    files.find((f) => f.path === 'ha/groups.cfg') ??
    files[0]
  )?.path;
}

/** `pve01:2,pve02:1` — node priorities, highest (preferred) first. */
export function formatPriorities(nodes: Record<string, number>): string {
  return sortedPriorities(nodes)
    .map(([n, p]) => `${n}:${p}`)
    .join(', ');
}

/** Node priorities as `[node, priority]` pairs, highest (preferred) first. */
export function sortedPriorities(nodes: Record<string, number>): [string, number][] {
  return Object.entries(nodes).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
