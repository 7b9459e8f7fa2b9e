import { affinityOf, maxCpu, measured, negativeNodes, nodeAffinityFor, nodeFractions, type SchedContext, type ServiceView } from './select';
import { CRS_CRITERIA, CRS_WEIGHTS, summarise, topsisScores, writeAlternative } from './topsis';
import type { NodeName, RebalanceMethod, Sid } from './types';

/**
 * Automatic rebalancing of the static and dynamic schedulers (pve-ha-manager 5.2, PVE 9.2+), written from
 * pve-ha-manager `src/PVE/HA/Manager.pm` (`load_balance`, `get_resource_migration_candidates`,
 * `get_active_stationary_movable_resource_bundles`) and proxmox-resource-scheduling `src/scheduler.rs`
 * (`calculate_node_imbalance`, `score_best_balancing_migration_candidates[_topsis]`), `src/node.rs`.
 *
 * - A node's load is the mean of its CPU and memory fractions. The cluster's imbalance is the coefficient of
 *   variation of the node loads (population standard deviation over the mean), divided by its maximum
 *   √(n−1) so that it runs from 0 (all equal) to 1 (everything on one node); 0 with fewer than 2 nodes or no
 *   load at all.
 * - Candidates: every "bundle" of started resources held together by positive resource affinity and all on one
 *   node (a single resource is a bundle of one), led by its alphabetically first member, may move to any node
 *   of the leader's top node-affinity priority class except its own and those hosting a negatively-affine
 *   resource. A bundle with a member in flight, or with a member excluded from rebalancing, is skipped.
 * - The moved usage is what the scheduler counts for the bundle (static: configured vCPUs — 0 for an unlimited
 *   container, as Proxmox does — and memory; dynamic: measured usage). The source loses it (never below 0), the
 *   target gains it.
 * - bruteforce: the candidate with the lowest resulting imbalance (ties: sid, source, target in byte order).
 *   topsis: the candidate whose resulting node fractions rank best by the same TOPSIS as placement (1 + RMS and
 *   1 + max of CPU and memory; weights 1, 2, 5, 10); ties keep the candidates' order.
 *
 * Uncertainties (stated in the README too): Proxmox truncates imbalances to 15 significant digits before
 * comparing; here the candidates are compared on the imbalance rounded to 1e-12 (computed incrementally, around
 * the current mean), and the winner's imbalance is then computed directly. Candidates closer than that are
 * decided by floating-point noise in Proxmox as well (its node order is a hash map's).
 */

export type MigrationCandidate = {
  leader: Sid;
  source: NodeName;
  target: NodeName;
  /** The bundle: the leader and its positively-affine partners on the same node. */
  resources: Sid[];
  /** Usage that moves with the bundle, in cores and MiB. */
  cpu: number;
  mem: number;
};

export type ScoredMigration = { candidate: MigrationCandidate; imbalance: number };

/** Per online node (ctx.online order): (CPU fraction + memory fraction) / 2 (`NodeStats::load`). */
export function nodeLoads(ctx: SchedContext): Float64Array {
  const { cpu, mem } = nodeFractions(ctx);
  const out = new Float64Array(cpu.length);
  for (let i = 0; i < out.length; i++) out[i] = ((cpu[i] ?? 0) + (mem[i] ?? 0)) / 2;
  return out;
}

/** `calculate_node_imbalance`: CV of the node loads over its upper bound √(n−1), in 0…1. */
export function imbalanceOf(loads: ArrayLike<number>): number {
  const n = loads.length;
  if (n < 2) return 0;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += loads[i] ?? 0;
  if (sum === 0) return 0;
  const mean = sum / n;
  let sq = 0;
  for (let i = 0; i < n; i++) sq += ((loads[i] ?? 0) - mean) ** 2;
  return Math.sqrt(sq / n) / mean / Math.sqrt(n - 1);
}

/** The current imbalance of the online nodes. */
export function clusterImbalance(ctx: SchedContext): number {
  return imbalanceOf(nodeLoads(ctx));
}

/** A started resource whose node is not online: Proxmox cannot score any migration then (`decompose_compact_migration_candidates`). */
export type CandidateFailure = { sid: Sid; node: NodeName };

/**
 * The migration candidates (`get_resource_migration_candidates`), in Proxmox's order: leaders by sid, targets
 * by node name. `movable(sid)` is false for resources excluded from rebalancing.
 */
export function migrationCandidates(ctx: SchedContext, movable: (sid: Sid) => boolean): { candidates: MigrationCandidate[]; failure?: CandidateFailure } {
  const bundles = new Map<Sid, Sid[]>();
  const sids = [...ctx.services.keys()].sort();
  outer: for (const sid of sids) {
    const s = ctx.services.get(sid);
    if (!s || s.state !== 'started' || !movable(sid)) continue;
    const members: Sid[] = [sid];
    const nodes = new Set<NodeName>([s.node]);
    for (const o of ctx.rules.positive.get(sid) ?? []) {
      const p = ctx.services.get(o);
      if (!p) continue;
      if (p.state === 'migrate' || p.state === 'relocate') continue outer;
      if (p.state !== 'started') continue;
      if (!movable(o)) continue outer;
      nodes.add(p.node);
      members.push(o);
    }
    if (nodes.size > 1) continue;
    members.sort();
    bundles.set(members[0] ?? sid, members);
  }
  const candidates: MigrationCandidate[] = [];
  for (const leader of [...bundles.keys()].sort()) {
    const members = bundles.get(leader) ?? [];
    const ls = ctx.services.get(leader);
    if (!ls) continue;
    const { preferred } = nodeAffinityFor(ctx, affinityOf(ctx, leader));
    const neg = negativeNodes(ctx, leader);
    const targets = preferred.filter((n) => n !== ls.node && !neg.has(n));
    if (targets.length === 0) continue;
    if (!ctx.onlineSet.has(ls.node)) return { candidates: [], failure: { sid: leader, node: ls.node } };
    let cpu = 0;
    let mem = 0;
    for (const m of members) {
      const s = ctx.services.get(m);
      if (!s) continue;
      const moved = movedUsage(ctx, s);
      cpu += moved.cpu;
      mem += moved.mem;
    }
    for (const target of targets) candidates.push({ leader, source: ls.node, target, resources: members, cpu, mem });
  }
  return { candidates };
}

/** The usage a resource takes along when it moves: static = its configured size, dynamic = its measured usage. */
function movedUsage(ctx: SchedContext, s: ServiceView): { cpu: number; mem: number } {
  if (ctx.crs === 'dynamic') {
    if (!s.running) return { cpu: 0, mem: 0 };
    const l = measured(s, ctx.nodeResources[s.node]?.cpus ?? 0);
    return { cpu: l.cpu, mem: l.memoryMiB };
  }
  return { cpu: maxCpu(s), mem: s.memoryMiB };
}

/** Node fractions after moving `c` (remove_running_resource never goes below 0). */
function movedFractions(ctx: SchedContext, c: MigrationCandidate): { si: number; ti: number; cpuS: number; memS: number; cpuT: number; memT: number } {
  const si = ctx.index.get(c.source) ?? -1;
  const ti = ctx.index.get(c.target) ?? -1;
  const us = ctx.usage.get(c.source);
  const ut = ctx.usage.get(c.target);
  const capS = ctx.nodeResources[c.source];
  const capT = ctx.nodeResources[c.target];
  const frac = (v: number, cap: number | undefined): number => (cap && cap > 0 ? v / cap : 0);
  return {
    si,
    ti,
    cpuS: frac(Math.max(0, (us?.cpu ?? 0) - c.cpu), capS?.cpus),
    memS: frac(Math.max(0, (us?.mem ?? 0) - c.mem), capS?.memoryMiB),
    cpuT: frac((ut?.cpu ?? 0) + c.cpu, capT?.cpus),
    memT: frac((ut?.mem ?? 0) + c.mem, capT?.memoryMiB),
  };
}

/** The imbalance after `c`, computed directly over all online nodes. */
export function imbalanceAfter(ctx: SchedContext, c: MigrationCandidate): number {
  const loads = nodeLoads(ctx);
  const f = movedFractions(ctx, c);
  if (f.si >= 0) loads[f.si] = (f.cpuS + f.memS) / 2;
  if (f.ti >= 0) loads[f.ti] = (f.cpuT + f.memT) / 2;
  return imbalanceOf(loads);
}

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `score_best_balancing_migration_candidates` with limit 1: the candidate leaving the lowest imbalance. */
export function bestByBruteforce(ctx: SchedContext, candidates: readonly MigrationCandidate[]): ScoredMigration | undefined {
  const n = ctx.online.length;
  if (candidates.length === 0) return undefined;
  const loads = nodeLoads(ctx);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += loads[i] ?? 0;
  const mu = n > 0 ? sum / n : 0;
  // Sums of the deviations from the current mean: the change of one candidate is then O(1) and well conditioned.
  let d1 = 0;
  let d2 = 0;
  for (let i = 0; i < n; i++) {
    const d = (loads[i] ?? 0) - mu;
    d1 += d;
    d2 += d * d;
  }
  let best: MigrationCandidate | undefined;
  let bestKey = Infinity;
  for (const c of candidates) {
    const f = movedFractions(ctx, c);
    let s1 = d1;
    let s2 = d2;
    let total = sum;
    const shift = (i: number, v: number): void => {
      if (i < 0) return;
      const old = (loads[i] ?? 0) - mu;
      const now = v - mu;
      s1 += now - old;
      s2 += now * now - old * old;
      total += v - (loads[i] ?? 0);
    };
    shift(f.si, (f.cpuS + f.memS) / 2);
    shift(f.ti, (f.cpuT + f.memT) / 2);
    let imb = 0;
    if (n >= 2 && total > 0) {
      const mean = total / n;
      const variance = Math.max(0, s2 / n - (s1 / n) ** 2);
      imb = Math.sqrt(variance) / mean / Math.sqrt(n - 1);
    }
    const key = Math.round(imb * 1e12);
    if (
      best === undefined ||
      key < bestKey ||
      (key === bestKey && (byteOrder(c.leader, best.leader) || byteOrder(c.source, best.source) || byteOrder(c.target, best.target)) < 0)
    ) {
      best = c;
      bestKey = key;
    }
  }
  return best ? { candidate: best, imbalance: imbalanceAfter(ctx, best) } : undefined;
}

/** `score_best_balancing_migration_candidates_topsis` with limit 1. */
export function bestByTopsis(ctx: SchedContext, candidates: readonly MigrationCandidate[]): ScoredMigration | undefined {
  if (candidates.length === 0) return undefined;
  const n = ctx.online.length;
  const { cpu, mem } = nodeFractions(ctx);
  const cs = summarise(cpu, n);
  const ms = summarise(mem, n);
  const m = new Float64Array(candidates.length * CRS_CRITERIA);
  for (const [row, c] of candidates.entries()) {
    const f = movedFractions(ctx, c);
    writeAlternative(m, row, cpu, mem, cs, ms, f.si, f.cpuS, f.memS, f.ti, f.cpuT, f.memT);
  }
  const scores = topsisScores(m, candidates.length, CRS_CRITERIA, CRS_WEIGHTS);
  let bi = 0;
  for (let i = 1; i < candidates.length; i++) if ((scores[i] ?? 0) > (scores[bi] ?? 0)) bi = i;
  const best = candidates[bi];
  return best ? { candidate: best, imbalance: imbalanceAfter(ctx, best) } : undefined;
}

export function bestBalancingMigration(ctx: SchedContext, candidates: readonly MigrationCandidate[], method: RebalanceMethod): ScoredMigration | undefined {
  return method === 'topsis' ? bestByTopsis(ctx, candidates) : bestByBruteforce(ctx, candidates);
}
