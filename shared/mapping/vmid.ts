import type { Inventory, Vm } from '../model/inventory';
import { resolveDecisions, type Decisions } from '../model/decisions';
import type { Assumptions } from '../model/assumptions';

/**
 * VMIDs stay stable across re-imports: they are kept in `decisions.vmidByUuid` keyed by the VM's stable
 * identity (instance UUID, else BIOS UUID, else the inventory key). New VMs get the next free id from
 * `vmidStart`, in inventory order.
 */

export function vmIdentity(vm: Vm): string {
  return vm.uuid?.toLowerCase() ?? vm.biosUuid?.toLowerCase() ?? vm.key;
}

/** The saved VMIDs (`decisions.vmidByUuid`, checked by `readDecisions`). */
export function savedVmids(decisions: Decisions): Record<string, number> {
  return { ...resolveDecisions(decisions).vmidByUuid };
}

export type VmidAssignment = {
  /** Identity → VMID, the saved ones plus the new ones (save this back as `decisions.vmidByUuid`). */
  map: Record<string, number>;
  /** Identities that received a new VMID in this call. */
  assigned: string[];
};

export function assignVmids(inv: Inventory, decisions: Decisions, a: Assumptions): VmidAssignment {
  const read = resolveDecisions(decisions);
  const saved = savedVmids(read);
  const map: Record<string, number> = { ...saved };
  const used = new Set<number>(Object.values(saved));
  // Per-VM overrides also reserve their ids.
  for (const o of Object.values(read.vmOverrides ?? {})) {
    if (o.vmid !== undefined) used.add(o.vmid);
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
