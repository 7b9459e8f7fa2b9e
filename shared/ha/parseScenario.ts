import { fill, text, type Text } from '../i18n/text';
import { DEFAULT_CORES, DEFAULT_MAX_RELOCATE, DEFAULT_MAX_RESTART, DEFAULT_MEMORY_MIB, MAX_SIMULATED_SECONDS } from './constants';
import type {
  Action,
  AutoRebalance,
  Cluster,
  Crs,
  HaGroup,
  HaResource,
  HaRule,
  NodeName,
  NodeResources,
  PowerState,
  RequestedState,
  MeasuredLoad,
  PveTarget,
  Scenario,
  ScenarioEvent,
  ShutdownPolicy,
} from './types';

/**
 * Proxmox's defaults for `crs: ha-auto-rebalance-*` (pve-ha-manager `src/PVE/HA/Manager.pm`
 * `update_crs_scheduler_mode`): threshold 30 % node imbalance, bruteforce, 3 rounds, 10 % minimum improvement.
 * Threshold and margin are percentages, as in datacenter.cfg (the CRM divides them by 100).
 */
export const AUTO_REBALANCE_DEFAULTS: AutoRebalance = { enabled: false, threshold: 30, method: 'bruteforce', holdDuration: 3, margin: 10 };

/** A scenario (or sweep input) that cannot be simulated. `text` names the offending item in both languages. */
export class ScenarioError extends Error {
  readonly code: string;
  readonly text: Text;
  constructor(code: string, t: Text) {
    super(`${code}: ${t.en}`);
    this.name = 'ScenarioError';
    this.code = code;
    this.text = t;
  }
}

function fail(code: string, vi: string, en: string, params?: Record<string, string | number>): never {
  throw new ScenarioError(code, text(vi, en, params));
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  let s: string;
  try {
    s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function bool(v: unknown, where: string): boolean {
  if (v === undefined || v === null) return false;
  if (v === true || v === 1 || v === '1') return true;
  if (v === false || v === 0 || v === '0') return false;
  return fail('scenario.badFlag', '{{where}}: giá trị "{{v}}" không hợp lệ (cần true/false hoặc 0/1).', '{{where}}: "{{v}}" is not a valid flag (expected true/false or 0/1).', {
    where,
    v: show(v),
  });
}

function count(v: unknown, where: string, dflt: number): number {
  if (v === undefined || v === null) return dflt;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 1_000_000) {
    return fail('scenario.badNumber', '{{where}}: "{{v}}" phải là số nguyên không âm.', '{{where}}: "{{v}}" must be a non-negative integer.', {
      where,
      v: show(v),
    });
  }
  return v;
}

function positive(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v > 1e9) {
    return fail('scenario.badNumber', '{{where}}: "{{v}}" phải là số dương.', '{{where}}: "{{v}}" must be a positive number.', { where, v: show(v) });
  }
  return v;
}

/** A non-negative finite number up to `max`. */
function amount(v: unknown, where: string, max = 1e9): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > max) {
    return fail('scenario.badNumber', '{{where}}: "{{v}}" phải là số không âm (tối đa {{max}}).', '{{where}}: "{{v}}" must be a non-negative number (at most {{max}}).', {
      where,
      v: show(v),
      max,
    });
  }
  return v;
}

/**
 * Threshold and margin are percentages as in datacenter.cfg (30 = 30 %). The same settings are also written as
 * fractions (0.3, 0.1) in parts of Proxmox's documentation and in earlier scenario files: a value below 1 is
 * read as a fraction. (A real threshold or margin below 1 % is not a setting anyone uses.)
 */
export function percentOrFraction(v: number): number {
  return v > 0 && v < 1 ? Math.round(v * 100 * 1e6) / 1e6 : v;
}

/** Measured usage `{ cpu, memoryMiB }` (both optional). */
function measuredLoad(v: unknown, where: string): Partial<MeasuredLoad> {
  if (!isObj(v)) fail('scenario.badField', '{{where}} phải là đối tượng { cpu, memoryMiB }.', '{{where}} must be an object { cpu, memoryMiB }.', { where });
  const out: { cpu?: number; memoryMiB?: number } = {};
  if (v.cpu !== undefined) out.cpu = amount(v.cpu, `${where}.cpu`, 1e6);
  if (v.memoryMiB !== undefined) out.memoryMiB = amount(v.memoryMiB, `${where}.memoryMiB`);
  return out;
}

function autoRebalance(v: unknown): AutoRebalance {
  if (v === undefined || v === null) return { ...AUTO_REBALANCE_DEFAULTS };
  if (!isObj(v)) fail('scenario.badField', '"datacenter.autoRebalance" phải là một đối tượng.', '"datacenter.autoRebalance" must be an object.');
  const where = 'datacenter.autoRebalance';
  const out: AutoRebalance = { ...AUTO_REBALANCE_DEFAULTS, enabled: v.enabled === undefined ? true : bool(v.enabled, `${where}.enabled`) };
  if (v.threshold !== undefined) out.threshold = percentOrFraction(amount(v.threshold, `${where}.threshold`, 100));
  if (v.margin !== undefined) out.margin = percentOrFraction(amount(v.margin, `${where}.margin`, 100));
  if (v.holdDuration !== undefined) out.holdDuration = amount(v.holdDuration, `${where}.holdDuration`, 1_000_000);
  if (v.method !== undefined) {
    if (v.method !== 'bruteforce' && v.method !== 'topsis') {
      fail('scenario.badField', '{{where}}.method "{{m}}" không hợp lệ (bruteforce, topsis).', '{{where}}.method "{{m}}" is invalid (bruteforce, topsis).', { where, m: show(v.method) });
    }
    out.method = v.method;
  }
  return out;
}

const SID_RE = /^(vm|ct):(\d{1,9})$/;
const NODE_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

/**
 * Node priorities: `{ node: prio }` (prio null/absent = 0) or Proxmox syntax `"a:2,b:1,c"`. `<pri>` must be a
 * non-negative integer (ha-semantics.md §1: `\d+`); a node listed without one gets 0.
 */
function priorities(v: unknown, where: string, known: Set<NodeName>): Record<NodeName, number> {
  const out: Record<NodeName, number> = {};
  const put = (node: string, prio: unknown): void => {
    if (!known.has(node)) {
      fail('scenario.unknownNode', '{{where}}: node "{{node}}" không có trong danh sách nodes của cluster.', '{{where}}: node "{{node}}" is not one of the cluster nodes.', {
        where,
        node,
      });
    }
    if (Object.prototype.hasOwnProperty.call(out, node)) {
      fail('scenario.duplicateNode', '{{where}}: node "{{node}}" được liệt kê hai lần.', '{{where}}: node "{{node}}" is listed twice.', { where, node });
    }
    let p: number;
    if (prio === undefined || prio === null || prio === '') p = 0;
    else if (typeof prio === 'number' && Number.isInteger(prio) && prio >= 0) p = prio;
    else if (typeof prio === 'string' && /^\d+$/.test(prio)) p = Number(prio);
    else {
      return fail(
        'scenario.badPriority',
        '{{where}}: priority "{{prio}}" của node "{{node}}" không hợp lệ (phải là số nguyên ≥ 0; số lớn hơn được ưu tiên hơn).',
        '{{where}}: priority "{{prio}}" of node "{{node}}" is invalid (must be an integer ≥ 0; a higher number is preferred).',
        { where, node, prio: show(prio) },
      );
    }
    out[node] = p;
  };
  if (typeof v === 'string') {
    for (const part of v.split(',').map((s) => s.trim()).filter((s) => s.length > 0)) {
      const [node, prio, extra] = part.split(':');
      if (extra !== undefined || node === undefined) {
        fail('scenario.badPriority', '{{where}}: "{{part}}" không đúng cú pháp <node>[:<priority>].', '{{where}}: "{{part}}" is not <node>[:<priority>].', { where, part });
      }
      put(node.trim(), prio?.trim());
    }
  } else if (isObj(v)) {
    for (const [node, prio] of Object.entries(v)) put(node, prio);
  } else {
    fail('scenario.badField', '{{where}}: thiếu danh sách nodes.', '{{where}}: the node list is missing.', { where });
  }
  if (Object.keys(out).length === 0) {
    fail('scenario.badField', '{{where}}: danh sách nodes trống.', '{{where}}: the node list is empty.', { where });
  }
  return out;
}

function requestedState(v: unknown, where: string, dflt: RequestedState): RequestedState {
  if (v === undefined || v === null) return dflt;
  if (v === 'enabled') return 'started';
  if (v === 'started' || v === 'stopped' || v === 'disabled' || v === 'ignored') return v;
  return fail('scenario.badState', '{{where}}: state "{{v}}" không hợp lệ (started, stopped, disabled, ignored).', '{{where}}: state "{{v}}" is invalid (started, stopped, disabled, ignored).', {
    where,
    v: show(v),
  });
}

function parseSid(v: unknown, where: string): string {
  if (typeof v !== 'string' || !SID_RE.test(v)) {
    return fail('scenario.badSid', '{{where}}: "{{v}}" không phải mã resource HA hợp lệ (vm:NNN hoặc ct:NNN).', '{{where}}: "{{v}}" is not a valid HA resource id (vm:NNN or ct:NNN).', {
      where,
      v: show(v),
    });
  }
  return v;
}

function knownNode(v: unknown, where: string, known: Set<NodeName>): NodeName {
  if (typeof v !== 'string' || !known.has(v)) {
    return fail('scenario.unknownNode', '{{where}}: node "{{v}}" không có trong danh sách nodes của cluster.', '{{where}}: node "{{v}}" is not one of the cluster nodes.', {
      where,
      v: show(v),
    });
  }
  return v;
}

/** Parse the cluster part shared by scenarios and sweep inputs. */
export function parseCluster(json: unknown): Cluster {
  if (!isObj(json)) fail('scenario.notObject', 'Kịch bản phải là một đối tượng JSON.', 'The scenario must be a JSON object.');
  const rawNodes = json.nodes;
  if (!Array.isArray(rawNodes) || rawNodes.length === 0) {
    fail('scenario.nodes', '"nodes" phải là danh sách tên node, không được trống.', '"nodes" must be a non-empty list of node names.');
  }
  if (rawNodes.length > 1024) fail('scenario.nodes', 'Quá nhiều node ({{n}}; tối đa 1024).', 'Too many nodes ({{n}}; at most 1024).', { n: rawNodes.length });
  const nodes: NodeName[] = [];
  const known = new Set<NodeName>();
  for (const [i, n] of rawNodes.entries()) {
    if (typeof n !== 'string' || !NODE_RE.test(n)) {
      fail('scenario.badNode', 'nodes[{{i}}]: "{{v}}" không phải tên node hợp lệ.', 'nodes[{{i}}]: "{{v}}" is not a valid node name.', { i, v: show(n) });
    }
    if (known.has(n)) fail('scenario.duplicateNode', 'Node "{{n}}" xuất hiện hai lần trong "nodes".', 'Node "{{n}}" appears twice in "nodes".', { n });
    known.add(n);
    nodes.push(n);
  }

  const initialPower: Record<NodeName, PowerState> = {};
  for (const n of nodes) initialPower[n] = 'on';
  if (json.initialPower !== undefined) {
    if (!isObj(json.initialPower)) fail('scenario.badField', '"initialPower" phải là đối tượng { node: "on"|"off" }.', '"initialPower" must be an object { node: "on"|"off" }.');
    for (const [n, p] of Object.entries(json.initialPower)) {
      knownNode(n, 'initialPower', known);
      if (p !== 'on' && p !== 'off') fail('scenario.badField', 'initialPower.{{n}}: "{{p}}" phải là "on" hoặc "off".', 'initialPower.{{n}}: "{{p}}" must be "on" or "off".', { n, p: show(p) });
      initialPower[n] = p;
    }
  }

  const nodeResources: Record<NodeName, NodeResources> = {};
  if (json.nodeResources !== undefined) {
    if (!isObj(json.nodeResources)) fail('scenario.badField', '"nodeResources" phải là đối tượng { node: { cpus, memoryMiB } }.', '"nodeResources" must be an object { node: { cpus, memoryMiB } }.');
    for (const [n, r] of Object.entries(json.nodeResources)) {
      knownNode(n, 'nodeResources', known);
      if (!isObj(r)) fail('scenario.badField', 'nodeResources.{{n}} phải có cpus và memoryMiB.', 'nodeResources.{{n}} must have cpus and memoryMiB.', { n });
      const res: NodeResources = { cpus: positive(r.cpus, `nodeResources.${n}.cpus`), memoryMiB: positive(r.memoryMiB, `nodeResources.${n}.memoryMiB`) };
      if (r.load !== undefined) {
        const l = measuredLoad(r.load, `nodeResources.${n}.load`);
        res.load = { cpu: l.cpu ?? 0, memoryMiB: l.memoryMiB ?? 0 };
      }
      nodeResources[n] = res;
    }
  }

  let crs: Crs = 'basic';
  if (json.crs !== undefined) {
    if (json.crs !== 'basic' && json.crs !== 'static' && json.crs !== 'dynamic') {
      fail('scenario.badField', '"crs" phải là "basic", "static" hoặc "dynamic".', '"crs" must be "basic", "static" or "dynamic".');
    }
    crs = json.crs;
  }

  let pveTarget: PveTarget | undefined;
  if (json.pveTarget !== undefined) {
    const v = json.pveTarget;
    if (v !== 'pve8' && v !== 'pve9.0' && v !== 'pve9.2') {
      fail('scenario.badField', '"pveTarget" "{{v}}" không hợp lệ (pve8, pve9.0, pve9.2).', '"pveTarget" "{{v}}" is invalid (pve8, pve9.0, pve9.2).', { v: show(v) });
    }
    pveTarget = v;
  }

  let shutdownPolicy: ShutdownPolicy = 'conditional';
  let rebalanceOnStart = false;
  let autoRebalanceCfg: AutoRebalance = { ...AUTO_REBALANCE_DEFAULTS };
  if (json.datacenter !== undefined) {
    const dc = json.datacenter;
    if (!isObj(dc)) fail('scenario.badField', '"datacenter" phải là một đối tượng.', '"datacenter" must be an object.');
    if (dc.shutdownPolicy !== undefined) {
      const p = dc.shutdownPolicy;
      if (p !== 'conditional' && p !== 'freeze' && p !== 'failover' && p !== 'migrate') {
        fail('scenario.badField', 'datacenter.shutdownPolicy "{{p}}" không hợp lệ (conditional, freeze, failover, migrate).', 'datacenter.shutdownPolicy "{{p}}" is invalid (conditional, freeze, failover, migrate).', {
          p: show(p),
        });
      }
      shutdownPolicy = p;
    }
    rebalanceOnStart = bool(dc.rebalanceOnStart, 'datacenter.rebalanceOnStart');
    autoRebalanceCfg = autoRebalance(dc.autoRebalance);
  }

  const groups: HaGroup[] = [];
  const groupIds = new Set<string>();
  if (json.groups !== undefined) {
    if (!Array.isArray(json.groups)) fail('scenario.badField', '"groups" phải là một danh sách.', '"groups" must be a list.');
    for (const [i, g] of json.groups.entries()) {
      if (!isObj(g) || typeof g.id !== 'string' || g.id.length === 0) {
        fail('scenario.badGroup', 'groups[{{i}}]: thiếu "id".', 'groups[{{i}}]: "id" is missing.', { i });
      }
      if (groupIds.has(g.id)) fail('scenario.duplicateGroup', 'Group "{{id}}" được khai báo hai lần.', 'Group "{{id}}" is declared twice.', { id: g.id });
      groupIds.add(g.id);
      const where = `group ${g.id}`;
      groups.push({ id: g.id, nodes: priorities(g.nodes, where, known), restricted: bool(g.restricted, where), nofailback: bool(g.nofailback, where) });
    }
  }

  const resources: HaResource[] = [];
  const sids = new Set<string>();
  if (!Array.isArray(json.resources)) fail('scenario.badField', '"resources" phải là danh sách resource HA.', '"resources" must be a list of HA resources.');
  if (json.resources.length > 200_000) fail('scenario.badField', 'Quá nhiều resource ({{n}}).', 'Too many resources ({{n}}).', { n: json.resources.length });
  for (const [i, r] of json.resources.entries()) {
    if (!isObj(r)) fail('scenario.badResource', 'resources[{{i}}] phải là một đối tượng.', 'resources[{{i}}] must be an object.', { i });
    const sid = parseSid(r.sid, `resources[${i}]`);
    if (sids.has(sid)) fail('scenario.duplicateSid', 'Resource "{{sid}}" được khai báo hai lần.', 'Resource "{{sid}}" is declared twice.', { sid });
    sids.add(sid);
    resources.push(parseResource(r, sid, known));
  }

  const rules: HaRule[] = [];
  const ruleIds = new Set<string>();
  if (json.rules !== undefined) {
    if (!Array.isArray(json.rules)) fail('scenario.badField', '"rules" phải là một danh sách.', '"rules" must be a list.');
    for (const [i, r] of json.rules.entries()) {
      if (!isObj(r) || typeof r.id !== 'string' || r.id.length === 0) fail('scenario.badRule', 'rules[{{i}}]: thiếu "id".', 'rules[{{i}}]: "id" is missing.', { i });
      if (ruleIds.has(r.id)) fail('scenario.duplicateRule', 'Rule "{{id}}" được khai báo hai lần.', 'Rule "{{id}}" is declared twice.', { id: r.id });
      ruleIds.add(r.id);
      const where = `rule ${r.id}`;
      if (!Array.isArray(r.resources) || r.resources.length === 0) {
        fail('scenario.badRule', '{{where}}: "resources" phải là danh sách sid.', '{{where}}: "resources" must be a list of sids.', { where });
      }
      const members: string[] = [];
      for (const s of r.resources) {
        const sid = parseSid(s, where);
        if (!sids.has(sid)) {
          fail('scenario.unknownSid', '{{where}}: resource "{{sid}}" không có trong "resources".', '{{where}}: resource "{{sid}}" is not in "resources".', { where, sid });
        }
        if (!members.includes(sid)) members.push(sid);
      }
      const disabled = bool(r.disabled, where);
      if (r.type === 'node-affinity') {
        rules.push({ id: r.id, type: 'node-affinity', resources: members, nodes: priorities(r.nodes, where, known), strict: bool(r.strict, where), disabled });
      } else if (r.type === 'resource-affinity') {
        if (r.affinity !== 'positive' && r.affinity !== 'negative') {
          fail('scenario.badRule', '{{where}}: affinity phải là "positive" hoặc "negative".', '{{where}}: affinity must be "positive" or "negative".', { where });
        }
        rules.push({ id: r.id, type: 'resource-affinity', resources: members, affinity: r.affinity, disabled });
      } else {
        fail('scenario.badRule', '{{where}}: type "{{t}}" không hợp lệ (node-affinity, resource-affinity).', '{{where}}: type "{{t}}" is invalid (node-affinity, resource-affinity).', {
          where,
          t: show(r.type),
        });
      }
    }
  }

  const qdevice = bool(json.qdevice, 'qdevice');
  const out: Cluster = { nodes, qdevice, initialPower, nodeResources, crs, shutdownPolicy, rebalanceOnStart, autoRebalance: autoRebalanceCfg, groups, rules, resources };
  if (pveTarget !== undefined) out.pveTarget = pveTarget;
  return out;
}

function parseResource(r: Obj, sid: string, known: Set<NodeName>): HaResource {
  const where = `resource ${sid}`;
  const state = requestedState(r.state, where, 'started');
  const node = knownNode(r.node, where, known);
  if (r.group !== undefined && typeof r.group !== 'string') fail('scenario.badField', '{{where}}: "group" phải là chuỗi.', '{{where}}: "group" must be a string.', { where });
  if (r.running !== undefined && typeof r.running !== 'boolean') fail('scenario.badField', '{{where}}: "running" phải là true/false.', '{{where}}: "running" must be true/false.', { where });
  const kind = sid.startsWith('ct:') ? 'ct' : 'vm';
  if (r.cpulimit !== undefined && kind === 'vm') {
    // qemu-server counts a VM by its vCPUs (`get_derived_property` max-cpu = vcpus || sockets*cores), never by cpulimit.
    fail(
      'scenario.cpulimitVm',
      '{{where}}: "cpulimit" chỉ dùng cho container (ct:); với máy ảo, scheduler của Proxmox tính theo số vCPU ("cores").',
      '{{where}}: "cpulimit" applies to containers (ct:) only; for a VM the Proxmox scheduler counts its vCPUs ("cores").',
      { where },
    );
  }
  if (r.autoRebalance !== undefined && typeof r.autoRebalance !== 'boolean') {
    fail('scenario.badField', '{{where}}: "autoRebalance" phải là true/false.', '{{where}}: "autoRebalance" must be true/false.', { where });
  }
  const out: HaResource = {
    sid,
    kind,
    node,
    state,
    group: typeof r.group === 'string' ? r.group : undefined,
    failback: r.failback === undefined ? undefined : bool(r.failback, where),
    maxRestart: count(r.maxRestart, `${where} maxRestart`, DEFAULT_MAX_RESTART),
    maxRelocate: count(r.maxRelocate, `${where} maxRelocate`, DEFAULT_MAX_RELOCATE),
    // A container without `cores` may use every host core: the static scheduler then counts the node's CPUs.
    cores: r.cores === undefined ? (kind === 'ct' ? 0 : DEFAULT_CORES) : count(r.cores, `${where} cores`, DEFAULT_CORES),
    memoryMiB: r.memoryMiB === undefined ? DEFAULT_MEMORY_MIB : count(r.memoryMiB, `${where} memoryMiB`, DEFAULT_MEMORY_MIB),
    cpulimit: r.cpulimit === undefined ? 0 : amount(r.cpulimit, `${where} cpulimit`, 8192),
    failStarts: count(r.failStarts, `${where} failStarts`, 0),
    failMigrations: count(r.failMigrations, `${where} failMigrations`, 0),
    running: typeof r.running === 'boolean' ? r.running : state === 'started',
  };
  if (r.load !== undefined) out.load = measuredLoad(r.load, `${where} load`);
  if (r.autoRebalance === false) out.autoRebalance = false;
  return out;
}

function badAction(i: number, s: string, why: Text): never {
  throw new ScenarioError('scenario.badAction', {
    vi: fill('events[{{i}}]: hành động "{{s}}" không hợp lệ: {{why}}', { i, s: show(s), why: why.vi }),
    en: fill('events[{{i}}]: action "{{s}}" is malformed: {{why}}', { i, s: show(s), why: why.en }),
  });
}

const USAGE: Text = {
  vi: 'cú pháp đúng: power <node> on|off, network <node> on|off, reboot <node>, shutdown <node>, crm <node> enable-node-maintenance|disable-node-maintenance, service <sid> started|stopped|disabled|ignored, service <sid> migrate|relocate <node>, service <sid> stop <timeout>, service <sid> add <node> [state] [running 0|1], service <sid> load [cpu <n>] [memory <MiB>], service <sid> size [cores <n>] [memory <MiB>], delay <giây>.',
  en: 'expected: power <node> on|off, network <node> on|off, reboot <node>, shutdown <node>, crm <node> enable-node-maintenance|disable-node-maintenance, service <sid> started|stopped|disabled|ignored, service <sid> migrate|relocate <node>, service <sid> stop <timeout>, service <sid> add <node> [state] [running 0|1], service <sid> load [cpu <n>] [memory <MiB>], service <sid> size [cores <n>] [memory <MiB>], delay <seconds>.',
};

/** `key value` pairs after `service <sid> load|size`; each key at most once, at least one. */
function keyValues(w: string[], keys: readonly string[], integerKeys: readonly string[]): Record<string, number> | undefined {
  if (w.length === 0 || w.length % 2 !== 0) return undefined;
  const out: Record<string, number> = {};
  for (let i = 0; i < w.length; i += 2) {
    const k = w[i] ?? '';
    const v = w[i + 1] ?? '';
    if (!keys.includes(k) || k in out) return undefined;
    const re = integerKeys.includes(k) ? /^\d{1,9}$/ : /^\d{1,9}(\.\d{1,6})?$/;
    if (!re.test(v)) return undefined;
    out[k] = Number(v);
  }
  return out;
}

/** Parse one action string. `sids` is updated with resources added at run time so later actions may use them. */
export function parseAction(s: string, i: number, known: Set<NodeName>, sids: Set<string>): Action {
  const w = s.trim().split(/\s+/);
  const node = (v: string | undefined): NodeName => {
    if (v === undefined || !known.has(v)) {
      return badAction(i, s, text('node "{{v}}" không có trong danh sách nodes.', 'node "{{v}}" is not one of the cluster nodes.', { v: v ?? '' }));
    }
    return v;
  };
  const onOff = (v: string | undefined): boolean => {
    if (v === 'on') return true;
    if (v === 'off') return false;
    return badAction(i, s, { vi: 'cần "on" hoặc "off".', en: 'expected "on" or "off".' });
  };
  const sidOf = (v: string | undefined, mustExist: boolean): string => {
    if (v === undefined || !SID_RE.test(v)) return badAction(i, s, text('"{{v}}" không phải sid (vm:NNN/ct:NNN).', '"{{v}}" is not a sid (vm:NNN/ct:NNN).', { v: v ?? '' }));
    if (mustExist && !sids.has(v)) return badAction(i, s, text('resource "{{v}}" chưa được khai báo.', 'resource "{{v}}" is not declared.', { v }));
    return v;
  };
  const [verb, a1, a2, a3] = w;
  switch (verb) {
    case 'power':
    case 'network':
      if (w.length !== 3) break;
      return { kind: verb, node: node(a1), on: onOff(a2) };
    case 'reboot':
    case 'shutdown':
      if (w.length !== 2) break;
      return { kind: verb, node: node(a1) };
    case 'crm':
      if (w.length !== 3) break;
      if (a2 === 'enable-node-maintenance' || a2 === 'disable-node-maintenance') {
        return { kind: 'maintenance', node: node(a1), enable: a2 === 'enable-node-maintenance' };
      }
      break;
    case 'delay': {
      if (w.length !== 2 || a1 === undefined || !/^\d+$/.test(a1)) break;
      return { kind: 'delay', seconds: Number(a1) };
    }
    case 'service': {
      if (a2 === 'add') {
        const sid = sidOf(a1, false);
        if (sids.has(sid)) return badAction(i, s, text('resource "{{sid}}" đã tồn tại.', 'resource "{{sid}}" already exists.', { sid }));
        // service <sid> add <node> [state] [running 0|1]  ("running" keyword optional: `... started 1`)
        const rest = w.slice(4);
        if (w.length < 4 || rest.length > 3) break;
        const n = node(a3);
        let state: RequestedState = 'started';
        const first = rest[0];
        if (first !== undefined && first !== 'running' && !/^[01]$/.test(first)) {
          const st = first === 'enabled' ? 'started' : first;
          if (st !== 'started' && st !== 'stopped' && st !== 'disabled' && st !== 'ignored') break;
          state = st;
          rest.shift();
        }
        if (rest[0] === 'running') rest.shift();
        let running = false;
        if (rest.length > 1) break;
        if (rest.length === 1) {
          if (rest[0] !== '0' && rest[0] !== '1') break;
          running = rest[0] === '1';
        }
        sids.add(sid);
        return { kind: 'add', sid, node: n, state, running };
      }
      const sid = sidOf(a1, true);
      if (w.length === 3 && (a2 === 'started' || a2 === 'stopped' || a2 === 'disabled' || a2 === 'ignored' || a2 === 'enabled')) {
        return { kind: 'request', sid, state: a2 === 'enabled' ? 'started' : a2 };
      }
      if (w.length === 4 && (a2 === 'migrate' || a2 === 'relocate')) return { kind: 'move', sid, mode: a2, node: node(a3) };
      if (w.length === 4 && a2 === 'stop' && a3 !== undefined && /^\d+$/.test(a3)) return { kind: 'stop', sid, timeout: Number(a3) };
      if (a2 === 'load') {
        const kv = keyValues(w.slice(3), ['cpu', 'memory'], ['memory']);
        if (kv) return { kind: 'load', sid, ...(kv.cpu !== undefined ? { cpu: kv.cpu } : {}), ...(kv.memory !== undefined ? { memoryMiB: kv.memory } : {}) };
      }
      if (a2 === 'size') {
        const kv = keyValues(w.slice(3), ['cores', 'memory'], ['cores', 'memory']);
        if (kv) return { kind: 'size', sid, ...(kv.cores !== undefined ? { cores: kv.cores } : {}), ...(kv.memory !== undefined ? { memoryMiB: kv.memory } : {}) };
      }
      break;
    }
    default:
      break;
  }
  return badAction(i, s, USAGE);
}

/**
 * Validate a scenario (JSON already parsed). Throws `ScenarioError` with a code and a bilingual message naming
 * the item: unknown node, duplicate sid, malformed action, bad priority, …
 */
export function parseScenario(json: unknown): Scenario {
  const cluster = parseCluster(json);
  const o = json as Obj;
  const known = new Set(cluster.nodes);
  const sids = new Set(cluster.resources.map((r) => r.sid));
  const events: ScenarioEvent[] = [];
  if (o.events !== undefined) {
    if (!Array.isArray(o.events)) fail('scenario.badField', '"events" phải là một danh sách.', '"events" must be a list.');
    if (o.events.length > 10_000) fail('scenario.badField', 'Quá nhiều sự kiện ({{n}}).', 'Too many events ({{n}}).', { n: o.events.length });
    const indexed = o.events.map((e, i) => ({ e, i }));
    for (const { e, i } of indexed) {
      if (!isObj(e)) fail('scenario.badEvent', 'events[{{i}}] phải là { t, action }.', 'events[{{i}}] must be { t, action }.', { i });
      if (typeof e.t !== 'number' || !Number.isFinite(e.t) || e.t < 0 || e.t > MAX_SIMULATED_SECONDS) {
        fail('scenario.badTime', 'events[{{i}}]: thời điểm t "{{t}}" phải là số giây ≥ 0.', 'events[{{i}}]: time t "{{t}}" must be seconds ≥ 0.', { i, t: show(e.t) });
      }
      if (typeof e.action !== 'string') fail('scenario.badAction', 'events[{{i}}]: "action" phải là chuỗi lệnh.', 'events[{{i}}]: "action" must be a command string.', { i });
    }
    // Actions are validated in time order so that `service <sid> add` makes the sid known to later events.
    const ordered = [...indexed].sort((a, b) => (a.e as { t: number }).t - (b.e as { t: number }).t || a.i - b.i);
    for (const { e, i } of ordered) {
      const ev = e as { t: number; action: string };
      events.push({ t: ev.t, action: parseAction(ev.action, i, known, sids), text: ev.action.trim() });
    }
  }
  let until: number | undefined;
  if (o.until !== undefined) {
    if (typeof o.until !== 'number' || !Number.isFinite(o.until) || o.until < 0 || o.until > MAX_SIMULATED_SECONDS) {
      fail('scenario.badTime', '"until" phải là số giây từ 0 đến {{max}}.', '"until" must be seconds between 0 and {{max}}.', { max: MAX_SIMULATED_SECONDS });
    }
    until = o.until;
  }
  return { ...cluster, events, until };
}
