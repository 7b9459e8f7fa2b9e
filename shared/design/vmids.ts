import type { Vm } from '../model/inventory';
import type { Assumptions } from '../model/project';

/** What the design needs from the mapping area (shared/mapping), structurally; every field optional. */
export type MappingLike = {
  /** VM key → VMID, when the mapping assigned them (stable across re-imports). */
  vmids?: Record<string, number>;
  /** VM key → per-VM target; read for `qm create` when present. */
  vms?: Record<string, unknown>;
  /** Per target cluster: CPU type and migration network, when the mapping derived them. */
  clusters?: { name: string; cpuType?: string; migrationNetwork?: string }[];
};

/**
 * VMIDs for the design: the mapping's when present, else `vmidStart + index` in inventory order (the one
 * place to swap when the mapping's `assignVmids` is wired in). IDs taken by the mapping are skipped.
 */
export function designVmids(vms: Vm[], assumptions: Assumptions, mapping?: MappingLike): Map<string, number> {
  const out = new Map<string, number>();
  const used = new Set<number>();
  for (const v of vms) {
    const id = mapping?.vmids?.[v.key];
    if (id !== undefined && Number.isInteger(id) && id >= 100 && !used.has(id)) {
      out.set(v.key, id);
      used.add(id);
    }
  }
  let next = Math.max(100, Math.floor(assumptions.vmidStart || 100));
  for (const v of vms) {
    if (out.has(v.key)) continue;
    while (used.has(next)) next++;
    out.set(v.key, next);
    used.add(next);
  }
  return out;
}
