import type { DesignResult, TargetNode } from '../design/types';
import type { ClusterSubscription, ProxmoxNodeRow, SubscriptionTier } from './types';

/**
 * Proxmox VE subscriptions are counted per physical CPU socket of every node, and every node of a cluster
 * must be on the same level (Subscription Agreement; 2026 prices from a third-party report — see
 * ../shared/domain/proxmox-facts.md §1.1). Nodes are taken from the target design whatever their origin:
 * reused ESXi hosts, replacement hardware and nodes the design adds.
 */

/** True when the design adds the node as hardware to buy: replacement hardware, or a node that reuses no ESXi host. */
export function needsHardware(n: TargetNode): boolean {
  const flagged = (n as TargetNode & { added?: boolean }).added === true;
  return flagged || n.origin === 'new-hardware' || n.sourceHost === undefined;
}

/** The price-book key of a node model: sockets, cores and memory (`2s-32c-512g`). */
export function nodeModel(n: Pick<TargetNode, 'sockets' | 'cores' | 'memoryMiB'>): string {
  return `${n.sockets}s-${n.cores}c-${Math.round(n.memoryMiB / 1024)}g`;
}

export function proxmoxNodes(design: DesignResult): ProxmoxNodeRow[] {
  return design.clusters.flatMap((c) =>
    c.nodes.map((n) => ({ cluster: c.name, node: n.name, sockets: n.sockets, needsHardware: needsHardware(n), model: nodeModel(n), origin: n.origin })),
  );
}

/** One subscription level per target cluster, counted over the sockets of all its nodes. */
export function clusterSubscriptions(design: DesignResult, tierOf: (cluster: string) => SubscriptionTier): ClusterSubscription[] {
  return design.clusters
    .filter((c) => c.nodes.length > 0)
    .map((c) => {
      const unknown = c.nodes.filter((n) => !(n.sockets > 0)).map((n) => n.name);
      return {
        cluster: c.name,
        tier: tierOf(c.name),
        nodes: c.nodes.length,
        sockets: c.nodes.reduce((s, n) => s + (n.sockets > 0 ? n.sockets : 0), 0),
        unknownSocketNodes: unknown,
        addedNodes: c.nodes.filter(needsHardware).length,
      };
    });
}
