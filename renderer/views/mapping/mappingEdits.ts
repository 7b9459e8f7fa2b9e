import { isValidVmOverride, VLAN_MAX, VLAN_MIN, type VmOverrideField } from '../../../shared/model/decisions';
import type { Field, VmTarget } from '../../../shared/mapping';

/**
 * Parsing and display helpers of the mapping editors. The decisions they edit, the value rules and the
 * choice lists are in shared/model/decisions.ts (setVmOverride, setNetworkOverride, setStorageOverride).
 */
/** The VM fields the override editor offers, with the `decisions.vmOverrides[vmKey]` key each one uses. */
export const EDITABLE_FIELDS = ['cpu', 'cores', 'memoryMiB', 'ostype', 'scsihw'] as const satisfies readonly VmOverrideField[];
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** Tag input: '' = untagged (null), an integer 1–4094, else invalid (undefined). */
export function parseTag(s: string): number | null | undefined {
  const t = s.trim();
  if (t === '') return null;
  if (!/^\d+$/.test(t)) return undefined;
  const n = Number(t);
  return n >= VLAN_MIN && n <= VLAN_MAX ? n : undefined;
}

/** A positive decimal number of GiB → MiB (rounded); undefined when not a positive number. */
export function parseGiBToMiB(s: string): number | undefined {
  const t = s.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return n > 0 ? Math.round(n * 1024) : undefined;
}

/** Editor input → override value for one field, or undefined when the input is not valid for it (same rules as the reader). */
export function parseField(field: EditableField, s: string): string | number | undefined {
  const t = s.trim();
  const value = field === 'cpu' || field === 'ostype' || field === 'scsihw' ? t : /^\d+$/.test(t) ? Number(t) : undefined;
  return value !== undefined && isValidVmOverride(field, value) ? value : undefined;
}

export function fieldOf(t: VmTarget, field: EditableField): Field<string | number> {
  return t[field];
}

/** Text of one NIC as the target table shows it: `net0 vmbr0 tag=10 virtio` (untagged: no tag part). */
export function nicText(n: VmTarget['nets'][number], unknownText: string): string {
  const parts = [n.slot, n.bridge.value ?? unknownText];
  if (n.tag.value !== undefined) parts.push(`tag=${n.tag.value}`);
  parts.push(n.model.value ?? unknownText);
  return parts.join(' ');
}

/** Target rows filtered by name (source or Proxmox), cluster, VMID or CPU type. */
export function filterTargets(targets: readonly VmTarget[], query: string): VmTarget[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [...targets];
  return targets.filter(
    (t) =>
      t.sourceName.toLowerCase().includes(q) ||
      (t.name.value ?? '').toLowerCase().includes(q) ||
      (t.cluster.value ?? '').toLowerCase().includes(q) ||
      String(t.vmid.value ?? '').includes(q) ||
      (t.cpu.value ?? '').toLowerCase().includes(q),
  );
}
