import { NO_AFFINITY, type CompiledRules, type NodeAffinity } from './rules';
import { CRS_CRITERIA, CRS_WEIGHTS, summarise, topsisScores, writeAlternative } from './topsis';
import type { Crs, HaServiceState, MeasuredLoad, NodeName, NodeResources, Sid } from './types';

/**
 * `select_service_node` and the three schedulers (ha-semantics.md §6.2; pve-ha-manager `src/PVE/HA/Manager.pm`,
 * `src/PVE/HA/Usage/{Basic,Static,Dynamic}.pm`). Shared by the round-based engine and by the sweep fast path,
 * so both place resources identically.
 */

/** What the scheduler needs to know about a service. */
export type ServiceView = {
  sid: Sid;
  kind: 'vm' | 'ct';
  node: NodeName;
  target?: NodeName;
  state: HaServiceState;
  cores: number;
  memoryMiB: number;
  /** Containers: `cpulimit`, 0 = none. */
  cpulimit: number;
  /** Whether the guest really runs (its measured usage is in its node's stats). */
  running: boolean;
  /** Measured usage; a missing part = the full configured size (assumption, see README). */
  load?: Partial<MeasuredLoad>;
  maintenanceNode?: NodeName;
  failedNodes: NodeName[];
};

/**
 * The scheduler's view of one online node. `count`: HA resources using it (basic). `cpu`/`mem`: the node stats
 * the static or dynamic scheduler sees, in cores and MiB (static: the configured size of every resource using
 * the node; dynamic: the node's measured usage plus the configured size of resources about to start there).
 */
export type NodeUsage = { count: number; cpu: number; mem: number };

export type SchedContext = {
  crs: Crs;
  /** Online nodes (CRM node state `online`), sorted by name. */
  online: NodeName[];
  onlineSet: ReadonlySet<NodeName>;
  /** Position of each online node in `online`. */
  index: ReadonlyMap<NodeName, number>;
  usage: Map<NodeName, NodeUsage>;
  rules: CompiledRules;
  services: ReadonlyMap<Sid, ServiceView>;
  nodeResources: Readonly<Record<NodeName, NodeResources>>;
  /** allowed/preferred per node-affinity key, valid while `online` does not change. */
  cache: Map<string, Affinity>;
  /** CPU and memory fractions per online node, kept in step with `usage` once computed (scoring hot path). */
  fractions?: { cpu: Float64Array; mem: Float64Array };
  /** Reused buffers of the scoring (one alternative per online node) and the capacities in `online` order. */
  scratch?: { m: Float64Array; scores: Float64Array; cpus: Float64Array; mem: Float64Array };
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

/**
 * The CPU the static scheduler counts for a guest (`max-cpu`): a VM's vCPUs; a container's `cpulimit`, else its
 * cores (pve-container `src/PVE/LXC/Config.pm` `get_derived_property`: `cpulimit || cores || 0`). 0 = unlimited.
 */
export function maxCpu(s: Pick<ServiceView, 'kind' | 'cores' | 'cpulimit'>): number {
  return s.kind === 'ct' ? s.cpulimit || s.cores || 0 : s.cores;
}

/** A guest's CPU as if started on a node with `nodeCpus` CPUs: an unlimited guest counts the whole node (`add_started_resource`). */
export function startedCpu(s: Pick<ServiceView, 'kind' | 'cores' | 'cpulimit'>, nodeCpus: number): number {
  const m = maxCpu(s);
  return m > 0 ? m : nodeCpus;
}

/** A guest's measured usage. Assumption: without a measured `load`, it uses its full configured size. */
export function measured(s: ServiceView, nodeCpus: number): MeasuredLoad {
  return { cpu: s.load?.cpu ?? startedCpu(s, nodeCpus), memoryMiB: s.load?.memoryMiB ?? s.memoryMiB };
}

/**
 * A resource the dynamic scheduler adds at its configured size because its usage is not measured yet: started
 * but not running, or waiting to be moved before its start (`Usage.pm` `add_service_usage`: `running` is false).
 */
function isStarting(s: ServiceView): boolean {
  return (s.state === 'started' && !s.running) || s.state === 'request_start_balance';
}

export function addUsage(ctx: SchedContext, s: ServiceView, node: NodeName): void {
  const u = ctx.usage.get(node);
  if (!u) return;
  u.count += 1;
  if (ctx.crs === 'static' || (ctx.crs === 'dynamic' && isStarting(s))) {
    const cap = ctx.nodeResources[node];
    u.cpu += startedCpu(s, cap?.cpus ?? 0);
    u.mem += s.memoryMiB;
    const f = ctx.fractions;
    const i = f ? ctx.index.get(node) : undefined;
    if (f && i !== undefined && cap) {
      f.cpu[i] = cap.cpus > 0 ? u.cpu / cap.cpus : 0;
      f.mem[i] = cap.memoryMiB > 0 ? u.mem / cap.memoryMiB : 0;
    }
  }
}

/** Recompute usage of the online nodes from the service states (`recompute_online_node_usage`). */
export function recomputeUsage(ctx: SchedContext): void {
  ctx.usage.clear();
  ctx.fractions = undefined;
  const dynamic = ctx.crs === 'dynamic';
  for (const n of ctx.online) {
    const base = dynamic ? ctx.nodeResources[n]?.load : undefined;
    ctx.usage.set(n, { count: 0, cpu: base?.cpu ?? 0, mem: base?.memoryMiB ?? 0 });
  }
  for (const s of ctx.services.values()) {
    // usedNodes() without the array (hot path: every service, every pass).
    if (USES_CURRENT.has(s.state)) addUsage(ctx, s, s.node);
    if (s.target !== undefined && s.target !== s.node && USES_TARGET.has(s.state)) addUsage(ctx, s, s.target);
    // Dynamic: a node's measured usage contains every guest really running on it, whatever its HA state.
    if (dynamic && s.running) {
      const u = ctx.usage.get(s.node);
      if (u) {
        const l = measured(s, ctx.nodeResources[s.node]?.cpus ?? 0);
        u.cpu += l.cpu;
        u.mem += l.memoryMiB;
      }
    }
  }
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

export function affinityOf(ctx: SchedContext, sid: Sid): NodeAffinity {
  return ctx.rules.nodeAffinity.get(sid) ?? NO_AFFINITY;
}

/** Online nodes where a negatively-affine resource runs or is moving to (`get_resource_affinity`, `separate`). */
export function negativeNodes(ctx: SchedContext, sid: Sid): Set<NodeName> {
  const out = new Set<NodeName>();
  for (const o of ctx.rules.negative.get(sid) ?? []) {
    const s = ctx.services.get(o);
    if (s) for (const n of usedNodes(s)) if (ctx.onlineSet.has(n)) out.add(n);
  }
  return out;
}

/**
 * Online nodes used by positively-affine resources, with how many of them use each (`get_resource_affinity`,
 * `together`): a resource in flight counts on its current and on its target node.
 */
function positiveCounts(ctx: SchedContext, sid: Sid): Map<NodeName, number> | undefined {
  const partners = ctx.rules.positive.get(sid);
  if (!partners || partners.length === 0) return undefined;
  const together = new Map<NodeName, number>();
  for (const o of partners) {
    const s = ctx.services.get(o);
    if (!s) continue;
    for (const n of usedNodes(s)) if (ctx.onlineSet.has(n)) together.set(n, (together.get(n) ?? 0) + 1);
  }
  return together;
}

/**
 * `apply_positive_resource_affinity` (pve-ha-manager `src/PVE/HA/Rules/ResourceAffinity.pm`): nodes of the
 * partners that are not candidates are forgotten first; if any remain, only the one hosting most partners
 * (ties: the alphabetically first) stays a candidate. So partners sitting outside the resource's preferred
 * nodes do not hold it back: with a node-affinity rule inherited by the whole positive group, the first member
 * moves to the preferred node and the others follow it there.
 */
function applyPositive(together: Map<NodeName, number>, candidates: readonly NodeName[]): readonly NodeName[] {
  let best: NodeName | undefined;
  let bestCount = 0;
  for (const n of candidates) {
    const c = together.get(n) ?? 0;
    // Candidates come in name order, so the first node with the highest count wins ties.
    if (c > bestCount) {
      best = n;
      bestCount = c;
    }
  }
  return best === undefined ? candidates : [best];
}

/** Per online node (in `ctx.online` order): CPU and memory as fractions of its capacity (a fresh copy). */
export function nodeFractions(ctx: SchedContext): { cpu: Float64Array; mem: Float64Array } {
  const f = cachedFractions(ctx);
  return { cpu: f.cpu.slice(), mem: f.mem.slice() };
}

function cachedFractions(ctx: SchedContext): { cpu: Float64Array; mem: Float64Array } {
  if (ctx.fractions) return ctx.fractions;
  const n = ctx.online.length;
  const cpu = new Float64Array(n);
  const mem = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const name = ctx.online[i] ?? '';
    const cap = ctx.nodeResources[name];
    const u = ctx.usage.get(name);
    cpu[i] = cap && u && cap.cpus > 0 ? u.cpu / cap.cpus : 0;
    mem[i] = cap && u && cap.memoryMiB > 0 ? u.mem / cap.memoryMiB : 0;
  }
  ctx.fractions = { cpu, mem };
  return ctx.fractions;
}

/**
 * Scores of the candidate nodes, lower is better.
 *
 * Basic (`Usage/Basic.pm`): the number of HA resources using the node.
 *
 * Static and dynamic (`Usage/Static.pm`, `Usage/Dynamic.pm` → proxmox-resource-scheduling `src/scheduler.rs`
 * `score_nodes_to_start_resource`): one alternative per ONLINE node — not only per candidate — with the guest
 * added to that node at its configured size (an unlimited guest counts the node's CPU count), ranked by TOPSIS
 * over 1 + RMS and 1 + max of the CPU and memory fractions (see `topsis.ts`). The score is minus the TOPSIS
 * score, rounded to 1e-9 so that equal nodes tie and fall back to the node name, whatever the summation order
 * (Proxmox itself sums in hash order, so its last bits are not reproducible either).
 */
export function scoreNodes(ctx: SchedContext, s: ServiceView, nodes: readonly NodeName[]): Float64Array {
  const out = new Float64Array(nodes.length);
  if (ctx.crs === 'basic') {
    for (let i = 0; i < nodes.length; i++) out[i] = ctx.usage.get(nodes[i] ?? '')?.count ?? 0;
    return out;
  }
  const n = ctx.online.length;
  const { cpu, mem } = cachedFractions(ctx);
  const cs = summarise(cpu, n);
  const ms = summarise(mem, n);
  const sc = scratchOf(ctx);
  const { m } = sc;
  const want = maxCpu(s);
  for (let i = 0; i < n; i++) {
    const cpus = sc.cpus[i] ?? 0;
    const memCap = sc.mem[i] ?? 0;
    const addCpu = cpus > 0 ? (want > 0 ? want : cpus) / cpus : 0;
    const addMem = memCap > 0 ? s.memoryMiB / memCap : 0;
    writeAlternative(m, i, cpu, mem, cs, ms, i, (cpu[i] ?? 0) + addCpu, (mem[i] ?? 0) + addMem);
  }
  const scores = topsisScores(m, n, CRS_CRITERIA, CRS_WEIGHTS, sc.scores);
  for (let i = 0; i < nodes.length; i++) {
    const at = ctx.index.get(nodes[i] ?? '');
    out[i] = at === undefined ? 0 : -Math.round((scores[at] ?? 0) * 1e9) / 1e9;
  }
  return out;
}

function scratchOf(ctx: SchedContext): NonNullable<SchedContext['scratch']> {
  if (ctx.scratch) return ctx.scratch;
  const n = ctx.online.length;
  const cpus = new Float64Array(n);
  const mem = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const cap = ctx.nodeResources[ctx.online[i] ?? ''];
    cpus[i] = cap?.cpus ?? 0;
    mem[i] = cap?.memoryMiB ?? 0;
  }
  ctx.scratch = { m: new Float64Array(n * CRS_CRITERIA), scores: new Float64Array(n), cpus, mem };
  return ctx.scratch;
}

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
 * `select_service_node` (ha-semantics.md §6.2 steps 1–7; `Manager.pm`). Returns the node the service should be
 * on, or undefined when no node qualifies.
 */
export function selectServiceNode(ctx: SchedContext, s: ServiceView, pref: NodePreference): NodeName | undefined {
  const na = affinityOf(ctx, s.sid);
  const { allowed, preferred: pref0, preferredSet } = nodeAffinityFor(ctx, na);
  // 1. no preferred node online
  if (pref0.length === 0) return undefined;
  const neg = ctx.rules.negative.has(s.sid) ? negativeNodes(ctx, s.sid) : undefined;
  const together = positiveCounts(ctx, s.sid);
  // 2. failback off: stay on an allowed node that resource affinity allows (`is_allowed_on_node`: a partner
  //    runs there, or no negatively-affine resource does).
  if (pref === 'none' && !(ctx.rules.failback.get(s.sid) ?? true) && allowed.has(s.node)) {
    if ((together?.get(s.node) ?? 0) > 0 || !(neg?.has(s.node) ?? false)) return s.node;
  }
  // Fast exit for the common case: steps 3–5 change nothing and step 6 keeps the service where it is.
  if (pref === 'none' && neg === undefined && together === undefined && s.maintenanceNode === undefined && preferredSet.has(s.node)) return s.node;
  let preferred = pref0;
  // 3. try-next: drop the nodes that already failed
  if (pref === 'try-next' && s.failedNodes.length > 0) preferred = preferred.filter((n) => !s.failedNodes.includes(n));
  // 4. negative, then positive resource affinity
  if (neg && neg.size > 0) preferred = preferred.filter((n) => !neg.has(n));
  if (together && together.size > 0) preferred = applyPositive(together, preferred);
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

/** A scheduler context over `online` with the given usage (recomputed from the services when absent). */
export function newSchedContext(
  crs: Crs,
  online: NodeName[],
  rules: CompiledRules,
  services: ReadonlyMap<Sid, ServiceView>,
  nodeResources: Readonly<Record<NodeName, NodeResources>>,
  usage?: Map<NodeName, NodeUsage>,
): SchedContext {
  const sorted = [...online].sort();
  const index = new Map<NodeName, number>();
  for (const [i, n] of sorted.entries()) index.set(n, i);
  const ctx: SchedContext = { crs, online: sorted, onlineSet: new Set(sorted), index, usage: usage ?? new Map(), rules, services, nodeResources, cache: new Map() };
  if (!usage) recomputeUsage(ctx);
  return ctx;
}
