import type { Host, Inventory, Vm } from '../model/inventory';
import { migratableVms } from '../model/inventory';
import type { ClusterDecision, DesignDecisions } from '../model/decisions';
import { CLUSTER_NAME_MAX, NODE_NAME_MAX, clusterNameFrom, nodeNameFromHost, uniqueName } from './names';
import { isWitnessHost } from './sizing';
import type { TargetNode } from './types';

/** A target cluster before quorum, placement and HA are worked out. */
export type ClusterSkeleton = {
  name: string;
  sourceClusters: string[];
  nodes: TargetNode[];
  /** ESXi host name → node name (for DRS host groups and the VMs' current host). */
  nodeOfHost: Record<string, string>;
  vms: Vm[];
  /** The ESXi hosts of the source clusters today (before any node is removed or replaced). */
  sourceHosts: Host[];
  vsphereHaEnabled?: boolean;
  /** vSphere cluster default HA restart priority. */
  clusterRestartPriority?: string;
  decision: ClusterDecision;
  /** Sanity messages (assumed hardware, unknown names). */
  hardwareAssumed: string[];
};

/** The vSphere cluster a VM or host belongs to; standalone hosts form their own "cluster". */
export function vsphereClusterOf(x: { cluster?: string; host?: string; name?: string }, isHost = false): string {
  if (x.cluster) return x.cluster;
  const host = isHost ? x.name : x.host;
  return host ? `standalone:${host}` : 'unassigned';
}

function median(xs: number[]): number | undefined {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function nodeFromHost(h: Host, name: string, peers: Host[]): TargetNode {
  const known = (f: (x: Host) => number | undefined) => peers.map(f).filter((v): v is number => v !== undefined && v > 0);
  const sockets = h.sockets ?? median(known((x) => x.sockets));
  const cores = h.cores ?? (h.sockets && h.coresPerSocket ? h.sockets * h.coresPerSocket : undefined) ?? median(known((x) => x.cores));
  const memoryMiB = h.memoryMiB ?? median(known((x) => x.memoryMiB));
  const assumed = h.sockets === undefined || h.cores === undefined || h.memoryMiB === undefined;
  return {
    name,
    sourceHost: h.name,
    sockets: sockets ?? 0,
    cores: cores ?? 0,
    memoryMiB: memoryMiB ?? 0,
    origin: assumed ? 'assumed' : 'imported',
    hardwareAssumed: assumed || undefined,
    threads: h.threads,
  };
}

/**
 * One Proxmox cluster per vSphere cluster (standalone hosts each become a one-node cluster), reusing the
 * hosts as nodes; decisions rename, consolidate, change hardware, add or remove nodes, or replace the
 * hosts with new hardware. Deterministic: clusters and nodes are sorted by name.
 */
export function buildClusterSkeletons(inv: Inventory, dd: DesignDecisions): ClusterSkeleton[] {
  const vms = migratableVms(inv);
  // Some exports leave a host's cluster empty while its VMs name it (or the reverse): infer the missing side
  // from the other, taking the cluster most of the host's VMs report.
  const votes = new Map<string, Map<string, number>>();
  for (const v of vms) {
    if (!v.host || !v.cluster) continue;
    const m = votes.get(v.host) ?? new Map<string, number>();
    m.set(v.cluster, (m.get(v.cluster) ?? 0) + 1);
    votes.set(v.host, m);
  }
  const inferred = new Map<string, string>();
  for (const h of inv.hosts) {
    if (h.cluster) {
      inferred.set(h.name, h.cluster);
      continue;
    }
    const m = votes.get(h.name);
    if (!m) continue;
    const best = [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) inferred.set(h.name, best[0]);
  }
  const hostCluster = (h: Host): string => vsphereClusterOf({ ...h, cluster: inferred.get(h.name) }, true);
  const vmCluster = (v: (typeof vms)[number]): string => vsphereClusterOf({ ...v, cluster: v.cluster ?? (v.host ? inferred.get(v.host) : undefined) });
  // A vSAN witness host (the witness appliance seen as an ESXi host) is not a target cluster.
  const hosts = inv.hosts.filter((h) => !(isWitnessHost(h) && !vms.some((v) => v.host === h.name)));
  const vsNames = new Set<string>();
  for (const c of inv.clusters) vsNames.add(c.name);
  for (const h of hosts) vsNames.add(hostCluster(h));
  for (const v of vms) vsNames.add(vmCluster(v));

  // vSphere cluster → target name (decision, else sanitised); distinct vSphere clusters that sanitise to
  // the same name stay distinct unless the user consolidated them on purpose.
  const takenTargets = new Set<string>();
  const targetOf = new Map<string, string>();
  const explicit = new Set(Object.values(dd.clusterTargets).map((n) => clusterNameFrom(n)));
  for (const n of explicit) takenTargets.add(n);
  for (const vs of [...vsNames].sort()) {
    const dec = dd.clusterTargets[vs];
    if (dec) targetOf.set(vs, clusterNameFrom(dec));
    else {
      const base = vs.startsWith('standalone:') ? nodeNameFromHost(vs.slice('standalone:'.length)) : vs;
      targetOf.set(vs, uniqueName(clusterNameFrom(base), takenTargets, CLUSTER_NAME_MAX));
    }
  }

  const byTarget = new Map<string, ClusterSkeleton>();
  const skel = (target: string): ClusterSkeleton => {
    let s = byTarget.get(target);
    if (!s) {
      s = { name: target, sourceClusters: [], nodes: [], nodeOfHost: {}, vms: [], sourceHosts: [], decision: dd.clusters[target] ?? {}, hardwareAssumed: [] };
      byTarget.set(target, s);
    }
    return s;
  };
  for (const vs of [...vsNames].sort()) {
    const s = skel(targetOf.get(vs) ?? vs);
    s.sourceClusters.push(vs);
    const c = inv.clusters.find((x) => x.name === vs);
    if (c) {
      if (c.haEnabled !== undefined) s.vsphereHaEnabled = (s.vsphereHaEnabled ?? false) || c.haEnabled;
      if (c.restartPriority && !s.clusterRestartPriority) s.clusterRestartPriority = c.restartPriority;
    }
  }

  const hostsByTarget = new Map<string, Host[]>();
  for (const h of [...hosts].sort((a, b) => a.name.localeCompare(b.name))) {
    const t = targetOf.get(hostCluster(h));
    if (!t) continue;
    const list = hostsByTarget.get(t) ?? [];
    list.push(h);
    hostsByTarget.set(t, list);
  }
  for (const v of vms) skel(targetOf.get(vmCluster(v)) ?? 'unassigned').vms.push(v);

  for (const s of byTarget.values()) {
    const hosts = hostsByTarget.get(s.name) ?? [];
    s.sourceHosts = hosts;
    const dec = s.decision;
    const taken = new Set<string>();
    let nodes: TargetNode[] = [];
    for (const h of hosts) {
      const base = nodeNameFromHost(h.name);
      const name = uniqueName(base, taken, NODE_NAME_MAX);
      const node = nodeFromHost(h, name, hosts);
      if (node.hardwareAssumed) s.hardwareAssumed.push(node.name);
      nodes.push(node);
      s.nodeOfHost[h.name] = name;
    }
    if (dec.newHardware) {
      const hw = dec.newHardware;
      const prefix = clusterNameFrom(hw.namePrefix ?? `${s.name}-pve`);
      nodes = [];
      const taken2 = new Set<string>();
      for (let i = 1; i <= hw.count; i++) {
        const name = uniqueName(`${prefix}${String(i).padStart(2, '0')}`, taken2, NODE_NAME_MAX);
        nodes.push({ name, sockets: hw.sockets, cores: hw.cores, memoryMiB: hw.memoryMiB, origin: 'new-hardware', isNew: true });
      }
      // Hosts no longer map to nodes one-to-one: keep the mapping only by position for DRS host groups.
      const hostNames = Object.keys(s.nodeOfHost);
      s.nodeOfHost = {};
      hostNames.forEach((h, i) => {
        const n = nodes[i];
        if (n) s.nodeOfHost[h] = n.name;
      });
    }
    const removed = new Set((dec.removeNodes ?? []).map((n) => n.toLowerCase()));
    nodes = nodes.filter((n) => !removed.has(n.name) && !(n.sourceHost && removed.has(n.sourceHost.toLowerCase())));
    for (const [h, n] of Object.entries(s.nodeOfHost)) if (removed.has(n) || removed.has(h.toLowerCase())) delete s.nodeOfHost[h];
    const takenNow = new Set(nodes.map((n) => n.name));
    for (const a of dec.addNodes ?? []) {
      const name = uniqueName(nodeNameFromHost(a.name), takenNow, NODE_NAME_MAX);
      nodes.push({ name, sockets: a.sockets, cores: a.cores, memoryMiB: a.memoryMiB, origin: 'decision', isNew: true });
    }
    // Renames, then hardware edits (keyed by the final or the original name).
    const rename = dec.renameNodes ?? {};
    const renamed = new Set<string>();
    for (const n of nodes) {
      const to = rename[n.name] ?? (n.sourceHost ? rename[n.sourceHost] : undefined);
      if (!to) continue;
      const old = n.name;
      const newName = nodeNameFromHost(to);
      if (nodes.some((m) => m !== n && m.name === newName) || renamed.has(newName)) continue;
      n.name = newName;
      renamed.add(newName);
      for (const [h, x] of Object.entries(s.nodeOfHost)) if (x === old) s.nodeOfHost[h] = newName;
    }
    for (const n of nodes) {
      const hw = dec.nodeHardware?.[n.name] ?? (n.sourceHost ? dec.nodeHardware?.[n.sourceHost] : undefined);
      if (!hw) continue;
      if (hw.sockets) n.sockets = hw.sockets;
      if (hw.cores) {
        n.cores = hw.cores;
        n.threads = undefined;
      }
      if (hw.memoryMiB) n.memoryMiB = hw.memoryMiB;
      n.origin = 'decision';
      n.hardwareAssumed = undefined;
    }
    nodes.sort((a, b) => a.name.localeCompare(b.name));
    s.nodes = nodes;
  }
  return [...byTarget.values()].filter((s) => s.nodes.length > 0 || s.vms.length > 0).sort((a, b) => a.name.localeCompare(b.name));
}
