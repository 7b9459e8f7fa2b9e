import { fill, type Params, type Text } from '../i18n/text';
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
import { haMsg } from './messages';
import { compileRules, type CompiledRules } from './rules';
import { addUsage, newSchedContext, recomputeUsage, selectServiceNode, type NodePreference, type SchedContext, type ServiceView } from './select';
import type {
  Action,
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
 * following pve-ha-manager as documented in `/work/shared/domain/ha-semantics.md`. Pure and deterministic:
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
  timeline: TimelineEntry[];
};

const FENCEABLE: ReadonlySet<HaServiceState> = new Set(['started', 'request_start', 'request_start_balance', 'request_stop', 'stopped', 'migrate', 'relocate']);
const LRM_ACTIVE: ReadonlySet<HaServiceState> = new Set(['started', 'request_stop', 'migrate', 'relocate', 'request_start_balance']);

type LogParams = Record<string, string | number | Text>;

function log(st: SimState, kind: TimelineKind, tpl: Text, params: LogParams, extra: Partial<TimelineEntry> = {}, t = st.t): void {
  const vi: Params = {};
  const en: Params = {};
  for (const [k, v] of Object.entries(params)) {
    vi[k] = typeof v === 'object' ? v.vi : v;
    en[k] = typeof v === 'object' ? v.en : v;
  }
  st.timeline.push({ t, kind, ...extra, message: { vi: fill(tpl.vi, vi), en: fill(tpl.en, en) } });
}

function newService(r: HaResource, state: HaServiceState, running: boolean): SimService {
  return {
    sid: r.sid,
    node: r.node,
    state,
    cores: r.cores,
    memoryMiB: r.memoryMiB,
    failedNodes: [],
    kind: r.kind,
    cfg: { ...r },
    running,
    restarts: 0,
    recoveryLogged: false,
  };
}

/** Build the simulator state for a cluster at t=0 (steady state: started resources run on their node). */
export function initSimState(cluster: Cluster): SimState {
  const timeline: TimelineEntry[] = [];
  let crs = cluster.crs;
  const rules = compileRules(cluster);
  const st: SimState = {
    t: 0,
    cluster,
    crs,
    rules,
    nodes: new Map(),
    services: new Map(),
    sids: [],
    commands: [],
    masterLockExpires: -Infinity,
    quorate: new Set(),
    wasQuorate: true,
    timeline,
  };
  for (const n of rules.notes) log(st, 'rule', n.message, {});
  if (crs === 'static' && cluster.nodes.some((n) => cluster.nodeResources[n] === undefined)) {
    crs = 'basic';
    st.crs = crs;
    log(st, 'warning', haMsg.staticFallback, {});
  }
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
  return { ...st, nodes, services, sids: [...st.sids], commands: [...st.commands], timeline: [] };
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
    log(st, 'node', haMsg.nodeWentDown, { node: n.name }, { node: n.name });
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
  log(st, 'node', haMsg.shutdownStart, { node: n.name, kind: kind === 'reboot' ? 'reboot' : 'shutdown', policy: n.maintenanceRequest ? 'maintenance' : st.cluster.shutdownPolicy }, { node: n.name });
  if (policy === 'migrate') {
    n.lrmMaintenance = true;
    n.shutdown = { kind, since: st.t };
    log(st, 'lrm', haMsg.shutdownMigrate, { node: n.name }, { node: n.name });
    return;
  }
  if (policy === 'freeze') {
    log(st, 'lrm', haMsg.shutdownFreeze, { node: n.name }, { node: n.name });
    for (const sid of st.sids) {
      const s = st.services.get(sid);
      if (!s || s.node !== n.name) continue;
      if (s.state === 'started' || s.state === 'stopped' || s.state === 'request_stop' || s.state === 'request_start') setState(st, s, 'freeze');
    }
  } else {
    log(st, 'lrm', haMsg.shutdownStop, { node: n.name }, { node: n.name });
  }
  goDown(st, n, true, kind === 'reboot');
}

function applyAction(st: SimState, a: Action, textOfAction: string, at: number): void {
  log(st, 'event', haMsg.event, { action: textOfAction }, 'node' in a ? { node: a.node } : 'sid' in a ? { sid: a.sid } : {}, at);
  switch (a.kind) {
    case 'power': {
      const n = st.nodes.get(a.node);
      if (!n) return;
      if (n.power === a.on && n.bootAt === undefined) {
        log(st, 'node', haMsg.alreadyPower, { node: a.node, state: a.on ? 'on' : 'off' }, { node: a.node });
        return;
      }
      if (a.on) {
        n.bootAt = undefined;
        n.power = true;
        n.shutdown = undefined;
        log(st, 'node', haMsg.powerOn, { node: a.node }, { node: a.node });
      } else {
        log(st, 'node', haMsg.powerOff, { node: a.node }, { node: a.node });
        goDown(st, n, false, false);
      }
      return;
    }
    case 'network': {
      const n = st.nodes.get(a.node);
      if (!n) return;
      n.network = a.on;
      log(st, 'node', a.on ? haMsg.networkOn : haMsg.networkOff, { node: a.node }, { node: a.node });
      return;
    }
    case 'reboot':
    case 'shutdown': {
      const n = st.nodes.get(a.node);
      if (!n) return;
      if (!n.power) {
        log(st, 'warning', haMsg.nodeDownGone, { node: a.node, action: a.kind }, { node: a.node });
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
      log(st, 'service', haMsg.requested, { sid: a.sid, state: a.state }, { sid: a.sid });
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
        cores: DEFAULT_CORES,
        memoryMiB: DEFAULT_MEMORY_MIB,
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
      log(st, 'service', haMsg.added, { sid: a.sid, node: a.node, state: a.state }, { sid: a.sid, node: a.node });
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
      log(st, 'node', haMsg.powerOn, { node: n.name }, { node: n.name });
    }
    if (n.power && n.watchdogDeadline !== undefined && st.t >= n.watchdogDeadline) {
      log(st, 'watchdog', haMsg.watchdogReset, { node: n.name }, { node: n.name });
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
  if (!quorate && st.wasQuorate) log(st, 'quorum', haMsg.quorumLost, { votes: largest, total });
  if (quorate && !st.wasQuorate) log(st, 'quorum', haMsg.quorumBack, { votes: quorate.votes, total });
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
        log(st, 'lrm', haMsg.lostAgentLock, { node: n.name, seconds: WATCHDOG_TIMEOUT_SECONDS }, { node: n.name });
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
      if (s.cfg.failStarts > 0) {
        s.cfg.failStarts -= 1;
        s.restarts += 1;
        if (s.restarts <= s.cfg.maxRestart) {
          log(st, 'lrm', haMsg.startRetry, { sid: s.sid, node: n.name, n: s.restarts }, { sid: s.sid, node: n.name });
        } else {
          log(st, 'lrm', haMsg.startGaveUp, { sid: s.sid, node: n.name, n: s.cfg.maxRestart }, { sid: s.sid, node: n.name });
          s.restarts = 0;
          s.lrm = 'start-error';
        }
        return;
      }
      s.running = true;
      s.restarts = 0;
      s.lrm = 'started';
      log(st, 'lrm', haMsg.started, { sid: s.sid, node: n.name }, { sid: s.sid, node: n.name });
      return;
    }
    case 'request_stop':
    case 'stopped':
    case 'error':
      if (s.running) {
        s.running = false;
        log(st, 'lrm', haMsg.stoppedGuest, { sid: s.sid, node: n.name }, { sid: s.sid, node: n.name });
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
      if (s.cfg.failMigrations > 0 || !st.quorate.has(target)) {
        if (s.cfg.failMigrations > 0) s.cfg.failMigrations -= 1;
        s.lrm = 'move-failed';
        return;
      }
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
  log(st, 'service', haMsg.serviceState, { sid: s.sid, from: s.state, to }, { sid: s.sid, node: s.node, from: s.state, to, ...extra });
  s.state = to;
}

function crmMaster(st: SimState): boolean {
  if (st.quorate.size === 0) {
    if (st.master !== undefined) {
      // A master without quorum cannot renew the manager lock: lost_manager_lock, then wait_for_quorum.
      log(st, 'master', haMsg.masterLost, { node: st.master }, { node: st.master });
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
  log(st, 'master', haMsg.newMaster, { node: next }, { node: next });
  return true;
}

function setNodeState(st: SimState, n: SimNode, to: NodeHaState): void {
  if (n.haState === to) return;
  log(st, 'node', haMsg.nodeState, { node: n.name, from: n.haState, to }, { node: n.name, from: n.haState, to });
  n.haState = to;
}

function updateNodeStatus(st: SimState): void {
  const byNode = servicesByNode(st);
  for (const n of st.nodes.values()) {
    if (st.quorate.has(n.name)) {
      n.lastOnline = st.t;
      if (n.haState === 'fence') continue; // stays fence until the CRM got the lock
      setNodeState(st, n, n.lrmMaintenance ? 'maintenance' : 'online');
    } else if (n.haState === 'online') {
      setNodeState(st, n, 'unknown');
    } else if (n.haState === 'maintenance') {
      // A node in maintenance that goes away with no active service stays in maintenance and is not fenced.
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
      log(st, 'fence', haMsg.fenceOk, { node: n.name }, { node: n.name });
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

function queueMove(st: SimState, ctx: SchedContext, s: SimService, target: NodeName, mode: 'migrate' | 'relocate', reason: Text): void {
  s.target = target;
  s.moveMode = mode;
  log(st, 'service', haMsg.migrateQueued, { mode, sid: s.sid, from: s.node, to: target, reason }, { sid: s.sid, node: s.node, from: s.node, to: target });
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
          log(st, 'command', haMsg.cmdNotOnline, { node: c.node }, { node: c.node });
          continue;
        }
        n.maintenanceRequest = true;
        log(st, 'command', haMsg.maintEnableReq, { node: c.node }, { node: c.node });
      } else {
        n.maintenanceRequest = false;
        log(st, 'command', haMsg.maintDisableReq, { node: c.node }, { node: c.node });
      }
      continue;
    }
    const s = st.services.get(c.sid);
    if (!s || s.state === 'ignored') continue; // CRM commands on ignored resources are dropped
    if (c.kind === 'stop') {
      s.cfg.state = 'stopped';
      log(st, 'command', haMsg.stopCommand, { sid: s.sid, timeout: c.timeout }, { sid: s.sid });
      if (s.state === 'started' || s.state === 'request_start') setState(st, s, 'request_stop');
      changed = true;
      continue;
    }
    if (!ctx.onlineSet.has(c.node)) {
      log(st, 'command', haMsg.cmdNotOnline, { node: c.node }, { sid: s.sid, node: c.node });
      continue;
    }
    if (s.node === c.node) {
      log(st, 'command', haMsg.cmdSameNode, { sid: s.sid, node: c.node }, { sid: s.sid, node: c.node });
      continue;
    }
    // Refused if a negatively-affine resource is on or going to the target (queue_resource_motion).
    const blocker = (st.rules.negative.get(s.sid) ?? []).find((o) => {
      const os = st.services.get(o);
      return os !== undefined && (os.node === c.node || os.target === c.node) && os.state !== 'stopped' && os.state !== 'ignored';
    });
    if (blocker !== undefined) {
      log(st, 'command', haMsg.cmdNegative, { cmd: c.text, other: blocker, node: c.node }, { sid: s.sid, node: c.node });
      continue;
    }
    const group = [s, ...(st.rules.positive.get(s.sid) ?? []).map((o) => st.services.get(o)).filter((o): o is SimService => o !== undefined)];
    for (const m of group) {
      if (m !== s && m.node !== c.node) log(st, 'command', haMsg.coMigrate, { sid: m.sid, with: s.sid }, { sid: m.sid });
      if (m.node === c.node) continue;
      if (m.state === 'stopped') {
        log(st, 'service', haMsg.stoppedMoved, { sid: m.sid, to: c.node }, { sid: m.sid, from: m.node, to: c.node });
        m.node = c.node;
        changed = true;
      } else if (m.state === 'started') {
        const mode = m.kind === 'ct' ? 'relocate' : c.mode;
        queueMove(st, ctx, m, c.node, mode, haMsg.reasonManual);
        changed = true;
      } else {
        log(st, 'command', haMsg.cmdIgnoredState, { cmd: c.text, state: m.state }, { sid: m.sid });
      }
    }
  }
  return changed;
}

/** One transition of one service (a `next_state_*` call). Returns whether the state changed. */
export function nextState(st: SimState, ctx: SchedContext, s: SimService): boolean {
  const req: RequestedState = s.cfg.state;
  const before = s.state;
  const beforeNode = s.node;
  const beforeTarget = s.target;
  if (req === 'ignored' && s.state !== 'ignored') {
    log(st, 'service', haMsg.removedIgnored, { sid: s.sid }, { sid: s.sid });
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
          log(st, 'service', haMsg.rebalance, { sid: s.sid, to: best }, { sid: s.sid, from: s.node, to: best });
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
        if (s.lrm === 'ignored') log(st, 'service', haMsg.rebalanceIgnored, { sid: s.sid, node: s.node }, { sid: s.sid, node: s.node });
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
        log(st, 'service', haMsg.migrated, { sid: s.sid, from: s.node, to: target }, { sid: s.sid, from: s.node, to: target });
        s.node = target;
        s.target = undefined;
        s.lrm = undefined;
        if (s.maintenanceNode === s.node) s.maintenanceNode = undefined;
        s.moveIsMaintenanceBack = undefined;
        setState(st, s, 'started');
      } else if (s.lrm === 'move-failed') {
        log(st, 'service', haMsg.migrateFailed, { mode: s.state, sid: s.sid, from: s.node, to: target }, { sid: s.sid, from: s.node, to: target });
        if (s.moveIsMaintenanceBack && s.maintenanceNode !== undefined) {
          // The move back after maintenance is attempted once (test-shutdown-policy-migrate-fail1).
          log(st, 'service', haMsg.maintFallbackDropped, { sid: s.sid, node: s.maintenanceNode }, { sid: s.sid });
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
        if (!s.recoveryLogged) log(st, 'service', haMsg.noRecoveryNode, { sid: s.sid, node: s.node }, { sid: s.sid, node: s.node });
        s.recoveryLogged = true;
        break;
      }
      log(st, 'service', haMsg.recovered, { sid: s.sid, from: s.node, to }, { sid: s.sid, from: s.node, to });
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
        log(st, 'service', haMsg.relocateAfterFail, { sid: s.sid, from: s.node, to }, { sid: s.sid, from: s.node, to });
        s.target = to;
        s.moveMode = 'relocate';
        setState(st, s, 'relocate');
        addUsage(ctx, s, to);
      } else {
        log(st, 'service', haMsg.triedAll, { sid: s.sid, node: s.node }, { sid: s.sid, node: s.node });
      }
    } else {
      log(st, 'service', haMsg.enterError, { sid: s.sid }, { sid: s.sid, node: s.node });
      setState(st, s, 'error');
    }
    return;
  }
  if (s.lrm === 'started') {
    s.lrm = undefined;
    if (s.failedNodes.length > 0) {
      log(st, 'service', haMsg.relocationOk, { sid: s.sid, node: s.node }, { sid: s.sid, node: s.node });
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
  let reason: Text = haMsg.reasonFailback;
  if (nodeState === 'maintenance') {
    s.maintenanceNode ??= s.node;
    reason = haMsg.reasonMaintenance;
  } else if (to === s.maintenanceNode) {
    log(st, 'service', haMsg.maintBack, { sid: s.sid, node: to }, { sid: s.sid, node: to });
    s.moveIsMaintenanceBack = true;
    reason = haMsg.reasonMaintenanceBack;
  } else if (st.rules.positive.has(s.sid) || st.rules.negative.has(s.sid)) {
    reason = haMsg.reasonAffinity;
  }
  queueMove(st, ctx, s, to, s.kind === 'ct' ? 'relocate' : 'migrate', reason);
}

function crmRound(st: SimState): void {
  if (!crmMaster(st)) return;
  updateNodeStatus(st);
  fencing(st);
  let ctx = schedContext(st);
  processCommands(st, ctx);
  // manage() repeats its service loop while states change; usage is recomputed per pass.
  for (let pass = 0; pass < 8; pass++) {
    if (pass > 0) {
      ctx = schedContext(st);
    } else {
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
    l.cpuDemand += s.cores > 0 ? s.cores : (l.cpus ?? 0);
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
  return crs === 'basic' ? haMsg.capacityBasic : haMsg.capacityStatic;
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
  return { final, nodes, timeline: st.timeline, capacity, capacityNote: capacityNote(st.crs), crs: st.crs, until };
}
