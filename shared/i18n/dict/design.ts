import type { Text } from '../text';

/** Target design, quorum, networks, placement, HA plan and configuration bundle: sentences and labels. */
export const design = {
  'design.target': {
    vi: 'Phiên bản Proxmox VE đích: {{target}}.',
    en: 'Target Proxmox VE version: {{target}}.',
  },
  // Clusters
  'design.cluster.hardwareAssumed': {
    vi: 'Inventory không có đủ thông số phần cứng (socket, core, RAM) của các node {{nodes}}; đã lấy giá trị trung vị của các host khác trong cluster. Hãy kiểm tra lại.',
    en: 'The inventory lacks hardware figures (sockets, cores, memory) for nodes {{nodes}}; the median of the other hosts in the cluster was assumed. Please check.',
  },
  'design.cluster.consolidated': {
    vi: 'Các cluster vSphere {{clusters}} được gộp thành một cluster Proxmox theo quyết định của người dùng.',
    en: 'The vSphere clusters {{clusters}} are consolidated into one Proxmox cluster, as decided by the user.',
  },
  'design.cluster.reserveDropped': {
    vi: 'Cluster này không chạy được HA nên dự phòng {{reserve}} không áp dụng; sizing tính theo N+0.',
    en: 'This cluster cannot run HA, so the {{reserve}} reserve does not apply; sizing uses N+0.',
  },
  'design.cluster.vsphereHaOff': {
    vi: 'vSphere HA đang TẮT trên cluster nguồn; kế hoạch vẫn đề xuất HA trên Proxmox theo restart priority của từng máy ảo. Có thể tắt HA cho cluster này trong phần quyết định.',
    en: 'vSphere HA is OFF on the source cluster; the plan still proposes Proxmox HA from each VM restart priority. HA can be switched off for this cluster in the decisions.',
  },
  'design.cluster.poweredOffExcluded': {
    vi: 'Máy ảo đang tắt không được tính vào sizing (theo quyết định); chúng vẫn được gán node nhưng không chiếm dung lượng.',
    en: 'Powered-off VMs are not counted in the sizing (by decision); they still get a node but use no capacity.',
  },
  // Quorum
  'design.quorum.single': {
    vi: 'Cluster 1 node: chỉ có 1 phiếu (vote), không có quorum thực sự và không thể failover sang node khác.',
    en: 'One-node cluster: a single vote, no real quorum and no other node to fail over to.',
  },
  'design.quorum.twoNodes': {
    vi: 'Cluster 2 node: BẮT BUỘC có QDevice (thuật toán ffsplit, 1 phiếu) làm phiếu thứ ba. Không có QDevice, khi một node hỏng node còn lại chỉ có 1/2 phiếu, mất quorum, /etc/pve chuyển sang chỉ đọc và HA không khôi phục được gì.',
    en: 'Two-node cluster: a QDevice is REQUIRED (ffsplit algorithm, 1 vote) as the third vote. Without it, when one node fails the survivor holds 1 of 2 votes, loses quorum, /etc/pve turns read-only and HA recovers nothing.',
  },
  'design.quorum.evenNodes': {
    vi: 'Số node chẵn ({{nodes}}): KHUYẾN NGHỊ thêm QDevice (ffsplit, 1 phiếu). Nó phá thế hòa khi cluster bị chia thành hai nửa bằng nhau và cho phép chịu thêm một node hỏng.',
    en: 'Even node count ({{nodes}}): a QDevice (ffsplit, 1 vote) is RECOMMENDED. It breaks the tie when the cluster splits into two equal halves and lets the cluster survive one more node failure.',
  },
  'design.quorum.oddNodes': {
    vi: 'Số node lẻ ({{nodes}}): KHÔNG dùng QDevice. Với số node lẻ, QDevice phải dùng thuật toán lms và nhận N-1 phiếu, trở thành gần như một điểm lỗi duy nhất (SPOF); `pvecm qdevice setup` cũng từ chối nếu không có --force. Số node lẻ đã tự tránh được thế hòa.',
    en: 'Odd node count ({{nodes}}): do NOT add a QDevice. On odd counts it must use the lms algorithm and gets N-1 votes, becoming a near single point of failure; `pvecm qdevice setup` also refuses without --force. An odd count already avoids ties.',
  },
  'design.quorum.forcedOdd': {
    vi: 'Người dùng vẫn chọn QDevice cho số node lẻ: QDevice sẽ có {{votes}} phiếu (lms) và cần `pvecm qdevice setup --force`. Không khuyến nghị.',
    en: 'The user chose a QDevice on an odd node count anyway: it gets {{votes}} votes (lms) and needs `pvecm qdevice setup --force`. Not recommended.',
  },
  'design.quorum.qdeviceDeclined': {
    vi: 'Người dùng đã bỏ QDevice dù được khuyến nghị cho {{nodes}} node.',
    en: 'The user declined the QDevice although it is advised for {{nodes}} nodes.',
  },
  'design.quorum.votes': {
    vi: 'Tổng số phiếu: {{votes}}; cần {{quorum}} phiếu để có quorum; cluster chịu được {{tolerated}} node hỏng mà vẫn giữ quorum.',
    en: 'Total votes: {{votes}}; {{quorum}} needed for quorum; the cluster survives {{tolerated}} node failure(s) and stays quorate.',
  },
  'design.quorum.noHa': {
    vi: 'HA của Proxmox cần ít nhất 3 phiếu (3 node, hoặc 2 node + QDevice). Cluster này ({{nodes}} node, {{votes}} phiếu) KHÔNG chạy được HA.',
    en: 'Proxmox HA needs at least three votes (3 nodes, or 2 nodes + a QDevice). This cluster ({{nodes}} node(s), {{votes}} vote(s)) CANNOT run HA.',
  },
  'design.quorum.optAddTwo': {
    vi: 'Phương án 1: thêm 2 node để có cluster 3 node (quorum vững, HA đầy đủ).',
    en: 'Option 1: add two nodes for a three-node cluster (solid quorum, full HA).',
  },
  'design.quorum.optAddOneQdevice': {
    vi: 'Phương án 2: thêm 1 node và một QDevice (máy nhỏ chạy corosync-qnetd ở ngoài cluster).',
    en: 'Option 2: add one node plus a QDevice (a small machine outside the cluster running corosync-qnetd).',
  },
  'design.quorum.optQdevice': {
    vi: 'Phương án: thêm QDevice (corosync-qnetd) để có phiếu thứ ba.',
    en: 'Option: add a QDevice (corosync-qnetd) for the third vote.',
  },
  'design.quorum.optNoHa': {
    vi: 'Hoặc chạy không có HA: sao lưu (backup) định kỳ lên Proxmox Backup Server và quy trình khôi phục (restore) thủ công sang node khác khi có sự cố.',
    en: 'Or run without HA: regular backups to Proxmox Backup Server and a manual restore procedure onto another node after a failure.',
  },
  // Networks
  'design.net.migrationFromVmotion': {
    vi: 'Mạng di chuyển nóng (migration) lấy từ subnet VMkernel vMotion: {{cidr}} (port group: {{portGroups}}).',
    en: 'Migration network taken from the vMotion VMkernel subnet: {{cidr}} (port groups: {{portGroups}}).',
  },
  'design.net.vmotionSharesMgmtSubnet': {
    vi: 'vMotion và quản trị (management) đang dùng chung subnet {{cidr}}. Trên Proxmox nên tách mạng migration riêng để di chuyển nóng không làm nghẽn mạng quản trị và corosync.',
    en: 'vMotion and management share the subnet {{cidr}}. On Proxmox, give migration its own network so live migrations do not congest management and corosync.',
  },
  'design.net.noVmotion': {
    vi: 'Inventory không có VMkernel vMotion riêng cho cluster này: vMotion nhiều khả năng đang chạy chung VMkernel quản trị. Đề xuất một mạng migration riêng (VLAN/subnet mới, tối thiểu 10 Gbit) và điền vào `migration: secure,network=<CIDR>`.',
    en: 'The inventory shows no dedicated vMotion VMkernel port for this cluster: vMotion evidently shares the management VMkernel. Plan a dedicated migration network (new VLAN/subnet, 10 Gbit or more) and set it as `migration: secure,network=<CIDR>`.',
  },
  'design.net.migrationEntered': {
    vi: 'Mạng migration do người dùng nhập: {{cidr}}.',
    en: 'Migration network entered by the user: {{cidr}}.',
  },
  'design.net.badCidr': {
    vi: 'Giá trị mạng migration "{{cidr}}" không phải CIDR hợp lệ nên bị bỏ qua.',
    en: 'The migration network "{{cidr}}" is not a valid CIDR and was ignored.',
  },
  'design.net.noManagement': {
    vi: 'Không tìm thấy subnet quản trị (management) trong inventory; hãy nhập thủ công.',
    en: 'No management subnet found in the inventory; enter it by hand.',
  },
  'design.net.corosyncEntered': {
    vi: 'Link corosync {{link}} do người dùng nhập.',
    en: 'Corosync link {{link}} entered by the user.',
  },
  'design.net.corosyncLink0': {
    vi: 'link0: mạng corosync riêng (NIC vật lý riêng, 1 Gbit là đủ, độ trễ < 5 ms, không dùng chung với storage). Cần chọn subnet.',
    en: 'link0: a dedicated corosync network (its own physical NIC, 1 Gbit is enough, latency under 5 ms, not shared with storage). Choose a subnet.',
  },
  'design.net.corosyncLink1': {
    vi: 'link1: mạng quản trị (management) làm đường dự phòng cho corosync.',
    en: 'link1: the management network as the corosync fallback link.',
  },
  'design.net.oneLink': {
    vi: 'Chỉ có một link corosync: khuyến nghị hai link trên hai switch khác nhau.',
    en: 'Only one corosync link: two links on separate switches are recommended.',
  },
  // DRS
  'design.drs.disabled': {
    vi: 'Quy tắc DRS "{{rule}}" đang tắt trên vSphere nên không được chuyển sang.',
    en: 'DRS rule "{{rule}}" is disabled in vSphere and is not carried over.',
  },
  'design.drs.tooFewVms': {
    vi: 'Quy tắc DRS "{{rule}}" có ít hơn 2 máy ảo còn trong kế hoạch nên bị bỏ qua.',
    en: 'DRS rule "{{rule}}" names fewer than two VMs still in the plan and is skipped.',
  },
  'design.drs.groupUnknown': {
    vi: 'Quy tắc DRS "{{rule}}": không tìm thấy nhóm máy ảo "{{vmGroup}}" hoặc nhóm host "{{hostGroup}}" (hoặc các host không còn là node) nên không chuyển được.',
    en: 'DRS rule "{{rule}}": VM group "{{vmGroup}}" or host group "{{hostGroup}}" not found (or its hosts are no longer nodes); not carried over.',
  },
  // Placement
  'design.place.togetherApartClash': {
    vi: 'Quy tắc "{{rule}}" yêu cầu tách các máy ảo mà một quy tắc affinity khác lại yêu cầu đặt cùng nhau; phần mâu thuẫn bị bỏ qua khi xếp chỗ.',
    en: 'Rule "{{rule}}" keeps apart VMs that another affinity rule keeps together; the clashing part is ignored in placement.',
  },
  'design.place.stranded': {
    vi: '{{count}} máy ảo không có node nào để khởi động lại khi node của chúng hỏng (do quy tắc hoặc dung lượng).',
    en: '{{count}} VM(s) have no node to restart on when their node fails (rules or capacity).',
  },
  'design.place.unplaced.memory': {
    vi: '{{vm}}: không node nào còn đủ RAM (không overcommit).',
    en: '{{vm}}: no node has enough memory left (no overcommit).',
  },
  'design.place.unplaced.cpu': {
    vi: '{{vm}}: vượt tỷ lệ vCPU:core trên mọi node.',
    en: '{{vm}}: exceeds the vCPU:core ratio on every node.',
  },
  'design.place.unplaced.reserve': {
    vi: '{{vm}}: chỉ vừa nếu dùng vào phần dự phòng HA; cần thêm node hoặc giảm mức dự phòng.',
    en: '{{vm}}: fits only by using the HA reserve; add a node or lower the reserve.',
  },
  'design.place.unplaced.rules': {
    vi: '{{vm}}: quy tắc affinity/anti-affinity hoặc VM–Host không để lại node hợp lệ nào.',
    en: '{{vm}}: the affinity/anti-affinity or VM–Host rules leave no valid node.',
  },
  'design.place.unplaced.pin': {
    vi: '{{vm}}: được ghim vào node "{{node}}" nhưng node đó không tồn tại hoặc mâu thuẫn với ghim khác.',
    en: '{{vm}}: pinned to node "{{node}}", which does not exist or clashes with another pin.',
  },
  'design.place.unplaced.noNodes': {
    vi: '{{vm}}: cluster đích chưa có node nào.',
    en: '{{vm}}: the target cluster has no nodes yet.',
  },
  'design.place.binding.memory': {
    vi: 'Ràng buộc quyết định: RAM. Cần {{mem}} node theo RAM, {{cpu}} node theo CPU, cộng {{reserve}} node dự phòng: cận dưới {{lb}}; số node tối thiểu tìm được {{min}}; hiện có {{nodes}}.',
    en: 'Binding constraint: memory. {{mem}} node(s) by memory, {{cpu}} by CPU, plus {{reserve}} reserve: lower bound {{lb}}; minimum found {{min}}; planned {{nodes}}.',
  },
  'design.place.binding.cpu': {
    vi: 'Ràng buộc quyết định: CPU (tỷ lệ vCPU:core). Cần {{cpu}} node theo CPU, {{mem}} node theo RAM, cộng {{reserve}} node dự phòng: cận dưới {{lb}}; số node tối thiểu tìm được {{min}}; hiện có {{nodes}}.',
    en: 'Binding constraint: CPU (vCPU:core ratio). {{cpu}} node(s) by CPU, {{mem}} by memory, plus {{reserve}} reserve: lower bound {{lb}}; minimum found {{min}}; planned {{nodes}}.',
  },
  'design.place.binding.reserve': {
    vi: 'Ràng buộc quyết định: dự phòng HA. Tải cần {{mem}} node (RAM) / {{cpu}} node (CPU), nhưng phải chừa thêm {{reserve}} node để chịu node hỏng; hiện có {{nodes}}, cận dưới {{lb}}, tối thiểu {{min}}.',
    en: 'Binding constraint: the HA reserve. The load needs {{mem}} node(s) (memory) / {{cpu}} (CPU), but {{reserve}} more must stay free to absorb failures; planned {{nodes}}, lower bound {{lb}}, minimum {{min}}.',
  },
  'design.place.binding.rules': {
    vi: 'Ràng buộc quyết định: các quy tắc (anti-affinity lớn nhất có {{apart}} máy ảo, VM–Host, ghim). Cận dưới theo tải {{lb}}; tối thiểu {{min}}; hiện có {{nodes}}.',
    en: 'Binding constraint: the rules (largest anti-affinity set {{apart}} VMs, VM–Host rules, pins). Load lower bound {{lb}}; minimum {{min}}; planned {{nodes}}.',
  },
  'design.place.binding.none': {
    vi: 'Không có tải cần xếp chỗ.',
    en: 'No load to place.',
  },
  // HA
  'design.ha.priorityConvention': {
    vi: 'Quy ước ưu tiên node của Proxmox: số lớn hơn được ưu tiên hơn (ví dụ `pve01:2,pve02:1` ưu tiên pve01). Kế hoạch này dùng đúng quy ước đó.',
    en: 'Proxmox node priority convention: a higher number means a higher priority (e.g. `pve01:2,pve02:1` prefers pve01). This plan follows that convention.',
  },
  'design.ha.tiersExplained': {
    vi: 'Phân tầng HA theo restart priority của vSphere HA: high/highest → tầng 1 (max_restart 3, max_relocate 1); medium → tầng 2 (max_restart 1, max_relocate 1); low/lowest → tầng 3 (vẫn do HA quản lý: max_restart 1, max_relocate 0); disabled → không do HA quản lý (vSphere cũng không khởi động lại máy ảo này). Máy ảo đang chạy có state started, máy ảo tắt có state stopped; failback bật.',
    en: 'HA tiers from the vSphere HA restart priority: highest/high → tier 1 (max_restart 3, max_relocate 1); medium → tier 2 (max_restart 1, max_relocate 1); low/lowest → tier 3 (still HA-managed: max_restart 1, max_relocate 0); disabled → not HA-managed (vSphere did not restart it either). Running VMs get state started, powered-off VMs state stopped; failback on.',
  },
  'design.ha.notManaged.disabled': {
    vi: '{{vm}}: không do HA quản lý — restart priority trên vSphere là disabled. Đổi tầng HA nếu muốn bảo vệ máy ảo này.',
    en: '{{vm}}: not HA-managed — its vSphere restart priority is disabled. Change its HA tier to protect it.',
  },
  'design.ha.notManagedTitle': { vi: 'Máy ảo không do HA quản lý (và lý do)', en: 'VMs not HA-managed (and why)' },
  'design.ha.notManaged.decision': {
    vi: '{{vm}}: không do HA quản lý — theo quyết định của người dùng.',
    en: '{{vm}}: not HA-managed — by your decision.',
  },
  'design.ha.tierAssumed': {
    vi: '{{count}} máy ảo không có restart priority rõ ràng; đã dùng mặc định của cluster (hoặc tầng 2).',
    en: '{{count}} VM(s) have no known restart priority; the cluster default (or tier 2) was used.',
  },
  'design.ha.notPossible': {
    vi: 'Cluster {{cluster}} không chạy được HA (thiếu phiếu quorum); không sinh cấu hình HA. Xem các phương án ở phần quorum.',
    en: 'Cluster {{cluster}} cannot run HA (not enough quorum votes); no HA configuration is generated. See the options in the quorum section.',
  },
  'design.ha.disabledByDecision': {
    vi: 'HA của cluster {{cluster}} bị tắt theo quyết định của người dùng.',
    en: 'HA for cluster {{cluster}} is switched off by the user.',
  },
  'design.ha.mustMerged': {
    vi: '{{vm}} chịu nhiều quy tắc "must run on" ({{rules}}); Proxmox chỉ cho phép một quy tắc node-affinity cho mỗi resource nên đã gộp thành một quy tắc strict với giao các node.',
    en: '{{vm}} is under several "must run on" rules ({{rules}}); Proxmox allows one node-affinity rule per resource, so they are merged into one strict rule over the common nodes.',
  },
  'design.ha.priorityWarning.seedStyle': {
    vi: '{{vm}}: ưu tiên được nhập là {{typed}}, có vẻ theo cách hiểu "số nhỏ = ưu tiên" để chọn {{intended}}. Thực tế Proxmox chạy máy ảo trên {{actual}} (số lớn nhất) và với failback bật sẽ chuyển nó về đó. Muốn ưu tiên {{intended}} thì cho {{intended}} số LỚN nhất.',
    en: '{{vm}}: priorities entered as {{typed}}, apparently meaning "lower = preferred" to prefer {{intended}}. Proxmox actually runs the VM on {{actual}} (highest number) and, with failback on, moves it back there. To prefer {{intended}}, give {{intended}} the HIGHEST number.',
  },
  'design.ha.priorityWarning.other': {
    vi: '{{vm}}: với ưu tiên {{typed}}, Proxmox sẽ chạy máy ảo trên {{actual}} (số lớn nhất), không phải {{intended}} như trong phương án xếp chỗ.',
    en: '{{vm}}: with priorities {{typed}}, Proxmox runs the VM on {{actual}} (highest number), not on {{intended}} as placed.',
  },
  'design.ha.pve8NoVmVm': {
    vi: 'Quy tắc VM–VM "{{rule}}": HA của PVE 8 không có tương đương (chỉ PVE 9 có resource-affinity). Hãy giữ nó như hướng dẫn vận hành hoặc nâng cấp lên PVE 9.',
    en: 'VM–VM rule "{{rule}}": PVE 8 HA has no equivalent (resource-affinity exists only in PVE 9). Keep it as an operating guideline, or move to PVE 9.',
  },
  'design.ha.pve8Groups': {
    vi: 'PVE 8 dùng HA group (nodes với priority, restricted, nofailback). Khi nâng cấp lên PVE 9, group được tự động chuyển thành quy tắc node-affinity (restricted → strict, nofailback → failback 0 trên từng resource).',
    en: 'PVE 8 uses HA groups (nodes with priorities, restricted, nofailback). After an upgrade to PVE 9 they are migrated automatically to node-affinity rules (restricted → strict, nofailback → failback 0 per resource).',
  },
  'design.ha.drop.tooFew': {
    vi: 'Quy tắc "{{rule}}" chỉ còn {{count}} resource do HA quản lý; Proxmox bỏ quy tắc resource-affinity có ít hơn 2 resource nên không sinh ra.',
    en: 'Rule "{{rule}}" has only {{count}} HA-managed resource(s); Proxmox drops resource-affinity rules with fewer than two, so it is not emitted.',
  },
  'design.ha.drop.posNeg': {
    vi: 'Quy tắc anti-affinity "{{neg}}" và affinity "{{pos}}" dùng chung nhiều resource; Proxmox sẽ bỏ cả hai. Phương án gần nhất: giữ "{{pos}}", trong "{{neg}}" chỉ giữ {{kept}} và bỏ {{removed}} (quan hệ tách rời vẫn được kế thừa qua nhóm affinity).',
    en: 'Anti-affinity rule "{{neg}}" and affinity rule "{{pos}}" share several resources; Proxmox would drop both. Nearest valid set: keep "{{pos}}", and keep only {{kept}} in "{{neg}}", removing {{removed}} (the keep-apart relation is still inherited through the affinity group).',
  },
  'design.ha.drop.negTooMany': {
    vi: 'Quy tắc anti-affinity "{{rule}}" có {{count}} resource nhưng chỉ có {{nodes}} node được phép; Proxmox sẽ bỏ quy tắc. Phương án gần nhất: giữ {{nodes}} resource đầu, bỏ {{removed}} khỏi quy tắc (hoặc thêm node).',
    en: 'Anti-affinity rule "{{rule}}" has {{count}} resources but only {{nodes}} allowed nodes; Proxmox would drop it. Nearest valid set: keep the first {{nodes}} resources, remove {{removed}} (or add nodes).',
  },
  'design.ha.drop.strictClash': {
    vi: 'Các máy ảo của quy tắc affinity "{{rule}}" có các quy tắc "must run on" không có node chung; không thể giữ strict, đã dùng quy tắc non-strict.',
    en: 'The VMs of affinity rule "{{rule}}" have "must run on" rules with no node in common; strict cannot be kept, a non-strict rule is used.',
  },
  'design.ha.drop.residual': {
    vi: 'Quy tắc "{{rule}}" vẫn vi phạm kiểm tra của Proxmox ({{code}}) nên bị loại khỏi cấu hình.',
    en: 'Rule "{{rule}}" still fails a Proxmox check ({{code}}) and is left out of the configuration.',
  },
  'design.ha.flattened': {
    vi: '{{count}} resource nằm trong quy tắc resource-affinity nên quy tắc node-affinity của chúng chỉ có MỘT mức ưu tiên (Proxmox bỏ resource-affinity trên node-affinity nhiều mức): {{sids}}.',
    en: '{{count}} resource(s) are in resource-affinity rules, so their node-affinity rule has ONE priority class (Proxmox drops resource-affinity over multi-class node affinity): {{sids}}.',
  },
  'design.ha.positiveUnified': {
    vi: 'Các máy ảo của quy tắc affinity "{{rule}}" được đưa vào cùng một quy tắc node-affinity (Proxmox yêu cầu vậy).',
    en: 'The VMs of affinity rule "{{rule}}" share one node-affinity rule (Proxmox requires it).',
  },
  'design.ha.crsStatic': {
    vi: '`crs: ha=static,ha-rebalance-on-start=1`: bộ lập lịch HA chọn node theo CPU và RAM đã cấu hình của máy ảo (RAM có trọng số lớn nhất) khi khôi phục, và cân bằng lại máy ảo khi nó được khởi động.',
    en: '`crs: ha=static,ha-rebalance-on-start=1`: the HA scheduler picks nodes by the configured CPU and memory of guests (memory weighs most) on recovery, and rebalances a guest when it is started.',
  },
  'design.ha.shutdownChosen': {
    vi: 'Shutdown policy đã chọn: {{policy}}.',
    en: 'Chosen shutdown policy: {{policy}}.',
  },
  'design.ha.shutdown.conditional': {
    vi: 'conditional (mặc định): reboot → freeze (máy ảo dừng và khởi động lại trên cùng node); tắt hẳn → failover (khôi phục sang node khác sau khoảng 2 phút).',
    en: 'conditional (default): reboot → freeze (guests stop and restart on the same node); power-off → failover (recovered elsewhere after about 2 minutes).',
  },
  'design.ha.shutdown.freeze': {
    vi: 'freeze: máy ảo trên node đang tắt bị dừng và không được khôi phục sang node khác cho tới khi node đó quay lại.',
    en: 'freeze: guests on a node going down are stopped and not recovered elsewhere until that node is back.',
  },
  'design.ha.shutdown.failover': {
    vi: 'failover: máy ảo bị dừng và được khôi phục sang node khác nếu node không quay lại trong khoảng 1 phút.',
    en: 'failover: guests are stopped and recovered on other nodes if the node is not back within about a minute.',
  },
  'design.ha.shutdown.migrate': {
    vi: 'migrate: node vào chế độ bảo trì (maintenance mode), máy ảo HA được di chuyển nóng sang node khác trước khi tắt và quay về khi node trở lại.',
    en: 'migrate: the node enters maintenance mode, HA guests are live-migrated away before shutdown and return when the node is back.',
  },
  'design.ha.crsDynamic': {
    vi: '`crs: ha=dynamic,ha-rebalance-on-start=1` (PVE 9.2+): bộ lập lịch HA chọn node theo mức dùng CPU và RAM đo được của máy ảo và node (không phải kích thước cấu hình) khi khôi phục và khi khởi động máy ảo; máy ảo chưa có số đo được tính bằng kích thước cấu hình.',
    en: '`crs: ha=dynamic,ha-rebalance-on-start=1` (PVE 9.2+): the HA scheduler picks nodes by the measured CPU and memory usage of guests and nodes (not their configured size) on recovery and when a guest starts; a guest without measurements counts at its configured size.',
  },
  'design.ha.crsDynamicIgnored': {
    vi: 'Lựa chọn bộ lập lịch dynamic bị bỏ qua vì phiên bản đích thấp hơn 9.2; kế hoạch dùng `ha=static`.',
    en: 'The dynamic scheduler choice is ignored because the target version is below 9.2; the plan uses `ha=static`.',
  },
  'design.ha.autoRebalanceOn': {
    vi: 'PVE 9.2+: bật tự động cân bằng tải (`ha-auto-rebalance=1`) cho máy ảo HA; máy ảo không do HA quản lý không được cân bằng.',
    en: 'PVE 9.2+: automatic rebalancing (`ha-auto-rebalance=1`) is on for HA guests; guests outside HA are not balanced.',
  },
  'design.ha.autoRebalanceOff': {
    vi: 'PVE 9.2+ có thể bật tự động cân bằng tải (`ha-auto-rebalance=1`, gần giống DRS) cho máy ảo HA; mặc định để tắt, bật khi đã kiểm thử.',
    en: 'PVE 9.2+ can rebalance HA guests automatically (`ha-auto-rebalance=1`, DRS-like); left off by default, switch it on after testing.',
  },
  'design.ha.autoRebalanceNeeds92': {
    vi: 'Phiên bản đích chưa có tự động cân bằng tải (cần PVE 9.2 trở lên).',
    en: 'The target version has no automatic rebalancing (needs PVE 9.2 or later).',
  },
  'design.ha.autoRebalanceIgnored': {
    vi: 'Lựa chọn auto-rebalance bị bỏ qua vì phiên bản đích thấp hơn 9.2.',
    en: 'The auto-rebalance choice is ignored because the target version is below 9.2.',
  },
  'design.ha.migrationLineCommented': {
    vi: 'Dòng `migration:` để ở dạng chú thích trong datacenter.cfg cho tới khi chọn được subnet migration.',
    en: 'The `migration:` line stays commented out in datacenter.cfg until a migration subnet is chosen.',
  },
  // Section config reader
  'design.cfg.duplicate': {
    vi: 'Dòng {{line}}: section {{section}} bị lặp lại.',
    en: 'Line {{line}}: section {{section}} appears twice.',
  },
  'design.cfg.outside': {
    vi: 'Dòng {{line}}: tùy chọn nằm ngoài mọi section.',
    en: 'Line {{line}}: option outside any section.',
  },
  'design.cfg.syntax': {
    vi: 'Dòng {{line}}: không đúng cú pháp section config (cần `type: id` hoặc một dòng thụt lề `key value`).',
    en: 'Line {{line}}: not section-config syntax (expected `type: id` or an indented `key value` line).',
  },
  // Report and UI labels
  'design.section.clusters': { vi: 'Thiết kế cluster đích', en: 'Target cluster design' },
  'design.section.quorum': { vi: 'Quorum và mạng', en: 'Quorum and networks' },
  'design.section.placement': { vi: 'Xếp chỗ máy ảo và mức sử dụng', en: 'VM placement and utilisation' },
  'design.section.ha': { vi: 'Kế hoạch HA', en: 'HA plan' },
  'design.section.config': { vi: 'Phụ lục: cấu hình Proxmox', en: 'Appendix: Proxmox configuration' },
  'design.col.cluster': { vi: 'Cluster', en: 'Cluster' },
  'design.col.sourceClusters': { vi: 'Cluster vSphere', en: 'vSphere clusters' },
  'design.col.node': { vi: 'Node', en: 'Node' },
  'design.col.sourceHost': { vi: 'Host ESXi', en: 'ESXi host' },
  'design.col.sockets': { vi: 'Socket', en: 'Sockets' },
  'design.col.cores': { vi: 'Core', en: 'Cores' },
  'design.col.memoryGiB': { vi: 'RAM (GiB)', en: 'Memory (GiB)' },
  'design.col.origin': { vi: 'Nguồn số liệu', en: 'Source' },
  'design.col.nodes': { vi: 'Số node', en: 'Nodes' },
  'design.col.votes': { vi: 'Phiếu', en: 'Votes' },
  'design.col.qdevice': { vi: 'QDevice', en: 'QDevice' },
  'design.col.ha': { vi: 'HA', en: 'HA' },
  'design.col.reserve': { vi: 'Dự phòng', en: 'Reserve' },
  'design.col.binding': { vi: 'Ràng buộc quyết định', en: 'Binding constraint' },
  'design.col.vm': { vi: 'Máy ảo', en: 'VM' },
  'design.col.vmid': { vi: 'VMID', en: 'VMID' },
  'design.col.secondary': { vi: 'Node dự phòng', en: 'Failover node' },
  'design.col.vcpus': { vi: 'vCPU', en: 'vCPUs' },
  'design.col.cpuPct': { vi: 'CPU %', en: 'CPU %' },
  'design.col.memPct': { vi: 'RAM %', en: 'Memory %' },
  'design.col.cpuPctFail': { vi: 'CPU % khi 1 node hỏng', en: 'CPU % after one failure' },
  'design.col.memPctFail': { vi: 'RAM % khi 1 node hỏng', en: 'Memory % after one failure' },
  'design.col.worstFailed': { vi: 'Node hỏng xấu nhất', en: 'Worst failed node' },
  'design.col.reason': { vi: 'Lý do', en: 'Reason' },
  'design.col.rule': { vi: 'Quy tắc', en: 'Rule' },
  'design.col.type': { vi: 'Loại', en: 'Type' },
  'design.col.resources': { vi: 'Resource', en: 'Resources' },
  'design.col.priorities': { vi: 'Node:ưu tiên (số lớn = ưu tiên)', en: 'Node:priority (higher = preferred)' },
  'design.col.strict': { vi: 'Strict / restricted', en: 'Strict / restricted' },
  'design.col.detail': { vi: 'Chi tiết', en: 'Detail' },
  'design.col.sid': { vi: 'Resource (sid)', en: 'Resource (sid)' },
  'design.col.tier': { vi: 'Tầng HA', en: 'HA tier' },
  'design.col.state': { vi: 'State', en: 'State' },
  'design.col.maxRestart': { vi: 'max_restart', en: 'max_restart' },
  'design.col.maxRelocate': { vi: 'max_relocate', en: 'max_relocate' },
  'design.col.failback': { vi: 'Failback', en: 'Failback' },
  'design.col.group': { vi: 'Group', en: 'Group' },
  'design.col.role': { vi: 'Vai trò', en: 'Role' },
  'design.col.network': { vi: 'Mạng', en: 'Network' },
  'design.col.source': { vi: 'Nguồn', en: 'Source' },
  'design.kv.demand': { vi: 'Nhu cầu (vCPU / RAM GiB / số máy ảo)', en: 'Demand (vCPUs / memory GiB / VMs)' },
  'design.kv.nodeCapacity': { vi: 'Dung lượng một node tham chiếu (vCPU / RAM GiB)', en: 'Reference node capacity (vCPUs / memory GiB)' },
  'design.kv.lowerBound': { vi: 'Cận dưới số node (ceil(nhu cầu / dung lượng) + dự phòng)', en: 'Node lower bound (ceil(demand / capacity) + reserve)' },
  'design.kv.minimumNodes': { vi: 'Số node tối thiểu tìm được', en: 'Minimum node count found' },
  'design.kv.migration': { vi: 'Cấu hình migration', en: 'Migration setting' },
  'design.text.yes': { vi: 'Có', en: 'Yes' },
  'design.text.no': { vi: 'Không', en: 'No' },
  'design.text.required': { vi: 'Bắt buộc', en: 'Required' },
  'design.text.recommended': { vi: 'Khuyến nghị', en: 'Recommended' },
  'design.text.notRecommended': { vi: 'Không khuyến nghị', en: 'Not recommended' },
  'design.text.notApplicable': { vi: 'Không áp dụng', en: 'Not applicable' },
  'design.text.notHa': { vi: 'Không HA', en: 'No HA' },
  'design.text.unplacedTitle': { vi: 'Máy ảo không xếp được', en: 'VMs that do not fit' },
  'design.text.droppedTitle': { vi: 'Quy tắc vSphere không chuyển được nguyên trạng', en: 'vSphere rules not carried over as they were' },
  'design.text.priorityTitle': { vi: 'Cảnh báo về ưu tiên node', en: 'Node priority warnings' },
  'design.text.rulesTitle': { vi: 'Quy tắc HA (rules.cfg)', en: 'HA rules (rules.cfg)' },
  'design.text.groupsTitle': { vi: 'HA group (groups.cfg)', en: 'HA groups (groups.cfg)' },
  'design.text.resourcesTitle': { vi: 'HA resource (resources.cfg)', en: 'HA resources (resources.cfg)' },
  'design.text.datacenterTitle': { vi: 'Tùy chọn datacenter.cfg', en: 'datacenter.cfg options' },
  'design.text.seedCorrection': {
    vi: 'Proxmox: số priority lớn hơn nghĩa là ưu tiên cao hơn. Với `pve01=1 pve02=2`, máy ảo ưu tiên chạy trên pve02 (pve-ha-manager sắp xếp priority giảm dần). Kế hoạch này gán số lớn hơn cho node ưu tiên.',
    en: 'Proxmox: a higher priority number means a higher priority. With `pve01=1 pve02=2` the guest prefers pve02 (pve-ha-manager sorts priorities in descending order). This plan gives the preferred node the higher number.',
  },
  'design.text.placementMore': {
    vi: 'Chỉ hiển thị {{shown}} / {{total}} máy ảo; danh sách đầy đủ có trong bản xuất XLSX và plan.json.',
    en: 'Showing {{shown}} of {{total}} VMs; the full list is in the XLSX export and plan.json.',
  },
  'design.text.rowsMore': {
    vi: 'Chỉ hiển thị {{shown}} / {{total}} dòng; đầy đủ trong gói cấu hình, bản xuất XLSX và plan.json.',
    en: 'Showing {{shown}} of {{total}} rows; all of them are in the configuration bundle, the XLSX export and plan.json.',
  },
  'design.text.bundleIntro': {
    vi: 'Các tệp dưới đây nằm trong thư mục proxmox/{{cluster}}/ của gói cấu hình.',
    en: 'The files below are in the proxmox/{{cluster}}/ folder of the configuration bundle.',
  },
  'design.place.unplaced.tooLarge': {
    vi: '{{vm}}: lớn hơn sức chứa của bất kỳ node nào.',
    en: '{{vm}}: larger than any node can hold.',
  },
  'design.sizing.ratio.source': {
    vi: 'Tỷ lệ cụm nguồn đang chạy hôm nay: {{vcpus}} vCPU của các máy ảo đang bật ÷ {{cores}} core vật lý = {{ratio}}:1.',
    en: 'The ratio the source cluster runs at today: {{vcpus}} vCPUs of powered-on VMs ÷ {{cores}} physical cores = {{ratio}}:1.',
  },
  'design.sizing.ratio.floor': {
    vi: 'Cụm nguồn chạy ở {{ratio}}:1 ({{vcpus}} vCPU ÷ {{cores}} core), thấp hơn mức sàn {{floor}}:1 của giả định "Số vCPU trên mỗi lõi vật lý": dùng {{floor}}:1.',
    en: 'The source cluster runs at {{ratio}}:1 ({{vcpus}} vCPUs ÷ {{cores}} cores), below the {{floor}}:1 floor of the "vCPUs per physical core" assumption: {{floor}}:1 is used.',
  },
  'design.sizing.ratio.unknown': {
    vi: 'Không tính được tỷ lệ của cụm nguồn (thiếu số core hoặc số vCPU): dùng giả định "Số vCPU trên mỗi lõi vật lý" {{floor}}:1.',
    en: 'The source cluster ratio is unknown (cores or vCPUs missing): the "vCPUs per physical core" assumption {{floor}}:1 is used.',
  },
  'design.sizing.ratioRisk': {
    vi: 'Rủi ro: tỷ lệ vCPU:core {{ratio}}:1 cao hơn {{max}}:1 — máy ảo có thể phải chờ CPU khi tải cao.',
    en: 'Risk: a vCPU:core ratio of {{ratio}}:1 is above {{max}}:1 — VMs may wait for CPU under load.',
  },
  'design.sizing.excluded.vcls': {
    vi: '{{vm}}: máy ảo agent vSphere Cluster Services (vCLS) — không di chuyển, không tính vào sizing.',
    en: '{{vm}}: a vSphere Cluster Services (vCLS) agent VM — not migrated, not counted in the sizing.',
  },
  'design.sizing.excluded.vcenter': {
    vi: '{{vm}}: appliance vCenter — nên cho ngừng (retire), không di chuyển; Proxmox VE không cần nó. Có thể giữ lại để di chuyển nếu muốn.',
    en: '{{vm}}: a vCenter appliance — retire, not migrate; Proxmox VE does not need it. It can be kept for migration by decision.',
  },
  'design.sizing.excluded.nsx': {
    vi: '{{vm}}: appliance NSX — nên cho ngừng (retire), không di chuyển; mạng trên Proxmox dùng bridge/SDN. Có thể giữ lại để di chuyển nếu muốn.',
    en: '{{vm}}: an NSX appliance — retire, not migrate; networking on Proxmox uses bridges/SDN. It can be kept for migration by decision.',
  },
  'design.sizing.excluded.aria': {
    vi: '{{vm}}: appliance vRealize/Aria — nên cho ngừng (retire), không di chuyển; nó chỉ giám sát/vận hành vSphere. Có thể giữ lại để di chuyển nếu muốn.',
    en: '{{vm}}: a vRealize/Aria appliance — retire, not migrate; it only monitors or operates vSphere. It can be kept for migration by decision.',
  },
  'design.sizing.excluded.witness': {
    vi: '{{vm}}: appliance vSAN witness — nên cho ngừng (retire), không di chuyển; Proxmox dùng QDevice thay cho witness. Có thể giữ lại để di chuyển nếu muốn.',
    en: '{{vm}}: a vSAN witness appliance — retire, not migrate; Proxmox uses a QDevice instead of a witness. It can be kept for migration by decision.',
  },
  'design.sizing.measuredUnknown': {
    vi: 'Sizing theo mức đo: {{memory}} / {{vms}} máy ảo không có số đo RAM và {{cpu}} / {{vms}} không có số đo CPU (không đoán) — các máy ảo này được tính theo cấu hình cấp phát. Cột thiếu: {{columns}}.',
    en: 'Measured sizing: {{memory}} of {{vms}} VMs have no measured memory and {{cpu}} of {{vms}} no measured CPU (unknown, not guessed) — they are sized as allocated. Missing columns: {{columns}}.',
  },
  'design.sizing.tooLarge.memory': {
    vi: '{{vm}} cần {{mem}} GiB RAM, node lớn nhất chỉ cho {{maxMem}} GiB dùng được: thiếu {{short}} GiB. Cần node lớn hơn hoặc thu nhỏ máy ảo.',
    en: '{{vm}} needs {{mem}} GiB of memory, the largest node gives {{maxMem}} GiB usable: {{short}} GiB short. It needs a larger node or a smaller VM.',
  },
  'design.sizing.tooLarge.cpu': {
    vi: '{{vm}} cần {{vcpus}} vCPU, node lớn nhất chỉ cho {{maxVcpus}} vCPU: thiếu {{short}} vCPU. Cần node lớn hơn hoặc giảm vCPU.',
    en: '{{vm}} needs {{vcpus}} vCPUs, the largest node gives {{maxVcpus}}: {{short}} vCPUs short. It needs a larger node or fewer vCPUs.',
  },
  'design.sizing.added.memory': {
    vi: 'Đề xuất thêm {{count}} node mới ({{sockets}} socket, {{cores}} core, {{memGiB}} GiB) — từ {{before}} lên {{after}} node. Ràng buộc quyết định: RAM. Tải cần {{demandMem}} GiB RAM và {{demandCpu}} vCPU; mỗi node cho {{nodeMem}} GiB và {{nodeCpu}} vCPU dùng được: {{memNodes}} node theo RAM, {{cpuNodes}} theo CPU, cộng {{reserve}} node dự phòng HA.',
    en: 'Proposed: {{count}} new node(s) ({{sockets}} sockets, {{cores}} cores, {{memGiB}} GiB) — from {{before}} to {{after}} nodes. Binding constraint: memory. The load needs {{demandMem}} GiB of memory and {{demandCpu}} vCPUs; each node gives {{nodeMem}} GiB and {{nodeCpu}} vCPUs usable: {{memNodes}} node(s) by memory, {{cpuNodes}} by CPU, plus {{reserve}} HA reserve.',
  },
  'design.sizing.added.cpu': {
    vi: 'Đề xuất thêm {{count}} node mới ({{sockets}} socket, {{cores}} core, {{memGiB}} GiB) — từ {{before}} lên {{after}} node. Ràng buộc quyết định: CPU (tỷ lệ vCPU:core). Tải cần {{demandCpu}} vCPU và {{demandMem}} GiB RAM; mỗi node cho {{nodeCpu}} vCPU và {{nodeMem}} GiB dùng được: {{cpuNodes}} node theo CPU, {{memNodes}} theo RAM, cộng {{reserve}} node dự phòng HA.',
    en: 'Proposed: {{count}} new node(s) ({{sockets}} sockets, {{cores}} cores, {{memGiB}} GiB) — from {{before}} to {{after}} nodes. Binding constraint: CPU (vCPU:core ratio). The load needs {{demandCpu}} vCPUs and {{demandMem}} GiB of memory; each node gives {{nodeCpu}} vCPUs and {{nodeMem}} GiB usable: {{cpuNodes}} node(s) by CPU, {{memNodes}} by memory, plus {{reserve}} HA reserve.',
  },
  'design.sizing.addedByUser': {
    vi: 'Node mới do người dùng thêm.',
    en: 'New node added by the user.',
  },
  'design.sizing.title': { vi: 'Mô hình sizing (giả định, có thể chỉnh)', en: 'Sizing model (assumptions, editable)' },
  'design.sizing.col.parameter': { vi: 'Thông số', en: 'Parameter' },
  'design.sizing.col.value': { vi: 'Giá trị', en: 'Value' },
  'design.sizing.col.source': { vi: 'Nguồn', en: 'Source' },
  'design.sizing.col.note': { vi: 'Ghi chú', en: 'Note' },
  'design.sizing.src.decision': { vi: 'quyết định của người dùng', en: 'your decision' },
  'design.sizing.src.source-cluster': { vi: 'cụm nguồn hôm nay', en: 'source cluster today' },
  'design.sizing.src.assumption': { vi: 'giả định', en: 'assumption' },
  'design.sizing.src.derived': { vi: 'suy ra từ inventory', en: 'derived from the inventory' },
  'design.sizing.src.unknown': { vi: 'không rõ', en: 'unknown' },
  'design.sizing.p.basis': { vi: 'Cơ sở sizing', en: 'Sizing basis' },
  'design.sizing.p.ratio': { vi: 'Tỷ lệ vCPU:core', en: 'vCPU:core ratio' },
  'design.sizing.p.sourceRatio': { vi: 'Tỷ lệ cụm nguồn hôm nay', en: 'Source cluster ratio today' },
  'design.sizing.p.overcommit': { vi: 'Hệ số overcommit RAM', en: 'Memory overcommit' },
  'design.sizing.p.hostReserve': { vi: 'RAM giữ lại cho Proxmox VE mỗi node', en: 'Memory kept for Proxmox VE per node' },
  'design.sizing.p.zfsArc': { vi: 'ZFS ARC mỗi node (thêm vào phần giữ lại)', en: 'ZFS ARC per node (on top of the reserve)' },
  'design.sizing.p.cpuReserve': { vi: 'Core giữ lại cho Proxmox VE mỗi node', en: 'Cores kept for Proxmox VE per node' },
  'design.sizing.p.headroom': { vi: 'Dự phòng trên mức đo', en: 'Headroom on measured usage' },
  'design.sizing.p.reserve': { vi: 'Dự phòng HA', en: 'HA reserve' },
  'design.sizing.p.hardware': { vi: 'Phần cứng node', en: 'Node hardware' },
  'design.sizing.p.sourceUsage': { vi: 'Mức dùng hôm nay (vHost CPU % / RAM %)', en: 'Usage today (vHost CPU % / memory %)' },
  'design.sizing.p.measured': { vi: 'Máy ảo có số đo (RAM / CPU)', en: 'VMs with measured usage (memory / CPU)' },
  'design.sizing.basis.allocated': { vi: 'cấp phát (như hiện tại)', en: 'allocated (as-is)' },
  'design.sizing.basis.measured': { vi: 'theo mức đo', en: 'measured' },
  'design.sizing.hw.keep': { vi: 'giữ các host hiện tại; node đề xuất: {{sockets}} socket, {{cores}} core, {{mem}} GiB', en: 'keep the current hosts; proposed nodes: {{sockets}} sockets, {{cores}} cores, {{mem}} GiB' },
  'design.sizing.hw.model': { vi: 'model node: {{sockets}} socket, {{cores}} core, {{mem}} GiB', en: 'node model: {{sockets}} sockets, {{cores}} cores, {{mem}} GiB' },
  'design.sizing.hw.none': { vi: 'giữ các host hiện tại (chưa có model node để đề xuất)', en: 'keep the current hosts (no node model to propose)' },
  'design.sizing.zfsArc': { vi: 'min({{pct}} % RAM node, {{max}} GiB)', en: 'min({{pct}} % of node memory, {{max}} GiB)' },
  'design.sizing.noZfs': { vi: 'không dùng ZFS', en: 'no ZFS in the storage plan' },
  'design.sizing.unknownValue': { vi: 'không rõ', en: 'unknown' },
  'design.sizing.addedTitle': { vi: 'Node mới (đề xuất hoặc do người dùng thêm)', en: 'New nodes (proposed or added by you)' },
  'design.sizing.excludedTitle': { vi: 'Không phải workload (không di chuyển)', en: 'Not workloads (not migrated)' },
  'design.sizing.totals': {
    vi: 'Tổng quan thiết kế: {{unplaced}} máy ảo chưa xếp được chỗ, {{added}} node mới, {{excluded}} máy ảo không phải workload (vCLS, appliance quản lý).',
    en: 'Design at a glance: {{unplaced}} VM(s) unplaced, {{added}} new node(s), {{excluded}} VM(s) that are not workloads (vCLS, management appliances).',
  },
  'design.col.hostsToday': { vi: 'Host hôm nay', en: 'Hosts today' },
  'design.col.added': { vi: 'Node mới', en: 'New nodes' },
  'design.col.unplaced': { vi: 'Chưa xếp', en: 'Unplaced' },
  'design.col.kind': { vi: 'Loại', en: 'Kind' },
} as const satisfies Record<string, Text>;
