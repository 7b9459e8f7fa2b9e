import { NO_AFFINITY, type CompiledRules, type NodeAffinity } from './rules';
import type { Crs, HaServiceState, NodeName, NodeResources, Sid } from './types';

/**
 * `select_service_node` and the two schedulers (ha-semantics.md §6.2). Shared by the round-based engine and
 * by the sweep fast path, so both place resources identically.
 */

/** What the scheduler needs to know about a service. */
export type ServiceView = {
  sid: Sid;
  node: NodeName;
  target?: NodeName;
  state: HaServiceState;
  cores: number;
  memoryMiB: number;
  maintenanceNode?: NodeName;
  failedNodes: NodeName[];
};

export type NodeUsage = { count: number; cpu: number; mem: number };

export type SchedContext = {
  crs: Crs;
  /** Online nodes (CRM node state `online`), sorted by name. */
  online: NodeName[];
  onlineSet: ReadonlySet<NodeName>;
  usage: Map<NodeName, NodeUsage>;
  rules: CompiledRules;
  services: ReadonlyMap<Sid, ServiceView>;
  nodeResources: Readonly<Record<NodeName, NodeResources>>;
  /** allowed/preferred per node-affinity key, valid while `online` does not change. */
  cache: Map<string, Affinity>;
};

/** allowed / preferred nodes of one node-affinity for the current online set. */
export type Affinity = { allowed: ReadonlySet<NodeName>; preferred: readonly NodeName[]; preferredSet: ReadonlySet<NodeName> };

export type NodePreference = 'none' | 'best-score' | 'try-next';

/** States in which a service uses its current node (Usage.pm `get_used_service_nodes`). */
const USES_CURRENT: ReadonlySet<HaServiceState> = new Set(['started', 'request_stop', 'fence', 'freeze', 'error', 'recovery', 'migrate', 'relocate']);
/** States in which a service also uses its target node. */
const USES_TARGET: ReadonlySet<HaServiceState> = new Set(['migrate', 'relocate', 'request_start_balance']);

export function usedNodes(s: ServiceView): NodeName[] {
  const out: NodeName[] = [];
  if (USES_CURRENT.has(s.state)) out.push(s.node);
  if (USES_TARGET.has(s.state) && s.target !== undefined && s.target !== s.node) out.push(s.target);
  return out;
}

function demand(ctx: SchedContext, s: ServiceView, node: NodeName): { cpu: number; mem: number } {
  // pve_static.rs add_cpu_usage: a maxcpu of 0 means "unlimited" = the node's CPU count.
  const cpu = s.cores > 0 ? s.cores : (ctx.nodeResources[node]?.cpus ?? 0);
  return { cpu, mem: s.memoryMiB };
}

export function addUsage(ctx: SchedContext, s: ServiceView, node: NodeName): void {
  const u = ctx.usage.get(node);
  if (!u) return;
  const d = demand(ctx, s, node);
  u.count += 1;
  u.cpu += d.cpu;
  u.mem += d.mem;
}

/** Recompute usage of the online nodes from the service states (`recompute_online_node_usage`). */
export function recomputeUsage(ctx: SchedContext): void {
  ctx.usage.clear();
  for (const n of ctx.online) ctx.usage.set(n, { count: 0, cpu: 0, mem: 0 });
  for (const s of ctx.services.values()) for (const n of usedNodes(s)) addUsage(ctx, s, n);
}

/** `get_node_affinity`: allowed = online nodes of the rule; preferred = online nodes of the top priority class. */
export function nodeAffinityFor(ctx: SchedContext, na: NodeAffinity): Affinity {
  const hit = ctx.cache.get(na.key);
  if (hit) return hit;
  let out: Affinity;
  if (na.nodes === null) {
    out = { allowed: ctx.onlineSet, preferred: ctx.online, preferredSet: ctx.onlineSet };
  } else {
    const allowed = new Set<NodeName>();
    let top = -Infinity;
    for (const n of ctx.online) {
      // Non-members get priority -1 unless the rule is strict / the group restricted (ha-semantics.md §1, §3).
      const p = na.nodes.get(n) ?? (na.strict ? undefined : -1);
      if (p === undefined) continue;
      allowed.add(n);
      if (p > top) top = p;
    }
    const preferred = ctx.online.filter((n) => allowed.has(n) && (na.nodes?.get(n) ?? -1) === top);
    out = { allowed, preferred, preferredSet: new Set(preferred) };
  }
  ctx.cache.set(na.key, out);
  return out;
}

function affinityOf(ctx: SchedContext, sid: Sid): NodeAffinity {
  return ctx.rules.nodeAffinity.get(sid) ?? NO_AFFINITY;
}

/** Nodes where a negatively-affine resource runs or is migrating to. */
function negativeNodes(ctx: SchedContext, sid: Sid): Set<NodeName> {
  const out = new Set<NodeName>();
  for (const o of ctx.rules.negative.get(sid) ?? []) {
    const s = ctx.services.get(o);
    if (s) for (const n of usedNodes(s)) out.add(n);
  }
  return out;
}

/**
 * The online node hosting most positively-affine resources (the target counts for resources in flight).
 * Assumption (ha-semantics.md is silent): only online nodes count, so partners stranded on a failed node
 * do not pin a recovering resource to that node; ties go to the node name.
 */
function positiveNode(ctx: SchedContext, sid: Sid): NodeName | undefined {
  const partners = ctx.rules.positive.get(sid);
  if (!partners || partners.length === 0) return undefined;
  const together = new Map<NodeName, number>();
  for (const o of partners) {
    const s = ctx.services.get(o);
    if (!s) continue;
    const where = USES_TARGET.has(s.state) && s.target !== undefined ? s.target : USES_CURRENT.has(s.state) ? s.node : undefined;
    if (where !== undefined && ctx.onlineSet.has(where)) together.set(where, (together.get(where) ?? 0) + 1);
  }
  let best: NodeName | undefined;
  let bestCount = 0;
  for (const [n, c] of [...together].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (c > bestCount) {
      best = n;
      bestCount = c;
    }
  }
  return best;
}

/**
 * Scores of the candidate nodes, lower is better.
 *
 * Basic (Usage/Basic.pm): the number of HA resources using the node.
 *
 * Static (Usage/Static.pm + proxmox-resource-scheduling pve_static.rs): for each candidate, add the guest
 * hypothetically and compute, over all online nodes as fractions of capacity, average CPU (weight 1), highest
 * CPU (2), average memory (5), highest memory (10); candidates are ranked by TOPSIS closeness to the ideal (all
 * criteria minimised). The score is minus the closeness, rounded to 1e-9 so that equal nodes tie.
 */
export function scoreNodes(ctx: SchedContext, s: ServiceView, nodes: readonly NodeName[]): Float64Array {
  const out = new Float64Array(nodes.length);
  if (ctx.crs !== 'static') {
    for (let i = 0; i < nodes.length; i++) out[i] = ctx.usage.get(nodes[i] ?? '')?.count ?? 0;
    return out;
  }
  const all = ctx.online;
  const nAll = all.length || 1;
  let sumCpu = 0;
  let sumMem = 0;
  let cpu1 = -Infinity;
  let cpu2 = -Infinity;
  let cpuTop = '';
  let mem1 = -Infinity;
  let mem2 = -Infinity;
  let memTop = '';
  for (const n of all) {
    const cap = ctx.nodeResources[n];
    const u = ctx.usage.get(n);
    const cpu = cap && u ? u.cpu / cap.cpus : 0;
    const mem = cap && u ? u.mem / cap.memoryMiB : 0;
    sumCpu += cpu;
    sumMem += mem;
    if (cpu > cpu1) {
      cpu2 = cpu1;
      cpu1 = cpu;
      cpuTop = n;
    } else if (cpu > cpu2) cpu2 = cpu;
    if (mem > mem1) {
      mem2 = mem1;
      mem1 = mem;
      memTop = n;
    } else if (mem > mem2) mem2 = mem;
  }
  const k = nodes.length;
  const v = new Float64Array(k * 4);
  const norm = [0, 0, 0, 0];
  for (let i = 0; i < k; i++) {
    const n = nodes[i] ?? '';
    const cap = ctx.nodeResources[n];
    const u = ctx.usage.get(n);
    const cpuF = cap && u ? u.cpu / cap.cpus : 0;
    const memF = cap && u ? u.mem / cap.memoryMiB : 0;
    const d = demand(ctx, s, n);
    const cpuN = cap ? cpuF + d.cpu / cap.cpus : cpuF;
    const memN = cap ? memF + d.mem / cap.memoryMiB : memF;
    const c0 = (sumCpu - cpuF + cpuN) / nAll;
    const c1 = Math.max(cpuTop === n ? cpu2 : cpu1, cpuN);
    const c2 = (sumMem - memF + memN) / nAll;
    const c3 = Math.max(memTop === n ? mem2 : mem1, memN);
    v[i * 4] = c0;
    v[i * 4 + 1] = c1;
    v[i * 4 + 2] = c2;
    v[i * 4 + 3] = c3;
    norm[0] = (norm[0] ?? 0) + c0 * c0;
    norm[1] = (norm[1] ?? 0) + c1 * c1;
    norm[2] = (norm[2] ?? 0) + c2 * c2;
    norm[3] = (norm[3] ?? 0) + c3 * c3;
  }
  const best = [Infinity, Infinity, Infinity, Infinity];
  const worst = [-Infinity, -Infinity, -Infinity, -Infinity];
  for (let j = 0; j < 4; j++) {
    const nj = Math.sqrt(norm[j] ?? 0);
    const w = STATIC_WEIGHTS[j] ?? 0;
    for (let i = 0; i < k; i++) {
      const x = nj > 0 ? ((v[i * 4 + j] ?? 0) / nj) * w : 0;
      v[i * 4 + j] = x;
      if (x < (best[j] ?? 0)) best[j] = x;
      if (x > (worst[j] ?? 0)) worst[j] = x;
    }
  }
  for (let i = 0; i < k; i++) {
    let dBest = 0;
    let dWorst = 0;
    for (let j = 0; j < 4; j++) {
      const x = v[i * 4 + j] ?? 0;
      dBest += (x - (best[j] ?? 0)) ** 2;
      dWorst += (x - (worst[j] ?? 0)) ** 2;
    }
    dBest = Math.sqrt(dBest);
    dWorst = Math.sqrt(dWorst);
    const closeness = dBest + dWorst > 0 ? dWorst / (dBest + dWorst) : 1;
    out[i] = -Math.round(closeness * 1e9) / 1e9;
  }
  return out;
}

/** CPU average, CPU max, memory average, memory max (pve_static.rs). */
const STATIC_WEIGHTS = [1, 2, 5, 10];

function byName(a: NodeName, b: NodeName): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** All candidates ordered by (score, node name). */
export function rankNodes(ctx: SchedContext, s: ServiceView, nodes: readonly NodeName[]): NodeName[] {
  if (nodes.length <= 1) return [...nodes];
  const sc = scoreNodes(ctx, s, nodes);
  const idx = nodes.map((_, i) => i);
  idx.sort((a, b) => (sc[a] ?? 0) - (sc[b] ?? 0) || byName(nodes[a] ?? '', nodes[b] ?? ''));
  return idx.map((i) => nodes[i] ?? '');
}

/** The first candidate in (score, node name) order, without sorting. */
export function bestNode(ctx: SchedContext, s: ServiceView, nodes: readonly NodeName[]): NodeName | undefined {
  if (nodes.length <= 1) return nodes[0];
  const sc = scoreNodes(ctx, s, nodes);
  let bi = 0;
  for (let i = 1; i < nodes.length; i++) {
    const d = (sc[i] ?? 0) - (sc[bi] ?? 0);
    if (d < 0 || (d === 0 && byName(nodes[i] ?? '', nodes[bi] ?? '') < 0)) bi = i;
  }
  return nodes[bi];
}

/**
 * `select_service_node` (ha-semantics.md §6.2 steps 1–7). Returns the node the service should be on, or
 * undefined when no node qualifies.
 */
export function selectServiceNode(ctx: SchedContext, s: ServiceView, pref: NodePreference): NodeName | undefined {
  const na = affinityOf(ctx, s.sid);
  const { allowed, preferred: pref0, preferredSet } = nodeAffinityFor(ctx, na);
  // 1. no preferred node online
  if (pref0.length === 0) return undefined;
  const neg = ctx.rules.negative.has(s.sid) ? negativeNodes(ctx, s.sid) : undefined;
  // 2. failback off: stay on any allowed node not forbidden by resource affinity
  if (pref === 'none' && !(ctx.rules.failback.get(s.sid) ?? true) && allowed.has(s.node) && !(neg?.has(s.node) ?? false)) {
    const pn2 = positiveNode(ctx, s.sid);
    if (pn2 === undefined || pn2 === s.node) return s.node;
  }
  const pn = positiveNode(ctx, s.sid);
  // Fast exit for the common case: steps 3–5 change nothing and step 6 keeps the service where it is.
  if (pref === 'none' && neg === undefined && pn === undefined && s.maintenanceNode === undefined && preferredSet.has(s.node)) return s.node;
  let preferred = pref0;
  // 3. try-next: drop the nodes that already failed
  if (pref === 'try-next' && s.failedNodes.length > 0) preferred = preferred.filter((n) => !s.failedNodes.includes(n));
  // 4. negative, then positive resource affinity
  if (neg && neg.size > 0) preferred = preferred.filter((n) => !neg.has(n));
  if (pn !== undefined) preferred = preferred.filter((n) => n === pn);
  if (preferred.length === 0) return undefined;
  // 5. move back after maintenance
  if (s.maintenanceNode !== undefined && preferred.includes(s.maintenanceNode)) return s.maintenanceNode;
  // 6. no rebalancing inside the top class
  if (pref === 'none' && preferred.includes(s.node)) return s.node;
  // 7. score (lower is better, ties by name)
  if (pref === 'try-next') {
    const ranked = rankNodes(ctx, s, preferred);
    const i = ranked.indexOf(s.node);
    if (i >= 0 && i + 1 < ranked.length) return ranked[i + 1];
    return ranked[0];
  }
  return bestNode(ctx, s, preferred);
}

export function newSchedContext(
  crs: Crs,
  online: NodeName[],
  rules: CompiledRules,
  services: ReadonlyMap<Sid, ServiceView>,
  nodeResources: Readonly<Record<NodeName, NodeResources>>,
): SchedContext {
  const sorted = [...online].sort();
  const ctx: SchedContext = { crs, online: sorted, onlineSet: new Set(sorted), usage: new Map(), rules, services, nodeResources, cache: new Map() };
  recomputeUsage(ctx);
  return ctx;
}
