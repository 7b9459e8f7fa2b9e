import type { MappingResult } from '../../mapping';
import type { PveStorageType } from '../../mapping/storageMap';
import { FILE_STORAGE, SHARED_STORAGE } from '../../mapping/storageMap';
import type { Inventory } from '../../model/inventory';
import { vsphereClusterOf } from '../../design/clusters';
import { nodeNameFromHost, uniqueName } from '../../design/names';
import { nodeAddresses } from '../../design/networks';
import type { ClusterDesign } from '../../design/types';
import { isAddress, isIp, isStorageId, quoted } from './escape';
import type { FindingSink } from './findings';
import { checkedSectionConfig, type CfgSection } from './sectionFile';

export const ESXI_ADDRESS_PLACEHOLDER = '<ESXI-HOST-ADDRESS>';

/** The ESXi import storage of one source ESXi host (type `esxi`, content `import`; PVE >= 8.2). */
export type EsxiStorage = { host: string; id: string; server: string };

/** The ESXi hosts a target cluster's VMs come from: its nodes' hosts, the hosts of its vSphere clusters, the VMs' hosts. */
export function sourceHosts(c: ClusterDesign, inventory: Inventory | undefined): string[] {
  const hosts = new Set<string>();
  for (const n of c.nodes) if (n.sourceHost) hosts.add(n.sourceHost);
  const src = new Set(c.sourceClusters);
  for (const h of inventory?.hosts ?? []) if (src.has(vsphereClusterOf(h, true))) hosts.add(h.name);
  const vmByKey = new Map((inventory?.vms ?? []).map((v) => [v.key, v]));
  for (const p of c.placement.vms) {
    const host = vmByKey.get(p.vmKey)?.host;
    if (host) hosts.add(host);
  }
  return [...hosts].sort((a, b) => a.localeCompare(b));
}

/**
 * One ESXi import storage per source host, id `esxi-<host label>` (unique, valid `pve-storage-id`). Its
 * server is the host's management VMkernel address, else the host name when it is a valid address, else a
 * marked placeholder (with a finding).
 */
export function esxiStorages(c: ClusterDesign, inventory: Inventory | undefined, sink: FindingSink): Map<string, EsxiStorage> {
  const out = new Map<string, EsxiStorage>();
  const taken = new Set<string>();
  for (const host of sourceHosts(c, inventory)) {
    const base = `esxi-${nodeNameFromHost(host)}`.slice(0, 60).replace(/-+$/, '');
    const id = uniqueName(base, taken, 60);
    const node = c.nodes.find((n) => n.sourceHost === host);
    const addresses = node?.addresses ?? nodeAddresses((inventory?.vmkernels ?? []).filter((k) => k.host === host));
    const ip = addresses.find((a) => a.role === 'management' && isIp(a.ip))?.ip;
    let server = ip ?? (isAddress(host) ? host : undefined);
    if (!server) {
      sink.add('BUNDLE_ESXI_ADDRESS', 'storage.cfg', { host: quoted(host), id });
      server = ESXI_ADDRESS_PLACEHOLDER;
    }
    out.set(host, { host, id, server });
  }
  return out;
}

function storageOptions(id: string, type: PveStorageType, shared: boolean, nodes: string[], content?: readonly string[]): { options: [string, string][]; comments: string[] } {
  const o: [string, string][] = [];
  const comments: string[] = [];
  switch (type) {
    case 'nfs':
      o.push(['server', '<NFS-SERVER>'], ['export', '<EXPORT-PATH>'], ['path', `/mnt/pve/${id}`], ['content', 'images']);
      break;
    case 'lvm':
      o.push(['vgname', '<VOLUME-GROUP>'], ['content', 'images'], ['shared', shared ? '1' : '0']);
      break;
    case 'lvmthin':
      if (id === 'local-lvm') {
        comments.push('local-lvm as a Proxmox VE installation on LVM creates it (on a ZFS installation the local storage is local-zfs).');
        o.push(['thinpool', 'data'], ['vgname', 'pve'], ['content', 'rootdir,images']);
      } else o.push(['thinpool', '<THIN-POOL>'], ['vgname', '<VOLUME-GROUP>'], ['content', 'images']);
      break;
    case 'zfspool':
      o.push(['pool', '<ZFS-POOL>'], ['content', 'images'], ['sparse', '1']);
      break;
    case 'rbd':
      o.push(['pool', id], ['content', 'images'], ['krbd', '0']);
      break;
    case 'cephfs':
      o.push(['path', `/mnt/pve/${id}`], ['content', 'iso,backup']);
      break;
    case 'dir':
      o.push(['path', '<DIRECTORY>'], ['content', 'images']);
      break;
    case 'cifs':
      o.push(['server', '<SMB-SERVER>'], ['share', '<SHARE>'], ['path', `/mnt/pve/${id}`], ['content', 'images']);
      break;
    case 'zfs':
      o.push(['portal', '<ISCSI-PORTAL>'], ['target', '<IQN>'], ['pool', '<ZFS-POOL>'], ['iscsiprovider', '<PROVIDER>'], ['content', 'images']);
      break;
    case 'iscsi':
      o.push(['portal', '<ISCSI-PORTAL>'], ['target', '<IQN>'], ['content', 'none']);
      break;
  }
  if (!shared && nodes.length) o.push(['nodes', nodes.join(',')]);
  // A datastore holding ISO images keeps them on a file storage: `content iso` (plus images where it holds disks).
  if (content && content.includes('iso') && FILE_STORAGE.includes(type)) {
    const i = o.findIndex(([k]) => k === 'content');
    const value = content.join(',');
    if (i >= 0) o[i] = ['content', value];
    else o.push(['content', value]);
  }
  return { options: o, comments };
}

export type StorageCfgResult = { text: string; defined: Set<string> };

/**
 * storage.cfg for one cluster: every storage its scripts use (the target storages of the VMs placed on it,
 * with the type the mapping chose or the type a user override named), the storages of its source hosts'
 * datastores, and one ESXi import storage per source host. Values in <…> are placeholders.
 * `used` maps each storage id the scripts write to → its type when known.
 */
export function storageCfg(
  c: ClusterDesign,
  mapping: MappingResult | undefined,
  used: Map<string, PveStorageType | undefined>,
  esxi: Map<string, EsxiStorage>,
  sink: FindingSink,
): StorageCfgResult {
  const hosts = new Set(esxi.keys());
  for (const n of c.nodes) if (n.sourceHost) hosts.add(n.sourceHost);
  const nodes = c.nodes.map((n) => n.name);
  const sections: CfgSection[] = [];
  const seen = new Set<string>();
  const add = (id: string, type: PveStorageType, shared: boolean, content?: readonly string[]) => {
    if (seen.has(id)) return;
    seen.add(id);
    const { options, comments } = storageOptions(id, type, shared, nodes, content);
    sections.push({ type, id, options, comments });
  };
  for (const e of mapping?.storageMap.entries ?? []) {
    if (e.hosts.some((h) => hosts.has(h)) || used.has(e.storage)) add(e.storage, e.type, e.shared, e.content);
  }
  for (const [id, type] of used) if (type && !seen.has(id)) add(id, type, SHARED_STORAGE.includes(type));
  for (const s of esxi.values()) {
    sections.push({
      type: 'esxi',
      id: s.id,
      comments: [`ESXi host ${s.host}: add with pvesm add esxi ${s.id} --server ${s.server} --username root --password <PASSWORD> --skip-cert-verification 1`],
      options: [['server', s.server], ['username', 'root'], ['content', 'import'], ['skip-cert-verification', '1']],
    });
  }
  const { text, written } = checkedSectionConfig('storage.cfg', sections, (_t, id) => isStorageId(id), sink, [
    `storage.cfg for cluster ${c.name} — generated by vm2pve. Values in <...> are placeholders.`,
    'Add the storages with pvesm add (the ESXi import storages need --password); do not paste over /etc/pve/storage.cfg.',
    'Storage cho cluster ' + c.name + ': giá trị trong <...> cần điền. Thêm bằng pvesm add (storage ESXi cần --password), không chép đè lên /etc/pve/storage.cfg.',
  ]);
  return { text, defined: new Set(written.map((s) => s.id)) };
}
