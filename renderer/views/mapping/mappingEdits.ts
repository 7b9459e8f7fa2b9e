import type { Decisions } from '../../../shared/model/project';
import type { PveStorageType } from '../../../shared/mapping/storageMap';
import type { Field, VmTarget } from '../../../shared/mapping';

/** Same rules the mapping applies when it reads the decisions (invalid values are ignored there). */
export const BRIDGE_RE = /^[A-Za-z][A-Za-z0-9_.-]{0,14}$/;
export const STORAGE_ID_RE = /^[a-z][a-z0-9._-]*$/i;
export const STORAGE_TYPES: readonly PveStorageType[] = ['nfs', 'lvm', 'lvmthin', 'zfspool', 'rbd', 'zfs', 'dir', 'cifs', 'cephfs', 'iscsi'];
export const OSTYPES = ['other', 'wxp', 'w2k', 'w2k3', 'w2k8', 'wvista', 'win7', 'win8', 'win10', 'win11', 'l24', 'l26', 'solaris'] as const;
export const SCSIHW = ['lsi', 'lsi53c810', 'virtio-scsi-pci', 'virtio-scsi-single', 'megasas', 'pvscsi'] as const;
export const CPU_TYPE_RE = /^[A-Za-z0-9_.-]+$/;

/** The VM fields the override editor offers, with the `decisions.vmOverrides[vmKey]` key each one uses. */
export const EDITABLE_FIELDS = ['cpu', 'cores', 'memoryMiB', 'ostype', 'scsihw'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

function record(x: unknown): Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {};
}

/** A map-of-objects decision with one entry changed; `undefined` removes the entry (and an empty map). */
function withEntry(d: Decisions, area: string, name: string, entry: Record<string, unknown> | undefined): Decisions {
  const map = { ...record(d[area]) };
  if (entry === undefined || Object.keys(entry).length === 0) delete map[name];
  else map[name] = entry;
  const out: Decisions = { ...d, [area]: map };
  if (Object.keys(map).length === 0) delete out[area];
  return out;
}

export type NetworkEdit = { bridge?: string; tag: number | null };

/** `decisions.networkMap[portGroup] = { bridge?, tag }` (tag null = untagged); undefined resets to derived. */
export function withNetworkEdit(d: Decisions, portGroup: string, edit: NetworkEdit | undefined): Decisions {
  if (edit === undefined) return withEntry(d, 'networkMap', portGroup, undefined);
  const entry: Record<string, unknown> = { tag: edit.tag };
  if (edit.bridge !== undefined) entry.bridge = edit.bridge;
  return withEntry(d, 'networkMap', portGroup, entry);
}

export type StorageEdit = { storage?: string; type?: PveStorageType; capacityMiB?: number };

/** `decisions.storageMap[datastore] = { storage?, type?, capacityMiB? }`; undefined resets to derived. */
export function withStorageEdit(d: Decisions, datastore: string, edit: StorageEdit | undefined): Decisions {
  if (edit === undefined) return withEntry(d, 'storageMap', datastore, undefined);
  const entry: Record<string, unknown> = {};
  if (edit.storage !== undefined) entry.storage = edit.storage;
  if (edit.type !== undefined) entry.type = edit.type;
  if (edit.capacityMiB !== undefined) entry.capacityMiB = edit.capacityMiB;
  return withEntry(d, 'storageMap', datastore, entry);
}

/** `decisions.vmOverrides[vmKey][field] = value`; undefined removes the field (reset to derived). */
export function withVmOverride(d: Decisions, vmKey: string, field: EditableField, value: string | number | undefined): Decisions {
  const all = { ...(d.vmOverrides ?? {}) };
  const mine = { ...(all[vmKey] ?? {}) };
  if (value === undefined) delete mine[field];
  else mine[field] = value;
  if (Object.keys(mine).length === 0) delete all[vmKey];
  else all[vmKey] = mine;
  const out: Decisions = { ...d, vmOverrides: all };
  if (Object.keys(all).length === 0) delete out.vmOverrides;
  return out;
}

/** Tag input: '' = untagged (null), an integer 1–4094, else invalid (undefined). */
export function parseTag(s: string): number | null | undefined {
  const t = s.trim();
  if (t === '') return null;
  if (!/^\d+$/.test(t)) return undefined;
  const n = Number(t);
  return n >= 1 && n <= 4094 ? n : undefined;
}

/** A positive decimal number of GiB → MiB (rounded); undefined when not a positive number. */
export function parseGiBToMiB(s: string): number | undefined {
  const t = s.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return n > 0 ? Math.round(n * 1024) : undefined;
}

/** Editor input → override value for one field, or undefined when the input is not valid for it. */
export function parseField(field: EditableField, s: string): string | number | undefined {
  const t = s.trim();
  if (field === 'cpu') return CPU_TYPE_RE.test(t) ? t : undefined;
  if (field === 'ostype') return (OSTYPES as readonly string[]).includes(t) ? t : undefined;
  if (field === 'scsihw') return (SCSIHW as readonly string[]).includes(t) ? t : undefined;
  if (!/^\d+$/.test(t)) return undefined;
  const n = Number(t);
  if (field === 'cores') return n >= 1 && n <= 1024 ? n : undefined;
  return n >= 16 && n <= 64 * 1024 * 1024 ? n : undefined;
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
