import {
  readDesignDecisions,
  type ClusterDecision,
  type DesignDecisions,
  type NodeHardware,
} from '../../../shared/design/decisions';
import { nodeNameFromHost } from '../../../shared/design/names';
import type { HaTier, ReserveLevel, ShutdownPolicy, TargetNode } from '../../../shared/design/types';
import type { Decisions } from '../../../shared/model/project';

/**
 * Pure edits of `decisions.design` made by the Design and HA views. Each takes the project decisions and
 * returns new ones (the input is never mutated); `updateDecisions(d => pinVm(d, …))` applies them.
 */

function withDesign(d: Decisions, change: (dd: DesignDecisions) => DesignDecisions): Decisions {
  return { ...d, design: change(readDesignDecisions(d)) };
}

function withCluster(
  d: Decisions,
  cluster: string,
  change: (c: ClusterDecision) => ClusterDecision,
): Decisions {
  return withDesign(d, (dd) => ({
    ...dd,
    clusters: { ...dd.clusters, [cluster]: change({ ...(dd.clusters[cluster] ?? {}) }) },
  }));
}

export function setReserve(d: Decisions, cluster: string, reserve: ReserveLevel): Decisions {
  return withCluster(d, cluster, (c) => ({ ...c, reserve }));
}

export function setShutdownPolicy(d: Decisions, cluster: string, policy: ShutdownPolicy): Decisions {
  return withCluster(d, cluster, (c) => ({ ...c, shutdownPolicy: policy }));
}

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
  return withCluster(d, cluster, (c) => {
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
  const dd = readDesignDecisions(d);
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
  const next = withCluster({ ...d, design: { ...dd, pins, nodePriorities } }, cluster, (c) => {
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

/** Pin a VM to a node, or remove its pin (`node` undefined). */
export function pinVm(d: Decisions, vmKey: string, node: string | undefined): Decisions {
  return withDesign(d, (dd) => {
    const pins = { ...dd.pins };
    if (node) pins[vmKey] = node;
    else delete pins[vmKey];
    return { ...dd, pins };
  });
}

/** Set a VM's HA tier, or go back to the tier derived from vSphere (`tier` undefined). */
export function setHaTier(d: Decisions, vmKey: string, tier: HaTier | undefined): Decisions {
  return withDesign(d, (dd) => {
    const haTiers = { ...dd.haTiers };
    if (tier === undefined) delete haTiers[vmKey];
    else haTiers[vmKey] = tier;
    return { ...dd, haTiers };
  });
}

/** A whole positive number from a form field, or undefined. */
export function parsePositiveInt(raw: string): number | undefined {
  const s = raw.trim();
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n > 0 && Number.isSafeInteger(n) ? n : undefined;
}
