import { nodeNameFromHost } from '../../../shared/design/names';
import type { TargetNode } from '../../../shared/design/types';
import { designDecisions, updateClusterDecision, type Decisions, type NodeHardware } from '../../../shared/model/decisions';

/**
 * Edits of `decisions.design` that need the design's own knowledge (node keys and names). The plain edits
 * (pin, HA tier, reserve, shutdown policy) are in shared/model/decisions.ts beside the schema. Each takes
 * the project decisions and returns new ones; `updateDecisions(d => renameNode(d, …))` applies them.
 */

/** The key the design reads a node's hardware edit under: the ESXi host it replaces, else its name. */
export function nodeKey(node: TargetNode): string {
  return node.sourceHost ?? node.name;
}

export function setNodeHardware(
  d: Decisions,
  cluster: string,
  node: TargetNode,
  hw: NodeHardware,
): Decisions {
  return updateClusterDecision(d, cluster, (c) => {
    const all = { ...(c.nodeHardware ?? {}) };
    delete all[node.name];
    all[nodeKey(node)] = { ...hw };
    return { ...c, nodeHardware: all };
  });
}

/** Why a new node name cannot be used ('empty' | 'taken'), or the name the design will actually use. */
export function checkNodeName(
  raw: string,
  node: TargetNode,
  nodes: readonly TargetNode[],
): { ok: true; name: string } | { ok: false; code: 'empty' | 'taken'; name: string } {
  if (!raw.trim()) return { ok: false, code: 'empty', name: '' };
  const name = nodeNameFromHost(raw);
  if (nodes.some((n) => n !== node && n.name === name)) return { ok: false, code: 'taken', name };
  return { ok: true, name };
}

/**
 * Rename a node. The rename is keyed by the ESXi host it replaces (or by its original name), so renaming
 * twice replaces the first rename. Pins and node priorities that name the node follow it.
 */
export function renameNode(d: Decisions, cluster: string, node: TargetNode, rawName: string): Decisions {
  const to = nodeNameFromHost(rawName);
  if (!rawName.trim() || to === node.name) return d;
  const dd = designDecisions(d);
  const prev = dd.clusters[cluster]?.renameNodes ?? {};
  const renamedFrom = Object.entries(prev).find(([, v]) => nodeNameFromHost(v) === node.name)?.[0];
  const key = node.sourceHost ?? renamedFrom ?? node.name;
  const pins: Record<string, string> = {};
  for (const [k, v] of Object.entries(dd.pins)) pins[k] = v === node.name ? to : v;
  const nodePriorities: Record<string, Record<string, number>> = {};
  for (const [k, p] of Object.entries(dd.nodePriorities)) {
    const q: Record<string, number> = {};
    for (const [n, x] of Object.entries(p)) q[n === node.name ? to : n] = x;
    nodePriorities[k] = q;
  }
  const next = updateClusterDecision({ ...d, design: { ...dd, pins, nodePriorities } }, cluster, (c) => {
    const renameNodes = { ...(c.renameNodes ?? {}) };
    if (renamedFrom && renamedFrom !== key) delete renameNodes[renamedFrom];
    renameNodes[key] = to;
    const hw = { ...(c.nodeHardware ?? {}) };
    const own = hw[node.name];
    if (own && !node.sourceHost) {
      delete hw[node.name];
      hw[to] = own;
    }
    return { ...c, renameNodes, nodeHardware: hw };
  });
  return next;
}

/** A whole positive number from a form field, or undefined. */
export function parsePositiveInt(raw: string): number | undefined {
  const s = raw.trim();
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n > 0 && Number.isSafeInteger(n) ? n : undefined;
}
