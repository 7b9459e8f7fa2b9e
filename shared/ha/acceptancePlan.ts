import { text, type Text } from '../i18n/text';
import { parseScenario } from './parseScenario';
import { simulate } from './simulate';
import type { HaGroupInput, HaResourceInput, HaRuleInput, NodeName, ScenarioInput, Sid, SimResult, SweepInput, TimelineEntry } from './types';

/**
 * HA acceptance tests for the user's own cluster, runnable on the night: real node names and addresses; every
 * test works on a dedicated test VM (created by TCs-01, removed by the last test), gives the rules it adds
 * ids of its own (`tcNN-…`), and lists the commands that undo what it changed, so the plan's own rules are
 * never touched and no resource is ever in two node-affinity rules (Proxmox drops every node-affinity rule
 * that names a resource listed in more than one). Failures are provoked by listed commands. The expected
 * result of every HA case is computed by running the simulator; where a common reading of Proxmox's
 * behaviour is wrong, `correction` says what really happens (../shared/domain/seed-errata.md).
 */

export type AcceptanceTarget = 'pve8' | 'pve9';

export type AcceptanceInput = SweepInput & {
  clusterName: string;
  target: AcceptanceTarget;
  /** VMID of the dedicated test VM, free in the plan (default: above every VMID of the resources). */
  testVmid?: number;
  /** Storage every node shares, for the test VM's disk (HA recovery needs it). */
  testStorage?: string;
  /** Bridge of the test VM's NIC. */
  testBridge?: string;
  /** Migration network (CIDR) of `datacenter.cfg`, when planned. */
  migrationCidr?: string;
  /** Corosync links planned (a link-loss test needs two). */
  corosyncLinks?: number;
};

export type AcceptanceTestCase = {
  id: string;
  title: Text;
  setup: Text;
  /** Setup commands (verbatim, Proxmox CLI stays in English). */
  setupCommands: string[];
  action: Text;
  /** The commands or physical steps of the test itself. */
  commands: string[];
  /** Computed by the simulator. */
  expected: Text;
  /** Commands that undo what the test changed (rules removed, options and nodes back), in order. */
  cleanupCommands: string[];
  /** Where a common reading of Proxmox's behaviour is wrong, what really happens. */
  correction?: Text;
  /** The scenario that was simulated (the UI can replay it). */
  scenario: ScenarioInput;
  /** The subject resource's final state in the simulation. */
  outcome: { sid: Sid; node: NodeName; state: string; running: boolean };
};

const FAIL_AT = 100;
/** An option QEMU does not know: every start of the test VM fails while it is set. */
const FAIL_ARGS = '-vm2pve-acceptance-fail-start';
const TEST_VM_NAME = 'ha-acceptance-test';

type Ctx = {
  input: AcceptanceInput;
  sid: Sid;
  vmid: number;
  /** Preferred node and the next one. */
  primary: NodeName;
  secondary: NodeName;
};

function deepCopy<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Put `sid` (alone) under a node preference, replacing any group / node-affinity rule it had. */
function withPreference(input: AcceptanceInput, sid: Sid, id: string, nodes: Record<NodeName, number>, strict: boolean, failback: boolean): AcceptanceInput {
  const c = deepCopy(input);
  c.rules = (c.rules ?? [])
    .map((r) => (r.type === 'node-affinity' ? { ...r, resources: r.resources.filter((s) => s !== sid) } : r))
    .filter((r) => r.resources.length > 0);
  c.resources = c.resources.map((r): HaResourceInput => (r.sid === sid ? { ...r, group: undefined, failback } : r));
  if (input.target === 'pve8') {
    const g: HaGroupInput = { id, nodes, restricted: strict, nofailback: !failback };
    c.groups = [...(c.groups ?? []).filter((x) => x.id !== id), g];
    c.resources = c.resources.map((r) => (r.sid === sid ? { ...r, group: id } : r));
  } else {
    const rule: HaRuleInput = { id, type: 'node-affinity', resources: [sid], nodes, strict };
    c.rules = [...c.rules, rule];
  }
  return c;
}

function withResource(input: AcceptanceInput, sid: Sid, patch: Partial<HaResourceInput>): AcceptanceInput {
  const c = deepCopy(input);
  c.resources = c.resources.map((r) => (r.sid === sid ? { ...r, ...patch } : r));
  return c;
}

function nodesArg(nodes: Record<NodeName, number>): string {
  return Object.entries(nodes)
    .map(([n, p]) => `${n}:${p}`)
    .join(',');
}

function run(input: AcceptanceInput, events: { t: number; action: string }[], until: number): { scenario: ScenarioInput; result: SimResult } {
  const { clusterName: _c, target: _t, ...cluster } = input;
  const scenario: ScenarioInput = { ...cluster, events, until };
  return { scenario, result: simulate(parseScenario(scenario)) };
}

function first(r: SimResult, pred: (e: TimelineEntry) => boolean): TimelineEntry | undefined {
  return r.timeline.find(pred);
}

function fin(r: SimResult, sid: Sid): { node: NodeName; state: string; running: boolean } {
  return r.final[sid] ?? { node: '?', state: '?', running: false };
}

function runningText(running: boolean): Text {
  return running ? { vi: 'đang chạy', en: 'running' } : { vi: 'KHÔNG chạy', en: 'NOT running' };
}

function stateLine(r: SimResult, sid: Sid): Text {
  const f = fin(r, sid);
  const rt = runningText(f.running);
  return {
    vi: `\`ha-manager status\`: ${sid} ở state ${f.state} trên node ${f.node}, ${rt.vi}.`,
    en: `\`ha-manager status\`: ${sid} is in state ${f.state} on node ${f.node}, ${rt.en}.`,
  };
}

function join(...parts: Text[]): Text {
  return { vi: parts.map((p) => p.vi).join(' '), en: parts.map((p) => p.en).join(' ') };
}

/** Fence and recovery timing of `sid` after a failure at FAIL_AT, as a sentence. */
function recoveryLine(r: SimResult, sid: Sid, failed: NodeName): Text {
  const fence = first(r, (e) => e.sid === sid && e.to === 'fence' && e.t >= FAIL_AT);
  const rec = first(r, (e) => e.sid === sid && e.code === 'service.recovered' && e.t >= FAIL_AT);
  const start = rec ? first(r, (e) => e.sid === sid && e.code === 'lrm.started' && e.t >= rec.t) : undefined;
  const lost = first(r, (e) => e.code === 'quorum.lost' && e.t >= FAIL_AT);
  if (lost) {
    return text(
      'Các node còn lại mất quorum: không có failover; node còn lại có dịch vụ HA đang chạy tự reset bằng watchdog. Cần QDevice (hoặc thêm node) để HA hoạt động.',
      'The remaining nodes lose quorum: nothing fails over, and a remaining node with running HA services resets itself by watchdog. A QDevice (or more nodes) is needed for HA to work.',
    );
  }
  if (!fence) return text('{{sid}} không bị cô lập (fence).', '{{sid}} is not fenced.', { sid });
  if (!rec) {
    return text(
      'Sau khoảng {{f}} giây {{node}} chuyển sang fence và {{sid}} sang fence rồi recovery, nhưng không có node hợp lệ nào: {{sid}} ở lại state recovery, không chạy, CRM thử lại mỗi vòng.',
      'After about {{f}} s {{node}} goes to fence and {{sid}} to fence then recovery, but no node is allowed: {{sid}} stays in recovery, not running, and the CRM retries every round.',
      { f: fence.t - FAIL_AT, node: failed, sid },
    );
  }
  return text(
    'Sau khoảng {{f}} giây CRM đưa {{node}} và {{sid}} sang fence; khoảng {{r}} giây sau sự cố (agent lock của {{node}} hết hạn) {{sid}} được khôi phục sang {{to}} và chạy lại sau khoảng {{s}} giây (khởi động lại, không phải di chuyển nóng).',
    'After about {{f}} s the CRM puts {{node}} and {{sid}} into fence; about {{r}} s after the failure (once the agent lock of {{node}} expired) {{sid}} is recovered to {{to}} and runs again after about {{s}} s (a restart, not a live migration).',
    { f: fence.t - FAIL_AT, r: rec.t - FAIL_AT, s: (start?.t ?? rec.t) - FAIL_AT, node: failed, sid, to: rec.to ?? '?' },
  );
}

/** What happened to the start attempts of `sid`, from the timeline. */
function startAttempts(r: SimResult, sid: Sid): Text {
  const perNode = new Map<NodeName, number>();
  const parts: Text[] = [];
  for (const e of r.timeline) {
    if (e.sid !== sid) continue;
    if (e.code === 'lrm.startRetry' || e.code === 'lrm.startGaveUp' || e.code === 'lrm.started') {
      const n = e.node ?? '?';
      perNode.set(n, (perNode.get(n) ?? 0) + 1);
    }
    if (e.code === 'service.relocateAfterStartFailure') {
      parts.push(text('{{t}} giây: khởi động thất bại quá max_restart → CRM chuyển máy ảo sang {{to}} (relocate).', '{{t}} s: starts failed beyond max_restart → the CRM relocates it to {{to}}.', { t: e.t - FAIL_AT, to: e.to ?? '?' }));
    } else if (e.code === 'service.triedAllNodes') {
      parts.push(
        text(
          '{{t}} giây: không còn node nào chưa thử trong lớp priority cao nhất → "Tried all available nodes", thử khởi động lại trên {{n}}.',
          '{{t}} s: no untried node left in the top priority class → "Tried all available nodes", start retried on {{n}}.',
          { t: e.t - FAIL_AT, n: e.node ?? '?' },
        ),
      );
    } else if (e.to === 'error') {
      parts.push(text('{{t}} giây: vượt max_relocate → state error.', '{{t}} s: beyond max_relocate → state error.', { t: e.t - FAIL_AT }));
    } else if (e.code === 'service.relocationSucceeded') {
      parts.push(text('{{t}} giây: khởi động thành công trên {{n}}.', '{{t}} s: the start succeeds on {{n}}.', { t: e.t - FAIL_AT, n: e.node ?? '?' }));
    }
  }
  const attempts = [...perNode].map(([n, c]) => `${n} ×${c}`).join(', ');
  return join(text('Số lần khởi động theo node: {{a}}.', 'Start attempts per node: {{a}}.', { a: attempts }), ...parts);
}


const PRIORITY_NOTE: Text = {
  vi: 'Priority: trong Proxmox số LỚN hơn được ưu tiên (select_service_node sắp xếp giảm dần); đặt "pve01=1, pve02=2" nghĩa là ưu tiên pve02. Các bài kiểm thử đặt số lớn hơn cho node ưu tiên.',
  en: 'Priorities: in Proxmox the HIGHER number is preferred (select_service_node sorts descending); "pve01=1, pve02=2" prefers pve02. The tests give the preferred node the higher number.',
};

/** The commands that put the test VM (alone) under a node preference with a rule / group of the test's own. */
function addPreference(ctx: Ctx, id: string, nodes: Record<NodeName, number>, strict: boolean, failback: boolean): string[] {
  if (ctx.input.target === 'pve8') {
    return [`ha-manager groupadd ${id} --nodes "${nodesArg(nodes)}" --restricted ${strict ? 1 : 0} --nofailback ${failback ? 0 : 1}`, `ha-manager set ${ctx.sid} --group ${id}`];
  }
  return [`ha-manager rules add node-affinity ${id} --resources ${ctx.sid} --nodes "${nodesArg(nodes)}" --strict ${strict ? 1 : 0}`, ...(failback ? [] : [`ha-manager set ${ctx.sid} --failback 0`])];
}

/** The commands that undo `addPreference`. */
function removePreference(ctx: Ctx, id: string, failback: boolean): string[] {
  if (ctx.input.target === 'pve8') return [`ha-manager set ${ctx.sid} --delete group`, `ha-manager groupremove ${id}`];
  return [`ha-manager rules remove ${id}`, ...(failback ? [] : [`ha-manager set ${ctx.sid} --failback 1`])];
}

/** The cluster with the test VM added as a started HA resource on `node`. */
function withTestVm(input: AcceptanceInput, sid: Sid, node: NodeName): AcceptanceInput {
  const c = deepCopy(input);
  c.resources = [...c.resources.filter((r) => r.sid !== sid), { sid, node, state: 'started', cores: 1, memoryMiB: 512 }];
  return c;
}

/** A VMID above every VMID of the cluster's resources (at least 9000, a round hundred). */
export function freeTestVmid(input: Pick<AcceptanceInput, 'resources'>): number {
  let max = 0;
  for (const r of input.resources) max = Math.max(max, Number(/^(?:vm|ct):(\d+)$/.exec(r.sid)?.[1] ?? 0));
  return Math.max(9000, Math.ceil((max + 1) / 100) * 100);
}

/** The HA acceptance tests of one cluster. Returns [] with fewer than 2 nodes. */
export function buildAcceptancePlan(input: AcceptanceInput): AcceptanceTestCase[] {
  const nodes = [...input.nodes].sort();
  const P = nodes[0];
  const S = nodes[1];
  if (P === undefined || S === undefined) return [];
  const vmid = input.testVmid ?? freeTestVmid(input);
  const sid: Sid = `vm:${vmid}`;
  const ctx: Ctx = { input, sid, vmid, primary: P, secondary: S };
  const base = withTestVm(input, sid, P);
  const pve8 = input.target === 'pve8';
  const kind = pve8 ? 'HA group' : 'node-affinity rule';
  const prefer = { [P]: 2, [S]: 1 };
  const statusCmds = ['ha-manager status', 'pvecm status'];
  const needVm = `qm status ${vmid}   # the test VM of TCs-01`;
  const powerOff = (n: NodeName): string => `# ${n}: poweroff (or IPMI: ipmitool -I lanplus -H <BMC of ${n}> -U <user> chassis power off)`;
  const powerOn = (n: NodeName): string => `# ${n}: power on (or IPMI: ipmitool -I lanplus -H <BMC of ${n}> -U <user> chassis power on), then wait for pvecm status: Quorate: Yes`;
  const cases: AcceptanceTestCase[] = [];
  const push: Push = (c) => {
    const { result, cleanupCommands, subject, ...rest } = c;
    const who = subject ?? sid;
    cases.push({ ...rest, cleanupCommands: cleanupCommands ?? [], outcome: { sid: who, ...fin(result, who) } });
  };
  const preferSetup = (id: string, failback: boolean): Text =>
    text(
      'Thêm {{kind}} {{id}} cho máy ảo kiểm thử {{sid}}: {{p}}:2, {{s}}:1 ({{p}} được ưu tiên vì số lớn hơn), failback {{fb}}.',
      'Add the {{kind}} {{id}} for the test VM {{sid}}: {{p}}:2, {{s}}:1 ({{p}} is preferred because its number is higher), failback {{fbEn}}.',
      { kind, id, sid, p: P, s: S, fb: failback ? 'bật' : 'tắt', fbEn: failback ? 'on' : 'off' },
    );
  const home = (r: SimResult): NodeName => fin(r, sid).node;

  // TCs-01 baseline: create the test VM
  {
    const { scenario, result } = run(base, [], 60);
    const f = fin(result, sid);
    const master = [...result.timeline].reverse().find((e) => e.code === 'crm.master')?.node ?? '?';
    push({
      id: 'TCs-01',
      title: text('Tạo máy ảo kiểm thử, HA hoạt động bình thường (baseline)', 'Create the test VM; HA baseline'),
      setup: text(
        'Tạo máy ảo kiểm thử {{name}} (VMID {{vmid}}, không cần hệ điều hành) trên {{p}} với đĩa trên storage dùng chung, rồi thêm vào HA. Mọi bài sau dùng máy ảo này; bài cuối xoá nó.',
        'Create the test VM {{name}} (VMID {{vmid}}, no OS needed) on {{p}} with its disk on shared storage, and add it to HA. Every later test uses it; the last one removes it.',
        { name: TEST_VM_NAME, vmid, p: P },
      ),
      setupCommands: [
        `# ${P}`,
        `qm create ${vmid} --name ${TEST_VM_NAME} --memory 512 --cores 1 --cpu x86-64-v2-AES --net0 virtio,bridge=${input.testBridge ?? 'vmbr0'} --scsihw virtio-scsi-single --scsi0 ${input.testStorage ?? '<shared-storage>'}:1`,
        `ha-manager add ${sid} --state started --max_restart 1 --max_relocate 1`,
      ],
      action: text('Không thao tác gì, chỉ kiểm tra trạng thái.', 'No action; check the status.'),
      commands: statusCmds,
      expected: text(
        'pvecm status: Quorate: Yes. ha-manager status: quorum OK, master {{m}} active, LRM của mọi node active/idle; {{sid}} started trên {{n}}.',
        'pvecm status: Quorate: Yes. ha-manager status: quorum OK, master {{m}} active, every LRM active/idle; {{sid}} started on {{n}}.',
        { m: master, sid, n: f.node },
      ),
      scenario,
      result,
    });
  }

  // TCs-02 failover
  {
    const id = 'tc02-prefer';
    const inp = withPreference(base, sid, id, prefer, false, true);
    const H = home(run(inp, [], 60).result);
    const { scenario, result } = run(inp, [{ t: FAIL_AT, action: `power ${H} off` }], FAIL_AT + 300);
    push({
      id: 'TCs-02',
      title: text('Failover khi node đang chạy máy ảo bị mất nguồn', 'Failover when the node running the VM goes down'),
      setup: preferSetup(id, true),
      setupCommands: [needVm, ...addPreference(ctx, id, prefer, false, true), 'ha-manager status'],
      action: text('Tắt nguồn đột ngột {{h}} (rút điện / IPMI power off).', 'Power {{h}} off abruptly (pull the power / IPMI power off).', { h: H }),
      commands: [powerOff(H), 'ha-manager status   # on another node'],
      expected: join(recoveryLine(result, sid, H), stateLine(result, sid)),
      cleanupCommands: [powerOn(H), ...removePreference(ctx, id, true)],
      correction: text(
        'Máy ảo trên node hỏng không được di chuyển nóng: nó được khởi động lại (recovery) trên node khác sau khi node hỏng bị fence, khoảng 2 phút sau sự cố.',
        'The VM of a failed node is not live-migrated: it is restarted (recovered) on another node once the failed node is fenced, about 2 minutes after the failure.',
      ),
      scenario,
      result,
    });
  }

  // TCs-03 failback on
  const failbackRun = (inp: AcceptanceInput, h: NodeName) => run(inp, [{ t: FAIL_AT, action: `power ${h} off` }, { t: FAIL_AT + 400, action: `power ${h} on` }], FAIL_AT + 600);
  {
    const id = 'tc03-prefer';
    const inp = withPreference(base, sid, id, prefer, false, true);
    const H = home(run(inp, [], 60).result);
    const { scenario, result } = failbackRun(inp, H);
    const back = first(result, (e) => e.sid === sid && e.to === H && e.t >= FAIL_AT + 400 && e.code === 'service.moved');
    push({
      id: 'TCs-03',
      title: text('Failback: quay về node ưu tiên', 'Failback: return to the preferred node'),
      setup: preferSetup(id, true),
      setupCommands: [needVm, ...addPreference(ctx, id, prefer, false, true)],
      action: text('Tắt nguồn {{h}}, chờ máy ảo được khôi phục sang node khác, rồi bật lại {{h}}.', 'Power {{h}} off, wait until the VM is recovered elsewhere, then power {{h}} back on.', { h: H }),
      commands: [powerOff(H), 'ha-manager status', powerOn(H), 'ha-manager status'],
      expected: back
        ? join(
            text(
              'Ngay vòng CRM đầu tiên khi {{h}} online (≈10 giây), {{sid}} được di chuyển nóng về {{h}} — chắc chắn, không phải "có thể".',
              'In the first CRM round after {{h}} is online (≈10 s), {{sid}} is migrated back to {{h}} — definitely, not "may".',
              { h: H, sid },
            ),
            stateLine(result, sid),
          )
        : join(text('{{sid}} không quay về {{h}}.', '{{sid}} does not return to {{h}}.', { sid, h: H }), stateLine(result, sid)),
      cleanupCommands: removePreference(ctx, id, true),
      correction: join(
        text('Với failback bật, HA manager luôn đưa máy ảo về node có priority cao nhất đang online ở vòng kế tiếp, ở mọi phiên bản.', 'With failback on, the HA manager always moves the VM back to the top-priority online node in the next round, in every version.'),
        PRIORITY_NOTE,
      ),
      scenario,
      result,
    });
  }

  // TCs-04 failback off
  {
    const id = 'tc04-nofailback';
    const inp = withPreference(base, sid, id, prefer, false, false);
    const H = home(run(inp, [], 60).result);
    const { scenario, result } = failbackRun(inp, H);
    push({
      id: 'TCs-04',
      title: text('Không failback: ở lại node hiện tại', 'No failback: stay put'),
      setup: preferSetup(id, false),
      setupCommands: [needVm, ...addPreference(ctx, id, prefer, false, false)],
      action: text('Tắt nguồn {{h}}, chờ máy ảo được khôi phục, rồi bật lại {{h}}.', 'Power {{h}} off, wait for the recovery, then power {{h}} back on.', { h: H }),
      commands: [powerOff(H), 'ha-manager status', powerOn(H), 'ha-manager status'],
      expected: join(text('{{sid}} ở lại {{n}} sau khi {{h}} quay lại.', '{{sid}} stays on {{n}} after {{h}} is back.', { sid, n: fin(result, sid).node, h: H }), stateLine(result, sid)),
      cleanupCommands: removePreference(ctx, id, false),
      correction: PRIORITY_NOTE,
      scenario,
      result,
    });
  }

  // TCs-05 / 06 restricted / strict
  for (const [tc, id, nodesOf, title] of [
    ['TCs-05', 'tc05-strict-two', { [P]: 1, [S]: 1 }, text('Giới hạn node (restricted / strict)', 'Restricted placement (restricted / strict)')],
    ['TCs-06', 'tc06-strict-one', { [P]: 1 }, text('Không còn node hợp lệ thì không chạy', 'No allowed node left: the VM does not run')],
  ] as const) {
    const inp = withPreference(base, sid, id, nodesOf, true, true);
    const h = home(run(inp, [], 60).result);
    const { scenario, result } = run(inp, [{ t: FAIL_AT, action: `power ${h} off` }], FAIL_AT + 300);
    const members = Object.keys(nodesOf).join(', ');
    push({
      id: tc,
      title,
      setup: text('{{kind}} {{id}}: máy ảo kiểm thử {{sid}} chỉ được chạy trên {{m}}.', '{{kindEn}} {{id}}: the test VM {{sid}} may only run on {{m}}.', {
        kind: pve8 ? 'Group restricted' : 'Rule node-affinity strict',
        kindEn: pve8 ? 'Restricted group' : 'Strict node-affinity rule',
        id,
        sid,
        m: members,
      }),
      setupCommands: [needVm, ...addPreference(ctx, id, nodesOf, true, true)],
      action: text('Tắt nguồn {{h}}.', 'Power {{h}} off.', { h }),
      commands: [powerOff(h), 'ha-manager status'],
      expected: join(recoveryLine(result, sid, h), stateLine(result, sid)),
      cleanupCommands: [powerOn(h), ...removePreference(ctx, id, true), 'ha-manager status'],
      ...(tc === 'TCs-06'
        ? {
            correction: text(
              'Resource không "về stopped": nó ở state recovery (không chạy) và CRM thử lại mỗi vòng cho tới khi {{p}} quay lại (khi đó nó được khôi phục về {{p}}) hoặc bạn đặt nó disabled.',
              'The resource does not "go to stopped": it stays in state recovery (not running) and the CRM retries every round until {{p}} comes back (it is then recovered onto {{p}}) or you set it disabled.',
              { p: P },
            ),
          }
        : {}),
      scenario,
      result,
    });
  }

  // TCs-07 / 08 manual migrate
  for (const [tc, id, failback] of [
    ['TCs-07', 'tc07-prefer', true],
    ['TCs-08', 'tc08-nofailback', false],
  ] as const) {
    const inp = withPreference(base, sid, id, prefer, false, failback);
    const h = home(run(inp, [], 60).result);
    const away = [...nodes].find((n) => n !== h && n !== P) ?? (h === S ? P : S);
    const { scenario, result } = run(inp, [{ t: FAIL_AT, action: `service ${sid} migrate ${away}` }], FAIL_AT + 200);
    const moves = result.timeline.filter((e) => e.sid === sid && e.code === 'service.moved' && e.t >= FAIL_AT);
    const back = failback && moves.length >= 2 ? moves[1] : undefined;
    push({
      id: tc,
      title: failback ? text('Di chuyển nóng thủ công bị HA kéo về', 'A manual migration pulled back by HA') : text('Di chuyển nóng thủ công được giữ nguyên', 'A manual migration stays'),
      setup: preferSetup(id, failback),
      setupCommands: [needVm, ...addPreference(ctx, id, prefer, false, failback)],
      action: text('Di chuyển nóng thủ công {{sid}} sang {{a}} (migrate).', 'Manually migrate {{sid}} to {{a}}.', { sid, a: away }),
      commands: [`ha-manager migrate ${sid} ${away}`, 'ha-manager status'],
      expected: back
        ? join(
            text(
              'Di chuyển nóng sang {{a}} hoàn tất, rồi ngay vòng CRM kế tiếp {{sid}} được di chuyển nóng về {{h}} (xong sau khoảng {{s}} giây).',
              'The migration to {{a}} completes, then in the next CRM round {{sid}} is migrated back to {{h}} (done after about {{s}} s).',
              { a: away, sid, h: back.to ?? h, s: back.t - FAIL_AT },
            ),
            stateLine(result, sid),
          )
        : join(text('{{sid}} ở lại {{n}}; HA không kéo về.', '{{sid}} stays on {{n}}; HA does not pull it back.', { sid, n: fin(result, sid).node }), stateLine(result, sid)),
      cleanupCommands: [...removePreference(ctx, id, failback), `ha-manager migrate ${sid} ${P}`],
      correction: failback
        ? join(text('Với failback bật và {{a}} không thuộc lớp priority cao nhất, việc kéo về là chắc chắn.', 'With failback on and {{a}} outside the top priority class, it is definitely pulled back.', { a: away }), PRIORITY_NOTE)
        : text(
            'Khi hai node cùng lớp priority cao nhất, máy ảo cũng ở lại. Với rule strict / group restricted, node đích phải thuộc rule, nếu không máy ảo vẫn bị kéo về.',
            'With both nodes in the top priority class the VM stays too. With a strict rule / restricted group the target must be a member, otherwise the VM is still pulled back.',
          ),
      scenario,
      result,
    });
  }

  // TCs-09 / 10 start failures, provoked with a QEMU option that does not exist
  {
    const h = home(run(base, [], 60).result);
    for (const [tc, restart, failStarts] of [
      ['TCs-09', 2, 3],
      ['TCs-10', 1, 1000],
    ] as const) {
      const inp = withResource(base, sid, { maxRestart: restart, maxRelocate: 1, failStarts });
      const { scenario, result } = run(inp, [{ t: FAIL_AT - 40, action: `service ${sid} stopped` }, { t: FAIL_AT, action: `service ${sid} started` }], FAIL_AT + 300);
      const provoke = `qm set ${vmid} --args '${FAIL_ARGS}'   # every start fails while this is set`;
      push({
        id: tc,
        title: tc === 'TCs-09' ? text('Max Restart', 'Max Restart') : text('Max Relocate', 'Max Relocate'),
        setup:
          tc === 'TCs-09'
            ? text(
                'Đặt max_restart 2, max_relocate 1 cho {{sid}}. Gây lỗi khởi động bằng một tham số QEMU không tồn tại; gỡ nó sau lần khởi động thất bại thứ 3 (xem journalctl trên {{h}}).',
                'Set max_restart 2, max_relocate 1 on {{sid}}. Make starts fail with a QEMU option that does not exist; remove it after the 3rd failed start (watch journalctl on {{h}}).',
                { sid, h },
              )
            : text('Đặt max_restart 1, max_relocate 1 cho {{sid}}; gây lỗi khởi động trên mọi node bằng một tham số QEMU không tồn tại.', 'Set max_restart 1, max_relocate 1 on {{sid}}; make every start fail, on every node, with a QEMU option that does not exist.', { sid }),
        setupCommands: [needVm, `ha-manager set ${sid} --max_restart ${restart} --max_relocate 1`, `ha-manager set ${sid} --state stopped`, provoke],
        action: text('Khởi động lại {{sid}} qua HA.', 'Start {{sid}} again through HA.', { sid }),
        commands:
          tc === 'TCs-09'
            ? [`ha-manager set ${sid} --state started`, `journalctl -u pve-ha-lrm -f   # on ${h}: after the 3rd "start failed":`, `qm set ${vmid} --delete args`, 'ha-manager status']
            : [`ha-manager set ${sid} --state started`, 'ha-manager status'],
        expected: join(startAttempts(result, sid), stateLine(result, sid)),
        cleanupCommands: [
          ...(tc === 'TCs-10' ? [`qm set ${vmid} --delete args`, `ha-manager set ${sid} --state disabled   # clears the error state`] : []),
          `ha-manager set ${sid} --max_restart 1 --max_relocate 1`,
          `ha-manager set ${sid} --state started`,
          ...(tc === 'TCs-10' ? [`ha-manager migrate ${sid} ${P}`] : []),
        ],
        ...(tc === 'TCs-10'
          ? {
              correction: text(
                'Resource không "về stopped / bỏ cuộc": nó vào state error (không chạy, không tự thử lại); dùng `ha-manager set {{sid}} --state disabled` rồi started để chạy lại.',
                'The resource does not "go to stopped / give up": it enters state error (not running, no further attempts); use `ha-manager set {{sid}} --state disabled` then started to run it again.',
                { sid },
              ),
            }
          : {}),
        scenario,
        result,
      });
    }
  }

  // TCs-11 quorum loss
  {
    const H = home(run(base, [], 60).result);
    const others = nodes.filter((n) => n !== H);
    const down = others.slice(0, Math.ceil(nodes.length / 2));
    const { scenario, result } = run({ ...base, qdevice: false }, down.map((n) => ({ t: FAIL_AT, action: `power ${n} off` })), FAIL_AT + 300);
    const reset = first(result, (e) => e.kind === 'watchdog' && e.node === H);
    const resetText = reset
      ? text(
          'LRM trên {{h}} đang active nên watchdog reset {{h}} sau khoảng {{t}} giây: các máy ảo HA trên {{h}} cũng dừng.',
          'The LRM on {{h}} was active, so the watchdog resets {{h}} after about {{t}} s: the HA VMs on {{h}} stop too.',
          { h: H, t: reset.t - FAIL_AT },
        )
      : text('{{h}} không bị reset.', '{{h}} is not reset.', { h: H });
    push({
      id: 'TCs-11',
      title: text('Mất quorum', 'Quorum loss'),
      setup: text(
        'Cluster {{c}} có {{n}} node{{q}}; máy ảo kiểm thử {{sid}} chạy trên {{h}}.',
        'Cluster {{c}} has {{n}} nodes{{qEn}}; the test VM {{sid}} runs on {{h}}.',
        { c: input.clusterName, n: nodes.length, q: input.qdevice ? ', có QDevice' : ', không có QDevice', qEn: input.qdevice ? ' and a QDevice' : ', no QDevice', sid, h: H },
      ),
      setupCommands: [needVm, 'pvecm status'],
      action: input.qdevice
        ? text('Dừng QNetd (systemctl stop corosync-qnetd trên máy QNetd) rồi tắt nguồn (hoặc cắt mạng corosync) {{d}}.', 'Stop the QNetd (systemctl stop corosync-qnetd on the QNetd host), then power off (or cut the corosync network of) {{d}}.', { d: down.join(', ') })
        : text('Tắt nguồn (hoặc cắt mạng corosync) {{d}}.', 'Power off (or cut the corosync network of) {{d}}.', { d: down.join(', ') }),
      commands: [...(input.qdevice ? ['systemctl stop corosync-qnetd   # on the QNetd host'] : []), ...down.map(powerOff), `pvecm status   # on ${H}`, `ha-manager status   # on ${H}`],
      expected: join(
        text('{{h}} báo Quorate: No (Activity blocked). Không có failover nào.', '{{h}} shows Quorate: No (Activity blocked). Nothing fails over.', { h: H }),
        resetText,
        stateLine(result, sid),
      ),
      cleanupCommands: [...down.map(powerOn), ...(input.qdevice ? ['systemctl start corosync-qnetd   # on the QNetd host'] : []), 'pvecm status', 'ha-manager status'],
      correction: text(
        'Không phải "HA freeze": đúng là không có failover, nhưng node còn lại có dịch vụ HA đang chạy sẽ tự fence bằng watchdog (reset), nên các máy ảo HA trên nó cũng dừng cho tới khi có lại quorum.',
        'This is not an "HA freeze": nothing fails over, but a surviving node with running HA services self-fences by watchdog (reset), so its HA VMs stop too until quorum returns.',
      ),
      scenario,
      result,
    });
  }

  moreCases(ctx, base, push, { powerOff, powerOn, needVm });
  return cases;
}

type Push = (c: Omit<AcceptanceTestCase, 'outcome' | 'cleanupCommands'> & { cleanupCommands?: string[]; result: SimResult; subject?: Sid }) => void;
type Helpers = { powerOff(n: NodeName): string; powerOn(n: NodeName): string; needVm: string };

/** Anti-affinity, maintenance, live migration, corosync link and QDevice loss, backup and restore. */
function moreCases(ctx: Ctx, base: AcceptanceInput, push: Push, h: Helpers): void {
  const { input, sid, vmid, primary: P, secondary: S } = ctx;
  const home = (r: SimResult): NodeName => fin(r, sid).node;

  // TCs-12: a negative resource-affinity rule of the plan (DRS anti-affinity) survives a node failure.
  const apart = (input.rules ?? []).find((r): r is Extract<HaRuleInput, { type: 'resource-affinity' }> => r.type === 'resource-affinity' && r.affinity === 'negative' && r.resources.length >= 2);
  if (apart && input.target === 'pve9') {
    const settled = run(input, [], 60).result;
    const where = apart.resources.map((x) => `${x} → ${fin(settled, x).node}`).join(', ');
    const a = apart.resources[0] ?? sid;
    const down = fin(settled, a).node;
    const { scenario, result } = run(input, [{ t: FAIL_AT, action: `power ${down} off` }], FAIL_AT + 300);
    const after = apart.resources.map((x) => `${x} → ${fin(result, x).node} (${fin(result, x).state})`).join(', ');
    push({
      id: 'TCs-12',
      title: text('Rule anti-affinity {{id}} (từ DRS) khi mất một node', 'Anti-affinity rule {{id}} (from DRS) when a node is lost', { id: apart.id }),
      setup: text('Rule resource-affinity negative {{id}} của kế hoạch giữ {{r}} trên các node khác nhau. Bài này chỉ quan sát, không đổi rule.', 'The plan\'s negative resource-affinity rule {{id}} keeps {{r}} on different nodes. This test only observes; it changes no rule.', { id: apart.id, r: apart.resources.join(', ') }),
      setupCommands: ['ha-manager rules config', 'ha-manager status'],
      action: text('Kiểm tra vị trí ({{w}}), rồi tắt nguồn {{n}} (đang chạy {{a}}).', 'Check where they run ({{w}}), then power off {{n}} (it runs {{a}}).', { w: where, n: down, a }),
      commands: [h.powerOff(down), 'ha-manager status'],
      expected: text('Sau sự cố: {{after}}. {{a}} không bao giờ chạy cùng node với resource khác của rule.', 'After the failure: {{after}}. {{a}} never runs on a node with another resource of the rule.', { after, a }),
      cleanupCommands: [h.powerOn(down), 'ha-manager status'],
      scenario,
      result,
      subject: a,
    });
  }

  // TCs-13: node maintenance moves the test VM away and back.
  {
    const id = 'tc13-prefer';
    const prefer = { [P]: 2, [S]: 1 };
    const inp = withPreference(base, sid, id, prefer, false, true);
    const H = home(run(inp, [], 60).result);
    const { scenario, result } = run(inp, [{ t: FAIL_AT, action: `crm ${H} enable-node-maintenance` }, { t: FAIL_AT + 200, action: `crm ${H} disable-node-maintenance` }], FAIL_AT + 400);
    const away = first(result, (e) => e.sid === sid && e.code === 'service.moved' && e.t >= FAIL_AT && e.t < FAIL_AT + 200);
    push({
      id: 'TCs-13',
      title: text('Chế độ bảo trì node', 'Node maintenance mode'),
      setup: text('Thêm {{kind}} {{id}} cho {{sid}}: {{p}}:2, {{s}}:1.', 'Add the {{kind}} {{id}} for {{sid}}: {{p}}:2, {{s}}:1.', { kind: input.target === 'pve8' ? 'HA group' : 'node-affinity rule', id, sid, p: P, s: S }),
      setupCommands: [h.needVm, ...addPreference(ctx, id, prefer, false, true)],
      action: text('Bật chế độ bảo trì cho {{h}}, chờ, rồi tắt.', 'Enable maintenance mode on {{h}}, wait, then disable it.', { h: H }),
      commands: [`ha-manager crm-command node-maintenance enable ${H}`, 'ha-manager status', `ha-manager crm-command node-maintenance disable ${H}`, 'ha-manager status'],
      expected: join(
        away
          ? text('Khi bảo trì: {{sid}} được di chuyển nóng sang {{to}} (không khởi động lại); {{h}} không nhận dịch vụ HA nào.', 'In maintenance: {{sid}} is live-migrated to {{to}} (no restart); {{h}} takes no HA service.', { sid, to: away.to ?? '?', h: H })
          : text('{{sid}} không di chuyển.', '{{sid}} does not move.', { sid }),
        text('Sau khi tắt bảo trì nó quay về {{h}}.', 'Once maintenance ends it moves back to {{h}}.', { h: H }),
        stateLine(result, sid),
      ),
      cleanupCommands: removePreference(ctx, id, true),
      scenario,
      result,
    });
  }

  // TCs-14: live migration over the migration network.
  {
    const H = home(run(base, [], 60).result);
    const to = H === S ? P : S;
    const { scenario, result } = run(base, [{ t: FAIL_AT, action: `service ${sid} migrate ${to}` }], FAIL_AT + 200);
    push({
      id: 'TCs-14',
      title: text('Di chuyển nóng qua mạng migration', 'Live migration over the migration network'),
      setup: input.migrationCidr
        ? text('datacenter.cfg có migration: secure,network={{c}}.', 'datacenter.cfg has migration: secure,network={{c}}.', { c: input.migrationCidr })
        : text('Chưa có mạng migration riêng trong kế hoạch: migration đi qua mạng quản trị.', 'The plan has no dedicated migration network: migrations use the management network.'),
      setupCommands: [h.needVm, 'grep ^migration /etc/pve/datacenter.cfg'],
      action: text('Di chuyển nóng {{sid}} từ {{h}} sang {{to}}.', 'Live-migrate {{sid}} from {{h}} to {{to}}.', { sid, h: H, to }),
      commands: [`ha-manager migrate ${sid} ${to}`, 'ha-manager status', `# task log of the migration (GUI Tasks, or: pvenode task list --typefilter qmigrate)`],
      expected: join(
        input.migrationCidr
          ? text('Nhật ký task ghi địa chỉ của {{to}} trong {{c}}; máy ảo không khởi động lại.', 'The task log names an address of {{to}} in {{c}}; the VM does not restart.', { to, c: input.migrationCidr })
          : text('Máy ảo không khởi động lại.', 'The VM does not restart.'),
        stateLine(result, sid),
      ),
      cleanupCommands: [`ha-manager migrate ${sid} ${H}`],
      scenario,
      result,
    });
  }

  // TCs-15: corosync link loss (two links planned).
  if ((input.corosyncLinks ?? 0) >= 2) {
    const { scenario, result } = run(base, [], 120);
    push({
      id: 'TCs-15',
      title: text('Mất một đường corosync (link0)', 'Loss of one corosync link (link0)'),
      setup: text('Cluster có {{n}} đường corosync (knet).', 'The cluster has {{n}} corosync links (knet).', { n: input.corosyncLinks ?? 2 }),
      setupCommands: [h.needVm, 'corosync-cfgtool -s'],
      action: text('Trên {{p}}: tắt card mạng của link0.', 'On {{p}}: take the NIC of link0 down.', { p: P }),
      commands: [`# ${P}: ip link set <NIC of link0> down`, 'corosync-cfgtool -s', 'pvecm status', 'ha-manager status'],
      expected: join(
        text('corosync-cfgtool -s: link 0 của {{p}} ngắt, link 1 connected; pvecm status vẫn Quorate: Yes; không node nào bị fence.', 'corosync-cfgtool -s: link 0 of {{p}} down, link 1 connected; pvecm status stays Quorate: Yes; no node is fenced.', { p: P }),
        stateLine(result, sid),
      ),
      cleanupCommands: [`# ${P}: ip link set <NIC of link0> up`, 'corosync-cfgtool -s'],
      scenario,
      result,
    });
  }

  // TCs-16: QDevice loss (even clusters with a QDevice).
  if (input.qdevice) {
    const { scenario, result } = run({ ...base, qdevice: false }, [], 120);
    push({
      id: 'TCs-16',
      title: text('Mất QDevice', 'QDevice loss'),
      setup: text('Cluster {{c}} có {{n}} node và một QDevice.', 'Cluster {{c}} has {{n}} nodes and a QDevice.', { c: input.clusterName, n: input.nodes.length }),
      setupCommands: [h.needVm, 'pvecm status   # Flags: Quorate Qdevice'],
      action: text('Dừng corosync-qnetd trên máy QNetd.', 'Stop corosync-qnetd on the QNetd host.'),
      commands: ['systemctl stop corosync-qnetd   # on the QNetd host', 'pvecm status', 'ha-manager status'],
      expected: join(
        text('Mọi node còn chạy nên cluster vẫn Quorate: Yes (mất 1 phiếu của QDevice); không có failover. Từ giờ mất thêm một node là mất quorum.', 'All nodes are up, so the cluster stays Quorate: Yes (the QDevice vote is gone); nothing fails over. From now on, losing one more node loses quorum.'),
        stateLine(result, sid),
      ),
      cleanupCommands: ['systemctl start corosync-qnetd   # on the QNetd host', 'pvecm status   # Flags: Quorate Qdevice'],
      scenario,
      result,
    });
  }

  // TCs-17: backup and restore; the last test removes the test VM.
  {
    const restored = vmid + 1;
    const { scenario, result } = run(base, [], 60);
    push({
      id: 'TCs-17',
      title: text('Sao lưu và khôi phục', 'Backup and restore'),
      setup: text('Storage sao lưu (Proxmox Backup Server hoặc storage có nội dung backup) đã được thêm.', 'A backup storage (Proxmox Backup Server, or a storage with backup content) is configured.'),
      setupCommands: [h.needVm, 'pvesm status --content backup'],
      action: text('Sao lưu máy ảo kiểm thử, khôi phục nó thành máy ảo {{vmid}} và khởi động.', 'Back up the test VM, restore it as VM {{vmid}} and start it.', { vmid: restored }),
      commands: [`vzdump ${vmid} --storage <backup-storage> --mode snapshot`, `pvesm list <backup-storage> --vmid ${vmid}`, `qmrestore <backup volume from the list> ${restored} --storage ${input.testStorage ?? '<shared-storage>'} --unique 1`, `qm start ${restored}`, `qm status ${restored}`],
      expected: text('vzdump và qmrestore kết thúc bằng TASK OK; máy ảo {{vmid}} đang chạy với MAC mới (--unique 1).', 'vzdump and qmrestore end with TASK OK; VM {{vmid}} is running with a new MAC (--unique 1).', { vmid: restored }),
      cleanupCommands: [`qm stop ${restored}`, `qm destroy ${restored} --purge`, `pvesm free <backup volume>`, `ha-manager remove ${sid}`, `qm stop ${vmid}`, `qm destroy ${vmid} --purge   # the test VM is gone; the plan's rules were never changed`],
      scenario,
      result,
    });
  }
}
