import type { Text } from '../i18n/text';
import type { PveTarget } from '../model/project';

/**
 * The vSphere → Proxmox VE concept map: the concept tables (core concepts, live-migration
 * conditions, snapshot & backup, licensing & operations) rewritten in our own words, corrected where common guides are
 * wrong (see ../shared/domain/seed-errata.md) and version-aware where Proxmox VE changed between
 * PVE 8, PVE 9.0–9.1 and PVE 9.2+.
 */

/** A value that differs per target Proxmox VE version family. */
export type ByVersion<T> = { readonly pve8: T; readonly 'pve9.0': T; readonly 'pve9.2': T };
export type Versioned<T> = T | ByVersion<T>;

export type ConceptRow = {
  /** Stable id, unique across all tables. */
  id: string;
  topic: Text;
  vsphere: Text;
  proxmox: Versioned<Text>;
  notes: Versioned<Text>;
  /** Set when a common belief says otherwise: what is often assumed and what is true. */
  correction?: Text;
};

export type ConceptTableId = 'core' | 'liveMigration' | 'snapshotBackup' | 'licensingOps';

export type ConceptTable = {
  id: ConceptTableId;
  title: Text;
  /** Label of the first column ("Item", "Requirement", "Feature" or "Criteria"). */
  topicLabel: Text;
  rows: readonly ConceptRow[];
};

/** A row with the values for one target version. */
export type ResolvedConceptRow = {
  id: string;
  topic: Text;
  vsphere: Text;
  proxmox: Text;
  notes: Text;
  correction?: Text;
  /** true when the Proxmox value or the notes differ between PVE versions. */
  versionDependent: boolean;
};

export type ResolvedConceptTable = Omit<ConceptTable, 'rows'> & { rows: ResolvedConceptRow[] };

const tx = (vi: string, en: string): Text => ({ vi, en });

function isByVersion<T>(v: Versioned<T>): v is ByVersion<T> {
  return typeof v === 'object' && v !== null && 'pve8' in v && 'pve9.0' in v && 'pve9.2' in v;
}

/** The value of a versioned field for one target. */
export function resolveVersioned<T>(v: Versioned<T>, target: PveTarget): T {
  return isByVersion(v) ? v[target] : v;
}

export const PVE_TARGET_LABEL: Record<PveTarget, Text> = {
  pve8: tx('Proxmox VE 8.x', 'Proxmox VE 8.x'),
  'pve9.0': tx('Proxmox VE 9.0–9.1', 'Proxmox VE 9.0–9.1'),
  'pve9.2': tx('Proxmox VE 9.2 trở lên', 'Proxmox VE 9.2 or later'),
};

// ---------------------------------------------------------------------------------------------------
// Shared texts used by more than one row
// ---------------------------------------------------------------------------------------------------

const NO_AUTO_BALANCE_PROXMOX = tx(
  'Không tự động cân bằng tải máy ảo đang chạy. CRS tĩnh (`crs: ha=static`, có từ PVE 7.x) chọn node theo CPU/RAM khi HA khôi phục hoặc khởi động máy ảo HA.',
  'No automatic balancing of running guests. Static CRS (`crs: ha=static`, since PVE 7.x) picks the node by CPU/RAM when HA recovers or starts an HA guest.',
);
const NO_AUTO_BALANCE_NOTES = tx(
  'Có thể bật `ha-rebalance-on-start=1` để máy ảo HA khởi động trên node ít tải nhất. Máy ảo đang chạy không được dời tự động; cân bằng lại bằng di chuyển nóng thủ công.',
  '`ha-rebalance-on-start=1` starts HA guests on the least loaded node. Running guests are not moved automatically; rebalance by hand with live migration.',
);
const AUTO_BALANCE_PROXMOX = tx(
  'Tự động cân bằng lại các máy ảo HA: `crs: ha=static|dynamic,ha-auto-rebalance=1` (PVE 9.2 trở lên).',
  'Automatic rebalancing of HA guests: `crs: ha=static|dynamic,ha-auto-rebalance=1` (PVE 9.2 or later).',
);
const AUTO_BALANCE_NOTES = tx(
  'Chỉ áp dụng cho máy ảo đã khai báo HA; máy ảo không thuộc HA vẫn không được cân bằng. Mỗi vòng HA dời tối đa một máy ảo khi độ lệch tải vượt ngưỡng (mặc định 30 %) trong đủ số vòng chờ. Kiểm tra `pveversion` trước khi bật.',
  'Only HA-managed guests are balanced; guests outside HA still are not. At most one guest moves per HA round once the imbalance stays above the threshold (default 30 %) for the hold time. Check `pveversion` before enabling it.',
);
const NO_DRS_CORRECTION = tx(
  'Nhiều người cho rằng "Không có DRS native / không tự cân bằng tải". Thực tế CRS tĩnh đã đặt máy ảo HA theo CPU/RAM từ PVE 7.x, và từ PVE 9.2 có tự động cân bằng lại máy ảo HA.',
  'A common belief: "no native DRS / no auto-balancing". In fact static CRS has placed HA guests by CPU/RAM since PVE 7.x, and PVE 9.2 adds automatic rebalancing of HA guests.',
);

// ---------------------------------------------------------------------------------------------------
// 1. Core concepts
// ---------------------------------------------------------------------------------------------------

const CORE: readonly ConceptRow[] = [
  {
    id: 'core.management',
    topic: tx('Quản lý tập trung', 'Central management'),
    vsphere: tx('vCenter Server (máy chủ quản lý riêng)', 'vCenter Server (a separate appliance)'),
    proxmox: tx(
      'Proxmox VE cluster: node nào cũng có giao diện web và API; cấu hình chung nằm trong /etc/pve (pmxcfs), đồng bộ qua corosync',
      'Proxmox VE cluster: every node serves the web UI and API; shared configuration lives in /etc/pve (pmxcfs), kept in sync by corosync',
    ),
    notes: tx(
      'Không cần máy chủ quản lý riêng: đăng nhập vào node bất kỳ là quản trị được cả cluster. Khi mất quorum, /etc/pve chuyển sang chỉ đọc.',
      'No separate management server: log in to any node to manage the whole cluster. Without quorum /etc/pve becomes read-only.',
    ),
  },
  {
    id: 'core.hypervisor',
    topic: tx('Máy chủ ảo hóa', 'Hypervisor host'),
    vsphere: tx('ESXi host', 'ESXi host'),
    proxmox: tx('Proxmox VE node (Debian + KVM/QEMU)', 'Proxmox VE node (Debian + KVM/QEMU)'),
    notes: tx(
      'Tương đương một–một. Node là một hệ Debian đầy đủ, cập nhật bằng apt từ kho (repository) của Proxmox.',
      'One-to-one. A node is a full Debian system, updated with apt from the Proxmox repositories.',
    ),
  },
  {
    id: 'core.cluster',
    topic: tx('Nhóm máy chủ (cluster)', 'Grouping of hosts'),
    vsphere: tx('Cluster trong một datacenter của vCenter', 'Cluster inside a vCenter datacenter'),
    proxmox: tx(
      'Proxmox VE cluster (corosync), hiển thị là "Datacenter" trong giao diện web',
      'Proxmox VE cluster (corosync), shown as "Datacenter" in the web UI',
    ),
    notes: tx(
      'Node gia nhập bằng `pvecm add`; mỗi node chỉ thuộc một cluster. Corosync cần độ trễ dưới 5 ms giữa các node, nên một cluster nằm trong một trung tâm dữ liệu.',
      'Nodes join with `pvecm add`; a node belongs to one cluster only. Corosync needs under 5 ms latency between nodes, so a cluster stays within one data centre.',
    ),
  },
  {
    id: 'core.ui',
    topic: tx('Giao diện quản trị', 'Management UI'),
    vsphere: tx('vSphere Client', 'vSphere Client'),
    proxmox: tx(
      'Giao diện web (cổng 8006) trên node bất kỳ, kèm CLI (`qm`, `pvecm`, `ha-manager`) và REST API',
      'Web UI (port 8006) on any node, plus the CLI (`qm`, `pvecm`, `ha-manager`) and the REST API',
    ),
    notes: tx(
      'Giao diện Proxmox chưa có bản tiếng Việt; tài liệu vận hành giữ nguyên nhãn tiếng Anh của giao diện.',
      'The Proxmox GUI has no Vietnamese translation; runbooks quote its English labels.',
    ),
  },
  {
    id: 'core.liveMigration',
    topic: tx('Di chuyển nóng (live migration)', 'Live migration'),
    vsphere: tx('vMotion', 'vMotion'),
    proxmox: tx('Live migration (`qm migrate <vmid> <node> --online`)', 'Live migration (`qm migrate <vmid> <node> --online`)'),
    notes: tx(
      'Với lưu trữ dùng chung chỉ RAM được chuyển. Với đĩa cục bộ vẫn di chuyển nóng được nhưng phải sao chép cả đĩa (`--with-local-disks`), lâu hơn nhiều.',
      'With shared storage only memory is copied. With local disks live migration still works but copies the disks too (`--with-local-disks`), which takes much longer.',
    ),
  },
  {
    id: 'core.storageMigration',
    topic: tx('Di chuyển lưu trữ', 'Storage migration'),
    vsphere: tx('Storage vMotion', 'Storage vMotion'),
    proxmox: tx('Move Storage / `qm disk move`', 'Move Storage / `qm disk move`'),
    notes: tx(
      'Chuyển đĩa sang kho lưu trữ khác trong khi máy ảo vẫn chạy.',
      'Moves a disk to another storage while the VM keeps running.',
    ),
  },
  {
    id: 'core.ha',
    topic: tx('Tính sẵn sàng cao (HA)', 'High availability (HA)'),
    vsphere: tx('vSphere HA (bật cho cả cluster)', 'vSphere HA (enabled for the whole cluster)'),
    proxmox: tx(
      'Proxmox HA (`ha-manager`), bật riêng cho từng máy ảo: Datacenter → HA → Resources',
      'Proxmox HA (`ha-manager`), opt-in per guest: Datacenter → HA → Resources',
    ),
    notes: tx(
      'Chỉ máy ảo được thêm làm HA resource mới được khởi động lại khi node hỏng. Cần ít nhất 3 phiếu quorum và lưu trữ dùng chung (hoặc ZFS replication, chấp nhận mất dữ liệu trong một chu kỳ sao chép). Mặc định `max_restart 1`, `max_relocate 1`.',
      'Only guests added as HA resources are restarted when a node fails. Needs at least 3 quorum votes and shared storage (or ZFS replication, accepting data loss up to one replication interval). Defaults: `max_restart 1`, `max_relocate 1`.',
    ),
  },
  {
    id: 'core.haPlacement',
    topic: tx('Ràng buộc máy ảo với host', 'VM-to-host placement'),
    vsphere: tx('DRS host group + quy tắc VM-Host (must / should run on)', 'DRS host group + VM-Host rule (must / should run on)'),
    proxmox: {
      pve8: tx(
        'HA group (`/etc/pve/ha/groups.cfg`): danh sách node kèm priority, `restricted`, `nofailback`',
        'HA group (`/etc/pve/ha/groups.cfg`): nodes with priorities, `restricted`, `nofailback`',
      ),
      'pve9.0': tx(
        'HA rule loại node-affinity (`/etc/pve/ha/rules.cfg`): danh sách node kèm priority, `strict` (ràng buộc cứng) hoặc không',
        'HA node-affinity rule (`/etc/pve/ha/rules.cfg`): nodes with priorities, `strict` (hard) or not',
      ),
      'pve9.2': tx(
        'HA rule loại node-affinity (`/etc/pve/ha/rules.cfg`): danh sách node kèm priority, `strict` (ràng buộc cứng) hoặc không',
        'HA node-affinity rule (`/etc/pve/ha/rules.cfg`): nodes with priorities, `strict` (hard) or not',
      ),
    },
    notes: {
      pve8: tx(
        '`restricted 1` ≈ "must run on"; không restricted ≈ "should run on". PVE 8 hết hỗ trợ 2026-08; khi lên PVE 9, group được chuyển thành node-affinity rule.',
        '`restricted 1` ≈ "must run on"; unrestricted ≈ "should run on". PVE 8 reaches end of life in 2026-08; on PVE 9 groups are turned into node-affinity rules.',
      ),
      'pve9.0': tx(
        '`strict 1` ≈ "must run on"; `strict 0` (mặc định) ≈ "should run on". HA group đã bị thay thế: cluster PVE 9 cài mới từ chối `ha-manager groupadd`. Mỗi máy ảo chỉ được nằm trong một node-affinity rule.',
        '`strict 1` ≈ "must run on"; `strict 0` (default) ≈ "should run on". HA groups are replaced: a fresh PVE 9 cluster refuses `ha-manager groupadd`. A guest may be in one node-affinity rule only.',
      ),
      'pve9.2': tx(
        '`strict 1` ≈ "must run on"; `strict 0` (mặc định) ≈ "should run on". HA group đã bị thay thế: cluster PVE 9 cài mới từ chối `ha-manager groupadd`. Mỗi máy ảo chỉ được nằm trong một node-affinity rule.',
        '`strict 1` ≈ "must run on"; `strict 0` (default) ≈ "should run on". HA groups are replaced: a fresh PVE 9 cluster refuses `ha-manager groupadd`. A guest may be in one node-affinity rule only.',
      ),
    },
    correction: tx(
      'Nhiều người cho rằng group restricted không còn node hợp lệ thì resource chuyển sang "stopped". Thực tế resource ở trạng thái HA `recovery` (không chạy) và được thử lại mỗi vòng cho đến khi một node thành viên hoạt động trở lại hoặc resource được đặt `disabled`.',
      'A common belief: a restricted group with no valid node puts the resource in "stopped". In fact it stays in HA state `recovery` (not running) and is retried every round until a member node returns or the resource is set to `disabled`.',
    ),
  },
  {
    id: 'core.vmAffinity',
    topic: tx('Quy tắc ràng buộc / tách biệt máy ảo (affinity / anti-affinity)', 'VM affinity / anti-affinity'),
    vsphere: tx('Quy tắc DRS VM-VM (keep together / separate)', 'DRS VM-VM rules (keep together / separate)'),
    proxmox: {
      pve8: tx('Không có sẵn trong HA của PVE 8', 'Not available in PVE 8 HA'),
      'pve9.0': tx(
        'HA rule loại resource-affinity: `positive` (chạy cùng node) hoặc `negative` (tách node)',
        'HA resource-affinity rule: `positive` (same node) or `negative` (different nodes)',
      ),
      'pve9.2': tx(
        'HA rule loại resource-affinity: `positive` (chạy cùng node) hoặc `negative` (tách node)',
        'HA resource-affinity rule: `positive` (same node) or `negative` (different nodes)',
      ),
    },
    notes: {
      pve8: tx(
        'Chỉ làm được gần đúng bằng các HA group khác nhau cho từng máy ảo; nên đặt mục tiêu PVE 9 nếu cần quy tắc tách biệt.',
        'Only approximated with separate HA groups per guest; target PVE 9 when anti-affinity matters.',
      ),
      'pve9.0': tx(
        'Luôn là ràng buộc cứng (khác DRS "should"). Quy tắc `negative` có nhiều máy ảo hơn số node sẽ bị bỏ qua.',
        'Always a hard constraint (unlike DRS "should" rules). A `negative` rule with more guests than nodes is dropped.',
      ),
      'pve9.2': tx(
        'Luôn là ràng buộc cứng (khác DRS "should"). Quy tắc `negative` có nhiều máy ảo hơn số node sẽ bị bỏ qua. Khi tự cân bằng, các máy ảo `positive` được dời cùng nhau.',
        'Always a hard constraint (unlike DRS "should" rules). A `negative` rule with more guests than nodes is dropped. Auto-rebalancing moves `positive` guests together.',
      ),
    },
  },
  {
    id: 'core.nodePriority',
    topic: tx('Node ưu tiên (priority)', 'Preferred node (priority)'),
    vsphere: tx('"Should run on" một host group', '"Should run on" a host group'),
    proxmox: tx(
      'Priority của node trong HA group / node-affinity rule: số LỚN HƠN = ưu tiên cao hơn',
      'Node priority in the HA group / node-affinity rule: the HIGHER number is preferred',
    ),
    notes: tx(
      'Ví dụ `pve01:2,pve02:1` thì máy ảo ưu tiên chạy trên pve01. Node không ghi số có priority 0; với group không restricted / rule không strict, node ngoài danh sách có priority -1.',
      'Example: `pve01:2,pve02:1` makes the guest prefer pve01. A node listed without a number gets 0; with an unrestricted group / non-strict rule, nodes not listed get -1.',
    ),
    correction: tx(
      'Nhiều người cho rằng "priority nhỏ hơn được ưu tiên" (pve01=1, pve02=2 để ưu tiên pve01). Thực tế HA Manager chọn số lớn nhất, nên cấu hình đó làm máy ảo ưu tiên pve02.',
      'A common belief: "lower number = higher priority" (pve01=1, pve02=2 to prefer pve01). In fact, the HA manager picks the highest number, so that setting prefers pve02.',
    ),
  },
  {
    id: 'core.failback',
    topic: tx('Tự quay về node ưu tiên (failback)', 'Failback to the preferred node'),
    vsphere: tx(
      'vSphere HA không có tùy chọn failback; DRS có thể dời máy ảo về theo quy tắc "should"',
      'vSphere HA has no failback option; DRS may move VMs back under a "should" rule',
    ),
    proxmox: {
      pve8: tx(
        'Tùy chọn `nofailback` của HA group (mặc định 0 = có failback)',
        'HA group option `nofailback` (default 0 = failback on)',
      ),
      'pve9.0': tx(
        'Thuộc tính `failback` của từng HA resource (mặc định 1 = có failback)',
        'Per-resource property `failback` (default 1 = failback on)',
      ),
      'pve9.2': tx(
        'Thuộc tính `failback` của từng HA resource (mặc định 1 = có failback)',
        'Per-resource property `failback` (default 1 = failback on)',
      ),
    },
    notes: {
      pve8: tx(
        'Khi có failback, ngay vòng HA kế tiếp (khoảng 10 giây) sau khi node ưu tiên trở lại, máy ảo được di chuyển nóng về node đó. Khi lên PVE 9, `nofailback 1` trở thành `failback 0`.',
        'With failback on, the guest is live-migrated back in the next HA round (about 10 seconds) after the preferred node returns. On PVE 9, `nofailback 1` becomes `failback 0`.',
      ),
      'pve9.0': tx(
        'Khi có failback, ngay vòng HA kế tiếp (khoảng 10 giây) sau khi node ưu tiên trở lại, máy ảo được di chuyển nóng về node đó. `failback 0` tương đương `nofailback 1` của PVE 8.',
        'With failback on, the guest is live-migrated back in the next HA round (about 10 seconds) after the preferred node returns. `failback 0` equals PVE 8 `nofailback 1`.',
      ),
      'pve9.2': tx(
        'Khi có failback, ngay vòng HA kế tiếp (khoảng 10 giây) sau khi node ưu tiên trở lại, máy ảo được di chuyển nóng về node đó. `failback 0` tương đương `nofailback 1` của PVE 8.',
        'With failback on, the guest is live-migrated back in the next HA round (about 10 seconds) after the preferred node returns. `failback 0` equals PVE 8 `nofailback 1`.',
      ),
    },
    correction: tx(
      'Nhiều người cho rằng máy ảo "có thể" quay về "tùy phiên bản". Thực tế kết quả là chắc chắn: khi failback bật, máy ảo quay về node ưu tiên ở vòng HA kế tiếp.',
      'A common belief: the guest "may" move back "depending on the version". The outcome is definite: with failback on, it moves back in the next HA round.',
    ),
  },
  {
    id: 'core.requestState',
    topic: tx('Trạng thái yêu cầu của HA resource', 'HA resource request state'),
    vsphere: tx('Bật/tắt HA theo từng máy ảo (restart priority "Disabled")', 'Per-VM HA on/off (restart priority "Disabled")'),
    proxmox: tx(
      '`state`: started (mặc định), stopped, disabled, ignored',
      '`state`: started (default), stopped, disabled, ignored',
    ),
    notes: tx(
      '`disabled`: tắt máy ảo và không khôi phục khi node hỏng; đây là cách duy nhất để thoát trạng thái `error`. `ignored`: đưa máy ảo ra khỏi sự quản lý của HA (dùng khi bảo trì thủ công).',
      '`disabled`: stops the guest and does not recover it on node failure; it is the only way out of `error`. `ignored`: takes the guest out of HA control (use it for manual maintenance).',
    ),
    correction: tx(
      'Nhiều người cho rằng `disabled` là "ngừng quản lý (bảo trì)". Thực tế `disabled` vẫn do HA quản lý và giữ máy ảo ở trạng thái tắt; trạng thái bỏ qua HA là `ignored`.',
      'A common belief: `disabled` means "stop managing (maintenance)". In fact, a `disabled` guest is still managed and kept stopped; the state that bypasses HA is `ignored`.',
    ),
  },
  {
    id: 'core.loadBalancing',
    topic: tx('Cân bằng tải', 'Load balancing'),
    vsphere: tx('DRS (tự động dời máy ảo theo tải)', 'DRS (moves VMs automatically by load)'),
    proxmox: { pve8: NO_AUTO_BALANCE_PROXMOX, 'pve9.0': NO_AUTO_BALANCE_PROXMOX, 'pve9.2': AUTO_BALANCE_PROXMOX },
    notes: { pve8: NO_AUTO_BALANCE_NOTES, 'pve9.0': NO_AUTO_BALANCE_NOTES, 'pve9.2': AUTO_BALANCE_NOTES },
    correction: NO_DRS_CORRECTION,
  },
  {
    id: 'core.quorum',
    topic: tx('Quorum và chống split-brain', 'Quorum and split-brain protection'),
    vsphere: tx(
      'vSphere HA dùng heartbeat qua mạng và datastore, kèm isolation response',
      'vSphere HA uses network and datastore heartbeats plus an isolation response',
    ),
    proxmox: tx(
      'Corosync votequorum: mỗi node một phiếu, cần quá bán số phiếu; QDevice (corosync-qnetd bên ngoài) làm phiếu bổ sung',
      'Corosync votequorum: one vote per node, a majority is required; a QDevice (external corosync-qnetd) adds a vote',
    ),
    notes: tx(
      'Cluster 2 node phải có QDevice. QDevice chỉ khuyến nghị cho số node CHẴN; với số node lẻ thì không nên dùng (QDevice nhận N-1 phiếu và gần như thành điểm lỗi duy nhất), và `pvecm qdevice setup` từ chối nếu không có `--force`. Kiểm tra bằng `pvecm status` (Flags: Quorate Qdevice).',
      'A 2-node cluster needs a QDevice. A QDevice is recommended for EVEN node counts only; for odd counts avoid it (it gets N-1 votes and becomes a near single point of failure), and `pvecm qdevice setup` refuses without `--force`. Check with `pvecm status` (Flags: Quorate Qdevice).',
    ),
  },
  {
    id: 'core.fencing',
    topic: tx('Cô lập node hỏng (fencing)', 'Fencing a failed node'),
    vsphere: tx('Isolation response (power off / shut down / leave powered on)', 'Isolation response (power off / shut down / leave powered on)'),
    proxmox: tx(
      'Tự cô lập bằng watchdog: node mất quorum mà đang chạy máy ảo HA sẽ tự khởi động lại trong khoảng 60 giây (watchdog phần cứng hoặc softdog)',
      'Watchdog self-fencing: a node that loses quorum while running HA guests resets itself within about 60 seconds (hardware watchdog or softdog)',
    ),
    notes: tx(
      'Máy ảo thường được khôi phục trên node khác sau khoảng 2 phút. Fencing phần cứng (`fencing: hardware` hoặc `both` trong datacenter.cfg) vẫn là tính năng thử nghiệm; IPMI nên có để vận hành từ xa chứ không phải điều kiện của HA.',
      'Guests are usually recovered on another node after about 2 minutes. Hardware fencing (`fencing: hardware` or `both` in datacenter.cfg) is still experimental; IPMI is recommended for remote operations, not a requirement of HA.',
    ),
    correction: tx(
      'Nhiều người cho rằng fencing qua IPMI là "bắt buộc" và đặt `fencing: hardware` hoặc `both`. Thực tế HA của Proxmox fencing bằng watchdog; `hardware` / `both` được đánh dấu thử nghiệm.',
      'A common belief: IPMI fencing is "mandatory" and sets `fencing: hardware` or `both`. Proxmox HA actually fences with the watchdog; `hardware` / `both` are marked experimental.',
    ),
  },
  {
    id: 'core.maintenance',
    topic: tx('Chế độ bảo trì (maintenance mode)', 'Maintenance mode'),
    vsphere: tx('ESXi maintenance mode (DRS dời máy ảo đi)', 'ESXi maintenance mode (DRS evacuates the VMs)'),
    proxmox: tx(
      '`ha-manager crm-command node-maintenance enable <node>`; hoặc `ha: shutdown_policy=migrate` khi tắt/khởi động lại node',
      '`ha-manager crm-command node-maintenance enable <node>`; or `ha: shutdown_policy=migrate` for node shutdowns and reboots',
    ),
    notes: tx(
      'Chỉ máy ảo HA được dời đi tự động và được đưa về khi hết bảo trì; máy ảo không thuộc HA phải di chuyển thủ công (hoặc bulk migrate).',
      'Only HA guests are moved away automatically and brought back afterwards; non-HA guests must be migrated by hand (or with bulk migrate).',
    ),
  },
  {
    id: 'core.network',
    topic: tx('Mạng ảo hóa', 'Virtual networking'),
    vsphere: tx('vSwitch / distributed switch (vDS), port group', 'vSwitch / distributed switch (vDS), port group'),
    proxmox: tx(
      'Linux bridge (vmbrX, bật VLAN aware) hoặc Open vSwitch; VLAN gán trên card mạng của máy ảo',
      'Linux bridge (vmbrX, VLAN aware) or Open vSwitch; the VLAN tag is set on the VM network device',
    ),
    notes: tx(
      'Bridge ≈ vSwitch. Không có switch phân tán: cùng tên bridge và VLAN phải được khai báo trên mọi node mà máy ảo có thể chạy, nếu không máy ảo mất mạng sau khi di chuyển hoặc failover.',
      'Bridge ≈ vSwitch. There is no distributed switch: the same bridge name and VLAN must exist on every node the guest can run on, or it loses network after a migration or failover.',
    ),
  },
  {
    id: 'core.guestTools',
    topic: tx('Công cụ trong máy ảo', 'Guest tools'),
    vsphere: tx('VMware Tools', 'VMware Tools'),
    proxmox: tx(
      'QEMU Guest Agent (`qemu-guest-agent` trong máy ảo + `agent: enabled=1`), driver VirtIO cho Windows',
      'QEMU Guest Agent (`qemu-guest-agent` in the guest + `agent: enabled=1`), VirtIO drivers for Windows',
    ),
    notes: tx(
      'Cung cấp IP, tắt máy an toàn và fs-freeze để sao lưu nhất quán. Gỡ VMware Tools sau khi chuyển đổi.',
      'Provides the IP address, clean shutdown and fs-freeze for consistent backups. Remove VMware Tools after the migration.',
    ),
  },
  {
    id: 'core.sharedStorage',
    topic: tx('Lưu trữ dùng chung', 'Shared storage'),
    vsphere: tx('VMFS trên SAN, NFS, vSAN', 'VMFS on SAN, NFS, vSAN'),
    proxmox: {
      pve8: tx(
        'NFS, Ceph RBD / CephFS, LVM dùng chung trên LUN iSCSI/FC, ZFS over iSCSI, GlusterFS; hoặc ZFS cục bộ kèm replication',
        'NFS, Ceph RBD / CephFS, shared LVM on an iSCSI/FC LUN, ZFS over iSCSI, GlusterFS; or local ZFS with replication',
      ),
      'pve9.0': tx(
        'NFS, Ceph RBD / CephFS, LVM dùng chung trên LUN iSCSI/FC, ZFS over iSCSI; hoặc ZFS cục bộ kèm replication',
        'NFS, Ceph RBD / CephFS, shared LVM on an iSCSI/FC LUN, ZFS over iSCSI; or local ZFS with replication',
      ),
      'pve9.2': tx(
        'NFS, Ceph RBD / CephFS, LVM dùng chung trên LUN iSCSI/FC, ZFS over iSCSI; hoặc ZFS cục bộ kèm replication',
        'NFS, Ceph RBD / CephFS, shared LVM on an iSCSI/FC LUN, ZFS over iSCSI; or local ZFS with replication',
      ),
    },
    notes: {
      pve8: tx(
        'vSAN ≈ Ceph (từ 3 node, mạng riêng ≥ 10 Gbps). VMFS trên SAN ≈ LVM dùng chung, nhưng LVM thường không có snapshot.',
        'vSAN ≈ Ceph (3+ nodes, dedicated ≥ 10 Gbps network). VMFS on SAN ≈ shared LVM, but plain LVM has no snapshots.',
      ),
      'pve9.0': tx(
        'vSAN ≈ Ceph (từ 3 node, mạng riêng ≥ 10 Gbps). VMFS trên SAN ≈ LVM dùng chung; snapshot trên LVM dùng chung mới ở mức thử nghiệm (technology preview). GlusterFS đã bị bỏ ở PVE 9.',
        'vSAN ≈ Ceph (3+ nodes, dedicated ≥ 10 Gbps network). VMFS on SAN ≈ shared LVM; snapshots on shared LVM are a technology preview. GlusterFS was removed in PVE 9.',
      ),
      'pve9.2': tx(
        'vSAN ≈ Ceph (từ 3 node, mạng riêng ≥ 10 Gbps). VMFS trên SAN ≈ LVM dùng chung; snapshot trên LVM dùng chung mới ở mức thử nghiệm (technology preview). GlusterFS đã bị bỏ ở PVE 9.',
        'vSAN ≈ Ceph (3+ nodes, dedicated ≥ 10 Gbps network). VMFS on SAN ≈ shared LVM; snapshots on shared LVM are a technology preview. GlusterFS was removed in PVE 9.',
      ),
    },
  },
  {
    id: 'core.cpuCompat',
    topic: tx('Tương thích CPU', 'CPU compatibility'),
    vsphere: tx('EVC mode của cluster', 'Cluster EVC mode'),
    proxmox: tx(
      'CPU type của từng máy ảo (ví dụ `x86-64-v2-AES`, `x86-64-v3` hoặc model có tên như `Cascadelake-Server-noTSX`)',
      'CPU type per VM (e.g. `x86-64-v2-AES`, `x86-64-v3` or a named model such as `Cascadelake-Server-noTSX`)',
    ),
    notes: tx(
      'Chọn theo thế hệ CPU thấp nhất của cluster. Luôn ghi rõ `--cpu` khi tạo máy ảo bằng `qm create`, nếu không máy ảo nhận `kvm64`. `host` chỉ dùng khi mọi node giống hệt nhau; di chuyển nóng giữa Intel và AMD không được hỗ trợ.',
      'Pick the lowest CPU generation of the cluster. Always pass `--cpu` to `qm create`, otherwise the VM gets `kvm64`. Use `host` only when all nodes are identical; live migration between Intel and AMD is not supported.',
    ),
  },
  {
    id: 'core.access',
    topic: tx('Phân quyền', 'Access control'),
    vsphere: tx('Role và permission của vCenter (RBAC), SSO', 'vCenter roles and permissions (RBAC), SSO'),
    proxmox: tx(
      'User, group, role và ACL theo đường dẫn (/vms/100, /storage/…); realm PAM, PVE, LDAP, Active Directory, OpenID Connect',
      'Users, groups, roles and ACLs on paths (/vms/100, /storage/…); realms PAM, PVE, LDAP, Active Directory, OpenID Connect',
    ),
    notes: tx(
      'Cơ chế tương tự nhưng không nhập được từ vCenter: phải tạo lại role và quyền.',
      'A similar model, but nothing imports from vCenter: roles and permissions are recreated.',
    ),
  },
];

// ---------------------------------------------------------------------------------------------------
// 2. Live-migration conditions
// ---------------------------------------------------------------------------------------------------

const LIVE_MIGRATION: readonly ConceptRow[] = [
  {
    id: 'lm.cluster',
    topic: tx('Quản lý', 'Management'),
    vsphere: tx('vMotion thực tế cần vCenter', 'vMotion in practice needs vCenter'),
    proxmox: tx('Node nguồn và node đích cùng một Proxmox VE cluster', 'Source and target node in the same Proxmox VE cluster'),
    notes: tx(
      'Giữa hai cluster khác nhau thì chuyển bằng sao lưu / khôi phục (ví dụ qua Proxmox Backup Server).',
      'Between separate clusters, move guests with backup and restore (for example through Proxmox Backup Server).',
    ),
  },
  {
    id: 'lm.network',
    topic: tx('Mạng di chuyển (migration network)', 'Migration network'),
    vsphere: tx('VMkernel bật dịch vụ vMotion', 'VMkernel adapter with the vMotion service'),
    proxmox: tx(
      '`migration: secure,network=<CIDR>` trong /etc/pve/datacenter.cfg; mỗi node có một IP trong dải đó',
      '`migration: secure,network=<CIDR>` in /etc/pve/datacenter.cfg; each node has an IP in that range',
    ),
    notes: tx(
      'Nên dùng subnet/VLAN riêng. Mặc định `secure` (qua SSH); `insecure` nhanh hơn, chỉ dùng trên mạng riêng tin cậy.',
      'Use a dedicated subnet/VLAN. The default `secure` type tunnels through SSH; `insecure` is faster, for a trusted private network only.',
    ),
  },
  {
    id: 'lm.cpu',
    topic: tx('Tương thích CPU', 'CPU compatibility'),
    vsphere: tx('EVC hoặc CPU tương thích', 'EVC or compatible CPUs'),
    proxmox: tx(
      'Cùng CPU type trên máy ảo; các node cùng hãng CPU (Intel hoặc AMD)',
      'The same CPU type on the VM; nodes of the same CPU vendor (Intel or AMD)',
    ),
    notes: tx(
      'CPU type vượt quá khả năng của node đích thì máy ảo không khởi động được hoặc di chuyển thất bại.',
      'A CPU type beyond what the target node offers makes the start or the migration fail.',
    ),
  },
  {
    id: 'lm.storage',
    topic: tx('Lưu trữ', 'Storage'),
    vsphere: tx('Datastore dùng chung (hoặc vMotion kèm đĩa)', 'Shared datastore (or vMotion with disks)'),
    proxmox: tx(
      'Lưu trữ dùng chung (NFS, Ceph, LVM dùng chung, ZFS over iSCSI); hoặc đĩa cục bộ với `--with-local-disks`',
      'Shared storage (NFS, Ceph, shared LVM, ZFS over iSCSI); or local disks with `--with-local-disks`',
    ),
    notes: tx(
      'Đĩa cục bộ phải được sao chép toàn bộ khi di chuyển; ZFS replication giảm phần này xuống phần thay đổi.',
      'Local disks are copied in full during the migration; ZFS replication reduces that to the changes.',
    ),
  },
  {
    id: 'lm.l2',
    topic: tx('Mạng lớp 2', 'Layer-2 network'),
    vsphere: tx('Cùng port group trên host nguồn và đích', 'The same port group on source and target host'),
    proxmox: tx('Cùng tên bridge và VLAN trên mọi node', 'The same bridge name and VLAN on every node'),
    notes: tx(
      'Sai tên bridge thì máy ảo mất mạng sau khi di chuyển.',
      'A wrong bridge name leaves the guest without network after the move.',
    ),
  },
  {
    id: 'lm.version',
    topic: tx('Phiên bản', 'Versions'),
    vsphere: tx('Tương thích phiên bản ESXi / phần cứng ảo', 'ESXi / virtual hardware version compatibility'),
    proxmox: tx(
      'Node đích chạy phiên bản Proxmox VE bằng hoặc mới hơn node nguồn',
      'The target node runs the same or a newer Proxmox VE version than the source',
    ),
    notes: tx(
      'Khi nâng cấp cluster, di chuyển máy ảo từ node cũ sang node đã nâng cấp, không đi chiều ngược lại.',
      'During a cluster upgrade, migrate guests from old nodes to upgraded ones, not the other way.',
    ),
  },
  {
    id: 'lm.devices',
    topic: tx('Thiết bị gắn trực tiếp', 'Passthrough devices'),
    vsphere: tx('DirectPath I/O chặn vMotion', 'DirectPath I/O blocks vMotion'),
    proxmox: tx('PCI hoặc USB passthrough chặn di chuyển nóng', 'PCI or USB passthrough blocks live migration'),
    notes: tx(
      'Máy ảo có thiết bị passthrough chỉ di chuyển nguội (tắt máy) được.',
      'Guests with passthrough devices can only be migrated offline.',
    ),
  },
  {
    id: 'lm.licence',
    topic: tx('Bản quyền', 'Licence'),
    vsphere: tx('vMotion tùy edition / gói', 'vMotion depends on the edition / bundle'),
    proxmox: tx('Có sẵn, không phụ thuộc subscription', 'Included, whatever the subscription'),
    notes: tx(
      'Subscription của Proxmox chỉ mua kho enterprise và hỗ trợ, không mở khóa tính năng.',
      'A Proxmox subscription buys the enterprise repository and support, not features.',
    ),
  },
];

// ---------------------------------------------------------------------------------------------------
// 3. Snapshot & backup
// ---------------------------------------------------------------------------------------------------

const SNAPSHOT_BACKUP: readonly ConceptRow[] = [
  {
    id: 'sb.snapshot',
    topic: tx('Ảnh chụp nhanh (snapshot)', 'Snapshot'),
    vsphere: tx('Snapshot trên mọi datastore (file delta)', 'Snapshots on any datastore (delta files)'),
    proxmox: {
      pve8: tx(
        'Tùy loại lưu trữ: ZFS, Ceph RBD, LVM-thin, qcow2 trên lưu trữ dạng file (dir, NFS, CIFS); LVM thường và iSCSI trực tiếp không có snapshot',
        'Depends on the storage: ZFS, Ceph RBD, LVM-thin, qcow2 on file storage (dir, NFS, CIFS); plain LVM and direct iSCSI have none',
      ),
      'pve9.0': tx(
        'Tùy loại lưu trữ: ZFS, Ceph RBD, LVM-thin, qcow2 trên lưu trữ dạng file (dir, NFS, CIFS); LVM dùng chung có "snapshot-as-volume-chain" (thử nghiệm); iSCSI trực tiếp không có',
        'Depends on the storage: ZFS, Ceph RBD, LVM-thin, qcow2 on file storage (dir, NFS, CIFS); shared LVM has "snapshot-as-volume-chain" (technology preview); direct iSCSI has none',
      ),
      'pve9.2': tx(
        'Tùy loại lưu trữ: ZFS, Ceph RBD, LVM-thin, qcow2 trên lưu trữ dạng file (dir, NFS, CIFS); LVM dùng chung có "snapshot-as-volume-chain" (thử nghiệm); iSCSI trực tiếp không có',
        'Depends on the storage: ZFS, Ceph RBD, LVM-thin, qcow2 on file storage (dir, NFS, CIFS); shared LVM has "snapshot-as-volume-chain" (technology preview); direct iSCSI has none',
      ),
    },
    notes: tx(
      'Snapshot không phải bản sao lưu. Xóa hoặc gộp snapshot VMware trước khi chuyển đổi.',
      'A snapshot is not a backup. Delete or consolidate VMware snapshots before the migration.',
    ),
  },
  {
    id: 'sb.backup',
    topic: tx('Sao lưu (backup)', 'Backup'),
    vsphere: tx('Phần mềm bên thứ ba qua VADP (Veeam, Nakivo…)', 'Third-party software through VADP (Veeam, Nakivo…)'),
    proxmox: tx(
      'vzdump có sẵn, ghi ra Proxmox Backup Server (PBS) hoặc lưu trữ dạng file; lịch trong /etc/pve/jobs.cfg',
      'Built-in vzdump to Proxmox Backup Server (PBS) or file storage; schedules in /etc/pve/jobs.cfg',
    ),
    notes: tx(
      'Chế độ `snapshot` (ít gián đoạn nhất, dùng fs-freeze của guest agent), `suspend`, `stop`. PBS khử trùng lặp (deduplication) và kiểm tra (verify) bản sao lưu.',
      'Modes `snapshot` (least downtime, uses the guest agent fs-freeze), `suspend`, `stop`. PBS deduplicates and verifies backups.',
    ),
  },
  {
    id: 'sb.incremental',
    topic: tx('Sao lưu gia tăng (incremental)', 'Incremental backup'),
    vsphere: tx('Changed Block Tracking (CBT)', 'Changed Block Tracking (CBT)'),
    proxmox: tx('PBS: dirty bitmap của QEMU + khử trùng lặp theo chunk', 'PBS: QEMU dirty bitmap + chunk deduplication'),
    notes: tx(
      'Khi máy ảo chạy liên tục chỉ đọc phần thay đổi; sau khi máy ảo khởi động lại thì đọc lại toàn bộ đĩa nhưng chỉ gửi chunk mới.',
      'While the guest keeps running only changed blocks are read; after a restart the whole disk is read again but only new chunks are sent.',
    ),
  },
  {
    id: 'sb.replication',
    topic: tx('Nhân bản (replication)', 'Replication'),
    vsphere: tx('vSphere Replication', 'vSphere Replication'),
    proxmox: tx(
      'Storage replication (`pvesr`) chỉ cho ZFS cục bộ: từ mỗi phút đến mỗi tuần, mặc định 15 phút',
      'Storage replication (`pvesr`) for local ZFS only: every minute up to every week, default 15 minutes',
    ),
    notes: tx(
      'Giải pháp khi không có lưu trữ dùng chung; khi failover có thể mất dữ liệu trong một chu kỳ nhân bản. Ceph tự nhân bản dữ liệu bên trong cluster (size 3 / min_size 2) nên không cần job replication.',
      'The answer when there is no shared storage; a failover may lose up to one replication interval of data. Ceph replicates inside the cluster itself (size 3 / min_size 2) and needs no replication job.',
    ),
    correction: tx(
      'Nhiều người cho rằng "ZFS/Ceph Replication". Job replication của Proxmox (`pvesr`) chỉ hỗ trợ ZFS; Ceph là lưu trữ dùng chung tự nhân bản, không phải job replication.',
      'A common belief: "ZFS/Ceph Replication". Proxmox replication jobs (`pvesr`) support ZFS only; Ceph is shared storage that replicates itself, not a replication job.',
    ),
  },
];

// ---------------------------------------------------------------------------------------------------
// 4. Licensing & operations
// ---------------------------------------------------------------------------------------------------

const LICENSING_OPS: readonly ConceptRow[] = [
  {
    id: 'lo.management',
    topic: tx('Quản lý tập trung', 'Central management'),
    vsphere: tx(
      'Cần vCenter Server để quản lý tập trung, phân quyền và thao tác cluster',
      'vCenter Server is needed for central management, permissions and cluster operations',
    ),
    proxmox: tx('Tạo cluster là có quản lý tập trung, không cần máy chủ quản lý riêng', 'Creating the cluster gives central management; no separate server'),
    notes: tx('Bớt một hệ thống phải cấp phép, sao lưu và nâng cấp.', 'One less system to license, back up and upgrade.'),
  },
  {
    id: 'lo.liveMigration',
    topic: tx('Di chuyển nóng', 'Live migration'),
    vsphere: tx(
      'vMotion có từ Essentials Plus; Storage vMotion từ Standard',
      'vMotion from Essentials Plus; Storage vMotion from Standard',
    ),
    proxmox: tx('Có sẵn khi đã có cluster và lưu trữ phù hợp', 'Available once there is a cluster and suitable storage'),
    notes: tx('Không có chi phí bản quyền riêng cho tính năng này.', 'No licence cost attached to the feature.'),
  },
  {
    id: 'lo.ha',
    topic: tx('Tính sẵn sàng cao (HA)', 'High availability (HA)'),
    vsphere: tx('vSphere HA trong mọi edition trả phí', 'vSphere HA in every paid edition'),
    proxmox: tx('Có sẵn; cần thiết kế quorum (cluster 2 node cần QDevice)', 'Included; needs a quorum design (a 2-node cluster needs a QDevice)'),
    notes: tx(
      'Cả hai đều làm được HA; với Proxmox phải thiết kế quorum cẩn thận để tránh split-brain.',
      'Both deliver HA; with Proxmox the quorum design needs care to avoid split-brain.',
    ),
  },
  {
    id: 'lo.balancing',
    topic: tx('Tự cân bằng tải', 'Automatic load balancing'),
    vsphere: tx('DRS: chỉ có từ Enterprise Plus / VVF / VCF', 'DRS: only in Enterprise Plus / VVF / VCF'),
    proxmox: {
      pve8: tx('Không tự cân bằng máy ảo đang chạy; CRS tĩnh chọn node khi khôi phục/khởi động máy ảo HA', 'No balancing of running guests; static CRS picks the node when HA guests are recovered or started'),
      'pve9.0': tx('Không tự cân bằng máy ảo đang chạy; CRS tĩnh chọn node khi khôi phục/khởi động máy ảo HA', 'No balancing of running guests; static CRS picks the node when HA guests are recovered or started'),
      'pve9.2': tx('Tự động cân bằng lại máy ảo HA (`ha-auto-rebalance`)', 'Automatic rebalancing of HA guests (`ha-auto-rebalance`)'),
    },
    notes: {
      pve8: tx(
        'VMware có lợi thế nếu doanh nghiệp cần tự động cân bằng tài nguyên liên tục.',
        'VMware has the edge where continuous automatic balancing is required.',
      ),
      'pve9.0': tx(
        'VMware có lợi thế nếu doanh nghiệp cần tự động cân bằng tài nguyên liên tục; PVE 9.2 thu hẹp khoảng cách cho máy ảo HA.',
        'VMware has the edge where continuous automatic balancing is required; PVE 9.2 narrows the gap for HA guests.',
      ),
      'pve9.2': tx(
        'Gần với DRS cho máy ảo HA; máy ảo không thuộc HA vẫn không được cân bằng.',
        'Close to DRS for HA guests; guests outside HA are still not balanced.',
      ),
    },
    correction: NO_DRS_CORRECTION,
  },
  {
    id: 'lo.cost',
    topic: tx('Chi phí bản quyền', 'Licence cost'),
    vsphere: tx(
      'Thuê bao theo nhân (core) của Broadcom, tối thiểu 16 core cho mỗi CPU (KB 313548, chính thức); tối thiểu 72 core mỗi đơn hàng từ 2025-04-10 (theo báo chí và đối tác)',
      'Broadcom per-core subscription, minimum 16 cores per CPU (KB 313548, official); minimum 72 cores per order from 2025-04-10 (reported by press and partners)',
    ),
    proxmox: tx(
      'Phần mềm tự do (AGPLv3), dùng không cần trả phí; subscription tùy chọn theo socket CPU mỗi năm: Community €120, Basic €370, Standard €550, Premium €1.100 (giá 2026, nguồn bên thứ ba)',
      'Free software (AGPLv3), usable at no cost; optional subscription per CPU socket per year: Community €120, Basic €370, Standard €550, Premium €1,100 (2026 prices, third-party source)',
    ),
    notes: tx(
      'Mọi node trong một cluster phải cùng mức subscription. Giá Proxmox thường tăng vào tháng 1; mục "Chi phí và bản quyền" của kế hoạch này ghi rõ ngày và nguồn của từng con số.',
      'All nodes of a cluster must have the same subscription level. Proxmox prices usually rise in January; the "Cost and licensing" section of this plan shows the date and source of every figure.',
    ),
  },
  {
    id: 'lo.support',
    topic: tx('Hỗ trợ kỹ thuật chính hãng', 'Vendor support'),
    vsphere: tx('Đi kèm hợp đồng thuê bao', 'Bundled with the subscription contract'),
    proxmox: tx(
      'Theo subscription của từng node: Community chỉ có diễn đàn; Basic trở lên có ticket hỗ trợ',
      'Per-node subscription: Community is forum only; Basic and above include support tickets',
    ),
    notes: tx(
      'Có thể mua hỗ trợ khi cần, nhưng cả cluster phải cùng một mức.',
      'Support can be bought when needed, but the whole cluster must be on one level.',
    ),
  },
  {
    id: 'lo.updates',
    topic: tx('Cập nhật và vá lỗi', 'Updates and patches'),
    vsphere: tx('Qua cổng của Broadcom, gắn với quyền sử dụng (entitlement)', 'Through the Broadcom portal, tied to the entitlement'),
    proxmox: tx(
      'Kho enterprise (cần subscription) hoặc kho no-subscription (miễn phí, ít được kiểm thử hơn)',
      'Enterprise repository (subscription) or no-subscription repository (free, less tested)',
    ),
    notes: tx(
      'Nếu dùng kho no-subscription cho hệ thống thật: cần quy trình cập nhật chặt chẽ (môi trường thử, sao lưu, khung giờ bảo trì).',
      'Using the no-subscription repository in production calls for a strict update process (staging, backup, maintenance window).',
    ),
  },
  {
    id: 'lo.lifecycle',
    topic: tx('Vòng đời phiên bản', 'Release lifecycle'),
    vsphere: tx('vSphere 8 và 9; VVF/VCF mới có vSphere 9', 'vSphere 8 and 9; only VVF/VCF get vSphere 9'),
    proxmox: {
      pve8: tx('PVE 8 (Debian 12) hết hỗ trợ 2026-08', 'PVE 8 (Debian 12) reaches end of life in 2026-08'),
      'pve9.0': tx('PVE 9 (Debian 13), phát hành từ 2025-08', 'PVE 9 (Debian 13), released from 2025-08'),
      'pve9.2': tx('PVE 9 (Debian 13), phát hành từ 2025-08', 'PVE 9 (Debian 13), released from 2025-08'),
    },
    notes: {
      pve8: tx(
        'Triển khai mới trên PVE 8 phải tính thêm một lần nâng cấp lên PVE 9 trong thời gian ngắn.',
        'A new PVE 8 deployment must plan an upgrade to PVE 9 soon after.',
      ),
      'pve9.0': tx('Nên chọn cho triển khai mới.', 'The recommended target for new deployments.'),
      'pve9.2': tx('Nên chọn cho triển khai mới.', 'The recommended target for new deployments.'),
    },
  },
  {
    id: 'lo.deployment',
    topic: tx('Độ phức tạp triển khai ban đầu', 'Initial deployment effort'),
    vsphere: tx(
      'Nhiều bước (vCenter, cluster, mạng vMotion/HA…), chuẩn hóa cho doanh nghiệp lớn',
      'Many steps (vCenter, cluster, vMotion/HA networks…), standardised for large enterprises',
    ),
    proxmox: tx(
      'Ít bước hơn: tạo cluster, thêm node, thêm lưu trữ, đặt migration network',
      'Fewer steps: create the cluster, join nodes, add storage, set the migration network',
    ),
    notes: tx(
      'Triển khai nhanh khi thiết kế mạng và lưu trữ đã rõ ràng.',
      'Quick to deploy once the network and storage design is clear.',
    ),
  },
  {
    id: 'lo.ecosystem',
    topic: tx('Hệ sinh thái công cụ', 'Tool ecosystem'),
    vsphere: tx(
      'Rất lớn: sao lưu, giám sát, tự động hóa, SDN của nhiều hãng',
      'Very large: backup, monitoring, automation and SDN from many vendors',
    ),
    proxmox: tx(
      'PBS tích hợp sẵn; tự động hóa qua REST API, CLI, Ansible và công cụ Linux',
      'PBS built in; automation through the REST API, the CLI, Ansible and Linux tools',
    ),
    notes: tx(
      'VMware mạnh khi cần bộ công cụ doanh nghiệp đầy đủ; Proxmox hợp với mô hình tối ưu chi phí và tự vận hành.',
      'VMware is strong where a full enterprise toolset is needed; Proxmox suits cost-focused, self-operated teams.',
    ),
  },
];

export const CONCEPT_TABLES: readonly ConceptTable[] = [
  { id: 'core', title: tx('Khái niệm cốt lõi', 'Core concepts'), topicLabel: tx('Hạng mục', 'Item'), rows: CORE },
  {
    id: 'liveMigration',
    title: tx('Điều kiện di chuyển nóng máy ảo', 'Live-migration conditions'),
    topicLabel: tx('Yêu cầu', 'Requirement'),
    rows: LIVE_MIGRATION,
  },
  {
    id: 'snapshotBackup',
    title: tx('Snapshot và sao lưu (backup)', 'Snapshot and backup'),
    topicLabel: tx('Tính năng', 'Feature'),
    rows: SNAPSHOT_BACKUP,
  },
  {
    id: 'licensingOps',
    title: tx('Bản quyền, chi phí và vận hành', 'Licensing, cost and operations'),
    topicLabel: tx('Tiêu chí', 'Criterion'),
    rows: LICENSING_OPS,
  },
];

function sameText(a: Text, b: Text): boolean {
  return a.vi === b.vi && a.en === b.en;
}

function differsByVersion(v: Versioned<Text>): boolean {
  return isByVersion(v) && !(sameText(v.pve8, v['pve9.0']) && sameText(v['pve9.0'], v['pve9.2']));
}

/** The four tables with the values for one target Proxmox VE version (for the app and the report). */
export function conceptTablesFor(target: PveTarget): ResolvedConceptTable[] {
  return CONCEPT_TABLES.map((table) => ({
    id: table.id,
    title: table.title,
    topicLabel: table.topicLabel,
    rows: table.rows.map((row) => ({
      id: row.id,
      topic: row.topic,
      vsphere: row.vsphere,
      proxmox: resolveVersioned(row.proxmox, target),
      notes: resolveVersioned(row.notes, target),
      correction: row.correction,
      versionDependent: differsByVersion(row.proxmox) || differsByVersion(row.notes),
    })),
  }));
}

export const CONCEPT_MAP_TITLE: Text = tx(
  'Bản đồ khái niệm vSphere sang Proxmox VE',
  'vSphere to Proxmox VE concept map',
);
