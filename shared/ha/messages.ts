import type { Text } from '../i18n/text';

/**
 * Bilingual timeline messages of the simulator. HA state names, Proxmox commands and log phrases stay in
 * English, as a Vietnamese Proxmox engineer writes them. Placeholders: {{sid}}, {{node}}, {{from}}, {{to}} …
 */
export const haMsg = {
  event: { vi: 'Sự kiện kịch bản: {{action}}', en: 'Scenario event: {{action}}' },
  powerOff: { vi: 'Node {{node}} bị tắt nguồn đột ngột; các máy ảo trên node dừng ngay.', en: 'Node {{node}} loses power; its guests stop at once.' },
  powerOn: { vi: 'Node {{node}} được bật nguồn và khởi động lại.', en: 'Node {{node}} is powered on and boots.' },
  alreadyPower: { vi: 'Node {{node}} đã ở trạng thái nguồn "{{state}}"; bỏ qua.', en: 'Node {{node}} is already powered {{state}}; ignored.' },
  networkOff: { vi: 'Node {{node}} mất kết nối mạng cluster (corosync).', en: 'Node {{node}} loses its cluster (corosync) network.' },
  networkOn: { vi: 'Mạng cluster của node {{node}} được khôi phục.', en: 'The cluster network of node {{node}} is restored.' },
  nodeDownGone: { vi: 'Node {{node}} đang tắt; không thể thực hiện {{action}}.', en: 'Node {{node}} is off; cannot {{action}}.' },
  shutdownStart: {
    vi: 'Node {{node}} bắt đầu {{kind}} sạch, shutdown policy = {{policy}}.',
    en: 'Node {{node}} starts a clean {{kind}}, shutdown policy = {{policy}}.',
  },
  shutdownFreeze: {
    vi: 'LRM trên {{node}} dừng các dịch vụ và đánh dấu freeze (không recovery).',
    en: 'The LRM on {{node}} stops its services and marks them freeze (no recovery).',
  },
  shutdownStop: {
    vi: 'LRM trên {{node}} dừng các dịch vụ và nhả agent lock (sẽ failover nếu node không quay lại kịp).',
    en: 'The LRM on {{node}} stops its services and releases its agent lock (failover if the node is not back in time).',
  },
  shutdownMigrate: {
    vi: 'LRM trên {{node}} chuyển sang chế độ maintenance và chờ di chuyển hết dịch vụ trước khi tắt.',
    en: 'The LRM on {{node}} enters maintenance mode and waits for all services to move away before going down.',
  },
  nodeWentDown: { vi: 'Node {{node}} đã tắt.', en: 'Node {{node}} is down.' },
  quorumLost: {
    vi: 'Không còn phân vùng nào có quorum ({{votes}}/{{total}} phiếu lớn nhất): HA manager ngừng mọi hành động, không có failover.',
    en: 'No partition is quorate (largest has {{votes}}/{{total}} votes): the HA manager takes no action and nothing fails over.',
  },
  quorumBack: { vi: 'Cluster có quorum trở lại ({{votes}}/{{total}} phiếu).', en: 'The cluster is quorate again ({{votes}}/{{total}} votes).' },
  nodeNoQuorum: { vi: 'Node {{node}} không có quorum.', en: 'Node {{node}} has no quorum.' },
  newMaster: { vi: 'CRM trên {{node}} trở thành master.', en: 'The CRM on {{node}} becomes master.' },
  masterLost: { vi: 'CRM master trên {{node}} mất manager lock (lost_manager_lock).', en: 'The CRM master on {{node}} loses the manager lock (lost_manager_lock).' },
  lostAgentLock: {
    vi: 'LRM trên {{node}} mất quorum khi đang active: không gia hạn được agent lock (lost_agent_lock), watchdog sẽ reset node sau {{seconds}} giây.',
    en: 'The active LRM on {{node}} lost quorum: it cannot renew its agent lock (lost_agent_lock); the watchdog resets the node within {{seconds}} s.',
  },
  watchdogReset: {
    vi: 'Watchdog reset node {{node}} (self-fence): mọi máy ảo trên node bị dừng.',
    en: 'The watchdog resets node {{node}} (self-fence): every guest on it stops.',
  },
  nodeState: { vi: "node '{{node}}': state changed from '{{from}}' => '{{to}}'", en: "node '{{node}}': state changed from '{{from}}' => '{{to}}'" },
  fenceOk: {
    vi: "CRM lấy được agent lock của {{node}} (successfully acquired lock 'ha_agent_{{node}}_lock'): node đã được fence.",
    en: "The CRM acquired the agent lock of {{node}} (successfully acquired lock 'ha_agent_{{node}}_lock'): the node is fenced.",
  },
  serviceState: { vi: "service '{{sid}}': state changed from '{{from}}' to '{{to}}'", en: "service '{{sid}}': state changed from '{{from}}' to '{{to}}'" },
  recovered: {
    vi: "recover service '{{sid}}' từ node đã fence '{{from}}' sang node '{{to}}'",
    en: "recover service '{{sid}}' from fenced node '{{from}}' to node '{{to}}'",
  },
  noRecoveryNode: {
    vi: "recovering service '{{sid}}' from fenced node '{{node}}' failed, no recovery node found — resource ở trạng thái recovery (không chạy), CRM thử lại mỗi vòng.",
    en: "recovering service '{{sid}}' from fenced node '{{node}}' failed, no recovery node found — the resource stays in recovery (not running); the CRM retries every round.",
  },
  migrateQueued: { vi: "{{mode}} service '{{sid}}' từ '{{from}}' sang '{{to}}' ({{reason}})", en: "{{mode}} service '{{sid}}' from '{{from}}' to '{{to}}' ({{reason}})" },
  migrated: { vi: "service '{{sid}}' đã chuyển xong từ '{{from}}' sang '{{to}}'", en: "service '{{sid}}' moved from '{{from}}' to '{{to}}'" },
  migrateFailed: {
    vi: "{{mode}} service '{{sid}}' từ '{{from}}' sang '{{to}}' thất bại; dịch vụ ở lại '{{from}}'",
    en: "{{mode}} of service '{{sid}}' from '{{from}}' to '{{to}}' failed; it stays on '{{from}}'",
  },
  started: { vi: "service '{{sid}}' đã chạy trên node '{{node}}'", en: "service '{{sid}}' started on node '{{node}}'" },
  stoppedGuest: { vi: "service '{{sid}}' đã dừng trên node '{{node}}'", en: "service '{{sid}}' stopped on node '{{node}}'" },
  startRetry: {
    vi: "start service '{{sid}}' trên '{{node}}' thất bại — restart policy: retry number {{n}}",
    en: "starting service '{{sid}}' on '{{node}}' failed — restart policy: retry number {{n}}",
  },
  startGaveUp: {
    vi: "unable to start service {{sid}} on local node after {{n}} retries (node '{{node}}')",
    en: "unable to start service {{sid}} on local node after {{n}} retries (node '{{node}}')",
  },
  relocateAfterFail: {
    vi: "starting service {{sid}} on node '{{from}}' failed, relocating service (sang '{{to}}')",
    en: "starting service {{sid}} on node '{{from}}' failed, relocating service (to '{{to}}')",
  },
  triedAll: {
    vi: "Tried all available nodes for service '{{sid}}', retry start on current node '{{node}}'",
    en: "Tried all available nodes for service '{{sid}}', retry start on current node '{{node}}'",
  },
  enterError: {
    vi: 'recovery policy for service {{sid}} failed, entering error state (chỉ thoát bằng cách đặt disabled)',
    en: 'recovery policy for service {{sid}} failed, entering error state (only setting it disabled gets it out)',
  },
  relocationOk: { vi: "relocation policy successful for '{{sid}}' on node '{{node}}'", en: "relocation policy successful for '{{sid}}' on node '{{node}}'" },
  requested: { vi: "Cấu hình: service '{{sid}}' đặt state = {{state}}", en: "Config: service '{{sid}}' set to state {{state}}" },
  stopCommand: { vi: "crm command: stop '{{sid}}' (timeout {{timeout}} s); cấu hình state = stopped", en: "crm command: stop '{{sid}}' (timeout {{timeout}} s); config state set to stopped" },
  added: { vi: "Thêm resource '{{sid}}' vào HA trên node '{{node}}' (state {{state}})", en: "Resource '{{sid}}' added to HA on node '{{node}}' (state {{state}})" },
  removedIgnored: { vi: "service '{{sid}}' = ignored: bị gỡ khỏi manager status, CRM/LRM không đụng tới", en: "service '{{sid}}' is ignored: removed from the manager status, untouched by CRM/LRM" },
  cmdNotOnline: { vi: "crm command error - node '{{node}}' not online", en: "crm command error - node '{{node}}' not online" },
  cmdNegative: {
    vi: "crm command '{{cmd}}' error - service '{{other}}' on node '{{node}}' in negative affinity",
    en: "crm command '{{cmd}}' error - service '{{other}}' on node '{{node}}' in negative affinity",
  },
  cmdIgnoredState: { vi: "crm command '{{cmd}}' bị bỏ qua: service đang ở state {{state}}", en: "crm command '{{cmd}}' ignored: the service is in state {{state}}" },
  cmdSameNode: { vi: "service '{{sid}}' đã ở trên node '{{node}}'; bỏ qua", en: "service '{{sid}}' is already on node '{{node}}'; ignored" },
  coMigrate: { vi: "'{{sid}}' được di chuyển cùng '{{with}}' (resource affinity positive)", en: "'{{sid}}' is moved together with '{{with}}' (positive resource affinity)" },
  stoppedMoved: { vi: "service '{{sid}}' (stopped) được chuyển cấu hình sang '{{to}}'", en: "service '{{sid}}' (stopped) is moved to '{{to}}'" },
  maintEnableReq: { vi: 'crm command: enable-node-maintenance {{node}}', en: 'crm command: enable-node-maintenance {{node}}' },
  maintDisableReq: { vi: 'crm command: disable-node-maintenance {{node}}', en: 'crm command: disable-node-maintenance {{node}}' },
  maintBack: {
    vi: "moving service '{{sid}}' back to '{{node}}', node came back from maintenance",
    en: "moving service '{{sid}}' back to '{{node}}', node came back from maintenance",
  },
  maintFallbackDropped: {
    vi: "Không chuyển được '{{sid}}' về '{{node}}' sau maintenance; bỏ ý định chuyển về, dịch vụ ở lại.",
    en: "Could not move '{{sid}}' back to '{{node}}' after maintenance; the fallback is dropped and it stays.",
  },
  rebalance: {
    vi: "ha-rebalance-on-start: '{{sid}}' được chuyển sang '{{to}}' (điểm tốt nhất) trước khi start",
    en: "ha-rebalance-on-start: '{{sid}}' is relocated to '{{to}}' (best score) before starting",
  },
  rebalanceIgnored: {
    vi: "'{{sid}}' đang chạy sẵn: LRM trả về IGNORED, giữ nguyên trên '{{node}}'",
    en: "'{{sid}}' already runs: the LRM answers IGNORED and it stays on '{{node}}'",
  },
  staticFallback: {
    vi: 'crs static cần nodeResources (cpus, memoryMiB) cho mọi node; thiếu nên CRM quay về scheduler basic.',
    en: 'crs static needs nodeResources (cpus, memoryMiB) for every node; they are missing, so the CRM falls back to the basic scheduler.',
  },
  overcommit: {
    vi: 'Node {{node}} quá tải: {{what}} (nhu cầu {{demand}} / dung lượng {{capacity}}).',
    en: 'Node {{node}} is overcommitted: {{what}} (demand {{demand}} / capacity {{capacity}}).',
  },
  reasonFailback: { vi: 'failback về node ưu tiên cao nhất đang online', en: 'failback to the top-priority online node' },
  reasonMaintenance: { vi: 'node vào maintenance', en: 'node entered maintenance' },
  reasonMaintenanceBack: { vi: 'node đã hết maintenance', en: 'node came back from maintenance' },
  reasonManual: { vi: 'lệnh thủ công', en: 'manual command' },
  reasonAffinity: { vi: 'resource affinity', en: 'resource affinity' },
  capacityBasic: {
    vi: 'Scheduler basic: HA manager chỉ đếm số resource HA trên mỗi node, KHÔNG xét CPU/RAM. Cảnh báo quá tải ở đây là do công cụ tính thêm, Proxmox không tự tránh.',
    en: 'Basic scheduler: the HA manager only counts HA resources per node and IGNORES CPU and memory. The overcommit flags here are computed by this tool; Proxmox does not avoid them.',
  },
  capacityStatic: {
    vi: 'Scheduler static: HA manager xét CPU và RAM (RAM có trọng số lớn nhất) khi chọn node, nhưng vẫn không từ chối đặt máy ảo lên node đã quá tải.',
    en: 'Static scheduler: the HA manager weighs CPU and memory (memory most) when it picks a node, but still does not refuse a node that is already overcommitted.',
  },
} as const satisfies Record<string, Text>;
