import { beforeAll, describe, expect, it } from 'vitest';
import { toSweepInput, type DesignSweepInput } from '../../shared/design/sweepInput';
import { parseScenario, simulate } from '../../shared/ha';
import type { Plan } from '../../shared/plan';
import {
  actionText,
  argsFor,
  finalRows,
  loadAt,
  newEvent,
  nodeColumns,
  presetScenario,
  runScenario,
  scenarioInput,
  snapshotAt,
  timeSteps,
  toneOf,
  VERBS,
  withVerb,
  type EditorEvent,
} from '../../renderer/views/simulate/simulation';
import { heatOf, sweepNodes, sweepRows } from '../../renderer/views/simulate/sweepRows';
import { demoPlan } from './simulateDemo';

let plan: Plan;
beforeAll(async () => {
  plan = await demoPlan();
}, 60_000);

function inputOf(name: string): DesignSweepInput {
  const i = toSweepInput(plan.design, name);
  if (!i) throw new Error(`no cluster ${name}`);
  return i;
}

describe('timeline editor commands', () => {
  it('every verb and argument the editor offers is a command the simulator accepts', () => {
    for (const c of plan.design.clusters) {
      const input = inputOf(c.name);
      if (input.resources.length === 0) continue;
      let id = 1;
      const events: EditorEvent[] = [];
      for (const verb of VERBS) {
        const base = newEvent(id++, 10 * id, verb, input);
        const args = argsFor(verb);
        if (args.length === 0) events.push(base);
        for (const arg of args) events.push({ ...base, id: id++, t: 10 * id, arg });
      }
      const parsed = parseScenario(scenarioInput(input, events, {}));
      expect(parsed.events.map((e) => e.text)).toEqual([...events].sort((a, b) => a.t - b.t).map(actionText));
      expect(new Set(parsed.events.map((e) => e.action.kind))).toEqual(new Set(['power', 'network', 'reboot', 'shutdown', 'maintenance', 'request', 'move']));
    }
  });

  it('changing the verb keeps the time and gives a valid target', () => {
    const input = inputOf(plan.design.clusters[0]?.name ?? '');
    const e = newEvent(1, 120, 'power', input);
    const s = withVerb(e, 'service', input);
    expect(s.t).toBe(120);
    expect(input.resources.map((r) => r.sid)).toContain(s.target);
    expect(s.node).not.toBe(input.resources.find((r) => r.sid === s.target)?.node);
    const back = withVerb(s, 'maintenance', input);
    expect(input.nodes).toContain(back.target);
    expect(actionText(back)).toBe(`crm ${back.target} enable-node-maintenance`);
  });

  it('a malformed scenario gives a coded bilingual error instead of throwing', () => {
    const input = inputOf(plan.design.clusters[0]?.name ?? '');
    const bad: EditorEvent[] = [{ id: 1, t: 10, verb: 'power', target: 'no-such-node', arg: 'off' }];
    const r = runScenario(scenarioInput(input, bad, {}));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toMatch(/^[a-zA-Z][\w.]+$/);
    expect(r.message.en).toContain('no-such-node');
    expect(r.message.vi).toContain('no-such-node');
  });
});

describe('power-off preset on the demo clusters', () => {
  it('the VMs of the powered-off node run on other nodes after recovery, and the node is greyed', () => {
    for (const c of plan.design.clusters) {
      const input = inputOf(c.name);
      if (input.resources.length === 0) continue;
      for (const node of input.nodes) {
        const p = presetScenario({ kind: 'powerOff', node }, input);
        expect(p.events.map(actionText)).toEqual([`power ${node} off`, `power ${node} on`]);
        const r = runScenario(scenarioInput(input, p.events, p.failStarts));
        if (!r.ok) throw new Error(r.message.en);
        // Independent full run, cut at t=290 (before the node returns at 300).
        const cut = simulate(parseScenario({ ...scenarioInput(input, p.events, p.failStarts), until: 290 }));
        const snap = snapshotAt(r.scenario, r.result, 290);
        expect(snap.services).toEqual(cut.final);
        const cols = nodeColumns(input.nodes, snap);
        const down = cols.find((x) => x.node === node);
        expect(down?.down).toBe(true);
        expect(down?.vms.filter((v) => v.running)).toEqual([]);
        const recovered = r.result.timeline.filter((e) => e.kind === 'service' && e.from === node && e.to && e.to !== node && e.t <= 290 && /^recover/.test(e.message.en));
        for (const e of recovered) {
          const col = cols.find((x) => x.node === e.to);
          expect(col?.down).toBe(false);
          expect(col?.vms.map((v) => v.sid)).toContain(e.sid);
        }
        // Every VM placed on the node at t=0 either moved away or is reported as not running there.
        const before = input.resources.filter((x) => x.node === node && x.state === 'started');
        for (const b of before) {
          const s = snap.services[b.sid];
          expect(s?.node !== node || s.running === false).toBe(true);
        }
        // The end of the run equals the final table.
        const last = timeSteps(r.result).at(-1) ?? 0;
        expect(last).toBe(r.result.until);
        expect(snapshotAt(r.scenario, r.result, last).services).toBe(r.result.final);
        expect(finalRows(r.result).map((x) => x.sid)).toEqual(Object.keys(r.result.final).sort((a, b) => Number(a.slice(3)) - Number(b.slice(3))));
      }
    }
  });

  it('time steps are sorted, start at 0 and include every logged time', () => {
    const input = inputOf('hcm-db');
    const p = presetScenario({ kind: 'powerOff', node: input.nodes[0] }, input);
    const r = runScenario(scenarioInput(input, p.events, p.failStarts));
    if (!r.ok) throw new Error(r.message.en);
    const steps = timeSteps(r.result);
    expect(steps[0]).toBe(0);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    for (const e of r.result.timeline) expect(steps).toContain(e.t);
    const l = loadAt(r.result, 130);
    expect(l?.[input.nodes[0] ?? '']?.guests).toBe(0);
  });
});

describe('other presets', () => {
  it('maintenance moves the node’s guests away and brings them back after maintenance is off', () => {
    const input = inputOf('hcm-db');
    const node = input.nodes[0] ?? '';
    const p = presetScenario({ kind: 'maintenance', node }, input);
    const r = runScenario(scenarioInput(input, p.events, p.failStarts));
    if (!r.ok) throw new Error(r.message.en);
    const mid = snapshotAt(r.scenario, r.result, 200);
    expect(mid.nodes[node]?.haState).toBe('maintenance');
    // Guests the manager moved away (a guest with no other allowed node, e.g. by a negative affinity rule, stays).
    const moves = r.result.timeline.filter((e) => e.t < 300 && e.sid && e.from === node && e.to && e.to !== node && /maintenance/.test(e.message.en));
    expect(moves.length).toBeGreaterThan(0);
    for (const m of moves) {
      expect(mid.services[m.sid ?? '']?.node).toBe(m.to);
      expect(nodeColumns(input.nodes, mid).find((c) => c.node === m.to)?.vms.map((v) => v.sid)).toContain(m.sid);
      // ... and back on the node once maintenance is off.
      expect(r.result.final[m.sid ?? '']?.node).toBe(node);
    }
  });

  it('start failure sets failStarts on the chosen VM and the log shows the failed starts', () => {
    const input = inputOf('hcm-db');
    const sid = input.resources[0]?.sid ?? '';
    const p = presetScenario({ kind: 'startFailure', sid, failStarts: 2 }, input);
    expect(p.failStarts).toEqual({ [sid]: 2 });
    const r = runScenario(scenarioInput(input, p.events, p.failStarts));
    if (!r.ok) throw new Error(r.message.en);
    expect(r.scenario.resources.find((x) => x.sid === sid)?.failStarts).toBe(2);
    const failed = r.result.timeline.filter((e) => e.sid === sid && e.kind === 'lrm' && /failed/.test(e.message.en));
    expect(failed.length).toBe(2);
  });

  it('a chip is green only when started and running', () => {
    expect(toneOf({ node: 'a', state: 'started', running: true })).toBe('ok');
    expect(toneOf({ node: 'a', state: 'started', running: false })).toBe('transit');
    expect(toneOf({ node: 'a', state: 'recovery', running: false })).toBe('transit');
    expect(toneOf({ node: 'a', state: 'error', running: false })).toBe('error');
    expect(toneOf({ node: 'a', state: 'stopped', running: false })).toBe('idle');
  });
});

describe('N-1 sweep table', () => {
  it('one row per node with a heat cell per node; the failed node is marked, others show memory %', () => {
    for (const h of plan.haChecks) {
      if (!h.sweep) continue;
      const input = inputOf(h.cluster);
      const rows = sweepRows(h.sweep);
      expect(rows.map((r) => r.failed[0]).sort()).toEqual([...input.nodes].sort());
      expect(sweepNodes(h.sweep).sort()).toEqual([...input.nodes].sort());
      for (const [i, r] of rows.entries()) {
        const c = h.sweep.cases[i];
        if (!c) throw new Error('case missing');
        expect(r.moved).toBe(c.moved.length);
        expect(r.unrecovered).toBe(c.unrecovered.length);
        for (const cell of r.cells) {
          if (c.failed.includes(cell.node)) {
            expect(cell.heat).toBe('failed');
            continue;
          }
          const l = c.loads[cell.node];
          expect(cell.pct).toBeCloseTo(((l?.memoryMiBDemand ?? 0) / (l?.memoryMiB ?? 1)) * 100, 6);
          expect(cell.heat === 'over').toBe(l?.memoryOvercommitted === true);
        }
      }
    }
  });

  it('heat bands', () => {
    expect([0, 69.9, 70, 84.9, 85, 100, 100.1].map(heatOf)).toEqual(['low', 'low', 'mid', 'mid', 'high', 'high', 'over']);
  });
});
