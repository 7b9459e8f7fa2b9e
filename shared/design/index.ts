import type { Inventory } from '../model/inventory';
import { resolveAssumptions, type Assumptions } from '../model/assumptions';
import { designDecisions, resolveDecisions, type Decisions, type ReserveLevel } from '../model/decisions';
import { buildClusterSkeletons } from './clusters';
import { drsToPlacementRules } from './drsRules';
import { dt } from './dt';
import { planHa } from './haPlan';
import { clusterVmkernels, MIGRATION_PLACEHOLDER, migrationFromVmotion, nodeAddresses, planNetworks } from './networks';
import { placeCluster, type PlacementVmInput } from './placement';
import { planQuorum } from './quorum';
import type { ClusterDesign, DesignResult } from './types';
import type { MappingResult } from '../mapping';
import { designVmids } from './vmids';

export * from './types';
export type { DesignDecisions, ClusterDecision } from '../model/decisions';
export { toSweepInput } from './sweepInput';
export type { DesignSweepInput } from './sweepInput';
export { designPlanJson } from './planJson';
export { checkHaRules } from './haRules';

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
  const vcpuPerCore = assumptions.vcpuPerCore;
  const overcommit = assumptions.memoryOvercommit;
  const clusterOf: Record<string, string> = {};
  const clusters: ClusterDesign[] = [];
  for (const s of skeletons) {
    for (const vs of s.sourceClusters) clusterOf[vs] = s.name;
    const dec = s.decision;
    const notes = s.hardwareAssumed.length ? [dt('design.cluster.hardwareAssumed', { nodes: s.hardwareAssumed.join(', ') })] : [];
    if (s.sourceClusters.length > 1) notes.push(dt('design.cluster.consolidated', { clusters: s.sourceClusters.join(', ') }));
    const quorum = planQuorum(s.nodes.length, dec.qdevice);
    if (dec.qnetdHost && quorum.qdevice) quorum.qnetdHost = dec.qnetdHost;
    let reserve: ReserveLevel = dec.reserve ?? defaultReserve;
    if (!quorum.haPossible && reserve !== 'n+0') {
      notes.push(dt('design.cluster.reserveDropped', { reserve }));
      reserve = 'n+0';
    }
    const vmks = clusterVmkernels(inventory, Object.keys(s.nodeOfHost).length ? Object.keys(s.nodeOfHost) : s.nodes.map((n) => n.sourceHost ?? ''), s.sourceClusters);
    const networks = planNetworks(vmks, migrationFromVmotion(inventory, s.sourceClusters), { migrationCidr: dec.migrationCidr, corosyncCidrs: dec.corosyncCidrs });
    for (const n of s.nodes) if (n.sourceHost) n.addresses = nodeAddresses(vmks.filter((k) => k.host === n.sourceHost));
    const drs = drsToPlacementRules(inventory.drsRules, inventory.drsGroups, s.sourceClusters, s.vms, s.nodeOfHost, s.nodes.map((n) => n.name));
    const vmInputs: PlacementVmInput[] = s.vms.map((v) => ({
      key: v.key,
      name: v.name,
      vmid: vmids.get(v.key) ?? 0,
      vcpus: v.cpus,
      memoryMiB: v.memoryMiB,
      poweredOn: v.powerState === 'poweredOn',
      counted: dd.includePoweredOff || v.powerState === 'poweredOn',
      currentNode: v.host ? s.nodeOfHost[v.host] : undefined,
    }));
    const pins: Record<string, string> = {};
    for (const v of s.vms) {
      const pin = dd.pins[v.key];
      if (pin) pins[v.key] = pin;
    }
    const placement = placeCluster({
      nodes: s.nodes.map((n) => ({ name: n.name, cores: n.cores, memoryMiB: n.memoryMiB })),
      vms: vmInputs,
      rules: drs.rules,
      pins,
      reserve,
      vcpuPerCore,
      memoryOvercommit: overcommit,
      hostMemoryReserveMiB: dd.hostMemoryReserveMiB,
    });
    placement.ruleFindings.unshift(...drs.findings);
    if (!dd.includePoweredOff) notes.push(dt('design.cluster.poweredOffExcluded'));
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
      notes,
    });
  }
  const notes = [dt('design.target', { target: assumptions.pveTarget })];
  return { pveTarget: assumptions.pveTarget, clusters, clusterOf, notes };
}
