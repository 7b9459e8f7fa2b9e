import type { Inventory, Vm } from '../model/inventory';
import type { Decisions } from '../model/project';
import type { PlanningAssumptions } from '../assumptions';

/**
 * VMIDs stay stable across re-imports: they are kept in `decisions.vmidByUuid` keyed by the VM's stable
 * identity (instance UUID, else BIOS UUID, else the inventory key). New VMs get the next free id from
 * `vmidStart`, in inventory order.
 */

export function vmIdentity(vm: Vm): string {
  return vm.uuid?.toLowerCase() ?? vm.biosUuid?.toLowerCase() ?? vm.key;
}

export function savedVmids(decisions: Decisions): Record<string, number> {
  const m = decisions.vmidByUuid;
  const out: Record<string, number> = {};
  if (!m || typeof m !== 'object' || Array.isArray(m)) return out;
  for (const [k, v] of Object.entries(m as Record<string, unknown>)) {
    if (typeof v === 'number' && Number.isInteger(v) && v >= 100 && v <= 999_999_999) out[k] = v;
  }
  return out;
}

export type VmidAssignment = {
  /** Identity → VMID, the saved ones plus the new ones (save this back as `decisions.vmidByUuid`). */
  map: Record<string, number>;
  /** Identities that received a new VMID in this call. */
  assigned: string[];
};

export function assignVmids(inv: Inventory, decisions: Decisions, a: PlanningAssumptions): VmidAssignment {
  const saved = savedVmids(decisions);
  const map: Record<string, number> = { ...saved };
  const used = new Set<number>(Object.values(saved));
  // Per-VM overrides also reserve their ids.
  for (const o of Object.values(decisions.vmOverrides ?? {})) {
    const v = o?.vmid;
    if (typeof v === 'number' && Number.isInteger(v)) used.add(v);
  }
  const assigned: string[] = [];
  let next = a.vmidStart;
  for (const vm of inv.vms) {
    if (vm.template || vm.srmPlaceholder) continue;
    const id = vmIdentity(vm);
    if (map[id] !== undefined) continue;
    while (used.has(next)) next++;
    map[id] = next;
    used.add(next);
    assigned.push(id);
  }
  return { map, assigned };
}
