import { text, type Text } from '../i18n/text';
import type { Datastore, Inventory, Vm } from '../model/inventory';
import { resolveDecisions, STORAGE_ID_RE, type Decisions, type PveStorageType, type StorageOverride } from '../model/decisions';
import type { Assumptions } from '../model/assumptions';
import type { Provenance } from './provenance';

/**
 * Datastores → Proxmox storage suggestions (proxmox-facts §4): NFS → NFS, SAN VMFS → shared LVM (thick) or
 * Ceph RBD, vSAN → Ceph RBD (≥ `cephMinNodes` nodes), local VMFS → LVM-thin or ZFS with replication, vVol →
 * ZFS over iSCSI / vendor plugin. Users edit entries through
 * `decisions.storageMap[<datastore>] = { storage?, type?, capacityMiB? }`.
 */

export type { PveStorageType } from '../model/decisions';

export const FILE_STORAGE: readonly PveStorageType[] = ['nfs', 'dir', 'cifs', 'cephfs'];
export const SHARED_STORAGE: readonly PveStorageType[] = ['nfs', 'rbd', 'cifs', 'cephfs', 'zfs', 'iscsi'];
/** Storage types whose volumes only take the space written (thin). */
const THIN_STORAGE: readonly PveStorageType[] = ['nfs', 'dir', 'cifs', 'cephfs', 'lvmthin', 'zfspool', 'rbd', 'zfs'];

export function diskFormatFor(type: PveStorageType | undefined): 'raw' | 'qcow2' | undefined {
  if (!type) return undefined;
  return FILE_STORAGE.includes(type) ? 'qcow2' : 'raw';
}

export type StorageEntry = {
  /**
   * Identity of the datastore: its name when the name is unique in the estate, else `name@scope`. A datastore
   * is identified by its vCenter and the hosts that mount it, not by its name alone (two `vsanDatastore`s in
   * two clusters are two storages with two capacities). Overrides are keyed by it.
   */
  id: string;
  /** Where a datastore whose name is not unique lives (its cluster, else its vCenter / first host). */
  scope?: string;
  /** `content` of the Proxmox storage: `images` where it holds VM disks, `iso` where it holds ISO images. */
  content: ('images' | 'iso')[];
  datastore: string;
  sourceType?: string;
  kind: 'nfs' | 'vmfs-shared' | 'vmfs-local' | 'vsan' | 'vvol' | 'unknown';
  hosts: string[];
  capacityMiB?: number;
  provisionedMiB?: number;
  inUseMiB?: number;
  /** Proxmox storage id the datastore's disks go to. */
  storage: string;
  type: PveStorageType;
  shared: boolean;
  alternatives: PveStorageType[];
  /** Capacity the target needs: in use (thin target) or provisioned (thick target), plus the growth margin. */
  requiredMiB?: number;
  thinTarget: boolean;
  /** Target capacity (user-entered, else assumed equal to the source datastore). */
  targetCapacityMiB?: number;
  fits?: boolean;
  vmCount: number;
  vsanVms: string[];
  source: Provenance;
  notes: Text[];
};

export type StorageMap = { entries: StorageEntry[]; growthMargin: number };

/** pve-common `pve-storage-id` (PVE/JSONSchema.pm parse_storage_id): at least two characters. */
export const PVE_STORAGE_ID_RE = STORAGE_ID_RE;

/** Proxmox storage id: lower case, starts with a letter, `[a-z0-9-_.]`, ends with a letter or digit. */
export function storageIdFor(name: string): string {
  const s = name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z]+/, '').slice(0, 60).replace(/[^a-z0-9]+$/, '');
  if (s === '') return 'ds';
  return PVE_STORAGE_ID_RE.test(s) ? s : `${s}-ds`;
}

function storageOverride(decisions: Decisions, ds: string): StorageOverride | undefined {
  const o = decisions.storageMap?.[ds];
  return o && (o.storage !== undefined || o.type !== undefined || o.capacityMiB !== undefined) ? o : undefined;
}

function kindOf(ds: Datastore): StorageEntry['kind'] {
  const t = (ds.type ?? '').toLowerCase();
  if (t.startsWith('nfs')) return 'nfs';
  if (t === 'vsan') return 'vsan';
  if (t.startsWith('vvol')) return 'vvol';
  if (t === 'vmfs') {
    if (ds.hosts.length > 1) return 'vmfs-shared';
    if (ds.hosts.length === 1) return 'vmfs-local';
    return /local/i.test(ds.name) ? 'vmfs-local' : 'unknown';
  }
  return 'unknown';
}

/** Node count the target cluster of a datastore would have: the source cluster's host count. */
function clusterNodes(inv: Inventory, ds: Datastore): number | undefined {
  const clusters = new Set(inv.hosts.filter((h) => ds.hosts.includes(h.name)).map((h) => h.cluster).filter((c): c is string => !!c));
  if (ds.clusterName) clusters.add(ds.clusterName);
  let max: number | undefined;
  for (const c of clusters) {
    const n = inv.hosts.filter((h) => h.cluster === c).length || inv.clusters.find((k) => k.name === c)?.numHosts;
    if (n !== undefined && (max === undefined || n > max)) max = n;
  }
  return max ?? (ds.hosts.length > 0 ? ds.hosts.length : undefined);
}

/** The cluster a datastore belongs to: its own field, else the cluster of the hosts mounting it. */
function clusterOfDatastore(inv: Inventory, ds: Datastore): string | undefined {
  if (ds.clusterName) return ds.clusterName;
  const cs = new Set(inv.hosts.filter((h) => h.source === ds.source && ds.hosts.includes(h.name)).map((h) => h.cluster).filter((c): c is string => !!c));
  return cs.size === 1 ? [...cs][0] : undefined;
}

/** Datastores of one name told apart by their vCenter and their hosts (records of the same store merged). */
function identities(inv: Inventory): Map<Datastore, { id: string; scope?: string }> {
  const byName = new Map<string, Datastore[]>();
  for (const d of inv.datastores) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  const out = new Map<Datastore, { id: string; scope?: string }>();
  for (const [name, list] of byName) {
    // One store seen twice (same vCenter, overlapping hosts) stays one.
    const groups: Datastore[][] = [];
    for (const d of list) {
      const g = groups.find((x) => x.some((y) => y.source === d.source && (y.hosts.some((h) => d.hosts.includes(h)) || (y.hosts.length === 0 && d.hosts.length === 0))));
      if (g) g.push(d);
      else groups.push([d]);
    }
    if (groups.length === 1) {
      for (const d of list) out.set(d, { id: name });
      continue;
    }
    const taken = new Set<string>();
    for (const g of groups) {
      const first = g[0] as Datastore;
      const base = clusterOfDatastore(inv, first) ?? first.hosts[0] ?? first.source;
      let scope = base;
      for (let i = 2; taken.has(scope); i++) scope = `${base}-${i}`;
      taken.add(scope);
      for (const d of g) out.set(d, { id: `${name}@${scope}`, scope });
    }
  }
  return out;
}

/** The datastore record a VM's disk is on: same name, mounted by the VM's host (else same vCenter and cluster). */
export function datastoreOfVm(candidates: readonly Datastore[], vm: Pick<Vm, 'host' | 'source' | 'cluster'>): Datastore | undefined {
  if (candidates.length <= 1) return candidates[0];
  return (
    candidates.find((d) => vm.host !== undefined && d.source === vm.source && d.hosts.includes(vm.host)) ??
    candidates.find((d) => vm.host !== undefined && d.hosts.includes(vm.host)) ??
    candidates.find((d) => d.source === vm.source && d.clusterName !== undefined && d.clusterName === vm.cluster) ??
    candidates.find((d) => d.source === vm.source) ??
    candidates[0]
  );
}

const ISO_NAME = /(^|[^a-z])(iso|isos|media|library|software)([^a-z]|$)/i;

export function buildStorageMap(inv: Inventory, a: Assumptions, decisions: Decisions = {}): StorageMap {
  const read = resolveDecisions(decisions);
  const ids = identities(inv);
  const byName = new Map<string, Datastore[]>();
  for (const d of inv.datastores) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  const vmsByDs = new Map<string, Set<string>>();
  const nameByKey = new Map<string, string>();
  for (const vm of inv.vms) {
    if (vm.template || vm.srmPlaceholder) continue;
    for (const d of vm.disks) {
      if (!d.datastore) continue;
      const rec = datastoreOfVm(byName.get(d.datastore) ?? [], vm);
      const id = rec ? (ids.get(rec)?.id ?? d.datastore) : d.datastore;
      let s = vmsByDs.get(id);
      if (s === undefined) {
        s = new Set<string>();
        vmsByDs.set(id, s);
      }
      s.add(vm.key);
    }
  }
  const vsanNames = new Set(inv.datastores.filter((d) => kindOf(d) === 'vsan').map((d) => d.name));
  if (vsanNames.size > 0) for (const vm of inv.vms) nameByKey.set(vm.key, vm.name);
  const entries: StorageEntry[] = [];
  const seen = new Set<string>();
  const all = [...inv.datastores];
  for (const name of vmsByDs.keys()) {
    if (!byName.has(name) && !inv.datastores.some((d) => ids.get(d)?.id === name)) all.push({ key: `missing/${name}`, name, source: '', hosts: [] });
  }
  for (const ds of all.sort((x, y) => x.name.localeCompare(y.name) || (ids.get(x)?.id ?? x.name).localeCompare(ids.get(y)?.id ?? y.name))) {
    const ident = ids.get(ds) ?? { id: ds.name };
    if (seen.has(ident.id)) continue;
    seen.add(ident.id);
    const kind = kindOf(ds);
    const notes: Text[] = [];
    let type: PveStorageType;
    let alternatives: PveStorageType[];
    let storage = storageIdFor(ident.scope ? `${ds.name}-${ident.scope}` : ds.name);
    if (ident.scope) {
      notes.push(text(
        'Có nhiều datastore cùng tên "{{name}}": đây là datastore của {{scope}} ({{hosts}} host gắn), một storage riêng với dung lượng riêng.',
        'Several datastores are named "{{name}}": this is the one of {{scope}} ({{hosts}} mounting host(s)), a storage of its own with its own capacity.',
        { name: ds.name, scope: ident.scope, hosts: ds.hosts.length },
      ));
    }
    switch (kind) {
      case 'nfs':
        type = 'nfs';
        alternatives = ['rbd'];
        break;
      case 'vmfs-shared':
        type = 'lvm';
        alternatives = ['rbd', 'zfs'];
        notes.push(text(
          'VMFS trên SAN dùng chung: dùng LVM dùng chung (thick) trên cùng LUN iSCSI/FC, hoặc chuyển sang Ceph RBD.',
          'Shared SAN VMFS: use shared LVM (thick) on the same iSCSI/FC LUN, or move to Ceph RBD.',
        ));
        break;
      case 'vmfs-local':
        type = 'lvmthin';
        alternatives = ['zfspool'];
        storage = 'local-lvm';
        notes.push(text(
          'Datastore cục bộ: LVM-thin (local-lvm), hoặc ZFS với replication nếu máy ảo cần HA.',
          'Local datastore: LVM-thin (local-lvm), or ZFS with replication if the VMs need HA.',
        ));
        break;
      case 'vsan': {
        const nodes = clusterNodes(inv, ds);
        if (nodes === undefined || nodes < a.cephMinNodes) {
          // Ceph is proposed only with enough nodes: local ZFS with storage replication (pvesr) instead,
          // or shared storage (NFS / shared LVM on a SAN).
          type = 'zfspool';
          storage = storageIdFor(`${ident.scope ? `${ds.name}-${ident.scope}` : ds.name}-zfs`);
          alternatives = ['nfs', 'lvm', 'rbd'];
          notes.push(text(
            'vSAN → Ceph RBD cần ít nhất {{min}} node (cluster nguồn có {{nodes}}): đề xuất ZFS cục bộ với storage replication (pvesr) để HA khởi động lại máy ảo từ bản sao, hoặc lưu trữ dùng chung (NFS, LVM dùng chung trên SAN).',
            'vSAN → Ceph RBD needs at least {{min}} nodes (the source cluster has {{nodes}}): proposed local ZFS with storage replication (pvesr) so HA restarts VMs from the replica, or shared storage (NFS, shared LVM on a SAN).',
            { min: a.cephMinNodes, nodes: nodes ?? '?' },
          ));
        } else {
          type = 'rbd';
          alternatives = ['nfs', 'lvm', 'zfspool'];
        }
        notes.push(text(
          'Máy ảo trên vSAN không nhập trực tiếp được bằng trình nhập ESXi của Proxmox: Storage vMotion sang VMFS/NFS trước.',
          'VMs on vSAN cannot be imported directly by the Proxmox ESXi importer: Storage vMotion them to VMFS/NFS first.',
        ));
        break;
      }
      case 'vvol':
        type = 'zfs';
        alternatives = ['rbd', 'lvm'];
        notes.push(text(
          'vVols không có tương đương trực tiếp: ZFS over iSCSI hoặc plugin lưu trữ của hãng.',
          'vVols have no direct equivalent: ZFS over iSCSI or the array vendor’s storage plugin.',
        ));
        break;
      default:
        type = 'lvmthin';
        alternatives = ['lvm', 'nfs', 'rbd'];
        storage = 'local-lvm';
        notes.push(text('Loại datastore chưa rõ: đề xuất tạm LVM-thin.', 'Datastore type unknown: LVM-thin suggested for now.'));
    }
    let source: Provenance = kind === 'unknown' ? 'assumed' : 'derived';
    let targetCapacityMiB = kind === 'vmfs-local' || kind === 'unknown' ? undefined : ds.capacityMiB;
    const ov = storageOverride(read, ident.id);
    if (ov) {
      if (ov.type) type = ov.type;
      if (ov.storage) storage = ov.storage;
      if (ov.capacityMiB) targetCapacityMiB = ov.capacityMiB;
      source = 'override';
    }
    const thinTarget = THIN_STORAGE.includes(type);
    const base = thinTarget ? ds.inUseMiB : ds.provisionedMiB;
    const requiredMiB = base === undefined ? undefined : Math.ceil(base * (1 + a.storageGrowthMargin));
    const vmKeys = vmsByDs.get(ident.id) ?? new Set<string>();
    // ISO images: an NFS/file datastore named for media, or one holding no VM disk that CD drives point at.
    const isoByName = ISO_NAME.test(ds.name) && (kind === 'nfs' || kind === 'unknown' || kind === 'vmfs-shared');
    const content: StorageEntry['content'] = [];
    if (vmKeys.size > 0 || !isoByName) content.push('images');
    if (isoByName) {
      content.push('iso');
      notes.push(text(
        'Datastore này có vẻ chứa ảnh ISO: storage trên Proxmox dùng `content iso`{{images}}.',
        'This datastore looks like it holds ISO images: the Proxmox storage gets `content iso`{{images}}.',
        { images: vmKeys.size > 0 ? ',images' : '' },
      ));
    }
    entries.push({
      id: ident.id,
      scope: ident.scope,
      content,
      datastore: ds.name,
      sourceType: ds.type,
      kind,
      hosts: [...ds.hosts],
      capacityMiB: ds.capacityMiB,
      provisionedMiB: ds.provisionedMiB,
      inUseMiB: ds.inUseMiB,
      storage,
      type,
      shared: SHARED_STORAGE.includes(type) || (type === 'lvm' && kind === 'vmfs-shared'),
      alternatives: alternatives.filter((t) => t !== type),
      requiredMiB,
      thinTarget,
      targetCapacityMiB,
      fits: requiredMiB !== undefined && targetCapacityMiB !== undefined ? requiredMiB <= targetCapacityMiB : undefined,
      vmCount: vmKeys.size,
      vsanVms: kind === 'vsan' ? [...vmKeys].map((k) => nameByKey.get(k) ?? k).sort() : [],
      source,
      notes,
    });
  }
  return { entries, growthMargin: a.storageGrowthMargin };
}

/** The storage entry of a datastore id (the name when it is unique). */
export function storageFor(map: StorageMap, datastore: string | undefined): StorageEntry | undefined {
  if (!datastore) return undefined;
  return map.entries.find((e) => e.id === datastore) ?? map.entries.find((e) => e.datastore === datastore);
}

/** The storage entry a VM's disk on datastore `name` lands on (the one its host mounts when the name is not unique). */
export function storageForVm(byName: ReadonlyMap<string, readonly StorageEntry[]>, vm: Pick<Vm, 'host'>, name: string): StorageEntry | undefined {
  const list = byName.get(name) ?? [];
  if (list.length <= 1) return list[0];
  return list.find((e) => vm.host !== undefined && e.hosts.includes(vm.host)) ?? list[0];
}
