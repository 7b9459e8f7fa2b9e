import type { Inventory } from '../model/inventory';
import { resolveAssumptions, type Assumptions } from '../model/assumptions';
import { designDecisions, resolveDecisions, type Decisions, type ReserveLevel } from '../model/decisions';
import { buildClusterSkeletons } from './clusters';
import { drsToPlacementRules } from './drsRules';
import { dt } from './dt';
import { planHa } from './haPlan';
import { clusterVmkernels, MIGRATION_PLACEHOLDER, migrationFromVmotion, nodeAddresses, planNetworks } from './networks';
import { NODE_NAME_MAX, uniqueName } from './names';
import { lowerBound, nodeCapacity, placeCluster, referenceNode, reserveCount, type PlacementInput, type PlacementVmInput } from './placement';
import { applianceKind, isVcls, nodeMemoryReserveMiB, resolveSizing, vmSize, type ClusterSizing } from './sizing';
import { planQuorum } from './quorum';
import type { ClusterDesign, ClusterPlacement, DesignResult, TargetNode } from './types';
import type { Text } from '../i18n/text';
import type { MappingResult } from '../mapping';
import { designVmids } from './vmids';

export * from './types';
export type { DesignDecisions, ClusterDecision } from '../model/decisions';
export { toSweepInput } from './sweepInput';
export type { DesignSweepInput } from './sweepInput';
export { designPlanJson } from './planJson';
export { checkHaRules } from './haRules';
export { isVcls, applianceKind, isWitnessHost, type ClusterSizing, type SizingValue, type SizingSource, type ApplianceKind } from './sizing';

/**
 * The target design: clusters and nodes, quorum, networks, placement and the HA plan, from the inventory,
 * the mapping (optional: VMIDs, CPU types, migration networks) and the user's decisions. Pure and
 * deterministic.
 */
export function deriveDesign(inventory: Inventory, mapping: MappingResult | undefined, rawDecisions: Decisions, rawAssumptions: Partial<Assumptions> | undefined): DesignResult {
  const decisions = resolveDecisions(rawDecisions);
  const assumptions = resolveAssumptions(rawAssumptions);
  const dd = designDecisions(decisions);
  const skeletons = buildClusterSkeletons(inventory, dd);
  const allVms = skeletons.flatMap((s) => s.vms);
  const vmids = designVmids(inventory, allVms, decisions, assumptions, mapping);
  const defaultReserve = assumptions.haReserve;
  const hostByName = new Map(inventory.hosts.map((h) => [h.name, h]));
  const columns = measuredColumns(inventory);
  const clusterOf: Record<string, string> = {};
  const clusters: ClusterDesign[] = [];
  for (const s of skeletons) {
    for (const vs of s.sourceClusters) clusterOf[vs] = s.name;
    const dec = s.decision;
    const notes = s.hardwareAssumed.length ? [dt('design.cluster.hardwareAssumed', { nodes: s.hardwareAssumed.join(', ') })] : [];
    if (s.sourceClusters.length > 1) notes.push(dt('design.cluster.consolidated', { clusters: s.sourceClusters.join(', ') }));

    // What is not a workload: vCLS agents (never migrated) and management appliances (retired unless kept).
    const excluded: ClusterSizing['excluded'] = [];
    const workloads = s.vms.filter((v) => {
      if (isVcls(v.name)) {
        excluded.push({ name: v.name, vmKey: v.key, kind: 'vcls', reason: dt('design.sizing.excluded.vcls', { vm: v.name }) });
        return false;
      }
      const kind = applianceKind(v);
      if (kind && !dd.keepAppliances[v.key]) {
        excluded.push({ name: v.name, vmKey: v.key, kind, reason: dt(`design.sizing.excluded.${kind}`, { vm: v.name }) });
        return false;
      }
      return true;
    });
    s.vms = workloads;

    const current = referenceNode(s.nodes.map((n) => ({ name: n.name, cores: n.cores, memoryMiB: n.memoryMiB })));
    const sizing = resolveSizing({
      inventory,
      assumptions,
      dd,
      decision: dec.sizing,
      hosts: s.sourceHosts,
      vms: workloads,
      mapping,
      currentModel: current ? { sockets: s.nodes.find((n) => n.name === current.name)?.sockets ?? 1, cores: current.cores, memoryMiB: current.memoryMiB } : undefined,
    });
    sizing.excluded = excluded;

    const quorum0 = planQuorum(s.nodes.length, dec.qdevice);
    let reserve: ReserveLevel = dec.reserve ?? defaultReserve;
    if (!quorum0.haPossible && reserve !== 'n+0') {
      notes.push(dt('design.cluster.reserveDropped', { reserve }));
      reserve = 'n+0';
    }
    const vmks = clusterVmkernels(inventory, Object.keys(s.nodeOfHost).length ? Object.keys(s.nodeOfHost) : s.nodes.map((n) => n.sourceHost ?? ''), s.sourceClusters);
    const networks = planNetworks(vmks, migrationFromVmotion(inventory, s.sourceClusters), { migrationCidr: dec.migrationCidr, corosyncCidrs: dec.corosyncCidrs });
    for (const n of s.nodes) if (n.sourceHost) n.addresses = nodeAddresses(vmks.filter((k) => k.host === n.sourceHost));
    const drs = drsToPlacementRules(inventory.drsRules, inventory.drsGroups, s.sourceClusters, s.vms, s.nodeOfHost, s.nodes.map((n) => n.name));

    // Per-VM sizes: the mapping's target (overrides count), or measured usage with headroom.
    const speeds = s.sourceHosts.map((h) => h.cpuMHz).filter((x): x is number => x !== undefined && x > 0).sort((a, b) => a - b);
    const clusterMHz = speeds[Math.floor(speeds.length / 2)];
    let memKnown = 0, cpuKnown = 0, counted = 0;
    const vmInputs: PlacementVmInput[] = s.vms.map((v) => {
      const size = vmSize(v, mapping, sizing, (v.host ? hostByName.get(v.host)?.cpuMHz : undefined) ?? clusterMHz);
      const isCounted = dd.includePoweredOff || v.powerState === 'poweredOn';
      if (isCounted) {
        counted++;
        if (size.measuredMemory) memKnown++;
        if (size.measuredCpu) cpuKnown++;
      }
      return {
        key: v.key,
        name: v.name,
        vmid: vmids.get(v.key) ?? 0,
        vcpus: size.vcpus,
        memoryMiB: size.memoryMiB,
        poweredOn: v.powerState === 'poweredOn',
        counted: isCounted,
        currentNode: v.host ? s.nodeOfHost[v.host] : undefined,
        configured: size.measuredCpu || size.measuredMemory ? size.configured : undefined,
      };
    });
    if (sizing.basis.value === 'measured') {
      sizing.measured = { vms: counted, memoryKnown: memKnown, cpuKnown, missingColumns: columns };
      if (memKnown < counted || cpuKnown < counted) notes.push(dt('design.sizing.measuredUnknown', { memory: counted - memKnown, cpu: counted - cpuKnown, vms: counted, columns: columns.join(', ') || '—' }));
    }
    const pins: Record<string, string> = {};
    for (const v of s.vms) {
      const pin = dd.pins[v.key];
      if (pin) pins[v.key] = pin;
    }
    const { placement, nodes } = placeFeasible(s.name, s.nodes, sizing, { vms: vmInputs, rules: drs.rules, pins, reserve });
    s.nodes = nodes;
    placement.ruleFindings.unshift(...drs.findings);
    if (!dd.includePoweredOff) notes.push(dt('design.cluster.poweredOffExcluded'));
    const quorum = planQuorum(s.nodes.length, dec.qdevice);
    if (dec.qnetdHost && quorum.qdevice) quorum.qnetdHost = dec.qnetdHost;
    if (sizing.ratioRisk) notes.push(dt('design.sizing.ratioRisk', { ratio: sizing.vcpuPerCore.value, max: sizing.ratioRiskAbove }));
    const ha = planHa({
      target: assumptions.pveTarget,
      clusterName: s.name,
      nodes: s.nodes.map((n) => n.name),
      haPossible: quorum.haPossible,
      vms: s.vms,
      placement,
      clusterRestartPriority: s.clusterRestartPriority,
      haOverrides: inventory.haOverrides,
      decisions: dd,
      clusterDecision: dec,
      migrationSetting: networks.migrationSetting,
      migrationIsPlaceholder: networks.migration.cidr === MIGRATION_PLACEHOLDER,
    });
    if (s.vsphereHaEnabled === false && ha.enabled) notes.push(dt('design.cluster.vsphereHaOff'));
    clusters.push({
      name: s.name,
      sourceClusters: s.sourceClusters,
      nodes: s.nodes,
      reserve,
      vsphereHaEnabled: s.vsphereHaEnabled,
      quorum,
      networks,
      placement,
      ha,
      sizing,
      sourceHostCount: s.sourceHosts.length,
      notes,
    });
  }
  const notes = [dt('design.target', { target: assumptions.pveTarget })];
  const excludedCount = clusters.reduce((a, c) => a + c.sizing.excluded.length, 0);
  return {
    pveTarget: assumptions.pveTarget,
    clusters,
    clusterOf,
    notes,
    totals: {
      unplaced: clusters.reduce((a, c) => a + c.sizing.unplaced.length, 0),
      addedNodes: clusters.reduce((a, c) => a + c.sizing.addedNodes.length, 0),
      excluded: excludedCount,
    },
  };
}

/** Usage columns the export lacks entirely (the measured basis cannot use them for any VM). */
function measuredColumns(inv: Inventory): string[] {
  const out: string[] = [];
  const vms = inv.vms.filter((v) => !v.template);
  if (vms.length && !vms.some((v) => v.memoryConsumedMiB !== undefined)) out.push('vMemory Consumed');
  if (vms.length && !vms.some((v) => v.cpuUsageMHz !== undefined)) out.push('vCPU Overall');
  if (inv.hosts.length && !inv.hosts.some((h) => h.cpuMHz !== undefined)) out.push('vHost Speed');
  return out;
}

const gib = (mib: number): number => Math.round(mib / 102.4) / 10;

/**
 * Place the VMs on the cluster's nodes; when the nodes are not enough, propose nodes of the cluster's node
 * model (marked new) until every VM that fits a node is placed. A VM larger than any node can hold is left
 * out of the sizing and named with its shortfall.
 */
function placeFeasible(
  cluster: string,
  baseNodes: TargetNode[],
  sizing: ClusterSizing,
  load: Pick<PlacementInput, 'vms' | 'rules' | 'pins' | 'reserve'>,
): { placement: ClusterPlacement; nodes: TargetNode[] } {
  const model = sizing.nodeModel?.value;
  const base = {
    vcpuPerCore: sizing.vcpuPerCore.value,
    memoryOvercommit: sizing.memoryOvercommit.value,
    hostMemoryReserveMiB: sizing.hostReserveMiB.value,
    cpuReserveCores: sizing.cpuReserveCores.value,
  };
  const toInput = (nodes: TargetNode[], vms: PlacementVmInput[]): PlacementInput => ({
    ...base,
    ...load,
    vms,
    nodes: nodes.map((n) => ({ name: n.name, cores: n.cores, memoryMiB: n.memoryMiB, memoryReserveMiB: nodeMemoryReserveMiB(sizing, n.memoryMiB) })),
  });
  const capOf = (n: { cores: number; memoryMiB: number }) =>
    nodeCapacity({ name: '', cores: n.cores, memoryMiB: n.memoryMiB, memoryReserveMiB: nodeMemoryReserveMiB(sizing, n.memoryMiB) }, base);
  // The largest VM a node can hold: its usable memory, its usable vCPUs, and no more vCPUs than the node has
  // logical CPUs (Proxmox refuses to start such a VM; threads unknown: two per core).
  const shapes = [...baseNodes.map((n) => ({ ...n })), ...(model ? [{ ...model, threads: undefined as number | undefined }] : [])].map((n) => {
    const c = capOf(n);
    return { vcpus: Math.min(c.vcpus, n.threads || n.cores * 2), memoryMiB: c.memoryMiB };
  });
  const maxVcpus = Math.max(0, ...shapes.map((c) => c.vcpus));
  const maxMem = Math.max(0, ...shapes.map((c) => c.memoryMiB));
  const tooLarge: { vm: PlacementVmInput; text: Text }[] = [];
  const fitting: PlacementVmInput[] = [];
  for (const v of load.vms) {
    const mem = v.memoryMiB ?? 0, cpu = v.vcpus ?? 0;
    if (v.counted && shapes.length > 0 && (mem > maxMem || cpu > maxVcpus)) {
      const p = { vm: v.name, vcpus: cpu, mem: gib(mem), maxVcpus: Math.floor(maxVcpus), maxMem: gib(maxMem) };
      tooLarge.push({ vm: v, text: mem > maxMem ? dt('design.sizing.tooLarge.memory', { ...p, short: gib(mem - maxMem) }) : dt('design.sizing.tooLarge.cpu', { ...p, short: Math.ceil(cpu - maxVcpus) }) });
    } else fitting.push(v);
  }
  const capacityShort = (p: ClusterPlacement) => p.vms.some((v) => v.unplaced && (v.unplaced.reason === 'memory' || v.unplaced.reason === 'cpu' || v.unplaced.reason === 'reserve' || v.unplaced.reason === 'no-nodes'));
  let nodes = baseNodes;
  let placement = placeCluster(toInput(nodes, fitting), { sizing: false });
  if (sizing.autoAddNodes && model && capacityShort(placement)) {
    const taken = new Set(baseNodes.map((n) => n.name));
    const proposed: TargetNode[] = [];
    const propose = (count: number): TargetNode[] => {
      while (proposed.length < count) {
        const name = uniqueName(`${cluster}-new${String(proposed.length + 1).padStart(2, '0')}`, taken, NODE_NAME_MAX);
        proposed.push({ name, sockets: model.sockets, cores: model.cores, memoryMiB: model.memoryMiB, origin: 'proposed', isNew: true });
      }
      return [...baseNodes, ...proposed.slice(0, count)];
    };
    const cap = capOf(model);
    const demand = placement.demand;
    const lb = lowerBound(demand, cap, load.reserve);
    let add = Math.max(1, lb - baseNodes.length);
    const MAX_PROPOSED = 64;
    for (; add <= MAX_PROPOSED; add++) {
      const tryNodes = propose(add);
      const p = placeCluster(toInput(tryNodes, fitting), { sizing: false });
      nodes = tryNodes;
      placement = p;
      if (!capacityShort(p)) break;
    }
    nodes = [...nodes].sort((a, b) => a.name.localeCompare(b.name));
    const k = reserveCount(load.reserve);
    const memNodes = cap.memoryMiB > 0 ? Math.ceil(demand.memoryMiB / cap.memoryMiB) : 0;
    const cpuNodes = cap.vcpus > 0 ? Math.ceil(demand.vcpus / cap.vcpus) : 0;
    const binding = memNodes >= cpuNodes ? 'memory' : 'cpu';
    sizing.addReason = dt(`design.sizing.added.${binding}`, {
      count: nodes.length - baseNodes.length,
      before: baseNodes.length,
      after: nodes.length,
      sockets: model.sockets,
      cores: model.cores,
      memGiB: gib(model.memoryMiB),
      demandMem: gib(demand.memoryMiB),
      demandCpu: Math.round(demand.vcpus),
      nodeMem: gib(cap.memoryMiB),
      nodeCpu: Math.floor(cap.vcpus),
      memNodes,
      cpuNodes,
      reserve: k,
    });
  }
  // The final placement on the chosen nodes, with the sizing bound.
  placement = placeCluster(toInput(nodes, fitting), { sizing: true });
  for (const t of tooLarge) {
    placement.vms.push({
      vmKey: t.vm.key,
      name: t.vm.name,
      vmid: t.vm.vmid,
      vcpus: t.vm.vcpus ?? 0,
      memoryMiB: t.vm.memoryMiB ?? 0,
      poweredOn: t.vm.poweredOn,
      sizeUnknown: false,
      unplaced: { reason: 'too-large', text: t.text },
    });
  }
  for (const n of nodes) if (n.isNew) sizing.addedNodes.push({ name: n.name, reason: n.origin === 'proposed' && sizing.addReason ? sizing.addReason : dt('design.sizing.addedByUser') });
  for (const v of placement.vms) if (v.unplaced) sizing.unplaced.push({ name: v.name, vmKey: v.vmKey, reason: v.unplaced.text });
  return { placement, nodes };
}
