import { fill, formatNumber, type Params, type Text } from '../i18n/text';
import {
  DEFAULT_CORES,
  DEFAULT_MAX_RELOCATE,
  DEFAULT_MAX_RESTART,
  DEFAULT_MEMORY_MIB,
  FENCE_DELAY_SECONDS,
  LOCK_LIFETIME_SECONDS,
  MAX_SIMULATED_SECONDS,
  NODE_REBOOT_SECONDS,
  ROUND_SECONDS,
  SETTLE_SECONDS,
  WATCHDOG_TIMEOUT_SECONDS,
} from './constants';
import { actionText } from './actionText';
import { capacityText, haLog, moveReasonText, type HaLogKey, type MoveReason } from './messages';
import { bestBalancingMigration, clusterImbalance, migrationCandidates } from './rebalance';
import { compileRules, type CompiledRules } from './rules';
import { addUsage, newSchedContext, recomputeUsage, selectServiceNode, startedCpu, type NodePreference, type SchedContext, type ServiceView } from './select';
import type {
  Action,
  AutoRebalance,
  CapacitySnapshot,
  Cluster,
  Crs,
  FinalNode,
  FinalService,
  HaResource,
  HaServiceState,
  NodeHaState,
  NodeLoad,
  NodeName,
  RequestedState,
  Scenario,
  ShutdownPolicy,
  SimResult,
  Sid,
  TimelineEntry,
  TimelineKind,
} from './types';

/**
 * The round-based HA simulator: every ROUND_SECONDS the LRM of each node and then the CRM master run,
 * following pve-ha-manager as documented in `../shared/domain/ha-semantics.md`. Pure and deterministic:
 * no clock, no randomness; iteration orders are sorted by node name / sid.
 */

type LrmResult = 'started' | 'start-error' | 'moved' | 'move-failed' | 'stopped' | 'ignored';

/** A service as the manager status and the guest's real state see it. */
export type SimService = ServiceView & {
  kind: 'vm' | 'ct';
  cfg: HaResource;
  running: boolean;
  /** LRM local restart attempts since the last reported result. */
  restarts: number;
  lrm?: LrmResult;
  /** Start / move attempts since the last successful one (the failing-resource counters of `VirtFail.pm`). */
  startTries: number;
  moveTries: number;
  moveMode?: 'migrate' | 'relocate';
  /** Set when the current move brings the service back from maintenance. */
  moveIsMaintenanceBack?: boolean;
  recoveryLogged: boolean;
};

export type SimNode = {
  name: NodeName;
  power: boolean;
  network: boolean;
  haState: NodeHaState;
  lastOnline: number;
  lrmActive: boolean;
  lastFeed: number;
  lockExpires: number;
  watchdogDeadline?: number;
  /** CRM node_request: survives reboots until disabled (ha-semantics.md §8.1). */
  maintenanceRequest: boolean;
  /** LRM mode maintenance (from the request, or a migrate-policy shutdown). */
  lrmMaintenance: boolean;
  shutdown?: { kind: 'reboot' | 'shutdown'; since: number };
  bootAt?: number;
};

type CrmCommand =
  | { kind: 'move'; sid: Sid; mode: 'migrate' | 'relocate'; node: NodeName; text: string }
  | { kind: 'stop'; sid: Sid; timeout: number }
  | { kind: 'maintenance'; node: NodeName; enable: boolean };

export type SimState = {
  t: number;
  cluster: Cluster;
  crs: Crs;
  rules: CompiledRules;
  nodes: Map<NodeName, SimNode>;
  services: Map<Sid, SimService>;
  sids: Sid[];
  commands: CrmCommand[];
  master?: NodeName;
  masterLockExpires: number;
  quorate: ReadonlySet<NodeName>;
  wasQuorate: boolean;
  /** Auto-rebalancing as applied (after version and scheduler gating). */
  autoRebalance: AutoRebalance;
  /** `sustained_imbalance_round` of the CRM, whether the imbalance was above the threshold, the last note logged. */
  rebalance: { hold: number; above: boolean; lastNote?: string };
  timeline: TimelineEntry[];
};

const FENCEABLE: ReadonlySet<HaServiceState> = new Set(['started', 'request_start', 'request_start_balance', 'request_stop', 'stopped', 'migrate', 'relocate']);
const LRM_ACTIVE: ReadonlySet<HaServiceState> = new Set(['started', 'request_stop', 'migrate', 'relocate', 'request_start_balance']);

type LogExtra = Partial<Pick<TimelineEntry, 'sid' | 'node' | 'from' | 'to'>>;

/**
 * Append a timeline entry: the log key's code with `params` (strings and numbers only), and the bilingual
 * message filled from them. `texts` fill placeholders whose wording differs per language (a reason, a kind).
 */
function log(st: SimState, kind: TimelineKind, key: HaLogKey, params: Params = {}, extra: LogExtra = {}, t = st.t, texts: Record<string, Text> = {}): void {
  const tpl = haLog[key];
  const vi: Params = { ...params };
  const en: Params = { ...params };
  for (const [k, v] of Object.entries(texts)) {
    vi[k] = v.vi;
    en[k] = v.en;
  }
  st.timeline.push({ t, kind, code: tpl.code, params: { ...params }, ...extra, message: { vi: fill(tpl.vi, vi, 'vi'), en: fill(tpl.en, en, 'en') } });
}

function newService(r: HaResource, state: HaServiceState, running: boolean): SimService {
  const s: SimService = {
    sid: r.sid,
    node: r.node,
    state,
    cores: r.cores,
    memoryMiB: r.memoryMiB,
    cpulimit: r.cpulimit,
    failedNodes: [],
    kind: r.kind,
    cfg: { ...r },
    running,
    restarts: 0,
    startTries: 0,
    moveTries: 0,
    recoveryLogged: false,
  };
  if (r.load) s.load = { ...r.load };
  return s;
}

/** Percent with one decimal, as the CRM logs imbalances ("66.1%"). */
function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/**
 * Percentages for a log line: the params keep the CRM's own text ("66.1%", what programs match on); the
 * Vietnamese sentence writes them with a decimal comma ("66,1 %"), the English one as the CRM logs them.
 */
function pcts(o: Record<string, number>): { params: Params; texts: Record<string, Text> } {
  const params: Params = {};
  const texts: Record<string, Text> = {};
  for (const [k, x] of Object.entries(o)) {
    params[k] = pct(x);
    texts[k] = { vi: `${formatNumber(x * 100, 'vi', 1)} %`, en: pct(x) };
  }
  return { params, texts };
}

/**
 * The scheduler and auto-rebalancing the CRM really runs: the dynamic scheduler and auto-rebalancing exist from
 * PVE 9.2 (pve-ha-manager 5.2); static/dynamic need every node's CPU count and memory, else the CRM falls back to
 * basic (`recompute_online_node_usage`); auto-rebalancing only runs with static or dynamic (`load_balance`).
 */
function effectiveScheduler(st: SimState, cluster: Cluster): void {
  const target = cluster.pveTarget;
  const old = target !== undefined && target !== 'pve9.2';
  let crs = cluster.crs;
  const ar: AutoRebalance = { ...cluster.autoRebalance };
  if (crs === 'dynamic' && old) {
    log(st, 'warning', 'dynamicNeedsPve92', { target: target ?? '' });
    crs = 'static';
  }
  if (ar.enabled && old) {
    log(st, 'warning', 'rebalanceNeedsPve92', { target: target ?? '' });
    ar.enabled = false;
  }
  if (crs !== 'basic' && cluster.nodes.some((n) => cluster.nodeResources[n] === undefined)) {
    log(st, 'warning', 'crsFallback', { mode: crs });
    crs = 'basic';
  }
  if (ar.enabled && crs === 'basic') {
    log(st, 'warning', 'rebalanceNeedsScheduler', { crs });
    ar.enabled = false;
  }
  st.crs = crs;
  st.autoRebalance = ar;
}

/** Build the simulator state for a cluster at t=0 (steady state: started resources run on their node). */
export function initSimState(cluster: Cluster): SimState {
  const timeline: TimelineEntry[] = [];
  const rules = compileRules(cluster);
  const st: SimState = {
    t: 0,
    cluster,
    crs: cluster.crs,
    rules,
    nodes: new Map(),
    services: new Map(),
    sids: [],
    commands: [],
    masterLockExpires: -Infinity,
    quorate: new Set(),
    wasQuorate: true,
    autoRebalance: { ...cluster.autoRebalance },
    rebalance: { hold: 0, above: false },
    timeline,
  };
  for (const n of rules.notes) log(st, 'rule', n.key, n.params);
  effectiveScheduler(st, cluster);
  for (const name of [...cluster.nodes].sort()) {
    const on = cluster.initialPower[name] !== 'off';
    st.nodes.set(name, {
      name,
      power: on,
      network: true,
      haState: on ? 'online' : 'unknown',
      lastOnline: 0,
      lrmActive: false,
      lastFeed: -Infinity,
      lockExpires: -Infinity,
      maintenanceRequest: false,
      lrmMaintenance: false,
    });
  }
  for (const r of [...cluster.resources].sort((a, b) => (a.sid < b.sid ? -1 : 1))) {
    const nodeOn = st.nodes.get(r.node)?.power ?? false;
    const state: HaServiceState = r.state === 'ignored' ? 'ignored' : r.state === 'started' ? 'started' : 'stopped';
    st.services.set(r.sid, newService(r, state, r.running && nodeOn));
    st.sids.push(r.sid);
  }
  return st;
}

/** A deep copy of the state (for sweeps: one failure case per copy). The timeline starts empty. */
export function cloneSimState(st: SimState): SimState {
  const services = new Map<Sid, SimService>();
  for (const [sid, s] of st.services) services.set(sid, { ...s, cfg: { ...s.cfg }, failedNodes: [...s.failedNodes] });
  const nodes = new Map<NodeName, SimNode>();
  for (const [name, n] of st.nodes) nodes.set(name, { ...n, shutdown: n.shutdown ? { ...n.shutdown } : undefined });
  return { ...st, nodes, services, sids: [...st.sids], commands: [...st.commands], rebalance: { ...st.rebalance }, timeline: [] };
}

// ------------------------------------------------------------------ events

function guestsStop(st: SimState, node: NodeName): void {
  for (const s of st.services.values()) if (s.node === node && s.running) s.running = false;
}

function goDown(st: SimState, n: SimNode, clean: boolean, reboot: boolean): void {
  n.power = false;
  n.shutdown = undefined;
  guestsStop(st, n.name);
  if (clean) {
    // A clean shutdown releases the agent lock, so the CRM can fence at once (ha-semantics.md §6.1);
    // a CRM master going down cleanly releases the manager lock too.
    n.lockExpires = -Infinity;
    if (st.master === n.name) st.masterLockExpires = -Infinity;
    log(st, 'node', 'nodeWentDown', { node: n.name }, { node: n.name });
  }
  n.lrmActive = false;
  n.watchdogDeadline = undefined;
  n.bootAt = reboot ? st.t + NODE_REBOOT_SECONDS : undefined;
}

function effectivePolicy(policy: ShutdownPolicy, kind: 'reboot' | 'shutdown'): 'freeze' | 'failover' | 'migrate' {
  if (policy === 'conditional') return kind === 'reboot' ? 'freeze' : 'failover';
  return policy;
}

function startShutdown(st: SimState, n: SimNode, kind: 'reboot' | 'shutdown'): void {
  // If manual maintenance is already active, the shutdown policy is ignored (ha-semantics.md §8.2).
  const policy = n.maintenanceRequest ? 'migrate' : effectivePolicy(st.cluster.shutdownPolicy, kind);
  const kindText: Text = kind === 'reboot' ? { vi: 'khởi động lại', en: 'reboot' } : { vi: 'tắt máy', en: 'shutdown' };
  log(st, 'node', 'shutdownStart', { node: n.name, kind, policy: n.maintenanceRequest ? 'maintenance' : st.cluster.shutdownPolicy }, { node: n.name }, st.t, { kind: kindText });
  if (policy === 'migrate') {
    n.lrmMaintenance = true;
    n.shutdown = { kind, since: st.t };
    log(st, 'lrm', 'shutdownMigrate', { node: n.name }, { node: n.name });
    return;
  }
  if (policy === 'freeze') {
    log(st, 'lrm', 'shutdownFreeze', { node: n.name }, { node: n.name });
    for (const sid of st.sids) {
      const s = st.services.get(sid);
      if (!s || s.node !== n.name) continue;
      if (s.state === 'started' || s.state === 'stopped' || s.state === 'request_stop' || s.state === 'request_start') setState(st, s, 'freeze');
    }
  } else {
    log(st, 'lrm', 'shutdownStop', { node: n.name }, { node: n.name });
  }
  goDown(st, n, true, kind === 'reboot');
}

function applyAction(st: SimState, a: Action, textOfAction: string, at: number): void {
  log(st, 'event', 'event', { action: textOfAction }, 'node' in a ? { node: a.node } : 'sid' in a ? { sid: a.sid } : {}, at, { what: actionText(a) });
  switch (a.kind) {
    case 'power': {
      const n = st.nodes.get(a.node);
      if (!n) return;
      if (n.power === a.on && n.bootAt === undefined) {
        log(st, 'node', 'alreadyPower', { node: a.node, state: a.on ? 'on' : 'off' }, { node: a.node });
        return;
      }
      if (a.on) {
        n.bootAt = undefined;
        n.power = true;
        n.shutdown = undefined;
        log(st, 'node', 'powerOn', { node: a.node }, { node: a.node });
      } else {
        log(st, 'node', 'powerOff', { node: a.node }, { node: a.node });
        goDown(st, n, false, false);
      }
      return;
    }
    case 'network': {
      const n = st.nodes.get(a.node);
      if (!n) return;
      n.network = a.on;
      log(st, 'node', a.on ? 'networkOn' : 'networkOff', { node: a.node }, { node: a.node });
      return;
    }
    case 'reboot':
    case 'shutdown': {
      const n = st.nodes.get(a.node);
      if (!n) return;
      if (!n.power) {
        log(st, 'warning', 'nodeDownGone', { node: a.node, action: a.kind }, { node: a.node });
        return;
      }
      startShutdown(st, n, a.kind);
      return;
    }
    case 'maintenance':
      st.commands.push({ kind: 'maintenance', node: a.node, enable: a.enable });
      return;
    case 'move':
      st.commands.push({ kind: 'move', sid: a.sid, mode: a.mode, node: a.node, text: `${a.mode} ${a.sid} ${a.node}` });
      return;
    case 'stop':
      st.commands.push({ kind: 'stop', sid: a.sid, timeout: a.timeout });
      return;
    case 'request': {
      const s = st.services.get(a.sid);
      if (!s) return;
      s.cfg.state = a.state;
      log(st, 'service', 'requested', { sid: a.sid, state: a.state }, { sid: a.sid });
      return;
    }
    case 'add': {
      if (st.services.has(a.sid)) return;
      const r: HaResource = {
        sid: a.sid,
        kind: a.sid.startsWith('ct:') ? 'ct' : 'vm',
        node: a.node,
        state: a.state,
        maxRestart: DEFAULT_MAX_RESTART,
        maxRelocate: DEFAULT_MAX_RELOCATE,
        cores: a.sid.startsWith('ct:') ? 0 : DEFAULT_CORES,
        memoryMiB: DEFAULT_MEMORY_MIB,
        cpulimit: 0,
        failStarts: 0,
        failMigrations: 0,
        running: a.running,
      };
      // A new resource enters as request_start (config started) or request_stop (ha-semantics.md §11).
      const state: HaServiceState = a.state === 'ignored' ? 'ignored' : a.state === 'started' ? 'request_start' : 'request_stop';
      const nodeOn = st.nodes.get(a.node)?.power ?? false;
      st.services.set(a.sid, newService(r, state, a.running && nodeOn));
      st.sids.push(a.sid);
      st.sids.sort();
      log(st, 'service', 'added', { sid: a.sid, node: a.node, state: a.state }, { sid: a.sid, node: a.node });
      return;
    }
    case 'load': {
      const s = st.services.get(a.sid);
      if (!s) return;
      const load = { ...s.load };
      if (a.cpu !== undefined) load.cpu = a.cpu;
      if (a.memoryMiB !== undefined) load.memoryMiB = a.memoryMiB;
      s.load = load;
      s.cfg.load = { ...load };
      const cpus = st.cluster.nodeResources[s.node]?.cpus ?? 0;
      log(st, 'service', 'loadChanged', { sid: s.sid, cpu: load.cpu ?? startedCpu(s, cpus), memoryMiB: load.memoryMiB ?? s.memoryMiB }, { sid: s.sid });
      return;
    }
    case 'size': {
      const s = st.services.get(a.sid);
      if (!s) return;
      if (a.cores !== undefined) s.cores = s.cfg.cores = a.cores;
      if (a.memoryMiB !== undefined) s.memoryMiB = s.cfg.memoryMiB = a.memoryMiB;
      log(st, 'service', 'sizeChanged', { sid: s.sid, cores: s.cores, memoryMiB: s.memoryMiB }, { sid: s.sid });
      return;
    }
    case 'delay':
      return;
  }
}

// ------------------------------------------------------------------ physical layer, quorum

function physical(st: SimState): void {
  for (const n of st.nodes.values()) {
    if (!n.power && n.bootAt !== undefined && st.t >= n.bootAt) {
      n.power = true;
      n.bootAt = undefined;
      log(st, 'node', 'powerOn', { node: n.name }, { node: n.name });
    }
    if (n.power && n.watchdogDeadline !== undefined && st.t >= n.watchdogDeadline) {
      log(st, 'watchdog', 'watchdogReset', { node: n.name }, { node: n.name });
      n.watchdogDeadline = undefined;
      goDown(st, n, false, true);
    }
  }
}

function computeQuorum(st: SimState): void {
  const q = st.cluster.qdevice ? 1 : 0;
  const total = st.nodes.size + q;
  const connected = [...st.nodes.values()].filter((n) => n.power && n.network).map((n) => n.name);
  const isolated = [...st.nodes.values()].filter((n) => n.power && !n.network).map((n) => [n.name]);
  // The QDevice vote goes to the connected partition (assumption documented on SweepInput.qdevice).
  const partitions = [{ nodes: connected, votes: connected.length + (connected.length > 0 ? q : 0) }, ...isolated.map((i) => ({ nodes: i, votes: 1 }))];
  const quorate = partitions.find((p) => p.votes * 2 > total);
  st.quorate = new Set(quorate?.nodes ?? []);
  const largest = Math.max(0, ...partitions.map((p) => p.votes));
  if (!quorate && st.wasQuorate) log(st, 'quorum', 'quorumLost', { votes: largest, total });
  if (quorate && !st.wasQuorate) log(st, 'quorum', 'quorumBack', { votes: quorate.votes, total });
  st.wasQuorate = quorate !== undefined;
}

// ------------------------------------------------------------------ LRM

/** Services per node (config location), in sid order. Built once per phase: O(services). */
function servicesByNode(st: SimState): Map<NodeName, SimService[]> {
  const out = new Map<NodeName, SimService[]>();
  for (const sid of st.sids) {
    const s = st.services.get(sid);
    if (!s) continue;
    const list = out.get(s.node);
    if (list) list.push(s);
    else out.set(s.node, [s]);
  }
  return out;
}

function lrmRound(st: SimState): void {
  const byNode = servicesByNode(st);
  for (const n of st.nodes.values()) {
    if (!n.power) continue;
    const mine = byNode.get(n.name) ?? [];
    if (!st.quorate.has(n.name)) {
      if (n.lrmActive) {
        // An active LRM without quorum cannot renew its lock; its watchdog fires (ha-semantics.md §10).
        n.lrmActive = false;
        n.watchdogDeadline = n.lastFeed + WATCHDOG_TIMEOUT_SECONDS;
        log(st, 'lrm', 'lostAgentLock', { node: n.name, seconds: WATCHDOG_TIMEOUT_SECONDS }, { node: n.name });
      }
      continue;
    }
    n.lrmMaintenance = n.maintenanceRequest || n.shutdown !== undefined;
    // The LRM does not take its lock while the CRM wants to fence its services (LRM.pm fence request).
    if (mine.some((s) => s.state === 'fence')) continue;
    // It holds its agent lock (and feeds the watchdog) only while it has active services (§10).
    const hasActive = mine.some((s) => LRM_ACTIVE.has(s.state) || (s.running && s.state !== 'ignored'));
    if (hasActive) {
      n.lrmActive = true;
      n.lockExpires = st.t + LOCK_LIFETIME_SECONDS;
      n.lastFeed = st.t;
      n.watchdogDeadline = undefined;
    } else if (n.lrmActive) {
      n.lrmActive = false;
      n.lockExpires = -Infinity;
    }
    for (const s of mine) lrmService(st, n, s);
    // A migrate-policy shutdown goes down once nothing is left to move. Assumption (ha-semantics.md is
    // silent): a service the CRM could not place anywhere does not block the shutdown for ever; after two
    // rounds it is stopped with the node.
    if (n.shutdown && st.t >= n.shutdown.since + ROUND_SECONDS) {
      const moving = mine.some((s) => s.state === 'migrate' || s.state === 'relocate');
      const stuck = mine.some((s) => s.state === 'started' && s.running);
      if (!moving && (!stuck || st.t >= n.shutdown.since + 2 * ROUND_SECONDS)) goDown(st, n, true, n.shutdown.kind === 'reboot');
    }
  }
}

function lrmService(st: SimState, n: SimNode, s: SimService): void {
  switch (s.state) {
    case 'started': {
      if (s.running) return;
      // Every start fails failStarts times, then succeeds; the count restarts after each success (VirtFail.pm).
      s.startTries += 1;
      if (s.startTries <= s.cfg.failStarts) {
        s.restarts += 1;
        if (s.restarts <= s.cfg.maxRestart) {
          log(st, 'lrm', 'startRetry', { sid: s.sid, node: n.name, n: s.restarts }, { sid: s.sid, node: n.name });
        } else {
          log(st, 'lrm', 'startGaveUp', { sid: s.sid, node: n.name, n: s.cfg.maxRestart }, { sid: s.sid, node: n.name });
          s.restarts = 0;
          s.lrm = 'start-error';
        }
        return;
      }
      s.running = true;
      s.restarts = 0;
      s.startTries = 0;
      s.lrm = 'started';
      log(st, 'lrm', 'started', { sid: s.sid, node: n.name }, { sid: s.sid, node: n.name });
      return;
    }
    case 'request_stop':
    case 'stopped':
    case 'error':
      if (s.running) {
        s.running = false;
        log(st, 'lrm', 'stoppedGuest', { sid: s.sid, node: n.name }, { sid: s.sid, node: n.name });
      }
      s.lrm = 'stopped';
      return;
    case 'migrate':
    case 'relocate':
    case 'request_start_balance': {
      const target = s.target;
      if (target === undefined) return;
      if (s.state === 'request_start_balance' && s.running) {
        s.lrm = 'ignored';
        return;
      }
      if (!st.quorate.has(target)) {
        s.lrm = 'move-failed';
        return;
      }
      // Every move fails failMigrations times, then succeeds; the count restarts after each success (VirtFail.pm).
      s.moveTries += 1;
      if (s.moveTries <= s.cfg.failMigrations) {
        s.lrm = 'move-failed';
        return;
      }
      s.moveTries = 0;
      // Relocate = stop, move, start: the guest keeps its running state across the move in this model.
      s.lrm = 'moved';
      return;
    }
    default:
      return;
  }
}

// ------------------------------------------------------------------ CRM

function setState(st: SimState, s: SimService, to: HaServiceState, extra: Partial<TimelineEntry> = {}): void {
  if (s.state === to) return;
  log(st, 'service', 'serviceState', { sid: s.sid, from: s.state, to }, { sid: s.sid, node: s.node, from: s.state, to, ...extra });
  s.state = to;
}

function crmMaster(st: SimState): boolean {
  if (st.quorate.size === 0) {
    if (st.master !== undefined) {
      // A master without quorum cannot renew the manager lock: lost_manager_lock, then wait_for_quorum.
      log(st, 'master', 'masterLost', { node: st.master }, { node: st.master });
      st.master = undefined;
      st.masterLockExpires = -Infinity;
    }
    return false;
  }
  if (st.master !== undefined && st.quorate.has(st.master)) {
    st.masterLockExpires = st.t + LOCK_LIFETIME_SECONDS;
    return true;
  }
  // The manager lock of a vanished master must expire before another node can become master (§6.1, §10).
  if (st.t < st.masterLockExpires) return false;
  const next = [...st.quorate].sort()[0];
  if (next === undefined) return false;
  st.master = next;
  st.masterLockExpires = st.t + LOCK_LIFETIME_SECONDS;
  log(st, 'master', 'newMaster', { node: next }, { node: next });
  // A new manager logs its scheduler when it is not basic (`update_crs_scheduler_mode`), and starts counting the
  // sustained imbalance afresh (`sustained_imbalance_round` is not persisted across a CRM failover).
  if (st.crs !== 'basic') log(st, 'master', 'schedulerMode', { mode: st.crs }, { node: next });
  st.rebalance = { hold: 0, above: false };
  return true;
}

function setNodeState(st: SimState, n: SimNode, to: NodeHaState): void {
  if (n.haState === to) return;
  log(st, 'node', 'nodeState', { node: n.name, from: n.haState, to }, { node: n.name, from: n.haState, to });
  n.haState = to;
}

function updateNodeStatus(st: SimState): void {
  // Built only when a node in maintenance has gone away (rare): one pass over all services otherwise wasted.
  let byNode: Map<NodeName, SimService[]> | undefined;
  for (const n of st.nodes.values()) {
    if (st.quorate.has(n.name)) {
      n.lastOnline = st.t;
      if (n.haState === 'fence') continue; // stays fence until the CRM got the lock
      setNodeState(st, n, n.lrmMaintenance ? 'maintenance' : 'online');
    } else if (n.haState === 'online') {
      setNodeState(st, n, 'unknown');
    } else if (n.haState === 'maintenance') {
      // A node in maintenance that goes away with no active service stays in maintenance and is not fenced.
      byNode ??= servicesByNode(st);
      const active = (byNode.get(n.name) ?? []).some((s) => LRM_ACTIVE.has(s.state));
      if (active) setNodeState(st, n, 'unknown');
    }
  }
}

function fencing(st: SimState): void {
  let byNode: Map<NodeName, SimService[]> | undefined;
  for (const n of st.nodes.values()) {
    if (n.haState !== 'unknown' && n.haState !== 'fence') continue;
    byNode ??= servicesByNode(st);
    const mine = byNode.get(n.name) ?? [];
    if (n.haState === 'unknown') {
      if (st.t - n.lastOnline < FENCE_DELAY_SECONDS) continue;
      // disabled resources (config state disabled, HA state stopped) are not fenced (next_state_stopped).
      const toFence = mine.filter((s) => FENCEABLE.has(s.state) && !(s.state === 'stopped' && (s.cfg.state === 'disabled' || n.lrmMaintenance)));
      if (toFence.length === 0) continue;
      for (const s of toFence) setState(st, s, 'fence');
      setNodeState(st, n, 'fence');
    }
    if (n.haState === 'fence') {
      if (st.t < n.lockExpires) continue;
      log(st, 'fence', 'fenceOk', { node: n.name }, { node: n.name });
      setNodeState(st, n, 'unknown');
      for (const s of mine) {
        if (s.state === 'fence') {
          s.running = false;
          setState(st, s, 'recovery');
        }
      }
    }
  }
}

function schedContext(st: SimState): SchedContext {
  const online = [...st.nodes.values()].filter((n) => n.haState === 'online').map((n) => n.name);
  return newSchedContext(st.crs, online, st.rules, st.services, st.cluster.nodeResources);
}

function queueMove(st: SimState, ctx: SchedContext, s: SimService, target: NodeName, mode: 'migrate' | 'relocate', reason: MoveReason): void {
  s.target = target;
  s.moveMode = mode;
  log(st, 'service', 'migrateQueued', { mode, sid: s.sid, from: s.node, to: target, reason }, { sid: s.sid, node: s.node, from: s.node, to: target }, st.t, { reason: moveReasonText[reason] });
  setState(st, s, mode);
  addUsage(ctx, s, target);
}

function processCommands(st: SimState, ctx: SchedContext): boolean {
  let changed = false;
  const cmds = st.commands;
  st.commands = [];
  for (const c of cmds) {
    if (c.kind === 'maintenance') {
      const n = st.nodes.get(c.node);
      if (!n) continue;
      if (c.enable) {
        if (n.haState !== 'online' && n.haState !== 'maintenance') {
          log(st, 'command', 'cmdNotOnline', { node: c.node }, { node: c.node });
          continue;
        }
        n.maintenanceRequest = true;
        log(st, 'command', 'maintEnableReq', { node: c.node }, { node: c.node });
      } else {
        n.maintenanceRequest = false;
        log(st, 'command', 'maintDisableReq', { node: c.node }, { node: c.node });
      }
      continue;
    }
    const s = st.services.get(c.sid);
    if (!s || s.state === 'ignored') continue; // CRM commands on ignored resources are dropped
    if (c.kind === 'stop') {
      s.cfg.state = 'stopped';
      log(st, 'command', 'stopCommand', { sid: s.sid, timeout: c.timeout }, { sid: s.sid });
      if (s.state === 'started' || s.state === 'request_start') setState(st, s, 'request_stop');
      changed = true;
      continue;
    }
    if (!ctx.onlineSet.has(c.node)) {
      log(st, 'command', 'cmdNotOnline', { node: c.node }, { sid: s.sid, node: c.node });
      continue;
    }
    if (s.node === c.node) {
      log(st, 'command', 'cmdSameNode', { sid: s.sid, node: c.node }, { sid: s.sid, node: c.node });
      continue;
    }
    if (resourceMotion(st, ctx, s, c.node, c.mode, c.text, 'manual')) changed = true;
  }
  return changed;
}

/**
 * `queue_resource_motion`: refused if a negatively-affine resource is on or going to the target; otherwise the
 * resource and its positively-affine partners are moved there. Returns whether anything changed.
 */
function resourceMotion(st: SimState, ctx: SchedContext, s: SimService, target: NodeName, mode: 'migrate' | 'relocate', text: string, reason: MoveReason): boolean {
  const blocker = (st.rules.negative.get(s.sid) ?? []).find((o) => {
    const os = st.services.get(o);
    return os !== undefined && (os.node === target || os.target === target) && os.state !== 'stopped' && os.state !== 'ignored';
  });
  if (blocker !== undefined) {
    log(st, 'command', 'cmdNegative', { cmd: text, other: blocker, node: target }, { sid: s.sid, node: target });
    return false;
  }
  let changed = false;
  const group = [s, ...(st.rules.positive.get(s.sid) ?? []).map((o) => st.services.get(o)).filter((o): o is SimService => o !== undefined)];
  for (const m of group) {
    if (m !== s && m.node !== target) log(st, 'command', 'coMigrate', { sid: m.sid, with: s.sid }, { sid: m.sid });
    if (m.node === target) continue;
    if (m.state === 'stopped') {
      log(st, 'service', 'stoppedMoved', { sid: m.sid, to: target }, { sid: m.sid, from: m.node, to: target });
      m.node = target;
      changed = true;
    } else if (m.state === 'started') {
      queueMove(st, ctx, m, target, m.kind === 'ct' ? 'relocate' : mode, reason);
      changed = true;
    } else {
      log(st, 'command', 'cmdIgnoredState', { cmd: text, state: m.state }, { sid: m.sid });
    }
  }
  return changed;
}

/**
 * `load_balance` (pve-ha-manager `src/PVE/HA/Manager.pm`), run by the CRM master once per round before the
 * service state machine: nothing while a resource moves; the imbalance must stay above the threshold for
 * `holdDuration` consecutive rounds (the count restarts at every trigger and whenever it drops to or below the
 * threshold); then the best migration (see `rebalance.ts`) is queued if it lowers the imbalance by at least
 * `margin` percent of itself. Every decision and its reason goes to the timeline.
 */
function loadBalance(st: SimState, ctx: SchedContext): boolean {
  const ar = st.autoRebalance;
  if (!ar.enabled || (st.crs !== 'static' && st.crs !== 'dynamic')) return false;
  for (const s of st.services.values()) if (s.state === 'migrate' || s.state === 'relocate') return false;
  const threshold = ar.threshold / 100;
  const margin = ar.margin / 100;
  // Both at 0 % would chase every non-zero imbalance for ever; the CRM refuses and warns instead.
  if (threshold <= 0 && margin <= 0) {
    note(st, 'zero', 'warning', 'rebalanceNeedsThreshold', {});
    return false;
  }
  const rb = st.rebalance;
  const imbalance = clusterImbalance(ctx);
  if (imbalance <= threshold) {
    if (rb.above) {
      const p = pcts({ imbalance, threshold });
      log(st, 'rebalance', 'rebalanceSettled', p.params, {}, st.t, p.texts);
    }
    rb.above = false;
    rb.hold = 0;
    rb.lastNote = undefined;
    return false;
  }
  if (!rb.above) {
    const p = pcts({ imbalance, threshold });
    log(st, 'rebalance', 'rebalanceImbalance', { ...p.params, rounds: ar.holdDuration }, {}, st.t, p.texts);
  }
  rb.above = true;
  rb.hold += 1;
  if (rb.hold < ar.holdDuration) return false;
  rb.hold = 0;
  const { candidates, failure } = migrationCandidates(ctx, (sid) => st.services.get(sid)?.cfg.autoRebalance !== false);
  if (failure) {
    note(st, `fail:${failure.sid}`, 'rebalance', 'rebalanceScoreFailed', { sid: failure.sid, node: failure.node }, { sid: failure.sid, node: failure.node });
    return false;
  }
  const best = bestBalancingMigration(ctx, candidates, ar.method);
  if (!best) {
    const p = pcts({ imbalance });
    note(st, 'none', 'rebalance', 'rebalanceNoCandidate', p.params, {}, p.texts);
    return false;
  }
  const c = best.candidate;
  const relative = (imbalance - best.imbalance) / imbalance;
  if (relative < margin) {
    const belowMargin = pcts({ imbalance, expected: best.imbalance, margin });
    note(
      st,
      `margin:${c.leader}>${c.target}:${pct(best.imbalance)}`,
      'rebalance',
      'rebalanceBelowMargin',
      { sid: c.leader, from: c.source, to: c.target, ...belowMargin.params },
      { sid: c.leader, from: c.source, to: c.target },
      belowMargin.texts,
    );
    return false;
  }
  const s = st.services.get(c.leader);
  if (!s) return false;
  const mode = s.kind === 'ct' ? 'relocate' : 'migrate';
  const moved = pcts({ imbalance, expected: best.imbalance });
  log(
    st,
    'rebalance',
    'rebalanceMigrate',
    { mode, sid: c.leader, from: c.source, to: c.target, ...moved.params, method: ar.method },
    { sid: c.leader, from: c.source, to: c.target },
    st.t,
    moved.texts,
  );
  rb.lastNote = undefined;
  return resourceMotion(st, ctx, s, c.target, mode, `${mode} ${c.leader} ${c.target}`, 'rebalance');
}

/** A rebalancing note that would repeat every hold period is logged once until something changes. */
function note(st: SimState, key: string, kind: TimelineKind, logKey: HaLogKey, params: Params, extra: LogExtra = {}, texts: Record<string, Text> = {}): void {
  if (st.rebalance.lastNote === key) return;
  st.rebalance.lastNote = key;
  log(st, kind, logKey, params, extra, st.t, texts);
}

/** One transition of one service (a `next_state_*` call). Returns whether the state changed. */
export function nextState(st: SimState, ctx: SchedContext, s: SimService): boolean {
  const req: RequestedState = s.cfg.state;
  const before = s.state;
  const beforeNode = s.node;
  const beforeTarget = s.target;
  if (req === 'ignored' && s.state !== 'ignored') {
    log(st, 'service', 'removedIgnored', { sid: s.sid }, { sid: s.sid });
    s.state = 'ignored';
    s.target = undefined;
    s.lrm = undefined;
    return true;
  }
  const nodeState = st.nodes.get(s.node)?.haState;
  switch (s.state) {
    case 'ignored':
      if (req === 'ignored') break;
      // Back under HA control: re-added like a new resource (ha-semantics.md §11).
      setState(st, s, req === 'started' ? 'request_start' : 'request_stop');
      break;
    case 'request_start': {
      if (req !== 'started') {
        setState(st, s, 'request_stop');
        break;
      }
      if (st.cluster.rebalanceOnStart && nodeState === 'online') {
        const best = selectServiceNode(ctx, s, 'best-score');
        if (best !== undefined && best !== s.node) {
          s.target = best;
          log(st, 'service', 'rebalanceOnStart', { sid: s.sid, to: best }, { sid: s.sid, from: s.node, to: best });
          setState(st, s, 'request_start_balance');
          addUsage(ctx, s, best);
          break;
        }
      }
      setState(st, s, 'started');
      break;
    }
    case 'request_start_balance': {
      if (s.lrm === 'moved' && s.target !== undefined) {
        s.node = s.target;
        s.target = undefined;
        s.lrm = undefined;
        setState(st, s, 'started');
      } else if (s.lrm === 'ignored' || s.lrm === 'move-failed') {
        if (s.lrm === 'ignored') log(st, 'service', 'rebalanceOnStartIgnored', { sid: s.sid, node: s.node }, { sid: s.sid, node: s.node });
        s.target = undefined;
        s.lrm = undefined;
        setState(st, s, 'started');
      }
      break;
    }
    case 'started':
      startedState(st, ctx, s, req, nodeState);
      break;
    case 'migrate':
    case 'relocate': {
      const target = s.target;
      if (target === undefined) {
        setState(st, s, 'started');
        break;
      }
      if (s.lrm === 'moved') {
        log(st, 'service', 'migrated', { sid: s.sid, from: s.node, to: target }, { sid: s.sid, from: s.node, to: target });
        s.node = target;
        s.target = undefined;
        s.lrm = undefined;
        if (s.maintenanceNode === s.node) s.maintenanceNode = undefined;
        s.moveIsMaintenanceBack = undefined;
        setState(st, s, 'started');
      } else if (s.lrm === 'move-failed') {
        log(st, 'service', 'migrateFailed', { mode: s.state, sid: s.sid, from: s.node, to: target }, { sid: s.sid, from: s.node, to: target });
        if (s.moveIsMaintenanceBack && s.maintenanceNode !== undefined) {
          // The move back after maintenance is attempted once (test-shutdown-policy-migrate-fail1).
          log(st, 'service', 'maintFallbackDropped', { sid: s.sid, node: s.maintenanceNode }, { sid: s.sid });
          s.maintenanceNode = undefined;
        }
        s.moveIsMaintenanceBack = undefined;
        s.target = undefined;
        s.lrm = undefined;
        setState(st, s, 'started');
      }
      break;
    }
    case 'request_stop':
      if (req === 'started') {
        setState(st, s, 'started');
      } else if (!s.running && (s.lrm === 'stopped' || nodeState === 'online' || nodeState === 'maintenance')) {
        s.lrm = undefined;
        setState(st, s, 'stopped');
      }
      break;
    case 'stopped':
      s.lrm = undefined;
      if (req === 'started') setState(st, s, 'request_start');
      break;
    case 'recovery': {
      if (req === 'disabled') {
        setState(st, s, 'stopped');
        break;
      }
      const to = selectServiceNode(ctx, s, 'best-score');
      if (to === undefined) {
        if (!s.recoveryLogged) log(st, 'service', 'noRecoveryNode', { sid: s.sid, node: s.node }, { sid: s.sid, node: s.node });
        s.recoveryLogged = true;
        break;
      }
      log(st, 'service', 'recovered', { sid: s.sid, from: s.node, to }, { sid: s.sid, from: s.node, to });
      s.node = to;
      s.recoveryLogged = false;
      s.running = false;
      s.failedNodes = [];
      s.lrm = undefined;
      setState(st, s, req === 'started' ? 'started' : 'request_stop');
      addUsage(ctx, s, to);
      break;
    }
    case 'freeze': {
      const n = st.nodes.get(s.node);
      if (n && n.haState === 'online' && n.power && n.shutdown === undefined) setState(st, s, req === 'started' ? 'started' : 'request_stop');
      break;
    }
    case 'error':
      if (req === 'disabled') {
        s.failedNodes = [];
        setState(st, s, 'stopped');
      }
      break;
    case 'fence':
      break;
  }
  return before !== s.state || beforeNode !== s.node || beforeTarget !== s.target;
}

function startedState(st: SimState, ctx: SchedContext, s: SimService, req: RequestedState, nodeState: NodeHaState | undefined): void {
  if (req === 'stopped' || req === 'disabled') {
    setState(st, s, 'request_stop');
    return;
  }
  if (s.lrm === 'start-error') {
    s.lrm = undefined;
    // The failing node is appended every time (ha-semantics.md §9), so a retry on the same node counts too.
    s.failedNodes.push(s.node);
    if (s.failedNodes.length <= s.cfg.maxRelocate) {
      const to = selectServiceNode(ctx, s, 'try-next');
      if (to !== undefined && to !== s.node) {
        log(st, 'service', 'relocateAfterFail', { sid: s.sid, from: s.node, to }, { sid: s.sid, from: s.node, to });
        s.target = to;
        s.moveMode = 'relocate';
        setState(st, s, 'relocate');
        addUsage(ctx, s, to);
      } else {
        log(st, 'service', 'triedAll', { sid: s.sid, node: s.node }, { sid: s.sid, node: s.node });
      }
    } else {
      log(st, 'service', 'enterError', { sid: s.sid }, { sid: s.sid, node: s.node });
      setState(st, s, 'error');
    }
    return;
  }
  if (s.lrm === 'started') {
    s.lrm = undefined;
    if (s.failedNodes.length > 0) {
      log(st, 'service', 'relocationOk', { sid: s.sid, node: s.node }, { sid: s.sid, node: s.node });
      s.failedNodes = [];
    }
  }
  if (nodeState !== 'online' && nodeState !== 'maintenance') return; // unknown / fence: handled by fencing
  if (!s.running && s.failedNodes.length > 0) return; // a start is being retried on this node
  const pref: NodePreference = nodeState === 'maintenance' ? 'best-score' : 'none';
  const to = selectServiceNode(ctx, s, pref);
  if (to === undefined || to === s.node) {
    if (s.maintenanceNode === s.node) s.maintenanceNode = undefined;
    return;
  }
  let reason: MoveReason = 'failback';
  if (nodeState === 'maintenance') {
    s.maintenanceNode ??= s.node;
    reason = 'maintenance';
  } else if (to === s.maintenanceNode) {
    log(st, 'service', 'maintBack', { sid: s.sid, node: to }, { sid: s.sid, node: to });
    s.moveIsMaintenanceBack = true;
    reason = 'maintenanceBack';
  } else if (st.rules.positive.has(s.sid) || st.rules.negative.has(s.sid)) {
    reason = 'affinity';
  }
  queueMove(st, ctx, s, to, s.kind === 'ct' ? 'relocate' : 'migrate', reason);
}

function crmRound(st: SimState): void {
  if (!crmMaster(st)) return;
  updateNodeStatus(st);
  fencing(st);
  let ctx = schedContext(st);
  const commanded = processCommands(st, ctx);
  const balanced = loadBalance(st, ctx);
  // manage() repeats its service loop while states change; usage is recomputed per pass.
  for (let pass = 0; pass < 8; pass++) {
    if (pass > 0) {
      ctx = schedContext(st);
    } else if (commanded || balanced) {
      recomputeUsage(ctx);
    }
    let changed = false;
    for (const sid of st.sids) {
      const s = st.services.get(sid);
      if (s && nextState(st, ctx, s)) changed = true;
    }
    if (!changed) break;
  }
}

// ------------------------------------------------------------------ capacity overlay

export function nodeLoads(st: SimState): Record<NodeName, NodeLoad> {
  const out: Record<NodeName, NodeLoad> = {};
  for (const name of st.nodes.keys()) {
    const cap = st.cluster.nodeResources[name];
    out[name] = { guests: 0, cpuDemand: 0, memoryMiBDemand: 0, cpus: cap?.cpus, memoryMiB: cap?.memoryMiB, overcommitted: false, memoryOvercommitted: false, cpuOvercommitted: false };
  }
  for (const s of st.services.values()) {
    if (!s.running) continue;
    const l = out[s.node];
    if (!l) continue;
    l.guests += 1;
    l.cpuDemand += startedCpu(s, l.cpus ?? 0);
    l.memoryMiBDemand += s.memoryMiB;
  }
  for (const l of Object.values(out)) flagLoad(l);
  return out;
}

/**
 * Overcommit flags. Memory beyond the node's RAM is overcommit (`overcommitted`); more vCPUs than the node's
 * CPU threads is only reported (`cpuOvercommitted`), because a vCPU:core ratio above 1 is normal practice.
 */
export function flagLoad(l: NodeLoad): void {
  l.memoryOvercommitted = l.memoryMiB !== undefined && l.memoryMiBDemand > l.memoryMiB;
  l.cpuOvercommitted = l.cpus !== undefined && l.cpuDemand > l.cpus;
  l.overcommitted = l.memoryOvercommitted;
}

function placementKey(st: SimState): string {
  let k = '';
  for (const sid of st.sids) {
    const s = st.services.get(sid);
    if (s && s.running) k += `${sid}@${s.node};`;
  }
  return k;
}

// ------------------------------------------------------------------ driver

/** Run one round at the current `st.t`: physical events, quorum, the LRMs, the CRM master. */
export function runRound(st: SimState): void {
  physical(st);
  computeQuorum(st);
  lrmRound(st);
  // A node that went down during the LRM round (end of a migrate-policy shutdown) is gone for the CRM too.
  computeQuorum(st);
  crmRound(st);
}

export function capacityNote(crs: Crs): Text {
  return capacityText[crs];
}

export function finalOf(st: SimState): { final: Record<Sid, FinalService>; nodes: Record<NodeName, FinalNode> } {
  const final: Record<Sid, FinalService> = {};
  for (const sid of [...st.sids].sort()) {
    const s = st.services.get(sid);
    if (s) final[sid] = { node: s.node, state: s.state, running: s.running };
  }
  const nodes: Record<NodeName, FinalNode> = {};
  for (const n of [...st.nodes.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    nodes[n.name] = { power: n.power ? 'on' : 'off', network: n.network ? 'on' : 'off', haState: n.haState };
  }
  return { final, nodes };
}

/**
 * Simulate a parsed scenario. Same input → same output. Rounds run at t = 0, 10, 20 … `until` (default: last
 * event + SETTLE_SECONDS); an event at time t is applied (in input order) just before the first round at or
 * after t, so its immediate physical effect is logged at t and the HA reaction at the round time.
 */
export function simulate(scenario: Scenario): SimResult {
  const st = initSimState(scenario);
  const events = [...scenario.events].sort((a, b) => a.t - b.t);
  let lastT = 0;
  for (const e of events) lastT = Math.max(lastT, e.t + (e.action.kind === 'delay' ? e.action.seconds : 0));
  const until = Math.min(MAX_SIMULATED_SECONDS, scenario.until ?? lastT + SETTLE_SECONDS);
  const capacity: CapacitySnapshot[] = [];
  let lastKey: string | undefined;
  let next = 0;
  for (let t = 0; t <= until; t += ROUND_SECONDS) {
    st.t = t;
    while (next < events.length && (events[next]?.t ?? Infinity) <= t) {
      const e = events[next];
      next += 1;
      if (e) applyAction(st, e.action, e.text, e.t);
    }
    runRound(st);
    const key = placementKey(st);
    if (key !== lastKey) {
      lastKey = key;
      const nodes = nodeLoads(st);
      const over = Object.keys(nodes).filter((n) => nodes[n]?.overcommitted);
      capacity.push({ t, nodes, overcommitted: over });
    }
  }
  const { final, nodes } = finalOf(st);
  return { final, nodes, timeline: st.timeline, capacity, capacityNote: capacityNote(st.crs), crs: st.crs, autoRebalance: st.autoRebalance, until };
}
