import type { Text } from '../i18n/text';
import { resolveVersioned, type Versioned } from '../mapping/conceptMap';
import type { Inventory } from '../model/inventory';
import type { PveTarget } from '../model/project';
import type { EditionToday, FeatureId, FeatureRow } from './types';
import { editionOfLicence } from './vmware';

/**
 * Which features the VMware edition of today gates, against what Proxmox VE gives without and with a
 * subscription (the same software either way: a subscription buys the enterprise repository and support,
 * not features). Edition gating: ../shared/domain/proxmox-facts.md §1.3 (classic editions, kept by
 * Broadcom); Proxmox behaviour: the same file §5 and ha-semantics.md.
 */

const tx = (vi: string, en: string): Text => ({ vi, en });

type FeatureSpec = { id: FeatureId; feature: Text; proxmox: Versioned<Text>; licenceNames: readonly string[] };

const SAME_WITH_SUBSCRIPTION = tx('Như khi không có subscription: subscription không thêm tính năng', 'Same as without: a subscription adds no features');

const NO_BALANCING = tx(
  'Không tự cân bằng máy ảo đang chạy; CRS tĩnh chọn node khi khởi động và khôi phục máy ảo HA',
  'No automatic balancing of running VMs; static CRS picks the node when HA VMs start or recover',
);

export const FEATURES: readonly FeatureSpec[] = [
  {
    id: 'ha',
    feature: tx('Tính sẵn sàng cao (vSphere HA)', 'High availability (vSphere HA)'),
    proxmox: tx('Có sẵn: ha-manager khởi động lại máy ảo trên node khác (cần quorum, tối thiểu 3 phiếu)', 'Included: ha-manager restarts VMs on another node (needs quorum, at least 3 votes)'),
    licenceNames: ['vSphere HA'],
  },
  {
    id: 'vmotion',
    feature: tx('Di chuyển nóng (vMotion)', 'Live migration (vMotion)'),
    proxmox: tx('Có sẵn: di chuyển nóng giữa các node trong cluster', 'Included: live migration between the nodes of a cluster'),
    licenceNames: ['vSphere vMotion', 'vMotion'],
  },
  {
    id: 'svmotion',
    feature: tx('Di chuyển nóng lưu trữ (Storage vMotion)', 'Storage live migration (Storage vMotion)'),
    proxmox: tx('Có sẵn: chuyển đĩa của máy ảo đang chạy sang lưu trữ khác (Move disk)', 'Included: a running VM\'s disk moves to another storage (Move disk)'),
    licenceNames: ['vSphere Storage vMotion', 'Storage vMotion'],
  },
  {
    id: 'ft',
    feature: tx('Khả năng chịu lỗi (Fault Tolerance)', 'Fault Tolerance'),
    proxmox: tx('Không có tương đương: HA khởi động lại máy ảo, không chạy song song một bản sao', 'No equivalent: HA restarts the VM, it does not run a mirrored copy'),
    licenceNames: ['vSphere FT', 'Fault Tolerance'],
  },
  {
    id: 'drs',
    feature: tx('Tự cân bằng tải (DRS)', 'Load balancing (DRS)'),
    proxmox: {
      pve8: NO_BALANCING,
      'pve9.0': NO_BALANCING,
      'pve9.2': tx(
        'Tự cân bằng lại máy ảo HA (`ha-auto-rebalance`, PVE 9.2 trở lên); máy ảo ngoài HA không được cân bằng',
        'Automatic rebalancing of HA VMs (`ha-auto-rebalance`, PVE 9.2 and later); VMs outside HA are not balanced',
      ),
    },
    licenceNames: ['vSphere DRS', 'DRS'],
  },
  {
    id: 'sdrs',
    feature: tx('Tự cân bằng lưu trữ (Storage DRS)', 'Storage balancing (Storage DRS)'),
    proxmox: tx('Không có: lưu trữ không được tự cân bằng', 'Not available: storage is not balanced automatically'),
    licenceNames: ['vSphere Storage DRS', 'Storage DRS'],
  },
  {
    id: 'vds',
    feature: tx('Switch phân tán (vSphere Distributed Switch)', 'Distributed switch (vSphere Distributed Switch)'),
    proxmox: tx('Có sẵn: Linux bridge trên từng node, SDN (VLAN zone) cho cả cluster', 'Included: Linux bridges on each node, SDN (VLAN zones) for the whole cluster'),
    licenceNames: ['vSphere Distributed Switch', 'Distributed Switch'],
  },
  {
    id: 'hostProfiles',
    feature: tx('Cấu hình mẫu cho host (Host Profiles)', 'Host Profiles'),
    proxmox: tx(
      'Không có tương đương trực tiếp: cấu hình cluster dùng chung trong /etc/pve, thiết lập từng node bằng Ansible hoặc API',
      'No direct equivalent: cluster configuration is shared in /etc/pve; per-node settings with Ansible or the API',
    ),
    licenceNames: ['vSphere Host Profiles', 'Host Profiles'],
  },
  {
    id: 'vsan',
    feature: tx('Lưu trữ phân tán (vSAN)', 'Distributed storage (vSAN)'),
    proxmox: tx(
      'Có sẵn: Ceph chạy trên các node, không tính phí theo TiB (nên từ 3 node, mạng riêng từ 10 Gbps)',
      'Included: Ceph on the nodes, no charge per TiB (3 nodes or more, a dedicated 10 Gbps+ network)',
    ),
    licenceNames: [],
  },
];

const ALL_NULL: Record<FeatureId, boolean | null> = { ha: null, vmotion: null, svmotion: null, ft: null, drs: null, sdrs: null, vds: null, hostProfiles: null, vsan: null };
const ENT_PLUS = { ha: true, vmotion: true, svmotion: true, ft: true, drs: true, sdrs: true, vds: true, hostProfiles: true } as const;

/** Feature gating per edition (classic editions; Broadcom kept it). `null` = no source for that cell. */
export const EDITION_FEATURES: Record<EditionToday, Record<FeatureId, boolean | null>> = {
  'essentials-plus': { ha: true, vmotion: true, svmotion: false, ft: false, drs: false, sdrs: false, vds: false, hostProfiles: false, vsan: false },
  standard: { ha: true, vmotion: true, svmotion: true, ft: true, drs: false, sdrs: false, vds: false, hostProfiles: false, vsan: false },
  'enterprise-plus': { ...ENT_PLUS, vsan: false },
  vvf: { ...ENT_PLUS, vsan: true },
  vcf: { ...ENT_PLUS, vsan: true },
  enterprise: ALL_NULL,
  essentials: ALL_NULL,
  free: ALL_NULL,
  unknown: ALL_NULL,
};

/** Items of a vLicense `Features` cell ("vMotion, Storage vMotion, vSphere HA, …"). */
export function licenceFeatureItems(features: string | undefined): Set<string> {
  return new Set((features ?? '').split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== ''));
}

function fromLicence(spec: FeatureSpec, items: Set<string>): boolean | null {
  if (items.size === 0 || spec.licenceNames.length === 0) return null;
  const names = spec.licenceNames.map((n) => n.toLowerCase());
  // "vSphere FT (up to 8 virtual CPUs)": match the start of an item, not only whole items.
  return [...items].some((it) => names.some((n) => it === n || it.startsWith(`${n} (`)));
}

/** The feature table for the editions in use today (in the order given). */
export function featureRows(inv: Inventory, editionsToday: readonly EditionToday[], target: PveTarget): FeatureRow[] {
  const itemsOf = new Map<EditionToday, Set<string>>();
  for (const e of editionsToday) {
    // Prefer a licence of that edition that is in use; any licence of the edition otherwise.
    const licences = inv.licenses.filter((l) => editionOfLicence(l.name) === e && l.features);
    const best = licences.find((l) => (l.used ?? 0) > 0) ?? licences[0];
    itemsOf.set(e, licenceFeatureItems(best?.features));
  }
  return FEATURES.map((spec) => ({
    id: spec.id,
    feature: spec.feature,
    today: editionsToday.map((e) => {
      // A feature the licence lists is there. One it does not list: the edition table decides where it
      // has a value (exports sometimes shorten the list), else the licence's silence counts as "no".
      const lic = fromLicence(spec, itemsOf.get(e) ?? new Set());
      const table = EDITION_FEATURES[e][spec.id];
      if (lic === true) return { edition: e, has: true, basis: 'licence' as const };
      if (table !== null || lic === null) return { edition: e, has: table, basis: 'edition' as const };
      return { edition: e, has: false, basis: 'licence' as const };
    }),
    proxmoxFree: resolveVersioned(spec.proxmox, target),
    proxmoxSubscription: SAME_WITH_SUBSCRIPTION,
  }));
}
