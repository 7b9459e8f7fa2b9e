import type { HaLogKey } from './messages';
import type { Cluster, NodeName, Sid } from './types';

/**
 * Rules as the CRM uses them after its in-memory transforms (ha-semantics.md §4):
 * groups become node-affinity rules `ha-group-<id>` (strict = restricted, failback = !nofailback, §4.3),
 * a resource referenced by several node-affinity rules drops all of them (§4.1), infeasible resource-affinity
 * rules are dropped, overlapping positive rules are merged and negative relations are inherited (§4.2).
 */

/** Node affinity of one resource. `nodes === null`: no rule, every online node at priority 0. */
export type NodeAffinity = {
  /** Stable key, used to cache allowed/preferred per round. */
  key: string;
  nodes: ReadonlyMap<NodeName, number> | null;
  strict: boolean;
  /** Number of distinct priority classes among the listed nodes. */
  classes: number;
};

export type CompiledRules = {
  nodeAffinity: ReadonlyMap<Sid, NodeAffinity>;
  failback: ReadonlyMap<Sid, boolean>;
  /** Resources that must run together with the key (merged positive groups, without the key itself). */
  positive: ReadonlyMap<Sid, readonly Sid[]>;
  /** Resources that must not share a node with the key. */
  negative: ReadonlyMap<Sid, readonly Sid[]>;
  /** Rules dropped or transformed, for the timeline (a log key of `messages.ts` and its params). */
  notes: RuleNote[];
};

export type RuleNote = { ruleId: string; key: HaLogKey; params: Record<string, string | number> };

export const NO_AFFINITY: NodeAffinity = { key: '*', nodes: null, strict: false, classes: 1 };

function classesOf(nodes: ReadonlyMap<NodeName, number>): number {
  return new Set(nodes.values()).size;
}

export function compileRules(cluster: Cluster): CompiledRules {
  const notes: RuleNote[] = [];
  const sids = new Set(cluster.resources.map((r) => r.sid));
  const groups = new Map(cluster.groups.map((g) => [g.id, g]));

  // 1. Node-affinity candidates: groups (PVE 8, migrated in memory) and node-affinity rules (PVE 9).
  type NaRule = { id: string; resources: Sid[]; nodes: Map<NodeName, number>; strict: boolean };
  const naRules: NaRule[] = [];
  const failback = new Map<Sid, boolean>();
  const byGroup = new Map<string, Sid[]>();
  for (const r of cluster.resources) {
    if (r.group !== undefined && groups.has(r.group)) {
      const list = byGroup.get(r.group) ?? [];
      list.push(r.sid);
      byGroup.set(r.group, list);
    } else if (r.group !== undefined) {
      // ha-semantics.md §3: a group id that does not exist = the default group (all online nodes, priority 0).
      notes.push({ ruleId: r.group, key: 'ruleUnknownGroup', params: { sid: r.sid, group: r.group } });
    }
    failback.set(r.sid, r.failback ?? true);
  }
  for (const g of cluster.groups) {
    const members = byGroup.get(g.id);
    if (!members) continue; // groups nobody references are skipped (§4.3)
    naRules.push({ id: `ha-group-${g.id}`, resources: members, nodes: new Map(Object.entries(g.nodes)), strict: g.restricted });
    for (const sid of members) failback.set(sid, !g.nofailback);
  }
  for (const rule of cluster.rules) {
    if (rule.disabled || rule.type !== 'node-affinity') continue;
    naRules.push({ id: rule.id, resources: rule.resources.filter((s) => sids.has(s)), nodes: new Map(Object.entries(rule.nodes)), strict: rule.strict });
  }
  const refs = new Map<Sid, string[]>();
  for (const r of naRules) for (const sid of r.resources) refs.set(sid, [...(refs.get(sid) ?? []), r.id]);
  const droppedNa = new Set<string>();
  for (const [sid, ids] of refs) {
    if (ids.length < 2) continue;
    for (const id of ids) {
      if (droppedNa.has(id)) continue;
      droppedNa.add(id);
      notes.push({ ruleId: id, key: 'ruleDropMultiNodeAffinity', params: { id, sid, ids: ids.join(', ') } });
    }
  }
  const nodeAffinity = new Map<Sid, NodeAffinity>();
  for (const r of naRules) {
    if (droppedNa.has(r.id)) continue;
    const na: NodeAffinity = { key: r.id, nodes: r.nodes, strict: r.strict, classes: classesOf(r.nodes) };
    for (const sid of r.resources) nodeAffinity.set(sid, na);
  }

  // 2. Resource affinity.
  type RaRule = { id: string; resources: Sid[]; affinity: 'positive' | 'negative' };
  let ra: RaRule[] = [];
  const dropRa = (r: RaRule, key: HaLogKey, params: Record<string, string | number> = {}): void => {
    notes.push({ ruleId: r.id, key, params: { id: r.id, ...params } });
  };
  for (const rule of cluster.rules) {
    if (rule.disabled || rule.type !== 'resource-affinity') continue;
    const r: RaRule = { id: rule.id, resources: rule.resources.filter((s) => sids.has(s)), affinity: rule.affinity };
    if (r.resources.length < 2) {
      dropRa(r, 'ruleDropTooFew');
      continue;
    }
    if (r.affinity === 'negative' && r.resources.length > cluster.nodes.length) {
      dropRa(r, 'ruleDropNegativeTooMany', { n: r.resources.length, m: cluster.nodes.length });
      continue;
    }
    const multi = r.resources.find((s) => (nodeAffinity.get(s)?.classes ?? 1) > 1);
    if (multi !== undefined) {
      dropRa(r, 'ruleDropMultiPriority', { sid: multi });
      continue;
    }
    ra.push(r);
  }
  const conflicting = new Set<string>();
  for (const p of ra) {
    if (p.affinity !== 'positive') continue;
    for (const n of ra) {
      if (n.affinity !== 'negative') continue;
      const shared = p.resources.filter((s) => n.resources.includes(s));
      if (shared.length >= 2) {
        conflicting.add(p.id);
        conflicting.add(n.id);
      }
    }
  }
  for (const r of ra) {
    if (conflicting.has(r.id)) {
      dropRa(r, 'ruleDropConflict');
    }
  }
  ra = ra.filter((r) => !conflicting.has(r.id));

  // Merge overlapping positive rules (union-find over sids).
  const parent = new Map<Sid, Sid>();
  const find = (s: Sid): Sid => {
    let p = parent.get(s) ?? s;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p) ?? p;
    parent.set(s, p);
    return p;
  };
  for (const r of ra) {
    if (r.affinity !== 'positive') continue;
    const [first, ...rest] = r.resources;
    if (first === undefined) continue;
    for (const s of rest) {
      const a = find(first);
      const b = find(s);
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const posGroups = new Map<Sid, Sid[]>();
  for (const r of ra) {
    if (r.affinity !== 'positive') continue;
    for (const s of r.resources) {
      const root = find(s);
      const g = posGroups.get(root) ?? [];
      if (!g.includes(s)) g.push(s);
      posGroups.set(root, g);
    }
  }
  const positive = new Map<Sid, Sid[]>();
  for (const members of posGroups.values()) {
    members.sort();
    // Node affinity of one member is extended to the whole positive group; more than one is infeasible.
    const nas = [...new Set(members.map((s) => nodeAffinity.get(s)).filter((x): x is NodeAffinity => x !== undefined))];
    if (nas.length > 1) {
      notes.push({ ruleId: members.join(','), key: 'ruleDropPositiveMultiNodeAffinity', params: { sids: members.join(', ') } });
      continue;
    }
    const na = nas[0];
    if (na) for (const s of members) nodeAffinity.set(s, na);
    for (const s of members) positive.set(s, members.filter((o) => o !== s));
  }
  const negative = new Map<Sid, Set<Sid>>();
  const addNeg = (a: Sid, b: Sid): void => {
    if (a === b) return;
    const sa = negative.get(a) ?? new Set<Sid>();
    sa.add(b);
    negative.set(a, sa);
  };
  for (const r of ra) {
    if (r.affinity !== 'negative') continue;
    // Negative relations are inherited by positive partners (`_implicit-negative-…`).
    const expand = (s: Sid): Sid[] => [s, ...(positive.get(s) ?? [])];
    for (const a of r.resources) for (const b of r.resources) if (a !== b) for (const x of expand(a)) for (const y of expand(b)) {
      addNeg(x, y);
      addNeg(y, x);
    }
  }
  const negativeOut = new Map<Sid, Sid[]>();
  for (const [s, set] of negative) negativeOut.set(s, [...set].sort());

  return { nodeAffinity, failback, positive, negative: negativeOut, notes };
}
