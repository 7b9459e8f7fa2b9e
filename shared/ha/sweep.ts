import { text, type Text } from '../i18n/text';
import { FENCE_DELAY_SECONDS, LOCK_LIFETIME_SECONDS, ROUND_SECONDS } from './constants';
import { parseCluster } from './parseScenario';
import { addUsage, newSchedContext, selectServiceNode, startedCpu, type NodeUsage } from './select';
import { capacityNote, flagLoad, initSimState, nodeLoads, runRound, type SimService, type SimState } from './simulate';
import type { Crs, HaServiceState, NodeLoad, NodeName, Sid, SweepInput } from './types';

/**
 * N-1 / N-2 sweeps: for every single node failure (or every pair), where each resource ends, which cannot be
 * recovered, which nodes are overcommitted, and the time to recovery.
 *
 * Fast path: instead of simulating the idle rounds between the failure and the recovery (fence delay, lock
 * expiry), each case starts from the settled baseline with the failed nodes already past the fence delay and
 * their agent locks expired, and runs the same engine rounds (`runRound`) until nothing moves any more. The
 * placement is therefore decided by the same code as in `simulate`; a test proves equality with full runs.
 */

export type SweepMode = 'n-1' | 'n-2';

export type SweepMove = { sid: Sid; from: NodeName; to: NodeName };

export type SweepCase = {
  failed: NodeName[];
  /** Whether the surviving nodes still have quorum. Without it nothing is recovered and the survivors' active LRMs self-fence. */
  quorate: boolean;
  /** Resources that ended on another node than in the baseline. */
  moved: SweepMove[];
  /** Resources that should run but do not: `recovery` (no allowed node) or lost with the quorum. */
  unrecovered: { sid: Sid; node: NodeName; state: HaServiceState }[];
  loads: Record<NodeName, NodeLoad>;
  overcommitted: NodeName[];
  /** Seconds from the failure until every recovered guest runs again; null when nothing had to recover. */
  recoverySeconds: number | null;
};

export type SweepResult = {
  mode: SweepMode;
  /** The scheduler actually used (static falls back to basic without node resources). */
  crs: Crs;
  capacityNote: Text;
  baseline: { placement: Record<Sid, NodeName>; moved: SweepMove[]; loads: Record<NodeName, NodeLoad>; overcommitted: NodeName[] };
  cases: SweepCase[];
  summary: { cases: number; withUnrecovered: number; withOvercommit: number; withoutQuorum: number; maxRecoverySeconds: number | null };
  notes: Text[];
};

const TRANSIENT: ReadonlySet<HaServiceState> = new Set(['request_start', 'request_start_balance', 'request_stop', 'migrate', 'relocate', 'fence']);
const MAX_SETTLE_ROUNDS = 12;

function unsettled(st: SimState): boolean {
  for (const s of st.services.values()) {
    if (TRANSIENT.has(s.state)) return true;
    if (s.state === 'started' && !s.running && st.nodes.get(s.node)?.haState === 'online' && s.failedNodes.length === 0) return true;
    if (s.state === 'recovery' && !s.recoveryLogged) return true;
  }
  return false;
}

/** Run rounds until nothing is in flight. Returns the number of rounds run. */
function settle(st: SimState): number {
  let rounds = 0;
  do {
    runRound(st);
    st.t += ROUND_SECONDS;
    rounds += 1;
  } while (rounds < MAX_SETTLE_ROUNDS && unsettled(st));
  return rounds;
}

function placementOf(st: SimState): Record<Sid, NodeName> {
  const out: Record<Sid, NodeName> = {};
  for (const sid of st.sids) {
    const s = st.services.get(sid);
    if (s) out[sid] = s.node;
  }
  return out;
}

function movedBetween(before: Record<Sid, NodeName>, st: SimState): SweepMove[] {
  const out: SweepMove[] = [];
  for (const sid of st.sids) {
    const s = st.services.get(sid);
    const from = before[sid];
    if (s && from !== undefined && s.node !== from) out.push({ sid, from, to: s.node });
  }
  return out;
}

function overcommittedOf(loads: Record<NodeName, NodeLoad>): NodeName[] {
  return Object.keys(loads)
    .filter((n) => loads[n]?.overcommitted)
    .sort();
}

/**
 * Time from a hard failure to the first CRM round that can recover: the node must be unseen for the fence delay
 * and its agent lock (last renewed one round before the failure) must have expired (ha-semantics.md §6.1).
 */
export function recoveryRoundAfterFailure(): number {
  const wait = Math.max(FENCE_DELAY_SECONDS, LOCK_LIFETIME_SECONDS) - ROUND_SECONDS;
  return Math.ceil(wait / ROUND_SECONDS) * ROUND_SECONDS;
}


type Baseline = {
  state: SimState;
  /** Usage of every node with all nodes online, as the CRM recomputes it at the start of a round. */
  usage: Map<NodeName, NodeUsage>;
  loads: Record<NodeName, NodeLoad>;
  placement: Record<Sid, NodeName>;
  /** Services per node in sid order. */
  byNode: Map<NodeName, SimService[]>;
};

function prepareBaseline(st: SimState): Baseline {
  const online = [...st.nodes.values()].filter((n) => n.haState === 'online').map((n) => n.name);
  const ctx = newSchedContext(st.crs, online, st.rules, st.services, st.cluster.nodeResources);
  const byNode = new Map<NodeName, SimService[]>();
  for (const sid of st.sids) {
    const s = st.services.get(sid);
    if (!s) continue;
    const list = byNode.get(s.node);
    if (list) list.push(s);
    else byNode.set(s.node, [s]);
  }
  return { state: st, usage: ctx.usage, loads: nodeLoads(st), placement: placementOf(st), byNode };
}

/** Whether the CRM fences and recovers this service when its node fails (as in `fencing` of the engine). */
function isRecovered(s: SimService, nodeInMaintenance: boolean): boolean {
  if (s.state === 'ignored' || s.state === 'freeze' || s.state === 'error' || s.state === 'recovery' || s.state === 'fence') return false;
  if (s.state === 'stopped' && (s.cfg.state === 'disabled' || nodeInMaintenance)) return false;
  return true;
}

/**
 * One failure case from a settled baseline, without simulating rounds: the recovery round of the engine
 * (services of the failed nodes in sid order, `select_service_node` with best-score, usage updated after each
 * placement), then the next normal pass for the recovered services and their affinity partners.
 */
export function failureCase(base: Baseline, failed: readonly NodeName[]): SweepCase {
  const st = base.state;
  const failedSet = new Set(failed);
  const q = st.cluster.qdevice ? 1 : 0;
  const total = st.nodes.size + q;
  const survivors = [...st.nodes.values()].filter((n) => n.power && !failedSet.has(n.name));
  const quorate = (survivors.length + (survivors.length > 0 ? q : 0)) * 2 > total;
  const affected: SimService[] = [];
  for (const f of failed) {
    const inMaintenance = st.nodes.get(f)?.haState === 'maintenance';
    for (const s of base.byNode.get(f) ?? []) if (isRecovered(s, inMaintenance)) affected.push(s);
  }
  if (failed.length > 1) affected.sort((a, b) => (a.sid < b.sid ? -1 : a.sid > b.sid ? 1 : 0));
  if (!quorate) {
    // No partition is quorate: nothing is recovered and every active LRM self-fences (ha-semantics.md §10).
    const loads: Record<NodeName, NodeLoad> = {};
    for (const [n, l] of Object.entries(base.loads)) loads[n] = { ...l, guests: 0, cpuDemand: 0, memoryMiBDemand: 0, overcommitted: false, memoryOvercommitted: false, cpuOvercommitted: false };
    const unrecovered: SweepCase['unrecovered'] = [];
    for (const sid of st.sids) {
      const s = st.services.get(sid);
      if (s && s.state !== 'ignored' && s.cfg.state === 'started') unrecovered.push({ sid, node: s.node, state: s.state });
    }
    return { failed: [...failed], quorate: false, moved: [], unrecovered, loads, overcommitted: [], recoverySeconds: null };
  }
  const online = survivors.filter((n) => n.haState === 'online').map((n) => n.name);
  const usage = new Map<NodeName, NodeUsage>();
  for (const n of online) {
    const u = base.usage.get(n);
    usage.set(n, u ? { ...u } : { count: 0, cpu: 0, mem: 0 });
  }
  // Overlay: the affected services get fresh copies in the shared map for the duration of this case.
  const originals = new Map<Sid, SimService>();
  for (const s of affected) {
    originals.set(s.sid, s);
    st.services.set(s.sid, { ...s, state: 'recovery', failedNodes: [], running: false });
  }
  try {
    const ctx = newSchedContext(st.crs, online, st.rules, st.services, st.cluster.nodeResources, usage);
    const moved: SweepMove[] = [];
    const unrecovered: SweepCase['unrecovered'] = [];
    const recovered: SimService[] = [];
    for (const a of affected) {
      const s = st.services.get(a.sid);
      if (!s) continue;
      const to = selectServiceNode(ctx, s, 'best-score');
      if (to === undefined) {
        unrecovered.push({ sid: s.sid, node: s.node, state: 'recovery' });
        continue;
      }
      s.node = to;
      s.state = s.cfg.state === 'started' ? 'started' : 'request_stop';
      addUsage(ctx, s, to);
      recovered.push(s);
    }
    // The next pass: recovered services (and their affinity partners) may still move, e.g. to join a partner.
    const check = new Set<Sid>();
    for (const s of recovered) {
      check.add(s.sid);
      for (const o of st.rules.positive.get(s.sid) ?? []) check.add(o);
      for (const o of st.rules.negative.get(s.sid) ?? []) check.add(o);
    }
    const extraMoves = new Map<Sid, NodeName>();
    for (const sid of [...check].sort()) {
      const s = st.services.get(sid);
      if (!s || s.state !== 'started' || failedSet.has(s.node)) continue;
      const to = selectServiceNode(ctx, s, 'none');
      if (to !== undefined && to !== s.node) {
        extraMoves.set(sid, to);
        addUsage(ctx, s, to);
      }
    }
    const loads: Record<NodeName, NodeLoad> = {};
    for (const [n, l] of Object.entries(base.loads)) {
      loads[n] = failedSet.has(n) ? { ...l, guests: 0, cpuDemand: 0, memoryMiBDemand: 0 } : { ...l };
    }
    for (const s of recovered) {
      const orig = originals.get(s.sid);
      const to = extraMoves.get(s.sid) ?? s.node;
      if (orig) moved.push({ sid: s.sid, from: orig.node, to });
      if (s.cfg.state === 'started') addLoad(loads, to, s, 1);
    }
    for (const [sid, to] of extraMoves) {
      if (originals.has(sid)) continue;
      const s = st.services.get(sid);
      if (!s) continue;
      moved.push({ sid, from: s.node, to });
      if (s.running) {
        addLoad(loads, s.node, s, -1);
        addLoad(loads, to, s, 1);
      }
    }
    for (const l of Object.values(loads)) flagLoad(l);
    moved.sort((a, b) => (a.sid < b.sid ? -1 : a.sid > b.sid ? 1 : 0));
    const anyStarted = recovered.some((s) => s.cfg.state === 'started');
    // Recovered in the first possible CRM round; the LRM of the new node starts the guest one round later.
    const recoverySeconds = anyStarted ? recoveryRoundAfterFailure() + ROUND_SECONDS : null;
    return { failed: [...failed], quorate: true, moved, unrecovered, loads, overcommitted: overcommittedOf(loads), recoverySeconds };
  } finally {
    for (const [sid, s] of originals) st.services.set(sid, s);
  }
}

function addLoad(loads: Record<NodeName, NodeLoad>, node: NodeName, s: SimService, sign: 1 | -1): void {
  const l = loads[node];
  if (!l) return;
  l.guests += sign;
  l.cpuDemand += sign * startedCpu(s, l.cpus ?? 0);
  l.memoryMiBDemand += sign * s.memoryMiB;
}

/** Settle the cluster as configured (resources on lower-priority nodes move first, as the CRM would do). */
export function settledBaseline(input: SweepInput): { state: SimState; moved: SweepMove[]; rebalanceLeftOut: boolean } {
  const cluster = parseCluster(input);
  const st = initSimState(cluster);
  // The sweep shows where resources land right after a failure; automatic rebalancing acts only later (after
  // its hold duration) and is left out, here and in the failure cases (a note says so).
  const rebalanceLeftOut = st.autoRebalance.enabled;
  st.autoRebalance = { ...st.autoRebalance, enabled: false };
  const before = placementOf(st);
  settle(st);
  return { state: st, moved: movedBetween(before, st), rebalanceLeftOut };
}

export function sweep(input: SweepInput, mode: SweepMode): SweepResult {
  const { state: base, moved, rebalanceLeftOut } = settledBaseline(input);
  const notes = base.timeline.filter((e) => e.kind === 'rule' || e.kind === 'warning').map((e) => e.message);
  const nodes = [...base.nodes.keys()].sort();
  const sets: NodeName[][] = [];
  if (mode === 'n-1') for (const n of nodes) sets.push([n]);
  else for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) sets.push([nodes[i] ?? '', nodes[j] ?? '']);
  if (rebalanceLeftOut) {
    notes.push(
      text(
        'Tự động cân bằng lại (ha-auto-rebalance) đang bật: bảng này cho thấy vị trí ngay sau khi khôi phục; các lần cân bằng lại diễn ra sau đó (sau thời gian giữ) không được tính ở đây.',
        'Automatic rebalancing (ha-auto-rebalance) is on: this table shows where resources land right after recovery; the rebalancing migrations that follow (after the hold duration) are not included.',
      ),
    );
  }
  if (mode === 'n-2' && nodes.length < 3) {
    notes.push(text('Cluster có dưới 3 node: không có trường hợp N-2 nào.', 'The cluster has fewer than 3 nodes: there is no N-2 case.'));
  }
  const prepared = prepareBaseline(base);
  const cases = sets.map((f) => failureCase(prepared, f));
  const baseLoads = prepared.loads;
  const rec = cases.map((c) => c.recoverySeconds).filter((x): x is number => x !== null);
  return {
    mode,
    crs: base.crs,
    capacityNote: capacityNote(base.crs),
    baseline: { placement: prepared.placement, moved, loads: baseLoads, overcommitted: overcommittedOf(baseLoads) },
    cases,
    summary: {
      cases: cases.length,
      withUnrecovered: cases.filter((c) => c.unrecovered.length > 0).length,
      withOvercommit: cases.filter((c) => c.overcommitted.length > 0).length,
      withoutQuorum: cases.filter((c) => !c.quorate).length,
      maxRecoverySeconds: rec.length > 0 ? Math.max(...rec) : null,
    },
    notes,
  };
}
