import type { Text } from '../i18n/text';
import { resolveVersioned, type Versioned } from '../mapping/conceptMap';
import type { PveTarget } from '../model/project';
import type { CostNote } from './types';

/**
 * Licensing and operations notes printed with the cost comparison: what each side charges for, and what
 * it means to run it. Version-aware where Proxmox VE changed (balancing in 9.2, PVE 8 end of life).
 * Facts: ../shared/domain/proxmox-facts.md §1 and §5, ha-semantics.md.
 */

const tx = (vi: string, en: string): Text => ({ vi, en });

type NoteSpec = { id: string; topic: Text; vmware: Text; proxmox: Versioned<Text>; notes?: Versioned<Text> };

const NO_AUTO_BALANCE = tx(
  'CRS tĩnh (`crs: ha=static`) chọn node theo CPU và RAM khi máy ảo HA khởi động hoặc được khôi phục; máy ảo đang chạy không được tự dời đi.',
  'Static CRS (`crs: ha=static`) picks a node by CPU and memory when an HA VM starts or is recovered; running VMs are not moved automatically.',
);

const NOTES: readonly NoteSpec[] = [
  {
    id: 'management',
    topic: tx('Quản lý tập trung', 'Central management'),
    vmware: tx('vCenter Server là một sản phẩm riêng, có bản quyền, cần sao lưu và nâng cấp riêng.', 'vCenter Server is a separate product with its own licence, backups and upgrades.'),
    proxmox: tx(
      'Mỗi node đều có giao diện web quản lý cả cluster; không có máy chủ quản lý riêng để cấp phép. Nhiều cluster xem chung được bằng Proxmox Datacenter Manager.',
      'Every node serves the web interface for the whole cluster; there is no management server to license. Several clusters can be viewed together in Proxmox Datacenter Manager.',
    ),
  },
  {
    id: 'liveMigration',
    topic: tx('Di chuyển nóng', 'Live migration'),
    vmware: tx('vMotion có từ Essentials Plus; Storage vMotion cần Standard trở lên.', 'vMotion from Essentials Plus; Storage vMotion needs Standard or above.'),
    proxmox: tx(
      'Có ở mọi mức, cả khi không có subscription: di chuyển nóng trong cluster (cùng hãng CPU, cùng kiểu CPU ảo) và chuyển đĩa khi máy ảo đang chạy.',
      'At every level, with or without a subscription: live migration inside a cluster (same CPU vendor and virtual CPU type) and moving disks while the VM runs.',
    ),
  },
  {
    id: 'ha',
    topic: tx('Tính sẵn sàng cao (HA)', 'High availability (HA)'),
    vmware: tx('vSphere HA có trong mọi bản trả phí.', 'vSphere HA is in every paid edition.'),
    proxmox: tx(
      'ha-manager có sẵn, không tính phí riêng. Cần quorum: từ 3 phiếu (cluster 2 node thêm QDevice); node mất quorum tự khởi động lại nhờ watchdog.',
      'ha-manager is included at no extra charge. It needs quorum: 3 votes or more (a 2-node cluster adds a QDevice); a node that loses quorum resets itself through the watchdog.',
    ),
  },
  {
    id: 'balancing',
    topic: tx('Cân bằng tải', 'Load balancing'),
    vmware: tx('DRS chỉ có từ Enterprise Plus, VVF hoặc VCF; bản Standard không có.', 'DRS only comes with Enterprise Plus, VVF or VCF; Standard has none.'),
    proxmox: {
      pve8: NO_AUTO_BALANCE,
      'pve9.0': NO_AUTO_BALANCE,
      'pve9.2': tx(
        'Từ PVE 9.2, CRS tự cân bằng lại máy ảo HA (`ha-auto-rebalance`, chế độ static hoặc dynamic); máy ảo ngoài HA vẫn không được cân bằng.',
        'From PVE 9.2, CRS rebalances HA VMs automatically (`ha-auto-rebalance`, static or dynamic); VMs outside HA are still not balanced.',
      ),
    },
    notes: {
      pve8: tx('Nếu cần cân bằng liên tục, hãy nhắm PVE 9.2 hoặc dùng công cụ bên ngoài.', 'Where continuous balancing is needed, target PVE 9.2 or use an external tool.'),
      'pve9.0': tx('Nếu cần cân bằng liên tục, hãy nhắm PVE 9.2 hoặc dùng công cụ bên ngoài.', 'Where continuous balancing is needed, target PVE 9.2 or use an external tool.'),
      'pve9.2': tx('Đặt máy ảo cần cân bằng vào HA.', 'Put the VMs that need balancing under HA.'),
    },
  },
  {
    id: 'support',
    topic: tx('Mức hỗ trợ', 'Support levels'),
    vmware: tx('Hỗ trợ đi kèm thuê bao theo nhân; không mua hỗ trợ tách riêng.', 'Support comes with the per-core subscription; it is not sold on its own.'),
    proxmox: tx(
      'Community: chỉ diễn đàn. Basic: 3 ticket/năm, phản hồi trong 1 ngày làm việc. Standard: 10 ticket, 4 giờ (trong ngày làm việc), hỗ trợ qua SSH. Premium: không giới hạn ticket, 2 giờ (trong ngày làm việc). Mọi node của một cluster phải cùng mức.',
      'Community: forum only. Basic: 3 tickets a year, answer within 1 business day. Standard: 10 tickets, 4 hours (business day), remote SSH help. Premium: unlimited tickets, 2 hours (business day). All nodes of a cluster must be on the same level.',
    ),
    notes: tx(
      'Thời gian phản hồi tính theo ngày làm việc; nếu cần trực 24/7 hãy thỏa thuận với đối tác.',
      'Response times are business-day based; for 24/7 cover arrange it with a partner.',
    ),
  },
  {
    id: 'patching',
    topic: tx('Cập nhật và vá lỗi', 'Updates and patches'),
    vmware: tx(
      'Bản vá tải qua cổng Broadcom, gắn với quyền sử dụng của thuê bao đang còn hạn; vSphere 9 chỉ đi kèm VVF/VCF.',
      'Patches come from the Broadcom portal, tied to the entitlement of an active subscription; vSphere 9 only comes with VVF/VCF.',
    ),
    proxmox: {
      pve8: tx(
        'Có subscription: kho enterprise (gói đã kiểm thử kỹ hơn). Không có: kho no-subscription, vẫn nhận bản vá nhưng ít được kiểm thử hơn. PVE 8 hết hỗ trợ vào 2026-08.',
        'With a subscription: the enterprise repository (more thoroughly tested packages). Without: the no-subscription repository, still patched but less tested. PVE 8 reaches end of life in 2026-08.',
      ),
      'pve9.0': tx(
        'Có subscription: kho enterprise (gói đã kiểm thử kỹ hơn). Không có: kho no-subscription, vẫn nhận bản vá nhưng ít được kiểm thử hơn.',
        'With a subscription: the enterprise repository (more thoroughly tested packages). Without: the no-subscription repository, still patched but less tested.',
      ),
      'pve9.2': tx(
        'Có subscription: kho enterprise (gói đã kiểm thử kỹ hơn). Không có: kho no-subscription, vẫn nhận bản vá nhưng ít được kiểm thử hơn.',
        'With a subscription: the enterprise repository (more thoroughly tested packages). Without: the no-subscription repository, still patched but less tested.',
      ),
    },
    notes: tx(
      'Hệ thống thật dùng kho no-subscription thì cần quy trình cập nhật chặt: thử trước, sao lưu, có khung giờ bảo trì.',
      'Production on the no-subscription repository needs a strict update routine: test first, back up, use a maintenance window.',
    ),
  },
  {
    id: 'backup',
    topic: tx('Sao lưu', 'Backup'),
    vmware: tx('Cần sản phẩm sao lưu của hãng khác, cấp phép riêng.', 'Needs a third-party backup product, licensed separately.'),
    proxmox: tx(
      'Sao lưu tích hợp (vzdump, lịch trong /etc/pve/jobs.cfg); Proxmox Backup Server thêm khử trùng lặp và sao lưu tăng dần. PBS miễn phí, subscription tính theo máy chủ (không theo socket).',
      'Built-in backup (vzdump, schedules in /etc/pve/jobs.cfg); Proxmox Backup Server adds deduplication and incremental backups. PBS is free to use; its subscription is per server, not per socket.',
    ),
    notes: tx('Giá subscription PBS chưa có trong bảng giá mặc định: nhập theo báo giá.', 'PBS subscription prices are not in the default price book: enter them from a quote.'),
  },
  {
    id: 'deployment',
    topic: tx('Công sức triển khai', 'Deployment effort'),
    vmware: tx('Cài ESXi, dựng vCenter, cấu hình cluster, mạng vMotion và HA.', 'Install ESXi, deploy vCenter, configure the cluster, vMotion networks and HA.'),
    proxmox: tx(
      'Cài node, tạo cluster, thêm node, khai báo lưu trữ và mạng migration; chuyển máy ảo bằng công cụ nhập từ ESXi. Công sức chủ yếu nằm ở thiết kế mạng, lưu trữ và các đợt chuyển đổi.',
      'Install the nodes, create the cluster, join nodes, add storage and the migration network; move VMs with the ESXi import tool. The effort is mostly in the network and storage design and the migration waves.',
    ),
  },
  {
    id: 'ecosystem',
    topic: tx('Hệ sinh thái', 'Ecosystem'),
    vmware: tx('Rất rộng: sao lưu, giám sát, tự động hóa, mạng và bảo mật của nhiều hãng.', 'Very broad: backup, monitoring, automation, networking and security from many vendors.'),
    proxmox: tx(
      'Nhỏ hơn nhưng đang lớn nhanh: REST API, CLI, Ansible và các công cụ Linux; một số hãng sao lưu đã hỗ trợ Proxmox VE.',
      'Smaller but growing fast: REST API, CLI, Ansible and Linux tools; some backup vendors already support Proxmox VE.',
    ),
    notes: tx('Kiểm tra sớm các công cụ bên thứ ba khách hàng đang dùng.', 'Check early which third-party tools the customer relies on.'),
  },
];

/** The notes for one target Proxmox VE version. */
export function costNotes(target: PveTarget): CostNote[] {
  return NOTES.map((n) => ({
    id: n.id,
    topic: n.topic,
    vmware: n.vmware,
    proxmox: resolveVersioned(n.proxmox, target),
    notes: n.notes ? resolveVersioned(n.notes, target) : undefined,
  }));
}
