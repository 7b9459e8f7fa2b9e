import type { Text } from '../text';

/**
 * Texts of the summary profile's digests: one table for all target clusters in place of a table per cluster,
 * each distinct note printed once with the clusters (or datastores) it applies to, and the pointers to where
 * the per-cluster detail is (the XLSX workbook and the full report).
 */
export const reportDigest = {
  'report.digest.appliesTo': { vi: 'Áp dụng cho cluster: {{list}}.', en: 'Applies to clusters: {{list}}.' },
  'report.digest.appliesToAll': { vi: 'Áp dụng cho mọi cluster.', en: 'Applies to every cluster.' },
  'report.digest.appliesToDatastores': { vi: 'Áp dụng cho datastore: {{list}}.', en: 'Applies to datastores: {{list}}.' },
  'report.digest.pointer': {
    vi: '{{what}}: có trong tệp XLSX (sheet {{sheets}}) và trong bản báo cáo đầy đủ.',
    en: '{{what}}: in the XLSX workbook (sheet {{sheets}}) and in the full report.',
  },
  'report.digest.countIn': { vi: '{{n}} dòng, {{clusters}} cluster', en: '{{n}} rows, {{clusters}} clusters' },
  'report.digest.none': { vi: 'không có', en: 'none' },
  'report.digest.exampleCol': {
    vi: 'Kết quả mong đợi (nếu khác nhau giữa các cluster: ví dụ của một cluster, tên cluster ghi ở đầu)',
    en: 'Expected result (where the clusters differ: one cluster\'s, named first)',
  },
  'report.digest.clustersCol': { vi: 'Cluster áp dụng', en: 'Clusters' },
  'report.digest.all': { vi: 'tất cả ({{n}})', en: 'all ({{n}})' },

  // Cost lines
  'report.digest.cost.ref': { vi: 'Tham chiếu', en: 'Ref.' },

  // Import checks
  'report.digest.inventory.count': { vi: 'Số lượng', en: 'Count' },
  'report.digest.inventory.example': { vi: 'Ví dụ (tệp · sheet · dòng · cột)', en: 'Example (file · sheet · row · column)' },
  'report.digest.inventory.pointer': { vi: 'Danh sách {{n}} kết quả kiểm tra khi nhập, từng dòng', en: 'The list of the {{n}} import checks, one row each' },

  // CPU type and migration network
  'report.digest.cpu.hostsUnknown': {
    vi: '{{n}} host không xác định được thế hệ CPU (không có EVC và CPU model không nhận ra); baseline có thể cao hơn mức các host này chạy được: {{hosts}}.',
    en: '{{n}} hosts with an unknown CPU generation (no EVC key and an unrecognised CPU model); the baseline may be higher than these hosts can run: {{hosts}}.',
  },

  'report.digest.cpu.sharesManagement': { vi: 'không có — dùng chung mạng quản lý {{cidr}}', en: 'none — shares management {{cidr}}' },
  'report.digest.cpu.noteVmotion': {
    vi: 'Mạng migration lấy từ subnet VMkernel vMotion (cột “Mạng migration”): đặt migration: secure,network=<subnet đó> trong datacenter.cfg.',
    en: 'Migration network taken from the vMotion VMkernel subnet (column “Migration network”): set migration: secure,network=<that subnet> in datacenter.cfg.',
  },
  'report.digest.cpu.noteManagement': {
    vi: 'Không thấy VMkernel vMotion riêng; vMotion dùng chung mạng quản lý (ghi trong bảng). Nên tách mạng migration riêng trên Proxmox.',
    en: 'No dedicated vMotion VMkernel found; vMotion shares the management network (given in the table). A separate migration network on Proxmox is advised.',
  },

  // Concept map
  'report.digest.concept.pointer': {
    vi: 'Ghi chú của từng dòng bản đồ khái niệm (giới hạn, lệnh, khác biệt giữa các phiên bản)',
    en: 'The notes of each row of the concept map (limits, commands, what differs between versions)',
  },

  // Target cluster design
  'report.digest.design.nodesTitle': { vi: 'Node của mọi cluster đích', en: 'Nodes of every target cluster' },
  'report.digest.design.nodeCount': { vi: 'Số node', en: 'Count' },
  'report.digest.design.nodesPointer': {
    vi: 'Từng node với host ESXi nguồn, mô hình định cỡ từng cluster (giá trị, nguồn và ghi chú của từng số liệu)',
    en: 'Each node with its source ESXi host, and the sizing model of each cluster (every value with its source and note)',
  },
  'report.digest.design.sizingTitle': { vi: 'Đầu vào định cỡ theo cluster', en: 'Sizing inputs per cluster' },
  'report.digest.design.sizingIntro': {
    vi: 'Giá trị không kèm ghi chú là giả định chung của dự án, liệt kê ở mục “Giả định và quyết định” ({{list}}); ghi chú trong ngoặc cho biết nguồn khác (quyết định của người dùng, cụm nguồn hôm nay, suy ra từ inventory).',
    en: 'Values without a note are the project-wide assumptions listed in the section “Assumptions and decisions” ({{list}}); a note in brackets gives any other source (your decision, the source cluster today, derived from the inventory).',
  },
  'report.digest.design.col.ratio': { vi: 'vCPU:core (hôm nay)', en: 'vCPU:core (today)' },
  'report.digest.design.col.kept': { vi: 'Giữ lại cho Proxmox VE mỗi node', en: 'Kept for Proxmox VE per node' },
  'report.digest.design.col.hardware': { vi: 'Phần cứng node', en: 'Node hardware' },
  'report.digest.design.col.usage': { vi: 'Mức dùng hôm nay (CPU % / RAM %)', en: 'Usage today (CPU % / memory %)' },
  'report.digest.design.today': { vi: 'hôm nay {{ratio}}', en: 'today {{ratio}}' },
  'report.digest.design.kept': { vi: '{{mem}} GiB RAM, {{cores}} core', en: '{{mem}} GiB memory, {{cores}} cores' },
  'report.digest.design.headroom': { vi: '+{{pct}} dự phòng', en: '+{{pct}} headroom' },
  'report.digest.design.hw.keep': { vi: 'host hiện tại; node mới {{sockets}}×{{cores}} core, {{mem}} GiB', en: 'current hosts; new nodes {{sockets}}×{{cores}} cores, {{mem}} GiB' },
  'report.digest.design.hw.model': { vi: 'model node {{sockets}}×{{cores}} core, {{mem}} GiB', en: 'node model {{sockets}}×{{cores}} cores, {{mem}} GiB' },
  'report.digest.design.hw.none': { vi: 'host hiện tại (chưa có model node)', en: 'current hosts (no node model)' },
  'report.digest.design.addedTitle': { vi: 'Node mới đề xuất và lý do', en: 'Proposed new nodes and why' },
  'report.digest.design.excluded': {
    vi: 'Máy ảo không phải tải công việc (vCLS, appliance quản trị; không chuyển): {{n}} máy ở {{clusters}} cluster',
    en: 'VMs that are not workloads (vCLS, management appliances; not migrated): {{n}} VMs in {{clusters}} clusters',
  },

  // Quorum and networks
  'report.digest.quorum.title': { vi: 'Quorum theo cluster', en: 'Quorum per cluster' },
  'report.digest.quorum.col.qdevice': { vi: 'QDevice (khuyến nghị — có trong kế hoạch)', en: 'QDevice (advice — planned)' },
  'report.digest.quorum.col.votes': { vi: 'Phiếu (cần cho quorum)', en: 'Votes (needed for quorum)' },
  'report.digest.quorum.col.survives': { vi: 'Chịu được số node hỏng', en: 'Node failures survived' },
  'report.digest.quorum.col.ha': { vi: 'Chạy được HA', en: 'HA possible' },
  'report.digest.networks.title': { vi: 'Mạng của từng cluster', en: 'Networks of each cluster' },
  'report.digest.networks.legend': {
    vi: 'Subnet không kèm ghi chú lấy từ các cổng VMkernel của host nguồn; <…> là subnet còn phải chọn; “quyết định của người dùng” là subnet bạn đã đặt.',
    en: 'A subnet without a note comes from the VMkernel ports of the source hosts; <…> marks a subnet still to choose; “your decision” one you set.',
  },
  'report.digest.networks.migrationSetting': { vi: 'Cấu hình migration trong datacenter.cfg: {{setting}}', en: 'Migration setting in datacenter.cfg: {{setting}}' },
  'report.digest.networks.pointer': {
    vi: 'Từng mạng của từng cluster với port group nguồn',
    en: 'Every network of every cluster with its source port groups',
  },

  // Placement and utilisation
  'report.digest.placement.title': { vi: 'Kết quả định cỡ theo cluster', en: 'Sizing result per cluster' },
  'report.digest.placement.col.demand': { vi: 'Nhu cầu (vCPU / RAM GiB / máy ảo)', en: 'Demand (vCPUs / memory GiB / VMs)' },
  'report.digest.placement.col.capacity': { vi: 'Một node (vCPU / RAM GiB)', en: 'One node (vCPUs / memory GiB)' },
  'report.digest.placement.col.lowerBound': { vi: 'Cận dưới số node', en: 'Node lower bound' },
  'report.digest.placement.col.minimum': { vi: 'Tối thiểu tìm được', en: 'Minimum found' },
  'report.digest.placement.col.planned': { vi: 'Node trong kế hoạch', en: 'Planned nodes' },
  'report.digest.placement.utilTitle': { vi: 'Mức sử dụng từng node (mọi cluster)', en: 'Utilisation of each node (every cluster)' },
  'report.digest.placement.unplacedTitle': { vi: 'Máy ảo chưa xếp được chỗ (mọi cluster)', en: 'VMs that do not fit (every cluster)' },
  'report.digest.placement.pointer': { vi: 'Vị trí của từng máy ảo ({{n}} máy ảo)', en: 'The placement of each VM ({{n}} VMs)' },

  // HA plan
  'report.digest.ha.title': { vi: 'Kế hoạch HA theo cluster', en: 'HA plan per cluster' },
  'report.digest.ha.col.rules': { vi: 'Rule / group', en: 'Rules / groups' },
  'report.digest.ha.col.resources': { vi: 'Resource HA (tầng 1 / 2 / 3)', en: 'HA resources (tier 1 / 2 / 3)' },
  'report.digest.ha.col.notManaged': { vi: 'Máy ảo ngoài HA', en: 'VMs not HA-managed' },
  'report.digest.ha.col.dropped': { vi: 'Quy tắc không chuyển được', en: 'Rules not carried over' },
  'report.digest.ha.col.warnings': { vi: 'Cảnh báo ưu tiên', en: 'Priority warnings' },
  'report.digest.ha.notManagedTitle': { vi: 'Máy ảo ngoài HA (mọi cluster)', en: 'VMs not HA-managed (every cluster)' },
  'report.digest.ha.notManaged.disabled': {
    vi: 'restart priority trên vSphere là disabled; đổi tầng HA nếu muốn bảo vệ các máy ảo này',
    en: 'their vSphere restart priority is disabled; change their HA tier to protect them',
  },
  'report.digest.ha.notManaged.decision': { vi: 'theo quyết định của người dùng', en: 'by your decision' },
  'report.digest.ha.droppedTitle': { vi: 'Quy tắc vSphere không chuyển được (mọi cluster)', en: 'vSphere rules not carried over (every cluster)' },
  'report.digest.ha.pointer': {
    vi: 'Từng rule/group HA, từng resource HA và từng máy ảo ngoài HA kèm lý do',
    en: 'Every HA rule/group, every HA resource and every VM not HA-managed with its reason',
  },

  // HA N-1 simulation and acceptance tests
  'report.digest.checks.intro': {
    vi: 'Trình mô phỏng HA lần lượt tắt nguồn từng node của mỗi cluster có HA (N-1) và ghi lại: resource HA nào được khôi phục, resource nào không khôi phục được (rule strict / group restricted không còn node hợp lệ, hoặc mất quorum), node nào bị quá tải RAM và thời gian đến khi máy ảo chạy lại.',
    en: 'The HA simulator powers off each node of every cluster with HA in turn (N-1) and records which HA resources are recovered, which cannot recover (strict rule / restricted group with no node left, or lost quorum), which nodes end up with memory overcommitted, and the time until the guests run again.',
  },
  'report.digest.checks.sweepTitle': { vi: 'Mô phỏng N-1 theo cluster', en: 'N-1 simulation per cluster' },
  'report.digest.checks.col.cases': { vi: 'Số trường hợp', en: 'Cases' },
  'report.digest.checks.col.unrecovered': { vi: 'Có resource không khôi phục được', en: 'With unrecoverable resources' },
  'report.digest.checks.col.overcommit': { vi: 'Có node quá tải RAM', en: 'With memory overcommit' },
  'report.digest.checks.col.noQuorum': { vi: 'Mất quorum', en: 'Without quorum' },
  'report.digest.checks.col.maxRecovery': { vi: 'Khôi phục lâu nhất (giây)', en: 'Longest recovery (s)' },
  'report.digest.checks.col.crs': { vi: 'Scheduler (CRS)', en: 'Scheduler (CRS)' },
  'report.digest.checks.problemsTitle': { vi: 'Các trường hợp N-1 có vấn đề', en: 'N-1 cases with a problem' },
  'report.digest.checks.noProblems': {
    vi: 'Ở mọi trường hợp N-1, mọi resource HA đều được khôi phục, cluster giữ quorum và không node nào bị quá tải RAM.',
    en: 'In every N-1 case every HA resource is recovered, the cluster stays quorate and no node has its memory overcommitted.',
  },
  'report.digest.checks.testsTitle': { vi: 'Kiểm thử nghiệm thu HA (mọi cluster)', en: 'HA acceptance tests (every cluster)' },
  'report.digest.checks.pointer': {
    vi: 'Từng trường hợp N-1 của từng cluster, kết quả mong đợi của từng bài kiểm thử trên từng cluster (với tên node của cluster đó) và các lệnh từng bước, lệnh dọn dẹp',
    en: 'Every N-1 case of every cluster, the expected result of every test on every cluster (with that cluster\'s node names) and the step-by-step and cleanup commands',
  },

  // Checklists
  'report.digest.checklists.preTitle': { vi: 'Checklist trước khi đưa vào vận hành (mọi cluster)', en: 'Pre-production checklist (every cluster)' },
  'report.digest.checklists.pointer': {
    vi: 'Checklist của từng cluster với kết quả mong đợi theo tên node, địa chỉ và storage của cluster đó, các lệnh từng bước và ô ghi kết quả',
    en: 'The checklist of each cluster with the expected results for its own nodes, addresses and storages, the step-by-step commands and the record fields',
  },

  // Storage map
  'report.digest.storage.col.target': { vi: 'Storage Proxmox (loại)', en: 'Proxmox storage (type)' },
  'report.digest.storage.pointer': {
    vi: 'Bảng đầy đủ (loại nguồn, nội dung storage, ghi chú từng datastore)',
    en: 'The full table (source type, storage content, the notes of each datastore)',
  },
} as const satisfies Record<string, Text>;
