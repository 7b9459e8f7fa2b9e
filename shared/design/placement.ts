import type { Text } from '../i18n/text';
import { dt } from './dt';
import type {
  BindingConstraint,
  ClusterPlacement,
  NodeUtilisation,
  PlacedVm,
  PlacementRule,
  ReserveLevel,
  UnplacedReason,
} from './types';

/**
 * Placement of VMs on the nodes of one target cluster.
 *
 * Capacity of a node: memory × overcommit − host reserve (MiB) and cores × vCPU:core ratio (vCPUs).
 * HA reserve N+k: the nodes are filled to at most (total − the k largest nodes) / total of their capacity,
 * so the survivors can take the VMs of any k failed nodes. Positive (together) rules make one bundle of
 * VMs that is placed as a unit; negative (apart) rules keep bundles on different nodes; must/should rules
 * and pins restrict or prefer nodes. Bundles are placed largest and most constrained first, each on the
 * allowed node where the higher of its memory and CPU utilisation stays lowest (a balanced spread), which
 * is also close to what the HA manager's static scheduler does on recovery.
 */

export type PlacementVmInput = {
  key: string;
  name: string;
  vmid: number;
  vcpus?: number;
  memoryMiB?: number;
  poweredOn: boolean;
  /** Counted in the sizing (powered-off VMs can be left out). */
  counted: boolean;
  /** Node of its current ESXi host, used to break ties (keeps VMs where they are). */
  currentNode?: string;
  /** The VM's configured size on Proxmox when the sizing figures differ (measured basis): what HA sees. */
  configured?: { vcpus?: number; memoryMiB?: number };
};

/** `memoryReserveMiB`: memory this node keeps for Proxmox VE (and the ZFS ARC); default the input's `hostMemoryReserveMiB`. */
export type PlacementNodeInput = { name: string; cores: number; memoryMiB: number; memoryReserveMiB?: number };

export type PlacementInput = {
  nodes: PlacementNodeInput[];
  vms: PlacementVmInput[];
  rules: PlacementRule[];
  /** VM key → node. */
  pins: Record<string, string>;
  reserve: ReserveLevel;
  vcpuPerCore: number;
  memoryOvercommit: number;
  hostMemoryReserveMiB: number;
  /** Physical cores per node kept for Proxmox VE (not given to VMs). */
  cpuReserveCores?: number;
};

/** Usable vCPUs and memory of one node under the sizing model. */
export function nodeCapacity(n: PlacementNodeInput, input: Pick<PlacementInput, 'vcpuPerCore' | 'memoryOvercommit' | 'hostMemoryReserveMiB' | 'cpuReserveCores'>): { vcpus: number; memoryMiB: number } {
  return {
    vcpus: Math.max(0, n.cores - (input.cpuReserveCores ?? 0)) * input.vcpuPerCore,
    memoryMiB: Math.max(0, n.memoryMiB * input.memoryOvercommit - (n.memoryReserveMiB ?? input.hostMemoryReserveMiB)),
  };
}

export function reserveCount(r: ReserveLevel): number {
  return r === 'n+2' ? 2 : r === 'n+1' ? 1 : 0;
}

type Bundle = {
  idx: number;
  vms: number[];
  cpu: number;
  mem: number;
  /** Allowed node indexes, undefined = any. */
  allowed?: Set<number>;
  preferred?: Set<number>;
  avoid?: Set<number>;
  anti: number[];
  current?: number;
  pinConflict: boolean;
  weight: number;
};

type NodeState = { name: string; cpuCap: number; memCap: number; cpuLim: number; memLim: number; cpu: number; mem: number; anti: Map<number, number> };

export type PlacementCore = {
  /** Node index per VM (input order), -1 = not placed. */
  nodeOf: Int32Array;
  reasons: Map<number, UnplacedReason>;
  nodes: NodeState[];
  bundles: Bundle[];
  bundleOf: Int32Array;
  ruleFindings: Text[];
};

/** Union-find over VM indexes (path halving). */
function makeUnionFind(n: number): { find: (x: number) => number; union: (a: number, b: number) => void } {
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) {
      const gp = parent[parent[r] ?? r] ?? r;
      parent[r] = gp;
      r = gp;
    }
    return r;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a), rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  return { find, union };
}

function sizeOf(v: PlacementVmInput): { cpu: number; mem: number } {
  if (!v.counted) return { cpu: 0, mem: 0 };
  return { cpu: v.vcpus ?? 0, mem: v.memoryMiB ?? 0 };
}

/** The core assignment, exposed for the sizing loop and the bench. */
export function assign(input: PlacementInput, tighten = 1): PlacementCore {
  const { nodes: nodeIn, vms, rules } = input;
  const ruleFindings: Text[] = [];
  const vmIndex = new Map<string, number>();
  vms.forEach((v, i) => vmIndex.set(v.key, i));
  const nodeIndex = new Map<string, number>();
  nodeIn.forEach((n, i) => nodeIndex.set(n.name, i));

  // Bundles from "together" rules.
  const uf = makeUnionFind(vms.length);
  for (const r of rules) {
    if (r.kind !== 'together') continue;
    const idx = r.vmKeys.map((k) => vmIndex.get(k)).filter((x): x is number => x !== undefined);
    for (let i = 1; i < idx.length; i++) uf.union(idx[0] ?? 0, idx[i] ?? 0);
  }
  const bundleOf = new Int32Array(vms.length).fill(-1);
  const bundles: Bundle[] = [];
  for (let i = 0; i < vms.length; i++) {
    const root = uf.find(i);
    let b = bundleOf[root] ?? -1;
    if (b < 0) {
      b = bundles.length;
      bundleOf[root] = b;
      bundles.push({ idx: b, vms: [], cpu: 0, mem: 0, anti: [], pinConflict: false, weight: 0 });
    }
    bundleOf[i] = b;
    const bundle = bundles[b];
    if (!bundle) continue;
    bundle.vms.push(i);
    const s = sizeOf(vms[i] as PlacementVmInput);
    bundle.cpu += s.cpu;
    bundle.mem += s.mem;
    const cur = vms[i]?.currentNode;
    if (cur !== undefined && bundle.current === undefined) bundle.current = nodeIndex.get(cur);
  }

  const restrict = (b: Bundle, set: Set<number>) => {
    if (!b.allowed) b.allowed = new Set(set);
    else for (const x of [...b.allowed]) if (!set.has(x)) b.allowed.delete(x);
  };
  const all = new Set(nodeIn.map((_, i) => i));

  // Node rules and pins.
  rules.forEach((r) => {
    if (!('nodes' in r)) return;
    const ns = new Set(r.nodes.map((n) => nodeIndex.get(n)).filter((x): x is number => x !== undefined));
    for (const k of r.vmKeys) {
      const i = vmIndex.get(k);
      if (i === undefined) continue;
      const b = bundles[bundleOf[i] ?? -1];
      if (!b) continue;
      if (r.kind === 'must-run-on') restrict(b, ns);
      else if (r.kind === 'must-not-run-on') restrict(b, new Set([...all].filter((x) => !ns.has(x))));
      else if (r.kind === 'should-run-on') for (const x of ns) (b.preferred ??= new Set()).add(x);
      else for (const x of ns) (b.avoid ??= new Set()).add(x);
    }
  });
  const pinnedTo = new Map<number, string>();
  for (const [k, node] of Object.entries(input.pins)) {
    const i = vmIndex.get(k);
    if (i === undefined) continue;
    const b = bundles[bundleOf[i] ?? -1];
    if (!b) continue;
    const prev = pinnedTo.get(b.idx);
    if (prev !== undefined && prev !== node) b.pinConflict = true;
    pinnedTo.set(b.idx, node);
    const ni = nodeIndex.get(node);
    restrict(b, ni === undefined ? new Set() : new Set([ni]));
  }

  // Apart rules: an id per rule, attached to the bundles it touches (at most once per bundle).
  rules.forEach((r, ri) => {
    if (r.kind !== 'apart') return;
    const bs = new Set<number>();
    let clash = false;
    for (const k of r.vmKeys) {
      const i = vmIndex.get(k);
      if (i === undefined) continue;
      const b = bundleOf[i] ?? -1;
      if (bs.has(b)) clash = true;
      bs.add(b);
    }
    if (clash) ruleFindings.push(dt('design.place.togetherApartClash', { rule: r.name }));
    if (bs.size < 2) return;
    for (const b of bs) bundles[b]?.anti.push(ri);
  });

  // Capacity and reserve limits.
  const k = reserveCount(input.reserve);
  const nodes: NodeState[] = nodeIn.map((n) => ({
    name: n.name,
    cpuCap: nodeCapacity(n, input).vcpus,
    memCap: nodeCapacity(n, input).memoryMiB,
    cpuLim: 0,
    memLim: 0,
    cpu: 0,
    mem: 0,
    anti: new Map(),
  }));
  const limitFactor = (caps: number[]) => {
    const total = caps.reduce((a, b) => a + b, 0);
    if (total <= 0) return 0;
    const top = [...caps].sort((a, b) => b - a).slice(0, k).reduce((a, b) => a + b, 0);
    return Math.max(0, (total - top) / total);
  };
  const fCpu = limitFactor(nodes.map((n) => n.cpuCap));
  const fMem = limitFactor(nodes.map((n) => n.memCap));
  for (const n of nodes) {
    n.cpuLim = n.cpuCap * (k > 0 ? fCpu * tighten : 1);
    n.memLim = n.memCap * (k > 0 ? fMem * tighten : 1);
  }
  const avgMem = nodes.length ? nodes.reduce((a, n) => a + n.memCap, 0) / nodes.length : 1;
  const avgCpu = nodes.length ? nodes.reduce((a, n) => a + n.cpuCap, 0) / nodes.length : 1;
  for (const b of bundles) b.weight = b.mem / (avgMem || 1) + b.cpu / (avgCpu || 1);

  const order = [...bundles].sort((a, b) => {
    const ca = a.allowed ? a.allowed.size : nodes.length + 1;
    const cb = b.allowed ? b.allowed.size : nodes.length + 1;
    return ca - cb || b.anti.length - a.anti.length || b.weight - a.weight || a.idx - b.idx;
  });

  const nodeOf = new Int32Array(vms.length).fill(-1);
  const reasons = new Map<number, UnplacedReason>();
  const eps = 1e-9;
  for (const b of order) {
    let best = -1;
    let bestScore = Infinity;
    let bestPref = false;
    let anyAllowed = false;
    let anyFree = false;
    let fitsFull = false;
    let memFail = 0;
    let cpuFail = 0;
    const cands = b.allowed ?? all;
    if (!b.pinConflict) {
      for (const ni of cands) {
        const n = nodes[ni];
        if (!n) continue;
        anyAllowed = true;
        let blocked = false;
        for (const a of b.anti) if ((n.anti.get(a) ?? 0) > 0) { blocked = true; break; }
        if (blocked) continue;
        anyFree = true;
        const mem = n.mem + b.mem;
        const cpu = n.cpu + b.cpu;
        const memOk = mem <= n.memLim + eps;
        const cpuOk = cpu <= n.cpuLim + eps;
        if (!memOk || !cpuOk) {
          if (mem <= n.memCap + eps && cpu <= n.cpuCap + eps) fitsFull = true;
          if (!memOk) memFail++;
          else cpuFail++;
          continue;
        }
        const avoided = b.avoid?.has(ni) === true;
        const pref = b.preferred?.has(ni) === true && !avoided;
        const score = Math.max(n.memCap > 0 ? mem / n.memCap : mem > 0 ? Infinity : 0, n.cpuCap > 0 ? cpu / n.cpuCap : cpu > 0 ? Infinity : 0) + (avoided ? 1 : 0) - (ni === b.current ? 1e-6 : 0);
        if ((pref && !bestPref) || (pref === bestPref && score < bestScore - 1e-12)) {
          best = ni;
          bestScore = score;
          bestPref = pref;
        }
      }
    }
    if (best < 0) {
      let reason: UnplacedReason;
      if (nodes.length === 0) reason = 'no-nodes';
      else if (b.pinConflict || (!anyAllowed && pinnedTo.has(b.idx))) reason = 'pin';
      else if (!anyAllowed || !anyFree) reason = 'rules';
      else if (fitsFull) reason = 'reserve';
      else reason = memFail >= cpuFail ? 'memory' : 'cpu';
      for (const v of b.vms) reasons.set(v, reason);
      continue;
    }
    const n = nodes[best] as NodeState;
    n.mem += b.mem;
    n.cpu += b.cpu;
    for (const a of b.anti) n.anti.set(a, (n.anti.get(a) ?? 0) + 1);
    for (const v of b.vms) nodeOf[v] = best;
  }
  return { nodeOf, reasons, nodes, bundles, bundleOf, ruleFindings };
}

/** Successively lower fill limits tried when a failure would overcommit a survivor. */
const TIGHTEN_STEPS = [0.97, 0.94, 0.9, 0.85, 0.78, 0.7];

/**
 * Assign with the reserve, then prove it: fail each node and restart its VMs on the others; while some
 * survivor would be overcommitted (VMs come in lumps, so the proportional head-room is not always enough),
 * fill the nodes a little less and assign again.
 */
export function assignWithReserve(input: PlacementInput, opts: { stopOnUnplaced?: boolean } = {}): { core: PlacementCore; fail: FailureResult } {
  let core = assign(input);
  let fail = failureAnalysis(core);
  if (reserveCount(input.reserve) === 0) return { core, fail };
  for (const tighten of TIGHTEN_STEPS) {
    if (!fail.overflow || (opts.stopOnUnplaced && core.reasons.size > 0)) break;
    core = assign(input, tighten);
    fail = failureAnalysis(core);
  }
  return { core, fail };
}

type FailureResult = {
  /** Some survivor goes above 100 % memory or CPU after a single node failure. */
  overflow: boolean;
  /** Per surviving node, worst utilisation over all single failures and the failed node causing it. */
  worst: { cpuPct: number; memPct: number; failed?: string }[];
  /** VM index → node it fails over to when its node fails. */
  secondary: Int32Array;
  /** VMs that could not be restarted anywhere after their node failed. */
  stranded: number;
};

/** Fail each node in turn, restart its bundles (largest first) on the allowed node left least utilised (no anti clash). */
export function failureAnalysis(core: PlacementCore): FailureResult {
  const { nodes, bundles, nodeOf } = core;
  const worst = nodes.map(() => ({ cpuPct: 0, memPct: 0, failed: undefined as string | undefined }));
  const secondary = new Int32Array(nodeOf.length).fill(-1);
  let stranded = 0;
  let overflow = false;
  const byNode: Bundle[][] = nodes.map(() => []);
  for (const b of bundles) {
    const first = b.vms[0];
    if (first === undefined) continue;
    const ni = nodeOf[first] ?? -1;
    if (ni >= 0) byNode[ni]?.push(b);
  }
  for (let f = 0; f < nodes.length; f++) {
    if (nodes.length < 2) break;
    const extraMem = new Float64Array(nodes.length);
    const extraCpu = new Float64Array(nodes.length);
    const extraAnti: Map<number, number>[] = nodes.map(() => new Map());
    const moving = [...(byNode[f] ?? [])].sort((a, b) => b.mem - a.mem || a.idx - b.idx);
    for (const b of moving) {
      let best = -1;
      let bestFree = -Infinity;
      const cands = b.allowed ?? nodes.map((_, i) => i);
      for (const ni of cands) {
        if (ni === f) continue;
        const n = nodes[ni];
        if (!n) continue;
        let blocked = false;
        for (const a of b.anti) if ((n.anti.get(a) ?? 0) + (extraAnti[ni]?.get(a) ?? 0) > 0) { blocked = true; break; }
        if (blocked) continue;
        // Lowest resulting max(memory %, CPU %) — the HA static scheduler weighs memory most, but a plan must
        // keep both dimensions within capacity.
        const memU = n.memCap > 0 ? (n.mem + (extraMem[ni] ?? 0) + b.mem) / n.memCap : Infinity;
        const cpuU = n.cpuCap > 0 ? (n.cpu + (extraCpu[ni] ?? 0) + b.cpu) / n.cpuCap : b.cpu > 0 ? Infinity : 0;
        const free = -Math.max(memU, cpuU);
        if (free > bestFree + 1e-12) {
          bestFree = free;
          best = ni;
        }
      }
      if (best < 0) {
        stranded += b.vms.length;
        continue;
      }
      extraMem[best] = (extraMem[best] ?? 0) + b.mem;
      extraCpu[best] = (extraCpu[best] ?? 0) + b.cpu;
      const ea = extraAnti[best];
      if (ea) for (const a of b.anti) ea.set(a, (ea.get(a) ?? 0) + 1);
      for (const v of b.vms) secondary[v] = best;
    }
    for (let ni = 0; ni < nodes.length; ni++) {
      if (ni === f) continue;
      const n = nodes[ni] as NodeState;
      const memPct = n.memCap > 0 ? (100 * (n.mem + (extraMem[ni] ?? 0))) / n.memCap : 0;
      const cpuPct = n.cpuCap > 0 ? (100 * (n.cpu + (extraCpu[ni] ?? 0))) / n.cpuCap : 0;
      if (memPct > 100 + 1e-9 || cpuPct > 100 + 1e-9) overflow = true;
      const w = worst[ni];
      if (!w) continue;
      if (Math.max(memPct, cpuPct) > Math.max(w.memPct, w.cpuPct) + 1e-9) {
        w.memPct = memPct;
        w.cpuPct = cpuPct;
        w.failed = nodes[f]?.name;
      }
    }
  }
  return { worst, secondary, stranded, overflow };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function unplacedText(reason: UnplacedReason, p: { vm: string; node: string }): Text {
  switch (reason) {
    case 'memory': return dt('design.place.unplaced.memory', p);
    case 'cpu': return dt('design.place.unplaced.cpu', p);
    case 'reserve': return dt('design.place.unplaced.reserve', p);
    case 'rules': return dt('design.place.unplaced.rules', p);
    case 'pin': return dt('design.place.unplaced.pin', p);
    case 'no-nodes': return dt('design.place.unplaced.noNodes', p);
    case 'too-large': return dt('design.place.unplaced.tooLarge', p);
  }
}

/** The most common node hardware (ties: the larger), used for the sizing bound. */
export function referenceNode(nodes: PlacementNodeInput[]): PlacementNodeInput | undefined {
  const counts = new Map<string, { n: PlacementNodeInput; c: number }>();
  for (const n of nodes) {
    const key = `${n.cores}/${n.memoryMiB}`;
    const e = counts.get(key);
    if (e) e.c++;
    else counts.set(key, { n, c: 1 });
  }
  return [...counts.values()].sort((a, b) => b.c - a.c || b.n.memoryMiB - a.n.memoryMiB || b.n.cores - a.n.cores)[0]?.n;
}

/** `ceil(demand / node capacity)` over memory and CPU, plus the reserve. */
export function lowerBound(demand: { vcpus: number; memoryMiB: number }, cap: { vcpus: number; memoryMiB: number }, reserve: ReserveLevel): number {
  const mem = cap.memoryMiB > 0 ? Math.ceil(demand.memoryMiB / cap.memoryMiB) : Infinity;
  const cpu = cap.vcpus > 0 ? Math.ceil(demand.vcpus / cap.vcpus) : Infinity;
  return Math.max(1, mem, cpu) + reserveCount(reserve);
}

/**
 * Smallest count of reference nodes on which every VM is placed with the rules between VMs and the reserve
 * (rules and pins naming real nodes are left out: the nodes are hypothetical). Tries the lower bound first.
 */
export function minimumNodeCount(input: PlacementInput, ref: PlacementNodeInput, maxExtra = 16): number | undefined {
  const cap = nodeCapacity(ref, input);
  let demandCpu = 0, demandMem = 0;
  for (const v of input.vms) {
    const s = sizeOf(v);
    demandCpu += s.cpu;
    demandMem += s.mem;
  }
  const lb = lowerBound({ vcpus: demandCpu, memoryMiB: demandMem }, cap, input.reserve);
  if (!Number.isFinite(lb)) return undefined;
  const vmRules = input.rules.filter((r) => r.kind === 'together' || r.kind === 'apart');
  // A bundle bigger than one node never fits, whatever the count.
  const probe = assign({ ...input, nodes: [], rules: vmRules, pins: {} });
  if (probe.bundles.some((b) => b.mem > cap.memoryMiB || b.cpu > cap.vcpus)) return undefined;
  const vms = input.vms.map((v) => ({ ...v, currentNode: undefined }));
  const fits = (n: number): boolean => {
    const nodes = Array.from({ length: n }, (_, i) => ({ name: `ref${i + 1}`, cores: ref.cores, memoryMiB: ref.memoryMiB, memoryReserveMiB: ref.memoryReserveMiB }));
    const { core, fail } = assignWithReserve({ ...input, nodes, rules: vmRules, pins: {}, vms }, { stopOnUnplaced: true });
    return core.reasons.size === 0 && (reserveCount(input.reserve) === 0 || !fail.overflow);
  };
  // Usually the bound or the bound + 1; otherwise gallop up, then bisect (fitting is monotone in practice).
  if (fits(lb)) return lb;
  let lo = lb, hi = lb + 1, step = 1;
  while (!fits(hi)) {
    lo = hi;
    step *= 2;
    hi = lb + step;
    if (hi > lb + maxExtra) return undefined;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

export function placeCluster(input: PlacementInput, opts: { sizing?: boolean } = {}): ClusterPlacement {
  const { core, fail } = assignWithReserve(input);
  const { nodes, nodeOf } = core;
  const vms: PlacedVm[] = input.vms.map((v, i) => {
    const ni = nodeOf[i] ?? -1;
    const si = fail.secondary[i] ?? -1;
    const reason = core.reasons.get(i);
    return {
      vmKey: v.key,
      name: v.name,
      vmid: v.vmid,
      node: ni >= 0 ? nodes[ni]?.name : undefined,
      secondary: si >= 0 ? nodes[si]?.name : undefined,
      vcpus: v.vcpus ?? 0,
      memoryMiB: v.memoryMiB ?? 0,
      poweredOn: v.poweredOn,
      sizeUnknown: v.vcpus === undefined || v.memoryMiB === undefined,
      pinned: input.pins[v.key],
      configured: v.configured,
      unplaced: reason ? { reason, text: unplacedText(reason, { vm: v.name, node: input.pins[v.key] ?? '' }) } : undefined,
    };
  });
  const counts = new Int32Array(nodes.length);
  for (let i = 0; i < nodeOf.length; i++) {
    const ni = nodeOf[i] ?? -1;
    if (ni >= 0) counts[ni] = (counts[ni] ?? 0) + 1;
  }
  const utilisation: NodeUtilisation[] = nodes.map((n, ni) => ({
    node: n.name,
    vms: counts[ni] ?? 0,
    vcpus: n.cpu,
    memoryMiB: n.mem,
    cpuCapacity: n.cpuCap,
    memoryCapacityMiB: n.memCap,
    cpuPct: round1(n.cpuCap > 0 ? (100 * n.cpu) / n.cpuCap : 0),
    memoryPct: round1(n.memCap > 0 ? (100 * n.mem) / n.memCap : 0),
    cpuPctAfterFailure: round1(fail.worst[ni]?.cpuPct ?? 0),
    memoryPctAfterFailure: round1(fail.worst[ni]?.memPct ?? 0),
    worstFailedNode: fail.worst[ni]?.failed,
  }));

  let dCpu = 0, dMem = 0, unknown = 0;
  input.vms.forEach((v) => {
    const s = sizeOf(v);
    dCpu += s.cpu;
    dMem += s.mem;
    if (v.vcpus === undefined || v.memoryMiB === undefined) unknown++;
  });
  const ref = referenceNode(input.nodes);
  const cap = ref ? nodeCapacity(ref, input) : { vcpus: 0, memoryMiB: 0 };
  const lb = ref ? lowerBound({ vcpus: dCpu, memoryMiB: dMem }, cap, input.reserve) : 0;
  const minimumNodes = ref && opts.sizing !== false ? minimumNodeCount(input, ref) : undefined;

  const k = reserveCount(input.reserve);
  const memNodes = cap.memoryMiB > 0 ? Math.ceil(dMem / cap.memoryMiB) : 0;
  const cpuNodes = cap.vcpus > 0 ? Math.ceil(dCpu / cap.vcpus) : 0;
  const largestApart = Math.max(0, ...input.rules.filter((r) => r.kind === 'apart').map((r) => r.vmKeys.length));
  const reasons = [...core.reasons.values()];
  const n = input.nodes.length;
  const base = Math.max(memNodes, cpuNodes);
  let binding: BindingConstraint;
  if (dMem === 0 && dCpu === 0 && !reasons.length) binding = 'none';
  else if (reasons.some((r) => r === 'rules' || r === 'pin') || largestApart > Math.max(base + k, n)) binding = 'rules';
  else if (reasons.includes('reserve') || (k > 0 && n >= base && n < base + k)) binding = 'reserve';
  else binding = dMem / (cap.memoryMiB || 1) >= dCpu / (cap.vcpus || 1) ? 'memory' : 'cpu';
  const p = {
    mem: memNodes,
    cpu: cpuNodes,
    reserve: k,
    nodes: n,
    lb,
    min: minimumNodes ?? '?',
    apart: largestApart,
  };
  const bindingExplanation =
    binding === 'memory' ? dt('design.place.binding.memory', p)
    : binding === 'cpu' ? dt('design.place.binding.cpu', p)
    : binding === 'reserve' ? dt('design.place.binding.reserve', p)
    : binding === 'rules' ? dt('design.place.binding.rules', p)
    : dt('design.place.binding.none', p);
  const ruleFindings = [...core.ruleFindings];
  if (fail.stranded > 0) ruleFindings.push(dt('design.place.stranded', { count: fail.stranded }));
  return {
    vms,
    utilisation,
    bindingConstraint: binding,
    bindingExplanation,
    demand: { vcpus: dCpu, memoryMiB: dMem, vms: input.vms.length, sizeUnknown: unknown },
    nodeCapacity: cap,
    lowerBound: lb,
    minimumNodes,
    rules: input.rules,
    ruleFindings,
  };
}
