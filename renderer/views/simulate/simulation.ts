import { parseScenario, simulate, type FinalNode, type FinalService, type HaServiceState, type NodeLoad, type Scenario, type ScenarioInput, type SimResult } from '../../../shared/ha';
import type { Text } from '../../../shared/i18n/text';
import type { DesignSweepInput } from '../../../shared/design/sweepInput';

/**
 * Pure logic of the Simulate view: the timeline editor's events and their simulator commands, the preset
 * scenarios, running a scenario, and the state at a chosen time (a run truncated at that time, so the
 * engine itself decides — nothing is replayed by hand).
 */

export type Verb = 'power' | 'network' | 'reboot' | 'shutdown' | 'maintenance' | 'service';
export const VERBS: readonly Verb[] = ['power', 'network', 'reboot', 'shutdown', 'maintenance', 'service'];

export type ServiceArg = 'migrate' | 'relocate' | 'stopped' | 'disabled' | 'ignored' | 'started';
export const SERVICE_ARGS: readonly ServiceArg[] = ['migrate', 'relocate', 'stopped', 'disabled', 'ignored', 'started'];

/** One row of the timeline editor. `target` is a node (node verbs) or a sid (service); `arg` on/off, enable/disable or a service request; `node` the destination of migrate/relocate. */
export type EditorEvent = { id: number; t: number; verb: Verb; target: string; arg: string; node?: string };

export type PresetKind = 'powerOff' | 'maintenance' | 'migrate' | 'startFailure';
export const PRESETS: readonly PresetKind[] = ['powerOff', 'maintenance', 'migrate', 'startFailure'];

/** The arguments a verb accepts (first is the default). Reboot and shutdown take none. */
export function argsFor(verb: Verb): readonly string[] {
  switch (verb) {
    case 'power':
    case 'network':
      return ['off', 'on'];
    case 'maintenance':
      return ['enable', 'disable'];
    case 'service':
      return SERVICE_ARGS;
    default:
      return [];
  }
}

export function isNodeVerb(verb: Verb): boolean {
  return verb !== 'service';
}

/** The simulator command of an editor row (the syntax `parseScenario` reads). */
export function actionText(e: EditorEvent): string {
  switch (e.verb) {
    case 'power':
    case 'network':
      return `${e.verb} ${e.target} ${e.arg === 'on' ? 'on' : 'off'}`;
    case 'reboot':
    case 'shutdown':
      return `${e.verb} ${e.target}`;
    case 'maintenance':
      return `crm ${e.target} ${e.arg === 'disable' ? 'disable' : 'enable'}-node-maintenance`;
    case 'service':
      if (e.arg === 'migrate' || e.arg === 'relocate') return `service ${e.target} ${e.arg} ${e.node ?? ''}`.trim();
      return `service ${e.target} ${e.arg}`;
  }
}

/** A new editor row: a sensible default for the verb on this cluster. */
export function newEvent(id: number, t: number, verb: Verb, input: Pick<DesignSweepInput, 'nodes' | 'resources'>): EditorEvent {
  const node = input.nodes[0] ?? '';
  if (verb === 'service') {
    const r = input.resources[0];
    const other = input.nodes.find((n) => n !== r?.node) ?? node;
    return { id, t, verb, target: r?.sid ?? '', arg: 'migrate', node: other };
  }
  return { id, t, verb, target: node, arg: argsFor(verb)[0] ?? '' };
}

/** Change the verb of a row, keeping the time and resetting target/argument to valid values. */
export function withVerb(e: EditorEvent, verb: Verb, input: Pick<DesignSweepInput, 'nodes' | 'resources'>): EditorEvent {
  if (verb === e.verb) return e;
  const fresh = newEvent(e.id, e.t, verb, input);
  if (isNodeVerb(verb) && isNodeVerb(e.verb)) return { ...fresh, target: e.target };
  return fresh;
}

export type Preset = { events: EditorEvent[]; failStarts: Record<string, number> };

export type PresetChoice = { kind: PresetKind; node?: string; sid?: string; targetNode?: string; failStarts?: number };

/**
 * The preset scenarios. Power off: node off at t=10, back at t=300. Maintenance: on at t=10, off at t=300.
 * Migrate: `service <sid> migrate <node>` at t=10. Start failure: the VM's next N starts fail; it is stopped
 * at t=10 and started again at t=30 (so the start attempts and the relocation policy show).
 */
export function presetScenario(choice: PresetChoice, input: Pick<DesignSweepInput, 'nodes' | 'resources'>, firstId = 1): Preset {
  const node = choice.node && input.nodes.includes(choice.node) ? choice.node : (input.nodes[0] ?? '');
  const res = input.resources.find((r) => r.sid === choice.sid) ?? input.resources[0];
  const sid = res?.sid ?? '';
  let id = firstId;
  const ev = (t: number, verb: Verb, target: string, arg: string, to?: string): EditorEvent => ({ id: id++, t, verb, target, arg, node: to });
  switch (choice.kind) {
    case 'powerOff':
      return { events: [ev(10, 'power', node, 'off'), ev(300, 'power', node, 'on')], failStarts: {} };
    case 'maintenance':
      return { events: [ev(10, 'maintenance', node, 'enable'), ev(300, 'maintenance', node, 'disable')], failStarts: {} };
    case 'migrate': {
      const to = choice.targetNode && choice.targetNode !== res?.node && input.nodes.includes(choice.targetNode) ? choice.targetNode : (input.nodes.find((n) => n !== res?.node) ?? node);
      return { events: [ev(10, 'service', sid, 'migrate', to)], failStarts: {} };
    }
    case 'startFailure': {
      const n = Math.max(1, Math.floor(choice.failStarts ?? 2));
      return { events: [ev(10, 'service', sid, 'stopped'), ev(30, 'service', sid, 'started')], failStarts: sid ? { [sid]: n } : {} };
    }
  }
}

export type SchedulerChoice = { crs: DesignSweepInput['crs']; autoRebalance: boolean };

/** The plan's own scheduler settings for a cluster. */
export function plannedScheduler(input: DesignSweepInput): SchedulerChoice {
  return { crs: input.crs, autoRebalance: input.datacenter?.autoRebalance?.enabled === true };
}

/**
 * What the target release offers: the dynamic scheduler and automatic rebalancing exist from PVE 9.2
 * (pve-ha-manager 5.2); auto-rebalancing needs the static or dynamic scheduler.
 */
export function schedulerOptions(input: Pick<DesignSweepInput, 'pveTarget'>, crs: DesignSweepInput['crs']): { crs: DesignSweepInput['crs'][]; autoRebalance: boolean } {
  const has92 = input.pveTarget === undefined || input.pveTarget === 'pve9.2';
  return { crs: has92 ? ['basic', 'static', 'dynamic'] : ['basic', 'static'], autoRebalance: has92 && crs !== 'basic' };
}

/** The cluster with the scheduler settings chosen in the view (only what the release offers is applied). */
export function withScheduler(input: DesignSweepInput, choice: SchedulerChoice): DesignSweepInput {
  const offered = schedulerOptions(input, choice.crs);
  const crs = offered.crs.includes(choice.crs) ? choice.crs : input.crs;
  const enabled = choice.autoRebalance && schedulerOptions(input, crs).autoRebalance;
  return { ...input, crs, datacenter: { ...input.datacenter, autoRebalance: { enabled } } };
}

export type RunOk = { ok: true; scenario: Scenario; result: SimResult; ms: number };
export type RunError = { ok: false; code: string; message: Text };

/** The scenario input for the simulator: the cluster, the editor events (sorted by time) and the failStarts overrides. */
export function scenarioInput(input: DesignSweepInput, events: readonly EditorEvent[], failStarts: Record<string, number>, until?: number): ScenarioInput {
  const sorted = [...events].sort((a, b) => a.t - b.t || a.id - b.id);
  return {
    ...input,
    resources: input.resources.map((r) => (failStarts[r.sid] ? { ...r, failStarts: failStarts[r.sid] } : r)),
    events: sorted.map((e) => ({ t: e.t, action: actionText(e) })),
    until,
  };
}

function codedError(e: unknown): RunError {
  if (typeof e === 'object' && e !== null && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    const rec = e as { code: string; text?: unknown; message?: unknown };
    const txt = rec.text;
    if (typeof txt === 'object' && txt !== null && 'vi' in txt && 'en' in txt) return { ok: false, code: rec.code, message: txt as Text };
    const m = typeof rec.message === 'string' ? rec.message : rec.code;
    return { ok: false, code: rec.code, message: { vi: m, en: m } };
  }
  const m = e instanceof Error ? e.message : String(e);
  return { ok: false, code: 'SIM_FAILED', message: { vi: `Mô phỏng thất bại: ${m}`, en: `The simulation failed: ${m}` } };
}

/** Parse and run a scenario; a malformed one gives a coded bilingual error, never a throw. */
export function runScenario(input: ScenarioInput, now: () => number = () => Date.now()): RunOk | RunError {
  try {
    const scenario = parseScenario(input);
    const t0 = now();
    const result = simulate(scenario);
    return { ok: true, scenario, result, ms: now() - t0 };
  } catch (e) {
    return codedError(e);
  }
}

/** The times worth stepping through: 0, every time something was logged, and the end. */
export function timeSteps(result: SimResult): number[] {
  const set = new Set<number>([0, result.until]);
  for (const e of result.timeline) if (e.t <= result.until) set.add(e.t);
  return [...set].sort((a, b) => a - b);
}

export type Snapshot = { t: number; services: Record<string, FinalService>; nodes: Record<string, FinalNode> };

/** The exact state at time t: the same scenario simulated until t (rounds are deterministic). */
export function snapshotAt(scenario: Scenario, result: SimResult, t: number): Snapshot {
  if (t >= result.until) return { t: result.until, services: result.final, nodes: result.nodes };
  const cut = simulate({ ...scenario, until: Math.max(0, t) });
  return { t, services: cut.final, nodes: cut.nodes };
}

export type Tone = 'ok' | 'transit' | 'error' | 'idle';

const TRANSIT: ReadonlySet<HaServiceState> = new Set(['request_start', 'request_start_balance', 'request_stop', 'migrate', 'relocate', 'fence', 'recovery', 'freeze']);

/** Colour class of a VM chip from its HA state. */
export function toneOf(s: FinalService): Tone {
  if (s.state === 'error') return 'error';
  if (TRANSIT.has(s.state)) return 'transit';
  if (s.state === 'started' && s.running) return 'ok';
  if (s.state === 'started') return 'transit';
  return 'idle';
}

export type NodeColumn = {
  node: string;
  power: FinalNode['power'] | 'unknown';
  network: FinalNode['network'] | 'unknown';
  haState: FinalNode['haState'] | 'unknown';
  /** Off, cut off or fenced: shown greyed. */
  down: boolean;
  vms: { sid: string; state: HaServiceState; running: boolean; tone: Tone }[];
};

function sidOrder(a: string, b: string): number {
  const na = Number(a.split(':')[1]);
  const nb = Number(b.split(':')[1]);
  return Number.isFinite(na) && Number.isFinite(nb) && na !== nb ? na - nb : a.localeCompare(b);
}

/** VMs per node at a snapshot, in the cluster's node order. */
export function nodeColumns(nodes: readonly string[], snap: Snapshot): NodeColumn[] {
  const cols = new Map<string, NodeColumn>();
  for (const n of nodes) {
    const s = snap.nodes[n];
    const down = !s || s.power === 'off' || s.network === 'off' || s.haState === 'fence' || s.haState === 'unknown';
    cols.set(n, { node: n, power: s?.power ?? 'unknown', network: s?.network ?? 'unknown', haState: s?.haState ?? 'unknown', down, vms: [] });
  }
  for (const sid of Object.keys(snap.services).sort(sidOrder)) {
    const s = snap.services[sid];
    if (!s) continue;
    cols.get(s.node)?.vms.push({ sid, state: s.state, running: s.running, tone: toneOf(s) });
  }
  return [...cols.values()];
}

/** The load overlay in force at time t: the last capacity snapshot taken at or before t. */
export function loadAt(result: SimResult, t: number): Record<string, NodeLoad> | undefined {
  let cur: Record<string, NodeLoad> | undefined;
  for (const c of result.capacity) {
    if (c.t <= t) cur = c.nodes;
    else break;
  }
  return cur;
}

/** Final states as table rows, ordered by VMID. */
export function finalRows(result: SimResult): { sid: string; node: string; state: HaServiceState; running: boolean }[] {
  return Object.keys(result.final)
    .sort(sidOrder)
    .map((sid) => {
      const f = result.final[sid] as FinalService;
      return { sid, node: f.node, state: f.state, running: f.running };
    });
}
