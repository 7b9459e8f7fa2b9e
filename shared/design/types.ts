import type { Text } from '../i18n/text';
import type { ReserveLevel, ShutdownPolicy } from '../model/decisions';
import type { PveTarget } from '../model/project';
import type { ClusterSizing } from './sizing';

/**
 * HA reserve (how many node failures the cluster must absorb without losing capacity for its VMs), HA tier
 * and shutdown policy are user decisions: their value lists live in shared/model/decisions.ts.
 */
export type { HaTier, ReserveLevel, ShutdownPolicy } from '../model/decisions';

/** Where a node's hardware figures come from. */
/** `proposed`: a node the planner adds because the hosts are not enough (same model, marked new). */
export type NodeOrigin = 'imported' | 'decision' | 'new-hardware' | 'assumed' | 'proposed';

export type TargetNode = {
  /** Proxmox node name (lower-case hostname label). */
  name: string;
  /** The ESXi host it replaces, when it reuses one. */
  sourceHost?: string;
  sockets: number;
  /** Physical cores in total (all sockets). */
  cores: number;
  memoryMiB: number;
  origin: NodeOrigin;
  /** True when the inventory did not say and a figure was assumed from the other hosts. */
  hardwareAssumed?: boolean;
  /** New hardware (added by the user, proposed by the planner, or a new node model): not a host of today. */
  isNew?: boolean;
  /** Logical CPUs (threads) of the host, when known: the largest vCPU count one VM can have on it. */
  threads?: number;
  /** Addresses of the ESXi host's VMkernel ports, reused for the node's networks when it keeps its role. */
  addresses?: NodeAddress[];
};

export type NodeAddress = { role: 'management' | 'storage' | 'migration'; ip: string; prefix: number; gateway?: string; portGroup?: string };

export type QdeviceAdvice = 'required' | 'recommended' | 'not-recommended' | 'not-applicable';

export type QuorumPlan = {
  nodeCount: number;
  /** Corosync votes of the nodes (1 each). */
  nodeVotes: number;
  qdeviceAdvice: QdeviceAdvice;
  /** Whether the plan includes a QDevice (advice, or the user's decision). */
  qdevice: boolean;
  /** Votes the QDevice adds (1 with ffsplit for even counts; N-1 with lms if forced on odd counts). */
  qdeviceVotes: number;
  totalVotes: number;
  /** Votes needed for quorum (majority). */
  quorumVotes: number;
  /** Node failures the cluster survives while staying quorate (QDevice reachable). */
  toleratedNodeFailures: number;
  /** HA needs at least three votes. */
  haPossible: boolean;
  /** Why this advice, in both languages. */
  explanation: Text[];
  /** Options when HA is not possible. */
  options: Text[];
  /** Address of the corosync-qnetd host, when the user entered it. */
  qnetdHost?: string;
};

export type NetworkSource = 'vmkernel' | 'decision' | 'proposed';

export type NetworkRole = 'management' | 'migration' | 'storage' | 'corosync';

export type PlannedNetwork = {
  role: NetworkRole;
  /** CIDR, or a marked placeholder such as `<MIGRATION-CIDR>` when it must be chosen. */
  cidr: string;
  source: NetworkSource;
  /** VMkernel port groups it was derived from. */
  portGroups: string[];
  note?: Text;
};

export type CorosyncLink = { link: number; network: PlannedNetwork; note: Text };

export type NetworkPlan = {
  management: PlannedNetwork[];
  storage: PlannedNetwork[];
  migration: PlannedNetwork;
  /** True when the inventory shows a vMotion VMkernel subnet for this cluster. */
  migrationFromVmotion: boolean;
  /** `secure,network=<CIDR>` for datacenter.cfg. */
  migrationSetting: string;
  corosyncLinks: CorosyncLink[];
  findings: Text[];
};

export type BindingConstraint = 'memory' | 'cpu' | 'reserve' | 'rules' | 'none';

export type UnplacedReason = 'memory' | 'cpu' | 'reserve' | 'rules' | 'pin' | 'no-nodes' | 'too-large';

export type PlacedVm = {
  vmKey: string;
  name: string;
  vmid: number;
  node?: string;
  /** Second choice for HA (the node it would fail over to first). */
  secondary?: string;
  vcpus: number;
  memoryMiB: number;
  poweredOn: boolean;
  sizeUnknown: boolean;
  pinned?: string;
  unplaced?: { reason: UnplacedReason; text: Text };
  /** Configured size on Proxmox when the sizing used other figures (measured basis). */
  configured?: { vcpus?: number; memoryMiB?: number };
};

export type NodeUtilisation = {
  node: string;
  vms: number;
  vcpus: number;
  memoryMiB: number;
  cpuCapacity: number;
  memoryCapacityMiB: number;
  cpuPct: number;
  memoryPct: number;
  /** Worst utilisation of this node after any one other node failed and its VMs moved. */
  cpuPctAfterFailure: number;
  memoryPctAfterFailure: number;
  /** The failed node that gives that worst case. */
  worstFailedNode?: string;
};

export type PlacementRule =
  | { kind: 'together' | 'apart'; name: string; vmKeys: string[]; origin: 'drs' }
  | { kind: 'must-run-on' | 'should-run-on' | 'must-not-run-on' | 'should-not-run-on'; name: string; vmKeys: string[]; nodes: string[]; origin: 'drs' };

export type ClusterPlacement = {
  vms: PlacedVm[];
  utilisation: NodeUtilisation[];
  bindingConstraint: BindingConstraint;
  bindingExplanation: Text;
  demand: { vcpus: number; memoryMiB: number; vms: number; sizeUnknown: number };
  /** Capacity of the reference node used for the bound. */
  nodeCapacity: { vcpus: number; memoryMiB: number };
  lowerBound: number;
  /** Smallest node count (reference hardware) for which every VM is placed honouring the rules and reserve. */
  minimumNodes: number | undefined;
  rules: PlacementRule[];
  ruleFindings: Text[];
};

export type ResourceState = 'started' | 'stopped' | 'disabled' | 'ignored';

export type HaResource = {
  sid: string;
  vmKey: string;
  vmName: string;
  tier: 1 | 2 | 3;
  state: ResourceState;
  maxRestart: number;
  maxRelocate: number;
  failback: boolean;
  /** PVE 8 only. */
  group?: string;
  node?: string;
  cores?: number;
  memoryMiB?: number;
};

/** Node priorities: HIGHER number = preferred. */
export type NodePriorities = Record<string, number>;

export type HaRule =
  | { type: 'node-affinity'; id: string; resources: string[]; nodes: NodePriorities; strict: boolean; comment?: string }
  | { type: 'resource-affinity'; id: string; resources: string[]; affinity: 'positive' | 'negative'; comment?: string };

export type HaGroup = { id: string; nodes: NodePriorities; restricted: boolean; nofailback: boolean; comment?: string };

export type DroppedRule = {
  /** The vSphere rule (or design choice) that could not be carried over. */
  source: string;
  text: Text;
  /** The replacement kept instead, if any. */
  replacement?: string;
};

export type PriorityWarning = { vmKey: string; vmName: string; text: Text };

export type DatacenterOptions = {
  crs: { ha: 'basic' | 'static' | 'dynamic'; rebalanceOnStart: boolean; autoRebalance: boolean };
  shutdownPolicy: ShutdownPolicy;
  migration: string;
  /** Lines for datacenter.cfg, only the ones we set. */
  lines: string[];
  explanation: Text[];
};

export type ClusterHaPlan = {
  target: 'pve9' | 'pve8';
  enabled: boolean;
  resources: HaResource[];
  /** Placed VMs the plan leaves out of HA, each with its reason (a visible decision, never silent). */
  notManaged: { vmKey: string; vmName: string; reason: Text }[];
  rules: HaRule[];
  groups: HaGroup[];
  dropped: DroppedRule[];
  priorityWarnings: PriorityWarning[];
  notes: Text[];
  datacenter: DatacenterOptions;
};

export type ClusterDesign = {
  /** Proxmox cluster name (corosync cluster_name; max 15 characters). */
  name: string;
  sourceClusters: string[];
  nodes: TargetNode[];
  reserve: ReserveLevel;
  vsphereHaEnabled?: boolean;
  quorum: QuorumPlan;
  networks: NetworkPlan;
  placement: ClusterPlacement;
  ha: ClusterHaPlan;
  /** The sizing model (every figure with its provenance), added nodes, unplaced and excluded VMs. */
  sizing: ClusterSizing;
  /** ESXi hosts of the source clusters today. */
  sourceHostCount: number;
  notes: Text[];
};

export type DesignResult = {
  pveTarget: PveTarget;
  clusters: ClusterDesign[];
  /** vSphere cluster name → target cluster name. */
  clusterOf: Record<string, string>;
  notes: Text[];
  /** Counts shown at the top of Design, in the summary and the report. */
  totals: { unplaced: number; addedNodes: number; excluded: number };
};
