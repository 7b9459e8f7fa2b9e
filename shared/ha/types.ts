import type { Text } from '../i18n/text';

/**
 * Types of the HA what-if simulator. The input shapes (`*Input`) are what a user or the design engineer
 * writes (JSON, optional fields); `parseScenario` turns them into the normalised `Scenario`.
 * Semantics follow `/work/shared/domain/ha-semantics.md` (pve-ha-manager source).
 */

/** `vm:<vmid>` (QEMU) or `ct:<vmid>` (LXC). */
export type Sid = string;
export type NodeName = string;

/** The state written in resources.cfg (what the admin asks for). `enabled` is accepted as `started`. */
export type RequestedState = 'started' | 'stopped' | 'disabled' | 'ignored';
export type ShutdownPolicy = 'conditional' | 'freeze' | 'failover' | 'migrate';
export type Crs = 'basic' | 'static';
export type PowerState = 'on' | 'off';

/** The HA manager's own service state, as `ha-manager status` shows it. `ignored` = not in the manager status. */
export type HaServiceState =
  | 'request_start'
  | 'request_start_balance'
  | 'started'
  | 'request_stop'
  | 'stopped'
  | 'migrate'
  | 'relocate'
  | 'fence'
  | 'recovery'
  | 'freeze'
  | 'error'
  | 'ignored';

/** Node state in the CRM's node status (`ha-manager status`). */
export type NodeHaState = 'online' | 'maintenance' | 'unknown' | 'fence';

export type NodeResources = { cpus: number; memoryMiB: number };

/** Node priorities: higher number = preferred. Input accepts `{ node: prio|null }` or Proxmox syntax `"a:2,b:1,c"`. */
export type NodePrioritiesInput = Record<string, number | null> | string;

export type HaGroupInput = {
  id: string;
  nodes: NodePrioritiesInput;
  restricted?: boolean | 0 | 1;
  nofailback?: boolean | 0 | 1;
};

export type NodeAffinityRuleInput = {
  id: string;
  type: 'node-affinity';
  resources: Sid[];
  nodes: NodePrioritiesInput;
  strict?: boolean | 0 | 1;
  disabled?: boolean | 0 | 1;
};

export type ResourceAffinityRuleInput = {
  id: string;
  type: 'resource-affinity';
  resources: Sid[];
  affinity: 'positive' | 'negative';
  disabled?: boolean | 0 | 1;
};

export type HaRuleInput = NodeAffinityRuleInput | ResourceAffinityRuleInput;

export type HaResourceInput = {
  sid: Sid;
  node: NodeName;
  state?: RequestedState | 'enabled';
  group?: string;
  failback?: boolean | 0 | 1;
  maxRestart?: number;
  maxRelocate?: number;
  cores?: number;
  memoryMiB?: number;
  /** The next N start attempts fail (counted across nodes, reset after a success). */
  failStarts?: number;
  /** The next N migrate/relocate attempts fail. */
  failMigrations?: number;
  /** Whether the guest runs at t=0 (default: state is started and the node is on). */
  running?: boolean;
};

export type DatacenterInput = { shutdownPolicy?: ShutdownPolicy; rebalanceOnStart?: boolean | 0 | 1 };

/** A cluster without events: what sweeps and the acceptance plan take (the design engineer builds it from a plan). */
export type SweepInput = {
  nodes: NodeName[];
  /**
   * A QDevice adds one vote (the even-node-count setup). Assumption: the QNetd host is reachable from the main
   * (connected) partition only, never from an isolated node.
   */
  qdevice?: boolean;
  initialPower?: Record<NodeName, PowerState>;
  nodeResources?: Record<NodeName, NodeResources>;
  crs?: Crs;
  datacenter?: DatacenterInput;
  groups?: HaGroupInput[];
  rules?: HaRuleInput[];
  resources: HaResourceInput[];
};

export type ScenarioInput = SweepInput & {
  /** `{ t: seconds, action: "power pve01 off" }` */
  events?: { t: number; action: string }[];
  until?: number;
};

// ---------------------------------------------------------------- normalised

export type HaGroup = { id: string; nodes: Record<NodeName, number>; restricted: boolean; nofailback: boolean };
export type NodeAffinityRule = {
  id: string;
  type: 'node-affinity';
  resources: Sid[];
  nodes: Record<NodeName, number>;
  strict: boolean;
  disabled: boolean;
};
export type ResourceAffinityRule = {
  id: string;
  type: 'resource-affinity';
  resources: Sid[];
  affinity: 'positive' | 'negative';
  disabled: boolean;
};
export type HaRule = NodeAffinityRule | ResourceAffinityRule;

export type HaResource = {
  sid: Sid;
  kind: 'vm' | 'ct';
  node: NodeName;
  state: RequestedState;
  group?: string;
  failback?: boolean;
  maxRestart: number;
  maxRelocate: number;
  cores: number;
  memoryMiB: number;
  failStarts: number;
  failMigrations: number;
  running: boolean;
};

export type Action =
  | { kind: 'power'; node: NodeName; on: boolean }
  | { kind: 'network'; node: NodeName; on: boolean }
  | { kind: 'reboot'; node: NodeName }
  | { kind: 'shutdown'; node: NodeName }
  | { kind: 'maintenance'; node: NodeName; enable: boolean }
  | { kind: 'request'; sid: Sid; state: RequestedState }
  | { kind: 'move'; sid: Sid; mode: 'migrate' | 'relocate'; node: NodeName }
  | { kind: 'stop'; sid: Sid; timeout: number }
  | { kind: 'add'; sid: Sid; node: NodeName; state: RequestedState; running: boolean }
  | { kind: 'delay'; seconds: number };

export type ScenarioEvent = { t: number; action: Action; text: string };

export type Cluster = {
  nodes: NodeName[];
  qdevice: boolean;
  initialPower: Record<NodeName, PowerState>;
  nodeResources: Record<NodeName, NodeResources>;
  crs: Crs;
  shutdownPolicy: ShutdownPolicy;
  rebalanceOnStart: boolean;
  groups: HaGroup[];
  rules: HaRule[];
  resources: HaResource[];
};

export type Scenario = Cluster & { events: ScenarioEvent[]; until?: number };

// ---------------------------------------------------------------- output

export type TimelineKind =
  | 'event'
  | 'quorum'
  | 'master'
  | 'node'
  | 'service'
  | 'lrm'
  | 'fence'
  | 'watchdog'
  | 'command'
  | 'rule'
  | 'warning';

export type TimelineEntry = {
  t: number;
  kind: TimelineKind;
  sid?: Sid;
  node?: NodeName;
  from?: string;
  to?: string;
  message: Text;
};

export type FinalService = { node: NodeName; state: HaServiceState; running: boolean };
export type FinalNode = { power: PowerState; network: PowerState; haState: NodeHaState };

export type NodeLoad = {
  /** Guests actually running there. */
  guests: number;
  cpuDemand: number;
  memoryMiBDemand: number;
  cpus?: number;
  memoryMiB?: number;
  /** Memory demand above the node's RAM (the flag that counts). */
  overcommitted: boolean;
  memoryOvercommitted: boolean;
  /** More vCPUs than CPU threads: reported, not an error (vCPU:core ratios above 1 are normal). */
  cpuOvercommitted: boolean;
};

export type CapacitySnapshot = { t: number; nodes: Record<NodeName, NodeLoad>; overcommitted: NodeName[] };

export type SimResult = {
  final: Record<Sid, FinalService>;
  nodes: Record<NodeName, FinalNode>;
  timeline: TimelineEntry[];
  /** Load per node after every round in which guests started, stopped or moved. */
  capacity: CapacitySnapshot[];
  /** Says whether the HA manager itself looks at capacity (it does not in `basic` mode). */
  capacityNote: Text;
  /** The scheduler actually used (static falls back to basic without node resources). */
  crs: Crs;
  /** Simulated seconds. */
  until: number;
};
