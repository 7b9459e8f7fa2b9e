import { text, type Text } from '../i18n/text';
import { parseCluster, parseScenario } from './parseScenario';
import { compileRules } from './rules';
import { simulate } from './simulate';
import { settledBaseline } from './sweep';
import type { HaGroupInput, HaResourceInput, HaRuleInput, NodeName, ScenarioInput, Sid, SimResult, SweepInput, TimelineEntry } from './types';

/**
 * The seed's HA acceptance tests TCs-01…TCs-11, regenerated for the user's own cluster: real node names,
 * VMIDs and rules; the expected result of every case is computed by running the simulator, and where the
 * seed expects something else a `seedNote` says what Proxmox really does (seed-errata.md).
 */

export type AcceptanceTarget = 'pve8' | 'pve9';

export type AcceptanceInput = SweepInput & { clusterName: string; target: AcceptanceTarget };

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
  /** Where a common belief expects something else, what Proxmox really does. */
  seedNote?: Text;
  /** The scenario that was simulated (the UI can replay it). */
  scenario: ScenarioInput;
  /** The subject resource's final state in the simulation. */
  outcome: { sid: Sid; node: NodeName; state: string; running: boolean };
};

const FAIL_AT = 100;
const NOFAILBACK_ID = 'tc-nofailback';

type Ctx = {
  input: AcceptanceInput;
  sid: Sid;
  /** Preferred (top-priority) node and the next one. */
  primary: NodeName;
  secondary: NodeName;
  /** Whether the user's own rule/group already prefers primary over secondary. */
  ownRule: boolean;
  ruleId: string;
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

function preferenceCommands(ctx: Ctx, id: string, nodes: Record<NodeName, number>, strict: boolean, failback: boolean): string[] {
  if (ctx.input.target === 'pve8') {
    return [
      `ha-manager groupadd ${id} --nodes "${nodesArg(nodes)}" --restricted ${strict ? 1 : 0} --nofailback ${failback ? 0 : 1}`,
      `ha-manager set ${ctx.sid} --group ${id}`,
    ];
  }
  return [
    `ha-manager rules add node-affinity ${id} --resources ${ctx.sid} --nodes "${nodesArg(nodes)}" --strict ${strict ? 1 : 0}`,
    `ha-manager set ${ctx.sid} --failback ${failback ? 1 : 0}`,
  ];
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
  if (!fence) return text('{{sid}} không bị fence.', '{{sid}} is not fenced.', { sid });
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
      parts.push(text('{{t}} giây: start thất bại quá max_restart → CRM relocate sang {{to}}.', '{{t}} s: starts failed beyond max_restart → the CRM relocates it to {{to}}.', { t: e.t - FAIL_AT, to: e.to ?? '?' }));
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
      parts.push(text('{{t}} giây: start thành công trên {{n}}.', '{{t}} s: the start succeeds on {{n}}.', { t: e.t - FAIL_AT, n: e.node ?? '?' }));
    }
  }
  const attempts = [...perNode].map(([n, c]) => `${n} ×${c}`).join(', ');
  return join(text('Số lần start theo node: {{a}}.', 'Start attempts per node: {{a}}.', { a: attempts }), ...parts);
}

const PRIORITY_NOTE: Text = {
  vi: 'Cấu hình priority "pve01=1, pve02=2" với ý ưu tiên pve01 cho kết quả ngược lại: trong Proxmox số lớn hơn được ưu tiên (select_service_node sắp xếp giảm dần). Kế hoạch này đặt node ưu tiên có số lớn hơn.',
  en: 'Priorities "pve01=1, pve02=2" written to prefer pve01 do the opposite: in Proxmox the higher number is preferred (select_service_node sorts descending). This plan gives the preferred node the higher number.',
};

function pickSubject(input: AcceptanceInput): Ctx | undefined {
  const cluster = parseCluster(input);
  const rules = compileRules(cluster);
  const { state } = settledBaseline(input);
  const started = cluster.resources.filter((r) => r.state === 'started').sort((a, b) => (a.sid < b.sid ? -1 : 1));
  if (started.length === 0 || cluster.nodes.length < 2) return undefined;
  const ranked = started.find((r) => (rules.nodeAffinity.get(r.sid)?.classes ?? 1) > 1);
  if (ranked) {
    const na = rules.nodeAffinity.get(ranked.sid);
    const entries = [...(na?.nodes ?? new Map<NodeName, number>())].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = entries[0];
    const second = entries.find((e) => top !== undefined && e[1] < top[1]);
    const key = na?.key ?? 'tc-prefer';
    // Groups are compiled to rules `ha-group-<id>` (ha-semantics.md §4.3); PVE 8 users know them by the group id.
    const label = key.startsWith('ha-group-') ? `HA group ${key.slice('ha-group-'.length)}` : `node-affinity rule ${key}`;
    if (top && second) return { input, sid: ranked.sid, primary: top[0], secondary: second[0], ownRule: true, ruleId: label };
  }
  const subject = started[0];
  if (!subject) return undefined;
  const primary = state.services.get(subject.sid)?.node ?? subject.node;
  const secondary = [...cluster.nodes].sort().find((n) => n !== primary) ?? primary;
  return { input, sid: subject.sid, primary, secondary, ownRule: false, ruleId: 'tc-prefer' };
}

/** Regenerate TCs-01…TCs-11 for the user's cluster. Returns [] when there is no started HA resource or fewer than 2 nodes. */
export function buildAcceptancePlan(input: AcceptanceInput): AcceptanceTestCase[] {
  const ctx = pickSubject(input);
  if (!ctx) return [];
  const { sid, primary: P, secondary: S } = ctx;
  const prefer = { [P]: 2, [S]: 1 };
  // The preference used by TCs-02…04 and 07/08: the user's own rule when it ranks P over S, else a test rule.
  const preferred = ctx.ownRule ? deepCopy(input) : withPreference(input, sid, ctx.ruleId, prefer, false, true);
  const preferSetup = ctx.ownRule
    ? text(
        '{{sid}} theo {{rule}} hiện có của cluster: {{p}} có priority cao hơn {{s}} (số lớn hơn được ưu tiên).',
        '{{sid}} follows the cluster\'s existing {{rule}}: {{p}} has a higher priority than {{s}} (the higher number is preferred).',
        { sid, rule: ctx.ruleId, p: P, s: S },
      )
    : text(
        'Thêm {{kind}} thử nghiệm {{id}} cho {{sid}}: {{p}}:2, {{s}}:1 ({{p}} được ưu tiên vì số lớn hơn).',
        'Add the test {{kind}} {{id}} for {{sid}}: {{p}}:2, {{s}}:1 ({{p}} is preferred because its number is higher).',
        { kind: input.target === 'pve8' ? 'HA group' : 'node-affinity rule', id: ctx.ruleId, sid, p: P, s: S },
      );
  const preferCmds = ctx.ownRule ? [input.target === 'pve8' ? 'ha-manager groupconfig' : 'ha-manager rules config'] : preferenceCommands(ctx, ctx.ruleId, prefer, false, true);
  const statusCmds = ['ha-manager status', 'pvecm status'];
  const powerOff = (n: NodeName): string => `# ${n}: poweroff (or IPMI: ipmitool -I lanplus -H <BMC of ${n}> -U <user> chassis power off)`;
  const powerOn = (n: NodeName): string => `# ${n}: power on (or IPMI: ipmitool -I lanplus -H <BMC of ${n}> -U <user> chassis power on)`;
  const cases: AcceptanceTestCase[] = [];
  const push = (c: Omit<AcceptanceTestCase, 'outcome'> & { result: SimResult }): void => {
    const { result, ...rest } = c;
    cases.push({ ...rest, outcome: { sid, ...fin(result, sid) } });
  };

  // TCs-01 baseline
  {
    const { scenario, result } = run(preferred, [], 60);
    const f = fin(result, sid);
    const master = [...result.timeline].reverse().find((e) => e.code === 'crm.master')?.node ?? '?';
    push({
      id: 'TCs-01',
      title: text('HA hoạt động bình thường (baseline)', 'HA baseline'),
      setup: join(text('Cluster {{c}} ổn định, {{sid}} đã được thêm vào HA với state started.', 'Cluster {{c}} is stable and {{sid}} is an HA resource with state started.', { c: input.clusterName, sid }), preferSetup),
      setupCommands: preferCmds,
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
  const home = (r: SimResult): NodeName => fin(r, sid).node;
  const baseRun = run(preferred, [], 60).result;
  const H = home(baseRun);
  {
    const { scenario, result } = run(preferred, [{ t: FAIL_AT, action: `power ${H} off` }], FAIL_AT + 300);
    push({
      id: 'TCs-02',
      title: text('Failover khi node đang chạy máy ảo bị mất nguồn', 'Failover when the node running the VM goes down'),
      setup: text('{{sid}} đang chạy trên {{h}}.', '{{sid}} runs on {{h}}.', { sid, h: H }),
      setupCommands: ['ha-manager status'],
      action: text('Tắt nguồn đột ngột {{h}} (rút điện / IPMI power off).', 'Power {{h}} off abruptly (pull the power / IPMI power off).', { h: H }),
      commands: [powerOff(H), 'ha-manager status   # on another node'],
      expected: join(recoveryLine(result, sid, H), stateLine(result, sid)),
      seedNote: text(
        'Trường hợp này thường được mô tả là "relocate": thực tế máy ảo trên node hỏng được khởi động lại (recovery) trên node khác sau khi fence, mất khoảng 2 phút; không có di chuyển nóng.',
        'This is often described as "relocated": in reality the VM of a failed node is restarted (recovered) on another node after fencing, about 2 minutes later; there is no live migration.',
      ),
      scenario,
      result,
    });
  }

  // TCs-03 failback on
  const failbackRun = (inp: AcceptanceInput) => run(inp, [{ t: FAIL_AT, action: `power ${H} off` }, { t: FAIL_AT + 400, action: `power ${H} on` }], FAIL_AT + 600);
  {
    const { scenario, result } = failbackRun(preferred);
    const back = first(result, (e) => e.sid === sid && e.to === H && e.t >= FAIL_AT + 400 && e.code === 'service.moved');
    push({
      id: 'TCs-03',
      title: text('Failback: quay về node ưu tiên', 'Failback: return to the preferred node'),
      setup: join(preferSetup, text('failback bật (mặc định).', 'failback on (the default).')),
      setupCommands: preferCmds,
      action: text('Sau TCs-02: bật lại {{h}}.', 'After TCs-02: power {{h}} back on.', { h: H }),
      commands: [powerOn(H), 'ha-manager status'],
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
      seedNote: join(
        text('Failback thường được mô tả là "có thể" xảy ra "tùy phiên bản"; thực tế với failback bật, HA manager luôn đưa máy ảo về node có priority cao nhất đang online ở vòng kế tiếp.', 'Failback is often described as something that "may" happen "depending on version"; in fact, with failback on, the HA manager always moves the VM back to the top-priority online node in the next round.'),
        PRIORITY_NOTE,
      ),
      scenario,
      result,
    });
  }

  // TCs-04 failback off
  {
    const noFb = withPreference(input, sid, NOFAILBACK_ID, prefer, false, false);
    const { scenario, result } = failbackRun(noFb);
    push({
      id: 'TCs-04',
      title: text('Không failback: ở lại node hiện tại', 'No failback: stay put'),
      setup: text(
        '{{what}} cho {{sid}} (ưu tiên {{p}}:2, {{s}}:1).',
        '{{whatEn}} for {{sid}} (preference {{p}}:2, {{s}}:1).',
        { what: input.target === 'pve8' ? 'Group với nofailback 1' : 'failback 0', whatEn: input.target === 'pve8' ? 'Group with nofailback 1' : 'failback 0', sid, p: P, s: S },
      ),
      setupCommands: preferenceCommands(ctx, NOFAILBACK_ID, prefer, false, false),
      action: text('Lặp lại TCs-02, rồi bật lại {{h}}.', 'Repeat TCs-02, then power {{h}} back on.', { h: H }),
      commands: [powerOff(H), powerOn(H), 'ha-manager status'],
      expected: join(text('{{sid}} ở lại {{n}} sau khi {{h}} quay lại.', '{{sid}} stays on {{n}} after {{h}} is back.', { sid, n: fin(result, sid).node, h: H }), stateLine(result, sid)),
      seedNote: PRIORITY_NOTE,
      scenario,
      result,
    });
  }

  // TCs-05 restricted / strict with two nodes
  {
    const id = 'tc-strict-two';
    const nodes = { [P]: 1, [S]: 1 };
    const inp = withPreference(input, sid, id, nodes, true, true);
    const h = home(run(inp, [], 60).result);
    const { scenario, result } = run(inp, [{ t: FAIL_AT, action: `power ${h} off` }], FAIL_AT + 300);
    push({
      id: 'TCs-05',
      title: text('Giới hạn node (restricted / strict)', 'Restricted placement (restricted / strict)'),
      setup: text('{{kind}} {{id}}: {{sid}} chỉ được chạy trên {{p}} và {{s}}.', '{{kindEn}} {{id}}: {{sid}} may only run on {{p}} and {{s}}.', {
        kind: input.target === 'pve8' ? 'Group restricted' : 'Rule node-affinity strict',
        kindEn: input.target === 'pve8' ? 'Restricted group' : 'Strict node-affinity rule',
        id,
        sid,
        p: P,
        s: S,
      }),
      setupCommands: preferenceCommands(ctx, id, nodes, true, true),
      action: text('Tắt nguồn {{h}}.', 'Power {{h}} off.', { h }),
      commands: [powerOff(h), 'ha-manager status'],
      expected: join(recoveryLine(result, sid, h), stateLine(result, sid)),
      scenario,
      result,
    });
  }

  // TCs-06 restricted / strict with one node
  {
    const id = 'tc-strict-one';
    const nodes = { [P]: 1 };
    const inp = withPreference(input, sid, id, nodes, true, true);
    const h = home(run(inp, [], 60).result);
    const { scenario, result } = run(inp, [{ t: FAIL_AT, action: `power ${h} off` }], FAIL_AT + 300);
    push({
      id: 'TCs-06',
      title: text('Không còn node hợp lệ thì không chạy', 'No allowed node left: the VM does not run'),
      setup: text('{{kind}} {{id}} chỉ chứa {{p}}.', '{{kindEn}} {{id}} contains only {{p}}.', {
        kind: input.target === 'pve8' ? 'Group restricted' : 'Rule node-affinity strict',
        kindEn: input.target === 'pve8' ? 'Restricted group' : 'Strict node-affinity rule',
        id,
        p: P,
      }),
      setupCommands: preferenceCommands(ctx, id, nodes, true, true),
      action: text('Tắt nguồn {{h}}.', 'Power {{h}} off.', { h }),
      commands: [powerOff(h), 'ha-manager status'],
      expected: join(recoveryLine(result, sid, h), stateLine(result, sid)),
      seedNote: text(
        'Resource không "về stopped" như thường được mô tả. Resource ở state recovery (không chạy) và CRM thử lại mỗi vòng cho tới khi {{p}} quay lại (khi đó nó được khôi phục về {{p}}) hoặc bạn đặt nó disabled.',
        'The resource does not "go to stopped", as is often assumed. It stays in state recovery (not running) and the CRM retries every round until {{p}} comes back (it is then recovered onto {{p}}) or you set it disabled.',
        { p: P },
      ),
      scenario,
      result,
    });
  }

  // TCs-07 manual migrate pulled back
  {
    const h = home(run(preferred, [], 60).result);
    const away = h === S ? P : S;
    const { scenario, result } = run(preferred, [{ t: FAIL_AT, action: `service ${sid} migrate ${away}` }], FAIL_AT + 200);
    const moves = result.timeline.filter((e) => e.sid === sid && e.code === 'service.moved' && e.t >= FAIL_AT);
    const back = moves.length >= 2 ? moves[1] : undefined;
    push({
      id: 'TCs-07',
      title: text('Migrate thủ công bị HA kéo về', 'Manual migrate pulled back by HA'),
      setup: join(preferSetup, text('failback bật.', 'failback on.')),
      setupCommands: preferCmds,
      action: text('Migrate thủ công {{sid}} sang {{a}}.', 'Manually migrate {{sid}} to {{a}}.', { sid, a: away }),
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
        : join(text('{{sid}} ở lại {{a}}.', '{{sid}} stays on {{a}}.', { sid, a: fin(result, sid).node }), stateLine(result, sid)),
      seedNote: join(text('Không phải "có thể" bị kéo về: với failback bật và {{a}} không thuộc lớp priority cao nhất, việc kéo về là chắc chắn.', 'It is not that it "may" be pulled back: with failback on and {{a}} outside the top priority class, it definitely is.', { a: away }), PRIORITY_NOTE),
      scenario,
      result,
    });
  }

  // TCs-08 manual migrate kept (failback off)
  {
    const inp = withPreference(input, sid, NOFAILBACK_ID, prefer, false, false);
    const h = home(run(inp, [], 60).result);
    // Move it off the preferred node when possible, so that staying put really shows that failback is off.
    const away = [S, ...[...input.nodes].sort()].find((n) => n !== h && n !== P) ?? P;
    const { scenario, result } = run(inp, [{ t: FAIL_AT, action: `service ${sid} migrate ${away}` }], FAIL_AT + 200);
    push({
      id: 'TCs-08',
      title: text('Migrate thủ công được giữ nguyên', 'Manual migrate stays'),
      setup: text('Như TCs-04: {{what}}.', 'As TCs-04: {{whatEn}}.', { what: input.target === 'pve8' ? 'nofailback 1' : 'failback 0', whatEn: input.target === 'pve8' ? 'nofailback 1' : 'failback 0' }),
      setupCommands: preferenceCommands(ctx, NOFAILBACK_ID, prefer, false, false),
      action: text('Migrate thủ công {{sid}} sang {{a}}.', 'Manually migrate {{sid}} to {{a}}.', { sid, a: away }),
      commands: [`ha-manager migrate ${sid} ${away}`, 'ha-manager status'],
      expected: join(text('{{sid}} ở lại {{n}}; HA không kéo về.', '{{sid}} stays on {{n}}; HA does not pull it back.', { sid, n: fin(result, sid).node }), stateLine(result, sid)),
      seedNote: text(
        'Với "priority pve01=1, pve02=1": khi cả hai node cùng lớp priority cao nhất, máy ảo cũng ở lại. Với rule strict / group restricted, node đích phải thuộc rule, nếu không máy ảo vẫn bị kéo về.',
        'With "priority pve01=1, pve02=1": with both nodes in the top class the VM stays too. With a strict rule / restricted group the target must be a member, otherwise the VM is still pulled back.',
      ),
      scenario,
      result,
    });
  }

  // TCs-09 max_restart
  {
    const inp = withResource(preferred, sid, { maxRestart: 2, maxRelocate: 1, failStarts: 3 });
    const h = home(run(preferred, [], 60).result);
    const { scenario, result } = run(inp, [{ t: FAIL_AT - 40, action: `service ${sid} stopped` }, { t: FAIL_AT, action: `service ${sid} started` }], FAIL_AT + 300);
    push({
      id: 'TCs-09',
      title: text('Max Restart', 'Max Restart'),
      setup: text(
        'Đặt max_restart 2, max_relocate 1 cho {{sid}}; tạo điều kiện để {{sid}} không start được trên {{h}} (3 lần start đầu thất bại).',
        'Set max_restart 2, max_relocate 1 on {{sid}}; make {{sid}} fail to start on {{h}} (the first 3 starts fail).',
        { sid, h },
      ),
      setupCommands: [`ha-manager set ${sid} --max_restart 2 --max_relocate 1`, `ha-manager set ${sid} --state stopped`],
      action: text('Start lại {{sid}} qua HA.', 'Start {{sid}} again through HA.', { sid }),
      commands: [`ha-manager set ${sid} --state started`, `journalctl -u pve-ha-lrm -f   # on ${h}`],
      expected: join(startAttempts(result, sid), stateLine(result, sid)),
      scenario,
      result,
    });
  }

  // TCs-10 max_relocate → error
  {
    const inp = withResource(preferred, sid, { maxRestart: 1, maxRelocate: 1, failStarts: 1000 });
    const { scenario, result } = run(inp, [{ t: FAIL_AT - 40, action: `service ${sid} stopped` }, { t: FAIL_AT, action: `service ${sid} started` }], FAIL_AT + 300);
    push({
      id: 'TCs-10',
      title: text('Max Relocate', 'Max Relocate'),
      setup: text('Đặt max_restart 1, max_relocate 1 cho {{sid}}; {{sid}} không start được trên bất kỳ node nào.', 'Set max_restart 1, max_relocate 1 on {{sid}}; {{sid}} cannot start on any node.', { sid }),
      setupCommands: [`ha-manager set ${sid} --max_restart 1 --max_relocate 1`, `ha-manager set ${sid} --state stopped`],
      action: text('Start lại {{sid}} qua HA.', 'Start {{sid}} again through HA.', { sid }),
      commands: [`ha-manager set ${sid} --state started`, 'ha-manager status', `ha-manager set ${sid} --state disabled   # clears the error state`, `ha-manager set ${sid} --state started`],
      expected: join(startAttempts(result, sid), stateLine(result, sid)),
      seedNote: text(
        'Resource không "về stopped / bỏ cuộc": thực tế nó chuyển sang state error (không chạy, không tự thử lại); dùng `ha-manager set {{sid}} --state disabled` rồi started để chạy lại.',
        'The resource does not "go to stopped / give up": it enters state error (not running, no further attempts); use `ha-manager set {{sid}} --state disabled` then started to run it again.',
        { sid },
      ),
      scenario,
      result,
    });
  }

  // TCs-11 quorum loss
  {
    const all = [...input.nodes].sort();
    const h = H;
    const others = all.filter((n) => n !== h);
    // Take away enough nodes that the survivors hold at most half of the votes.
    const down = others.slice(0, Math.ceil(all.length / 2));
    // With a QDevice the test also stops the QNetd, otherwise the survivors keep quorum.
    const { scenario, result } = run({ ...preferred, qdevice: false }, down.map((n) => ({ t: FAIL_AT, action: `power ${n} off` })), FAIL_AT + 300);
    const reset = first(result, (e) => e.kind === 'watchdog' && e.node === h);
    const resetText = reset
      ? text(
          'LRM trên {{h}} đang active nên watchdog reset {{h}} sau khoảng {{t}} giây: các máy ảo HA trên {{h}} cũng dừng.',
          'The LRM on {{h}} was active, so the watchdog resets {{h}} after about {{t}} s: the HA VMs on {{h}} stop too.',
          { h, t: reset.t - FAIL_AT },
        )
      : text('{{h}} không bị reset.', '{{h}} is not reset.', { h });
    push({
      id: 'TCs-11',
      title: text('Mất quorum', 'Quorum loss'),
      setup: text(
        'Cluster {{c}} có {{n}} node{{q}}; {{sid}} chạy trên {{h}}.',
        'Cluster {{c}} has {{n}} nodes{{qEn}}; {{sid}} runs on {{h}}.',
        { c: input.clusterName, n: all.length, q: input.qdevice ? ', có QDevice' : ', không có QDevice', qEn: input.qdevice ? ' and a QDevice' : ', no QDevice', sid, h },
      ),
      setupCommands: ['pvecm status'],
      action: input.qdevice
        ? text('Dừng QNetd (systemctl stop corosync-qnetd trên máy QNetd) rồi tắt nguồn (hoặc cắt mạng corosync) {{d}}.', 'Stop the QNetd (systemctl stop corosync-qnetd on the QNetd host), then power off (or cut the corosync network of) {{d}}.', { d: down.join(', ') })
        : text('Tắt nguồn (hoặc cắt mạng corosync) {{d}}.', 'Power off (or cut the corosync network of) {{d}}.', { d: down.join(', ') }),
      commands: [...(input.qdevice ? ['systemctl stop corosync-qnetd   # on the QNetd host'] : []), ...down.map(powerOff), `pvecm status   # on ${h}`, `ha-manager status   # on ${h}`],
      expected: join(
        text('{{h}} báo Quorate: No (Activity blocked). Không có failover nào.', '{{h}} shows Quorate: No (Activity blocked). Nothing fails over.', { h }),
        resetText,
        stateLine(result, sid),
      ),
      seedNote: text(
        'Trường hợp này thường được mô tả là "HA freeze, không relocate": đúng là không có failover, nhưng không phải freeze — node còn lại có dịch vụ HA đang chạy sẽ tự fence bằng watchdog (reset), nên các máy ảo HA trên nó cũng dừng cho tới khi có lại quorum.',
        'This is often described as "HA freezes, no relocation": there is indeed no failover, but it is not a freeze — a surviving node with running HA services self-fences by watchdog (reset), so its HA VMs stop too until quorum returns.',
      ),
      scenario,
      result,
    });
  }
  return cases;
}
