import { resolveAssumptions } from '../model/assumptions';
import { assignVmids, vmIdentity, type MappingResult } from '../mapping';
import type { Inventory, Vm } from '../model/inventory';
import type { Assumptions } from '../model/assumptions';
import type { Decisions } from '../model/decisions';

/**
 * VMIDs for the design: the mapping's per-VM VMID when a mapping is given (it honours overrides), else the
 * mapping area's own `assignVmids` (stable ids from `decisions.vmidByUuid`, new ones from `vmidStart`).
 * This is the one place the design gets VMIDs from.
 */
export function designVmids(inv: Inventory, vms: Vm[], decisions: Decisions, assumptions: Assumptions, mapping?: MappingResult): Map<string, number> {
  const out = new Map<string, number>();
  const fallback = assignVmids(inv, decisions, resolveAssumptions(assumptions)).map;
  for (const v of vms) {
    const id = mapping?.vms[v.key]?.vmid.value ?? fallback[vmIdentity(v)];
    if (id !== undefined) out.set(v.key, id);
  }
  return out;
}
