import type { Text } from '../i18n/text';

/**
 * The simulator's log lines: a stable `code` that programs match on, and the bilingual sentence people read.
 * HA state names, Proxmox commands and Proxmox log phrases stay in English (quoted where a Vietnamese sentence
 * carries them); the rest of a Vietnamese line is Vietnamese. Placeholders: {{sid}}, {{node}}, {{from}}, {{to}} …
 */
type LogTemplate = { readonly code: string; readonly vi: string; readonly en: string };

export const haLog = {
  event: { code: 'scenario.event', vi: 'Sự kiện kịch bản: {{what}} (dòng kịch bản "{{action}}").', en: 'Scenario event: {{what}} (scenario line "{{action}}").' },
  powerOff: {
    code: 'node.powerOff',
    vi: 'Node {{node}} bị mất nguồn đột ngột; các máy ảo trên node dừng ngay.',
    en: 'Node {{node}} loses power; its guests stop at once.',
  },
  powerOn: { code: 'node.powerOn', vi: 'Node {{node}} được bật nguồn và khởi động.', en: 'Node {{node}} is powered on and boots.' },
  alreadyPower: { code: 'node.alreadyPowered', vi: 'Node {{node}} đã ở trạng thái nguồn "{{state}}"; bỏ qua.', en: 'Node {{node}} is already powered {{state}}; ignored.' },
  networkOff: { code: 'node.networkOff', vi: 'Node {{node}} mất kết nối mạng cluster (corosync).', en: 'Node {{node}} loses its cluster (corosync) network.' },
  networkOn: { code: 'node.networkOn', vi: 'Mạng cluster của node {{node}} được khôi phục.', en: 'The cluster network of node {{node}} is restored.' },
  nodeDownGone: { code: 'node.actionOnDownNode', vi: 'Node {{node}} đang tắt; không thể thực hiện "{{action}}".', en: 'Node {{node}} is off; cannot {{action}}.' },
  shutdownStart: {
    code: 'node.shutdownStart',
    vi: 'Node {{node}} bắt đầu {{kind}} có kiểm soát, shutdown policy = {{policy}}.',
    en: 'Node {{node}} starts a clean {{kind}}, shutdown policy = {{policy}}.',
  },
  shutdownFreeze: {
    code: 'lrm.shutdownFreeze',
    vi: 'LRM trên {{node}} dừng các máy ảo HA và đánh dấu chúng là freeze (không khôi phục sang node khác).',
    en: 'The LRM on {{node}} stops its services and marks them freeze (no recovery).',
  },
  shutdownStop: {
    code: 'lrm.shutdownStop',
    vi: 'LRM trên {{node}} dừng các máy ảo HA và nhả agent lock (chúng sẽ được chuyển đổi dự phòng nếu node không quay lại kịp).',
    en: 'The LRM on {{node}} stops its services and releases its agent lock (failover if the node is not back in time).',
  },
  shutdownMigrate: {
    code: 'lrm.shutdownMigrate',
    vi: 'LRM trên {{node}} chuyển sang chế độ maintenance và chờ di chuyển hết các máy ảo HA trước khi tắt.',
    en: 'The LRM on {{node}} enters maintenance mode and waits for all services to move away before going down.',
  },
  nodeWentDown: { code: 'node.down', vi: 'Node {{node}} đã tắt.', en: 'Node {{node}} is down.' },
  quorumLost: {
    code: 'quorum.lost',
    vi: 'Không còn phân vùng nào có quorum (lớn nhất có {{votes}}/{{total}} phiếu): HA manager không làm gì nữa, không có chuyển đổi dự phòng.',
    en: 'No partition is quorate (largest has {{votes}}/{{total}} votes): the HA manager takes no action and nothing fails over.',
  },
  quorumBack: { code: 'quorum.regained', vi: 'Cluster có quorum trở lại ({{votes}}/{{total}} phiếu).', en: 'The cluster is quorate again ({{votes}}/{{total}} votes).' },
  newMaster: { code: 'crm.master', vi: 'CRM trên {{node}} trở thành master.', en: 'The CRM on {{node}} becomes master.' },
  schedulerMode: {
    code: 'crm.schedulerMode',
    vi: "CRM dùng scheduler {{mode}} (log: \"using scheduler mode '{{mode}}'\").",
    en: "The CRM uses the {{mode}} scheduler (log: \"using scheduler mode '{{mode}}'\").",
  },
  masterLost: {
    code: 'crm.lostManagerLock',
    vi: 'CRM master trên {{node}} mất manager lock (trạng thái lost_manager_lock).',
    en: 'The CRM master on {{node}} loses the manager lock (lost_manager_lock).',
  },
  lostAgentLock: {
    code: 'lrm.lostAgentLock',
    vi: 'LRM đang active trên {{node}} mất quorum: không gia hạn được agent lock (trạng thái lost_agent_lock), watchdog sẽ khởi động lại cứng (reset) node trong vòng {{seconds}} giây.',
    en: 'The active LRM on {{node}} lost quorum: it cannot renew its agent lock (lost_agent_lock); the watchdog resets the node within {{seconds}} s.',
  },
  watchdogReset: {
    code: 'watchdog.reset',
    vi: 'Watchdog khởi động lại cứng (reset) node {{node}} để tự cô lập: mọi máy ảo trên node dừng.',
    en: 'The watchdog resets node {{node}} (self-fence): every guest on it stops.',
  },
  nodeState: { code: 'node.state', vi: "Node '{{node}}' chuyển trạng thái HA từ '{{from}}' sang '{{to}}'.", en: "node '{{node}}': state changed from '{{from}}' => '{{to}}'" },
  fenceOk: {
    code: 'fence.acquired',
    vi: "CRM lấy được agent lock của {{node}} (log: \"successfully acquired lock 'ha_agent_{{node}}_lock'\"): node đã bị cô lập (fence).",
    en: "The CRM acquired the agent lock of {{node}} (successfully acquired lock 'ha_agent_{{node}}_lock'): the node is fenced.",
  },
  serviceState: { code: 'service.state', vi: "Tài nguyên HA '{{sid}}' chuyển trạng thái từ '{{from}}' sang '{{to}}'.", en: "service '{{sid}}': state changed from '{{from}}' to '{{to}}'" },
  recovered: {
    code: 'service.recovered',
    vi: "Tài nguyên HA '{{sid}}' được khôi phục từ node đã bị fence '{{from}}' sang node '{{to}}'.",
    en: "recover service '{{sid}}' from fenced node '{{from}}' to node '{{to}}'",
  },
  noRecoveryNode: {
    code: 'service.noRecoveryNode',
    vi: "Không khôi phục được tài nguyên HA '{{sid}}' từ node đã bị fence '{{node}}' vì không có node hợp lệ (log: \"no recovery node found\"): nó ở state recovery (không chạy) và CRM thử lại mỗi vòng.",
    en: "recovering service '{{sid}}' from fenced node '{{node}}' failed, no recovery node found — the resource stays in recovery (not running); the CRM retries every round.",
  },
  migrateQueued: {
    code: 'service.moveQueued',
    vi: "Lên lịch lệnh {{mode}} cho tài nguyên HA '{{sid}}' từ '{{from}}' sang '{{to}}' (lý do: {{reason}}).",
    en: "{{mode}} service '{{sid}}' from '{{from}}' to '{{to}}' ({{reason}})",
  },
  migrated: { code: 'service.moved', vi: "Tài nguyên HA '{{sid}}' đã chuyển xong từ '{{from}}' sang '{{to}}'.", en: "service '{{sid}}' moved from '{{from}}' to '{{to}}'" },
  migrateFailed: {
    code: 'service.moveFailed',
    vi: "Lệnh {{mode}} cho tài nguyên HA '{{sid}}' từ '{{from}}' sang '{{to}}' thất bại; nó ở lại '{{from}}'.",
    en: "{{mode}} of service '{{sid}}' from '{{from}}' to '{{to}}' failed; it stays on '{{from}}'",
  },
  started: { code: 'lrm.started', vi: "Tài nguyên HA '{{sid}}' đã chạy trên node '{{node}}'.", en: "service '{{sid}}' started on node '{{node}}'" },
  stoppedGuest: { code: 'lrm.stopped', vi: "Tài nguyên HA '{{sid}}' đã dừng trên node '{{node}}'.", en: "service '{{sid}}' stopped on node '{{node}}'" },
  startRetry: {
    code: 'lrm.startRetry',
    vi: "Khởi động tài nguyên HA '{{sid}}' trên '{{node}}' thất bại; LRM thử lại lần {{n}} (log: \"restart policy: retry number {{n}}\").",
    en: "starting service '{{sid}}' on '{{node}}' failed — restart policy: retry number {{n}}",
  },
  startGaveUp: {
    code: 'lrm.startGaveUp',
    vi: "LRM trên '{{node}}' bỏ cuộc sau {{n}} lần thử lại (log: \"unable to start service {{sid}} on local node after {{n}} retries\").",
    en: "unable to start service {{sid}} on local node after {{n}} retries (node '{{node}}')",
  },
  relocateAfterFail: {
    code: 'service.relocateAfterStartFailure',
    vi: "Khởi động {{sid}} trên node '{{from}}' thất bại nên CRM chuyển nó sang '{{to}}' (log: \"relocating service\").",
    en: "starting service {{sid}} on node '{{from}}' failed, relocating service (to '{{to}}')",
  },
  triedAll: {
    code: 'service.triedAllNodes',
    vi: "Đã thử mọi node hợp lệ cho '{{sid}}', thử khởi động lại trên node hiện tại '{{node}}' (log: \"Tried all available nodes\").",
    en: "Tried all available nodes for service '{{sid}}', retry start on current node '{{node}}'",
  },
  enterError: {
    code: 'service.error',
    vi: 'Chính sách khôi phục của {{sid}} thất bại, tài nguyên chuyển sang state error (log: "entering error state"); chỉ đặt nó thành disabled mới thoát được.',
    en: 'recovery policy for service {{sid}} failed, entering error state (only setting it disabled gets it out)',
  },
  relocationOk: {
    code: 'service.relocationSucceeded',
    vi: "{{sid}} đã khởi động được trên node '{{node}}' (log: \"relocation policy successful\").",
    en: "relocation policy successful for '{{sid}}' on node '{{node}}'",
  },
  requested: { code: 'config.state', vi: "Cấu hình: tài nguyên HA '{{sid}}' được đặt state {{state}}.", en: "Config: service '{{sid}}' set to state {{state}}" },
  loadChanged: {
    code: 'config.load',
    vi: "Mức sử dụng đo được của '{{sid}}' đổi thành {{cpu}} lõi CPU, {{memoryMiB}} MiB bộ nhớ.",
    en: "The measured usage of '{{sid}}' changes to {{cpu}} CPU cores, {{memoryMiB}} MiB of memory.",
  },
  sizeChanged: {
    code: 'config.size',
    vi: "Cấu hình của '{{sid}}' đổi thành {{cores}} vCPU, {{memoryMiB}} MiB bộ nhớ.",
    en: "The configured size of '{{sid}}' changes to {{cores}} vCPUs, {{memoryMiB}} MiB of memory.",
  },
  stopCommand: {
    code: 'command.stop',
    vi: "Lệnh CRM \"stop {{sid}}\" (timeout {{timeout}} giây): cấu hình state được đặt thành stopped.",
    en: "crm command: stop '{{sid}}' (timeout {{timeout}} s); config state set to stopped",
  },
  added: { code: 'config.added', vi: "Thêm tài nguyên HA '{{sid}}' trên node '{{node}}' (state {{state}}).", en: "Resource '{{sid}}' added to HA on node '{{node}}' (state {{state}})" },
  removedIgnored: {
    code: 'service.ignored',
    vi: "Tài nguyên HA '{{sid}}' ở state ignored: được gỡ khỏi manager status, CRM và LRM không tác động tới nó.",
    en: "service '{{sid}}' is ignored: removed from the manager status, untouched by CRM/LRM",
  },
  cmdNotOnline: { code: 'command.nodeNotOnline', vi: "Lệnh CRM bị từ chối: node '{{node}}' không online (log: \"crm command error - node not online\").", en: "crm command error - node '{{node}}' not online" },
  cmdNegative: {
    code: 'command.negativeAffinity',
    vi: "Lệnh CRM \"{{cmd}}\" bị từ chối: '{{other}}' đang ở node '{{node}}' và có resource affinity negative với tài nguyên này.",
    en: "crm command '{{cmd}}' error - service '{{other}}' on node '{{node}}' in negative affinity",
  },
  cmdIgnoredState: { code: 'command.ignoredState', vi: 'Lệnh CRM "{{cmd}}" bị bỏ qua vì tài nguyên đang ở state {{state}}.', en: "crm command '{{cmd}}' ignored: the service is in state {{state}}" },
  cmdSameNode: { code: 'command.alreadyOnNode', vi: "Tài nguyên HA '{{sid}}' đã ở trên node '{{node}}'; bỏ qua lệnh.", en: "service '{{sid}}' is already on node '{{node}}'; ignored" },
  coMigrate: {
    code: 'command.coMigrate',
    vi: "'{{sid}}' được di chuyển cùng '{{with}}' (resource affinity positive).",
    en: "'{{sid}}' is moved together with '{{with}}' (positive resource affinity)",
  },
  stoppedMoved: { code: 'service.stoppedMoved', vi: "Cấu hình của '{{sid}}' (đang stopped) được chuyển sang '{{to}}'.", en: "service '{{sid}}' (stopped) is moved to '{{to}}'" },
  maintEnableReq: { code: 'command.maintenanceEnable', vi: 'Lệnh CRM: enable-node-maintenance {{node}}', en: 'crm command: enable-node-maintenance {{node}}' },
  maintDisableReq: { code: 'command.maintenanceDisable', vi: 'Lệnh CRM: disable-node-maintenance {{node}}', en: 'crm command: disable-node-maintenance {{node}}' },
  maintBack: {
    code: 'service.maintenanceBack',
    vi: "Chuyển '{{sid}}' về '{{node}}' vì node đã hết maintenance (log: \"node came back from maintenance\").",
    en: "moving service '{{sid}}' back to '{{node}}', node came back from maintenance",
  },
  maintFallbackDropped: {
    code: 'service.maintenanceFallbackDropped',
    vi: "Không chuyển được '{{sid}}' về '{{node}}' sau maintenance; HA bỏ ý định chuyển về, tài nguyên ở lại node hiện tại.",
    en: "Could not move '{{sid}}' back to '{{node}}' after maintenance; the fallback is dropped and it stays.",
  },
  rebalanceOnStart: {
    code: 'service.rebalanceOnStart',
    vi: "ha-rebalance-on-start: '{{sid}}' được chuyển sang '{{to}}' (điểm tốt nhất) trước khi khởi động.",
    en: "ha-rebalance-on-start: '{{sid}}' is relocated to '{{to}}' (best score) before starting",
  },
  rebalanceOnStartIgnored: {
    code: 'service.rebalanceOnStartIgnored',
    vi: "'{{sid}}' đã chạy sẵn: LRM trả về IGNORED, nó ở lại '{{node}}'.",
    en: "'{{sid}}' already runs: the LRM answers IGNORED and it stays on '{{node}}'",
  },
  crsFallback: {
    code: 'crs.fallbackBasic',
    vi: 'Scheduler {{mode}} cần nodeResources (cpus, memoryMiB) cho mọi node; vì thiếu nên CRM dùng scheduler basic.',
    en: 'The {{mode}} scheduler needs nodeResources (cpus, memoryMiB) for every node; they are missing, so the CRM falls back to the basic scheduler.',
  },
  dynamicNeedsPve92: {
    code: 'crs.dynamicNeedsPve92',
    vi: 'Scheduler dynamic chỉ có từ Proxmox VE 9.2 (pve-ha-manager 5.2); đích {{target}} không có, nên mô phỏng dùng scheduler static.',
    en: 'The dynamic scheduler exists from Proxmox VE 9.2 (pve-ha-manager 5.2); target {{target}} does not have it, so the simulation uses the static scheduler.',
  },
  rebalanceNeedsPve92: {
    code: 'rebalance.needsPve92',
    vi: 'Tự động cân bằng lại (ha-auto-rebalance) chỉ có từ Proxmox VE 9.2; đích {{target}} không có, nên tính năng này bị tắt trong mô phỏng.',
    en: 'Automatic rebalancing (ha-auto-rebalance) exists from Proxmox VE 9.2; target {{target}} does not have it, so it is off in this simulation.',
  },
  rebalanceNeedsScheduler: {
    code: 'rebalance.needsStaticOrDynamic',
    vi: 'Tự động cân bằng lại chỉ chạy với scheduler static hoặc dynamic; với scheduler {{crs}} Proxmox bỏ qua nó.',
    en: 'Automatic rebalancing only runs with the static or dynamic scheduler; with the {{crs}} scheduler Proxmox ignores it.',
  },
  rebalanceNeedsThreshold: {
    code: 'rebalance.zeroThresholdAndMargin',
    vi: 'Ngưỡng và mức cải thiện tối thiểu của tự động cân bằng lại đều là 0 %: CRM bỏ qua việc cân bằng để tránh di chuyển máy ảo liên tục; hãy đặt ít nhất một giá trị dương.',
    en: 'Auto-rebalance threshold and margin are both 0%: the CRM skips load balancing to avoid endless migrations; set at least one of them to a positive value.',
  },
  rebalanceImbalance: {
    code: 'rebalance.imbalanceHigh',
    vi: 'Độ mất cân bằng giữa các node là {{imbalance}}, vượt ngưỡng {{threshold}}: nếu còn vượt trong {{rounds}} vòng CRM liên tiếp, CRM sẽ lên lịch một lần di chuyển.',
    en: 'Node imbalance is {{imbalance}}, above the threshold {{threshold}}: if it stays above for {{rounds}} consecutive CRM rounds, the CRM queues one migration.',
  },
  rebalanceSettled: {
    code: 'rebalance.settled',
    vi: 'Độ mất cân bằng giữa các node giảm còn {{imbalance}}, không vượt ngưỡng {{threshold}}: không cần cân bằng lại.',
    en: 'Node imbalance is down to {{imbalance}}, not above the threshold {{threshold}}: no rebalancing needed.',
  },
  rebalanceMigrate: {
    code: 'rebalance.migrate',
    vi: "Tự động cân bằng lại ({{method}}): lệnh {{mode}} cho '{{sid}}' từ '{{from}}' sang '{{to}}', độ mất cân bằng dự kiến giảm từ {{imbalance}} xuống {{expected}} (log: \"auto rebalance - {{mode}} {{sid}} to {{to}}\").",
    en: "auto rebalance - {{mode}} {{sid}} to {{to}} (expected change for imbalance from {{imbalance}} to {{expected}}); it leaves '{{from}}' (method {{method}})",
  },
  rebalanceBelowMargin: {
    code: 'rebalance.belowMargin',
    vi: "Không cân bằng lại: phương án tốt nhất ({{sid}} từ '{{from}}' sang '{{to}}') chỉ làm độ mất cân bằng đổi từ {{imbalance}} thành {{expected}}, chưa đạt mức cải thiện tối thiểu {{margin}}.",
    en: "No rebalancing: the best migration ({{sid}} from '{{from}}' to '{{to}}') only changes the imbalance from {{imbalance}} to {{expected}}, less than the minimum improvement of {{margin}}.",
  },
  rebalanceNoCandidate: {
    code: 'rebalance.noCandidate',
    vi: 'Không cân bằng lại: độ mất cân bằng {{imbalance}} nhưng không có tài nguyên HA nào được phép di chuyển sang node khác (rule, resource affinity).',
    en: 'No rebalancing: the imbalance is {{imbalance}} but no HA resource may move to another node (rules, resource affinity).',
  },
  rebalanceScoreFailed: {
    code: 'rebalance.scoreFailed',
    vi: "Không cân bằng lại: '{{sid}}' ở state started nhưng node '{{node}}' của nó không online, nên Proxmox không tính được các phương án (log: \"unable to score best balancing migration\").",
    en: "No rebalancing: '{{sid}}' is started but its node '{{node}}' is not online, so Proxmox cannot score the migrations (unable to score best balancing migration).",
  },
  ruleUnknownGroup: {
    code: 'rule.unknownGroup',
    vi: 'Tài nguyên HA {{sid}} tham chiếu group "{{group}}" không tồn tại: được coi như không có group (mọi node online, priority 0).',
    en: 'Resource {{sid}} references group "{{group}}", which does not exist: treated as no group (all online nodes, priority 0).',
  },
  ruleDropMultiNodeAffinity: {
    code: 'rule.dropMultiNodeAffinity',
    vi: "Proxmox bỏ rule '{{id}}' (log: \"Drop rule '{{id}}'\"): tài nguyên {{sid}} nằm trong nhiều rule node-affinity ({{ids}}), nên tất cả các rule đó đều bị bỏ.",
    en: "Drop rule '{{id}}': resource {{sid}} is in several node-affinity rules ({{ids}}), so Proxmox drops all of them.",
  },
  ruleDropTooFew: {
    code: 'rule.dropTooFewResources',
    vi: "Proxmox bỏ rule '{{id}}' (log: \"Drop rule '{{id}}'\"): một rule resource-affinity cần ít nhất 2 tài nguyên.",
    en: "Drop rule '{{id}}': a resource-affinity rule needs at least 2 resources.",
  },
  ruleDropNegativeTooMany: {
    code: 'rule.dropNegativeTooManyResources',
    vi: "Proxmox bỏ rule '{{id}}' (log: \"Drop rule '{{id}}'\"): rule negative có {{n}} tài nguyên nhưng cluster chỉ có {{m}} node.",
    en: "Drop rule '{{id}}': the negative rule has {{n}} resources but the cluster has only {{m}} nodes.",
  },
  ruleDropMultiPriority: {
    code: 'rule.dropMultiPriority',
    vi: "Proxmox bỏ rule '{{id}}' (log: \"Drop rule '{{id}}'\"): tài nguyên {{sid}} nằm trong một rule node-affinity có nhiều mức priority.",
    en: "Drop rule '{{id}}': resource {{sid}} is in a node-affinity rule with more than one priority class.",
  },
  ruleDropConflict: {
    code: 'rule.dropPositiveNegativeConflict',
    vi: "Proxmox bỏ rule '{{id}}' (log: \"Drop rule '{{id}}'\"): rule positive và rule negative dùng chung từ 2 tài nguyên trở lên.",
    en: "Drop rule '{{id}}': positive and negative rules share two or more resources.",
  },
  ruleDropPositiveMultiNodeAffinity: {
    code: 'rule.dropPositiveMultiNodeAffinity',
    vi: 'Proxmox bỏ các rule positive của {{sids}}: nhóm này chạm tới nhiều hơn một rule node-affinity.',
    en: 'Drop the positive rules of {{sids}}: the group touches more than one node-affinity rule.',
  },
} as const satisfies Record<string, LogTemplate>;

export type HaLogKey = keyof typeof haLog;
/** Every code the simulator's timeline can carry. */
export type HaCode = (typeof haLog)[HaLogKey]['code'];

/** Why a resource is moved (`reason` param of `service.moveQueued`). */
export type MoveReason = 'failback' | 'maintenance' | 'maintenanceBack' | 'manual' | 'affinity' | 'rebalance';

export const moveReasonText: Record<MoveReason, Text> = {
  failback: { vi: 'quay về node có priority cao nhất đang online', en: 'failback to the top-priority online node' },
  maintenance: { vi: 'node vào chế độ maintenance', en: 'node entered maintenance' },
  maintenanceBack: { vi: 'node đã hết maintenance', en: 'node came back from maintenance' },
  manual: { vi: 'lệnh thủ công', en: 'manual command' },
  affinity: { vi: 'resource affinity', en: 'resource affinity' },
  rebalance: { vi: 'tự động cân bằng lại', en: 'automatic rebalancing' },
};

export const capacityText = {
  basic: {
    vi: 'Scheduler basic: HA manager chỉ đếm số tài nguyên HA trên mỗi node, KHÔNG xét CPU và bộ nhớ. Cảnh báo quá tải ở đây do công cụ này tính thêm; Proxmox không tự tránh.',
    en: 'Basic scheduler: the HA manager only counts HA resources per node and IGNORES CPU and memory. The overcommit flags here are computed by this tool; Proxmox does not avoid them.',
  },
  static: {
    vi: 'Scheduler static: HA manager xét CPU và bộ nhớ đã cấu hình (bộ nhớ có trọng số lớn nhất) khi chọn node, nhưng vẫn không từ chối node đã quá tải.',
    en: 'Static scheduler: the HA manager weighs configured CPU and memory (memory most) when it picks a node, but still does not refuse a node that is already overcommitted.',
  },
  dynamic: {
    vi: 'Scheduler dynamic: HA manager xét mức sử dụng CPU và bộ nhớ đo được của các node (cộng cấu hình của máy ảo sắp khởi động) khi chọn node, nhưng vẫn không từ chối node đã quá tải.',
    en: 'Dynamic scheduler: the HA manager weighs the nodes’ measured CPU and memory usage (plus the configured size of guests about to start) when it picks a node, but still does not refuse a node that is already overcommitted.',
  },
} as const satisfies Record<string, Text>;

// ---- Scenario events in words (issue #10 item 5: one language per log line) ----

/** What a scenario event does, in each language (`{{what}}` of `scenario.event`); the scenario line itself is quoted beside it. */
export const actionTemplates = {
  powerOn: { vi: 'bật nguồn node {{node}}', en: 'power on node {{node}}' },
  powerOff: { vi: 'tắt nguồn node {{node}}', en: 'power off node {{node}}' },
  networkOn: { vi: 'khôi phục mạng cluster của node {{node}}', en: 'restore the cluster network of node {{node}}' },
  networkOff: { vi: 'ngắt mạng cluster của node {{node}}', en: 'cut the cluster network of node {{node}}' },
  reboot: { vi: 'khởi động lại node {{node}}', en: 'reboot node {{node}}' },
  shutdown: { vi: 'tắt máy node {{node}}', en: 'shut down node {{node}}' },
  maintenanceOn: { vi: 'đưa node {{node}} vào chế độ maintenance', en: 'put node {{node}} into maintenance mode' },
  maintenanceOff: { vi: 'đưa node {{node}} ra khỏi chế độ maintenance', en: 'take node {{node}} out of maintenance mode' },
  request: { vi: "đặt trạng thái yêu cầu của '{{sid}}' thành '{{state}}'", en: "set the requested state of '{{sid}}' to '{{state}}'" },
  migrate: { vi: "di chuyển nóng '{{sid}}' sang node {{node}}", en: "live-migrate '{{sid}}' to node {{node}}" },
  relocate: { vi: "chuyển '{{sid}}' sang node {{node}} (dừng rồi khởi động lại)", en: "relocate '{{sid}}' to node {{node}} (stop, then start)" },
  stop: { vi: "dừng '{{sid}}' (chờ tối đa {{timeout}} giây)", en: "stop '{{sid}}' (timeout {{timeout}} s)" },
  add: { vi: "thêm '{{sid}}' vào HA trên node {{node}}, trạng thái '{{state}}'", en: "add '{{sid}}' to HA on node {{node}}, state '{{state}}'" },
  load: { vi: "mức tải đo được của '{{sid}}' thay đổi", en: "the measured load of '{{sid}}' changes" },
  size: { vi: "cấu hình CPU/RAM của '{{sid}}' thay đổi", en: "the configured CPU/memory of '{{sid}}' changes" },
  delay: { vi: 'chờ {{seconds}} giây', en: 'wait {{seconds}} s' },
} as const satisfies Record<string, Text>;
