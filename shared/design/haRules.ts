import type { HaRule, NodePriorities } from './types';

/**
 * Proxmox VE 9 HA rule feasibility, as pve-ha-manager checks it before using rules.cfg (ha-semantics §4):
 * a rule set that fails one of these checks has the offending rules DROPPED by the HA manager. The design
 * never emits such a set; this checker proves it and explains user-made sets.
 */
export type RuleViolationCode =
  | 'resource-in-several-node-affinity-rules'
  | 'resource-affinity-too-few-resources'
  | 'negative-more-resources-than-nodes'
  | 'positive-negative-share-resources'
  | 'resource-affinity-over-multi-priority-node-affinity'
  | 'positive-group-several-node-affinity-rules'
  | 'negative-fewer-allowed-nodes-than-resources'
  | 'unknown-node';

export type RuleViolation = { code: RuleViolationCode; rules: string[]; resources: string[] };

export function priorityClasses(nodes: NodePriorities): number[] {
  return [...new Set(Object.values(nodes))].sort((a, b) => b - a);
}

/** The nodes a node-affinity rule prefers: the highest priority class (HIGHER number = preferred). */
export function preferredNodes(nodes: NodePriorities): string[] {
  const top = priorityClasses(nodes)[0];
  return Object.keys(nodes).filter((n) => nodes[n] === top).sort();
}

export function checkHaRules(rules: HaRule[], clusterNodes: string[]): RuleViolation[] {
  const out: RuleViolation[] = [];
  const nodeSet = new Set(clusterNodes);
  const naOf = new Map<string, string[]>();
  const naById = new Map<string, Extract<HaRule, { type: 'node-affinity' }>>();
  for (const r of rules) {
    if (r.type !== 'node-affinity') continue;
    naById.set(r.id, r);
    for (const s of r.resources) {
      const list = naOf.get(s);
      if (list) list.push(r.id);
      else naOf.set(s, [r.id]);
    }
    const unknown = Object.keys(r.nodes).filter((n) => !nodeSet.has(n));
    if (unknown.length) out.push({ code: 'unknown-node', rules: [r.id], resources: unknown });
  }
  const multiClass = new Map<string, boolean>();
  for (const [id, r] of naById) multiClass.set(id, priorityClasses(r.nodes).length > 1);
  for (const [s, ids] of naOf) if (ids.length > 1) out.push({ code: 'resource-in-several-node-affinity-rules', rules: ids, resources: [s] });

  const ra = rules.filter((r): r is Extract<HaRule, { type: 'resource-affinity' }> => r.type === 'resource-affinity');
  for (const r of ra) {
    if (new Set(r.resources).size < 2) out.push({ code: 'resource-affinity-too-few-resources', rules: [r.id], resources: r.resources });
    if (r.affinity === 'negative' && r.resources.length > clusterNodes.length)
      out.push({ code: 'negative-more-resources-than-nodes', rules: [r.id], resources: r.resources });
    const multi = r.resources.filter((s) => (naOf.get(s) ?? []).some((id) => multiClass.get(id) === true));
    if (multi.length) out.push({ code: 'resource-affinity-over-multi-priority-node-affinity', rules: [r.id], resources: multi });
  }
  const pos = ra.filter((r) => r.affinity === 'positive');
  const neg = ra.filter((r) => r.affinity === 'negative');
  for (const p of pos) {
    const ps = new Set(p.resources);
    for (const n of neg) {
      const shared = n.resources.filter((s) => ps.has(s));
      if (shared.length >= 2) out.push({ code: 'positive-negative-share-resources', rules: [p.id, n.id], resources: shared });
    }
    const naIds = new Set(p.resources.flatMap((s) => naOf.get(s) ?? []));
    if (naIds.size > 1) out.push({ code: 'positive-group-several-node-affinity-rules', rules: [p.id, ...naIds], resources: p.resources });
  }
  for (const n of neg) {
    const allowed = new Set<string>();
    for (const s of n.resources) {
      const ids = naOf.get(s) ?? [];
      const strict = ids.map((id) => naById.get(id)).find((x) => x?.strict);
      for (const node of strict ? Object.keys(strict.nodes) : clusterNodes) allowed.add(node);
    }
    if (allowed.size < n.resources.length) out.push({ code: 'negative-fewer-allowed-nodes-than-resources', rules: [n.id], resources: n.resources });
  }
  return out;
}

export function formatNodePriorities(nodes: NodePriorities): string {
  return Object.entries(nodes)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([n, p]) => `${n}:${p}`)
    .join(',');
}

/** `pve1:2,pve2:1,pve3` → { pve1: 2, pve2: 1, pve3: 0 } (a node without a priority gets 0). */
export function parseNodePriorities(s: string): NodePriorities | undefined {
  const out: NodePriorities = {};
  for (const part of s.split(',').map((x) => x.trim()).filter(Boolean)) {
    const m = /^([A-Za-z0-9][A-Za-z0-9.-]*)(?::(\d+))?$/.exec(part);
    if (!m || !m[1]) return undefined;
    out[m[1]] = m[2] === undefined ? 0 : Number(m[2]);
  }
  return Object.keys(out).length ? out : undefined;
}

/** Proxmox rule / group id (`pve-configid`: `[A-Za-z][A-Za-z0-9_-]+`); we keep it lower-case and at most 60 characters. */
export function haId(raw: string): string {
  const s = raw.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/-+/g, '-').replace(/^[^a-z]+/, '').slice(0, 60).replace(/-+$/, '');
  // pve-configid needs at least two characters.
  if (s.length >= 2) return s;
  return s ? `${s}-rule` : 'rule';
}
