import type { Text } from '../i18n/text';
import type { PveTarget } from '../model/project';
import type { HaCode } from './messages';

/**
 * Types of the HA what-if simulator. The input shapes (`*Input`) are what a user or the design engineer
 * writes (JSON, optional fields); `parseScenario` turns them into the normalised `Scenario`.
 * Semantics follow `../shared/domain/ha-semantics.md` (pve-ha-manager source).
 */

/** `vm:<vmid>` (QEMU) or `ct:<vmid>` (LXC). */
export type Sid = string;
export type NodeName = string;

/** The state written in resources.cfg (what the admin asks for). `enabled` is accepted as `started`. */
export type RequestedState = 'started' | 'stopped' | 'disabled' | 'ignored';
export type ShutdownPolicy = 'conditional' | 'freeze' | 'failover' | 'migrate';
/**
 * The HA scheduler (`crs: ha=basic|static|dynamic`). `dynamic` (pve-ha-manager 5.2, PVE 9.2+) scores nodes by
 * their measured usage instead of the guests' configured size.
 */
export type Crs = 'basic' | 'static' | 'dynamic';
/** The Proxmox VE release the scenario targets (as the design's `pveTarget`); absent = the newest (9.2). */
export type { PveTarget };
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

/** Measured usage: `cpu` in busy CPU cores (1.5 = one and a half cores), memory in MiB. */
export type MeasuredLoad = { cpu: number; memoryMiB: number };

/**
 * A node's capacity. `load` is the node's own measured base usage outside the HA guests (host services,
 * non-HA guests); only the dynamic scheduler reads it.
 */
export type NodeResources = { cpus: number; memoryMiB: number; load?: MeasuredLoad };

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
  /** vCPUs (sockets × cores) of a VM, or the cores of a container (absent for a container: all host cores). */
  cores?: number;
  memoryMiB?: number;
  /** Containers only: `cpulimit` (fractional, 0 = none). The static scheduler counts it before the cores. */
  cpulimit?: number;
  /** Measured usage of the guest (dynamic scheduler). Absent: the guest is assumed to use its full size. */
  load?: Partial<MeasuredLoad>;
  /** `false`: automatic rebalancing never moves this resource (nor a positive-affinity bundle it is in). Default true. */
  autoRebalance?: boolean;
  /**
   * Every start attempt fails N times before it succeeds; the count restarts after each success, so a later
   * start fails N times again (pve-ha-manager `src/PVE/HA/Sim/Resources/VirtFail.pm`).
   */
  failStarts?: number;
  /** The same for every migrate/relocate attempt. */
  failMigrations?: number;
  /** Whether the guest runs at t=0 (default: state is started and the node is on). */
  running?: boolean;
};

export type RebalanceMethod = 'bruteforce' | 'topsis';

/**
 * `crs: ha-auto-rebalance=1,ha-auto-rebalance-threshold=…,-method=…,-hold-duration=…,-margin=…`
 * (pve-ha-manager 5.2, static/dynamic schedulers only). Absent fields take Proxmox's defaults.
 */
export type AutoRebalanceInput = {
  /** Default true when the object is given. */
  enabled?: boolean | 0 | 1;
  /** Node imbalance, in percent (0–100), above which rebalancing is considered. Default 30. */
  threshold?: number;
  method?: RebalanceMethod;
  /** CRM rounds the imbalance must stay above the threshold before one migration is queued. Default 3. */
  holdDuration?: number;
  /** Minimum relative improvement of the imbalance, in percent (0–100), a migration must bring. Default 10. */
  margin?: number;
};

export type DatacenterInput = { shutdownPolicy?: ShutdownPolicy; rebalanceOnStart?: boolean | 0 | 1; autoRebalance?: AutoRebalanceInput };

/** A cluster without events: what sweeps and the acceptance plan take (the design engineer builds it from a plan). */
export type SweepInput = {
  nodes: NodeName[];
  /**
   * A QDevice adds one vote (the even-node-count setup). Assumption: the QNetd host is reachable from the main
   * (connected) partition only, never from an isolated node.
   */
  qdevice?: boolean;
  /** Gates what the release has: the dynamic scheduler and auto-rebalancing need `pve9.2`. Absent = 9.2. */
  pveTarget?: PveTarget;
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
  /** 0 = no limit (containers only). */
  cpulimit: number;
  load?: Partial<MeasuredLoad>;
  /** Only `false` is stored: excluded from automatic rebalancing. */
  autoRebalance?: false;
  failStarts: number;
  failMigrations: number;
  running: boolean;
};

/** Normalised auto-rebalancing settings; `threshold` and `margin` in percent, as datacenter.cfg writes them. */
export type AutoRebalance = { enabled: boolean; threshold: number; method: RebalanceMethod; holdDuration: number; margin: number };

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
  /** The guest's measured usage changes (dynamic scheduler). */
  | { kind: 'load'; sid: Sid; cpu?: number; memoryMiB?: number }
  /** The guest's configured size changes. */
  | { kind: 'size'; sid: Sid; cores?: number; memoryMiB?: number }
  | { kind: 'delay'; seconds: number };

export type ScenarioEvent = { t: number; action: Action; text: string };

export type Cluster = {
  nodes: NodeName[];
  qdevice: boolean;
  initialPower: Record<NodeName, PowerState>;
  nodeResources: Record<NodeName, NodeResources>;
  crs: Crs;
  pveTarget?: PveTarget;
  shutdownPolicy: ShutdownPolicy;
  rebalanceOnStart: boolean;
  autoRebalance: AutoRebalance;
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
  | 'rebalance'
  | 'warning';

/**
 * One line of the simulator's log. Programs (the acceptance plan, tests, the UI) read `code` and `params`;
 * `message` is the same event as a bilingual sentence for people. `sid`/`node`/`from`/`to` repeat the
 * params that name a resource, a node or a transition, for filtering.
 */
export type TimelineEntry = {
  t: number;
  kind: TimelineKind;
  code: HaCode;
  params: Record<string, string | number>;
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
  /** The scheduler actually used (static/dynamic fall back to basic without node resources). */
  crs: Crs;
  /** Auto-rebalancing as actually applied (disabled when the release or the scheduler does not have it). */
  autoRebalance: AutoRebalance;
  /** Simulated seconds. */
  until: number;
};
