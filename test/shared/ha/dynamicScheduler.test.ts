import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveDesign } from '../../../shared/design';
import { toSweepInput } from '../../../shared/design/sweepInput';
import { parseScenario } from '../../../shared/ha/parseScenario';
import { emptyInventory } from '../../../shared/model/inventory';
import { DEFAULT_ASSUMPTIONS, type PveTarget } from '../../../shared/model/project';
import { host, vm } from '../design/estate';
import { simulate } from '../../../shared/ha/simulate';
import { sweep } from '../../../shared/ha/sweep';
import type { ScenarioInput, SimResult, TimelineEntry } from '../../../shared/ha/types';

/**
 * The dynamic scheduler and automatic rebalancing (pve-ha-manager 5.2 / PVE 9.2): `src/PVE/HA/Usage/Dynamic.pm`,
 * `src/PVE/HA/Manager.pm` (`load_balance`, `update_crs_scheduler_mode`), proxmox-resource-scheduling
 * `src/scheduler.rs`, and the regression tests `src/test/test-crs-dynamic1`, `test-crs-dynamic-auto-rebalance1/2`,
 * `test-crs-dynamic-auto-rebalance-topsis2`, `test-crs-static-auto-rebalance1/2`.
 */

const run = (s: ScenarioInput): SimResult => simulate(parseScenario(s));
const codes = (r: SimResult, prefix: string): TimelineEntry[] => r.timeline.filter((e) => e.code.startsWith(prefix));

const NODE = { cpus: 24, memoryMiB: 32768 };
/** test-crs-*-auto-rebalance2: three equal nodes, four equal VMs all on node1. */
function fourOnOne(crs: 'static' | 'dynamic', autoRebalance: Record<string, unknown> = {}, count = 4): ScenarioInput {
  return {
    nodes: ['node1', 'node2', 'node3'],
    crs,
    nodeResources: { node1: NODE, node2: NODE, node3: NODE },
    datacenter: { autoRebalance },
    resources: ['vm:101', 'vm:102', 'vm:103', 'vm:104'].slice(0, count).map((sid) => ({ sid, node: 'node1', cores: 2, memoryMiB: 4096, load: { cpu: 1, memoryMiB: 4096 } })),
    until: 300,
  };
}

describe('dynamic scheduler placement (Usage/Dynamic.pm)', () => {
  it('test-crs-dynamic1: the recovered guest goes to the node with the most available resources', () => {
    const GB = 1e9 / 2 ** 20; // the test's node memory is in decimal gigabytes
    const r = run({
      nodes: ['node1', 'node2', 'node3'],
      crs: 'dynamic',
      nodeResources: { node1: { cpus: 32, memoryMiB: 100 * GB }, node2: { cpus: 32, memoryMiB: 200 * GB }, node3: { cpus: 32, memoryMiB: 300 * GB } },
      resources: [{ sid: 'vm:102', node: 'node1', cores: 8, memoryMiB: 4096, load: { cpu: 5.9, memoryMiB: 2744123392 / 2 ** 20 } }],
      events: [{ t: 120, action: 'network node1 off' }],
    });
    expect(r.crs).toBe('dynamic');
    expect(r.timeline.find((e) => e.code === 'crm.schedulerMode')?.params).toEqual({ mode: 'dynamic' });
    expect(r.timeline.find((e) => e.code === 'service.recovered')?.params).toEqual({ sid: 'vm:102', from: 'node1', to: 'node3' });
    expect(r.final['vm:102']).toEqual({ node: 'node3', state: 'started', running: true });
  });

  it('weighs measured usage where the static scheduler weighs configured size', () => {
    const m = { cpus: 32, memoryMiB: 131072 };
    const scenario = (crs: 'static' | 'dynamic'): ScenarioInput => ({
      nodes: ['node1', 'node2', 'node3'],
      crs,
      nodeResources: { node1: m, node2: m, node3: m },
      resources: [
        // node2 hosts a big but nearly idle guest, node3 a smaller but busy one.
        { sid: 'vm:201', node: 'node2', cores: 8, memoryMiB: 65536, load: { cpu: 0.5, memoryMiB: 4096 } },
        { sid: 'vm:301', node: 'node3', cores: 8, memoryMiB: 16384, load: { cpu: 7, memoryMiB: 15360 } },
        { sid: 'vm:101', node: 'node1', cores: 4, memoryMiB: 8192 },
      ],
      events: [{ t: 100, action: 'power node1 off' }],
    });
    expect(run(scenario('static')).final['vm:101']?.node).toBe('node3');
    expect(run(scenario('dynamic')).final['vm:101']?.node).toBe('node2');
  });

  it('counts a node’s own measured base load (nodeResources.<node>.load)', () => {
    const m = { cpus: 32, memoryMiB: 65536 };
    const scenario = (load?: { cpu: number; memoryMiB: number }): ScenarioInput => ({
      nodes: ['node1', 'node2', 'node3'],
      crs: 'dynamic',
      nodeResources: { node1: m, node2: load ? { ...m, load } : m, node3: m },
      resources: [{ sid: 'vm:101', node: 'node1', cores: 4, memoryMiB: 8192 }],
      events: [{ t: 100, action: 'power node1 off' }],
    });
    // Equal nodes: the name decides. With node2 busy outside HA, node3 wins.
    expect(run(scenario()).final['vm:101']?.node).toBe('node2');
    expect(run(scenario({ cpu: 20, memoryMiB: 40000 })).final['vm:101']?.node).toBe('node3');
  });
});

describe('automatic rebalancing (Manager.pm load_balance)', () => {
  for (const crs of ['static', 'dynamic'] as const) {
    for (const method of ['bruteforce', 'topsis'] as const) {
      it(`test-crs-${crs}-auto-rebalance2 (${method}): one migration per hold period until the imbalance is below the threshold`, () => {
        const r = run(fourOnOne(crs, { method }));
        const decisions = codes(r, 'rebalance.migrate').map((e) => [e.t, e.params.sid, e.params.from, e.params.to, e.params.imbalance, e.params.expected]);
        // The CRM log: "auto rebalance - migrate vm:101 to node2 (expected change for imbalance from 100.0% to 66.1%)",
        // then vm:102 to node3 (66.1% → 25.0%); 25 % is not above the 30 % threshold, so it stops there.
        // Timing: the 3rd round above the threshold (t = 0, 10, 20); nothing while vm:101 moves; 3 more rounds.
        expect(decisions).toEqual([
          [20, 'vm:101', 'node1', 'node2', '100.0%', '66.1%'],
          [60, 'vm:102', 'node1', 'node3', '66.1%', '25.0%'],
        ]);
        expect(r.timeline.find((e) => e.code === 'rebalance.settled')?.t).toBe(80);
        expect(r.final['vm:101']?.node).toBe('node2');
        expect(r.final['vm:102']?.node).toBe('node3');
        expect(r.final['vm:103']?.node).toBe('node1');
        // The move itself is a normal migration whose reason is the rebalancing.
        expect(r.timeline.find((e) => e.code === 'service.moveQueued' && e.sid === 'vm:101')?.params.reason).toBe('rebalance');
      });
    }
    it(`test-crs-${crs}-auto-rebalance1: a single guest is not moved (no migration improves the imbalance enough)`, () => {
      const r = run(fourOnOne(crs, {}, 1));
      expect(codes(r, 'rebalance.migrate')).toEqual([]);
      const note = codes(r, 'rebalance.belowMargin');
      expect(note.map((e) => [e.t, e.params.imbalance, e.params.expected])).toEqual([[20, '100.0%', '100.0%']]);
      expect(r.final['vm:101']?.node).toBe('node1');
    });
  }

  it('hold duration, threshold and margin (percent, as datacenter.cfg writes them) change when and whether it moves', () => {
    expect(codes(run(fourOnOne('static', { holdDuration: 5 })), 'rebalance.migrate')[0]?.t).toBe(40);
    // Threshold 70 %: after the first migration (66.1 %) it is satisfied.
    expect(codes(run(fourOnOne('static', { threshold: 70 })), 'rebalance.migrate').map((e) => e.params.sid)).toEqual(['vm:101']);
    // Margin 50 %: 100 % → 66.1 % is only a 34 % improvement, so nothing moves.
    const strict = run(fourOnOne('static', { margin: 50 }));
    expect(codes(strict, 'rebalance.migrate')).toEqual([]);
    expect(codes(strict, 'rebalance.belowMargin')[0]?.params).toMatchObject({ sid: 'vm:101', to: 'node2', margin: '50.0%' });
    // Both 0 %: the CRM refuses to chase every imbalance and warns.
    const zero = run(fourOnOne('static', { threshold: 0, margin: 0 }));
    expect(codes(zero, 'rebalance.migrate')).toEqual([]);
    expect(codes(zero, 'rebalance.zeroThresholdAndMargin')).toHaveLength(1);
    // Disabled: no rebalancing at all.
    expect(codes(run(fourOnOne('static', { enabled: false })), 'rebalance.')).toEqual([]);
  });

  it('a measured load change (service <sid> load) triggers rebalancing with the dynamic scheduler', () => {
    const n = { cpus: 16, memoryMiB: 16384 };
    const small = { cores: 4, memoryMiB: 4096, load: { cpu: 1, memoryMiB: 1024 } };
    const r = run({
      nodes: ['node1', 'node2', 'node3'],
      crs: 'dynamic',
      pveTarget: 'pve9.2',
      nodeResources: { node1: n, node2: n, node3: n },
      datacenter: { autoRebalance: { enabled: true } },
      resources: [
        { sid: 'vm:101', node: 'node1', ...small },
        { sid: 'vm:102', node: 'node1', ...small },
        { sid: 'vm:103', node: 'node2', ...small },
        { sid: 'vm:104', node: 'node3', ...small },
      ],
      events: [{ t: 100, action: 'service vm:102 load cpu 8 memory 8192' }],
      until: 300,
    });
    // Balanced enough (25 %) until vm:102 gets busy at t=100; then the small neighbour leaves node1.
    expect(codes(r, 'rebalance.').filter((e) => e.t < 100)).toEqual([]);
    expect(r.timeline.find((e) => e.code === 'config.load')?.params).toEqual({ sid: 'vm:102', cpu: 8, memoryMiB: 8192 });
    expect(codes(r, 'rebalance.migrate').map((e) => [e.t, e.params.sid, e.params.to])).toEqual([[120, 'vm:101', 'node2']]);
  });

  it('a configured size change (service <sid> size) triggers rebalancing with the static scheduler', () => {
    const n = { cpus: 16, memoryMiB: 16384 };
    const r = run({
      nodes: ['node1', 'node2', 'node3'],
      crs: 'static',
      nodeResources: { node1: n, node2: n, node3: n },
      datacenter: { autoRebalance: {} },
      resources: [
        { sid: 'vm:101', node: 'node1', cores: 2, memoryMiB: 2048 },
        { sid: 'vm:102', node: 'node1', cores: 2, memoryMiB: 2048 },
        { sid: 'vm:103', node: 'node2', cores: 2, memoryMiB: 2048 },
        { sid: 'vm:104', node: 'node3', cores: 2, memoryMiB: 2048 },
      ],
      events: [{ t: 100, action: 'service vm:101 size cores 12 memory 12288' }],
      until: 300,
    });
    expect(r.timeline.find((e) => e.code === 'config.size')?.params).toEqual({ sid: 'vm:101', cores: 12, memoryMiB: 12288 });
    expect(codes(r, 'rebalance.migrate').map((e) => [e.t, e.params.sid])).toEqual([[120, 'vm:102']]);
  });

  it('moves positive-affinity bundles together and never moves a resource excluded from rebalancing', () => {
    const bundle = run({
      ...fourOnOne('static', {}, 3),
      rules: [{ id: 'together', type: 'resource-affinity', resources: ['vm:101', 'vm:102'], affinity: 'positive' }],
    });
    // Moving the bundle {vm:101, vm:102} or vm:103 alone leaves the same imbalance; the leader vm:101 sorts first.
    expect(codes(bundle, 'rebalance.migrate')[0]?.params).toMatchObject({ sid: 'vm:101', to: 'node2' });
    expect(bundle.timeline.find((e) => e.code === 'command.coMigrate')?.params).toEqual({ sid: 'vm:102', with: 'vm:101' });
    expect([bundle.final['vm:101']?.node, bundle.final['vm:102']?.node, bundle.final['vm:103']?.node]).toEqual(['node2', 'node2', 'node1']);

    const pinned = fourOnOne('static');
    pinned.resources = pinned.resources.map((r) => (r.sid === 'vm:101' || r.sid === 'vm:102' ? { ...r, autoRebalance: false } : r));
    const p = run(pinned);
    expect(codes(p, 'rebalance.migrate').map((e) => e.params.sid)).toEqual(['vm:103', 'vm:104']);
    expect(p.final['vm:101']?.node).toBe('node1');
  });

  it('only moves a resource inside its top node-affinity priority class', () => {
    const r = run({
      ...fourOnOne('static'),
      rules: [{ id: 'stay', type: 'node-affinity', resources: ['vm:101', 'vm:102', 'vm:103', 'vm:104'], nodes: 'node1:2,node2:1,node3:1' }],
    });
    expect(codes(r, 'rebalance.migrate')).toEqual([]);
    expect(codes(r, 'rebalance.noCandidate')).toHaveLength(1);
  });
});

describe('the README example (test/fixtures/ha/dynamic-rebalance.json)', () => {
  it('parses and rebalances: the busy node sheds guests, a container is relocated, the size change leaves dynamic alone', () => {
    const json = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../fixtures/ha/dynamic-rebalance.json'), 'utf8')) as ScenarioInput;
    const r = run(json);
    expect(codes(r, 'rebalance.migrate').map((e) => [e.t, e.params.mode, e.params.sid, e.params.to])).toEqual([
      [20, 'migrate', 'vm:101', 'pve03'],
      [60, 'migrate', 'vm:102', 'pve02'],
      [100, 'relocate', 'ct:103', 'pve01'],
    ]);
    // The dynamic scheduler weighs measured usage, so the configured size change at t=300 moves nothing.
    expect(codes(r, 'rebalance.migrate').filter((e) => e.t >= 300)).toEqual([]);
    expect(r.timeline.find((e) => e.code === 'config.size')?.t).toBe(300);
  });
});

describe('version and scheduler gating', () => {
  it('only PVE 9.2 has the dynamic scheduler and auto-rebalancing; older targets fall back and say so', () => {
    for (const pveTarget of ['pve8', 'pve9.0'] as const) {
      const r = run({ ...fourOnOne('dynamic'), pveTarget });
      expect(r.crs).toBe('static');
      expect(r.autoRebalance.enabled).toBe(false);
      expect(r.timeline.filter((e) => e.kind === 'warning').map((e) => e.code)).toEqual(['crs.dynamicNeedsPve92', 'rebalance.needsPve92']);
      expect(codes(r, 'rebalance.migrate')).toEqual([]);
    }
    const r92 = run({ ...fourOnOne('dynamic'), pveTarget: 'pve9.2' });
    expect(r92.crs).toBe('dynamic');
    expect(codes(r92, 'rebalance.migrate')).toHaveLength(2);
  });

  it('auto-rebalancing needs the static or dynamic scheduler, and node resources', () => {
    const basic = run({ ...fourOnOne('static'), crs: 'basic' });
    expect(basic.timeline.find((e) => e.kind === 'warning')?.params).toEqual({ crs: 'basic' });
    expect(codes(basic, 'rebalance.migrate')).toEqual([]);
    const { nodeResources: _drop, ...noResources } = fourOnOne('dynamic');
    const fallback = run(noResources);
    expect(fallback.crs).toBe('basic');
    expect(fallback.timeline.filter((e) => e.kind === 'warning').map((e) => e.code)).toEqual(['crs.fallbackBasic', 'rebalance.needsStaticOrDynamic']);
  });

  it('the design hands its release and its ha-auto-rebalance decision to the simulator (9.2 only)', () => {
    const inv = emptyInventory();
    inv.clusters.push({ key: 'c', name: 'Prod', source: 'src', haEnabled: true, restartPriority: 'high' });
    for (const h of ['esx01', 'esx02', 'esx03']) inv.hosts.push(host(`${h}.corp.example`, 'Prod', 32, 262144));
    for (let i = 1; i <= 6; i++) inv.vms.push(vm(`app0${i}`, 'Prod', 'esx01.corp.example', 4, 16384));
    const simulated = (pveTarget: PveTarget) => {
      const design = deriveDesign(inv, undefined, { design: { clusters: { prod: { autoRebalance: true } } } }, { ...DEFAULT_ASSUMPTIONS, pveTarget });
      const input = toSweepInput(design, design.clusters[0]?.name ?? '');
      if (!input) throw new Error('no cluster');
      return { input, result: run({ ...input, until: 60 }) };
    };
    const on = simulated('pve9.2');
    expect(on.input.pveTarget).toBe('pve9.2');
    expect(on.input.datacenter).toEqual({ autoRebalance: { enabled: true } });
    expect(on.result.autoRebalance).toEqual({ enabled: true, threshold: 30, method: 'bruteforce', holdDuration: 3, margin: 10 });
    const off = simulated('pve9.0');
    expect(off.input.datacenter).toBeUndefined();
    expect(off.result.autoRebalance.enabled).toBe(false);
    // Even when asked for, a 9.0 target does not get it in the simulation.
    expect(run({ ...off.input, datacenter: { autoRebalance: { enabled: true } }, until: 60 }).autoRebalance.enabled).toBe(false);
  });

  it('the N-1 sweep shows placement right after recovery and says that later rebalancing is left out', () => {
    const spread = (autoRebalance: Record<string, unknown>) => ({ ...fourOnOne('static', autoRebalance), resources: fourOnOne('static').resources.map((x, i) => ({ ...x, node: `node${(i % 3) + 1}` })) });
    const on = sweep(spread({}), 'n-1');
    const off = sweep(spread({ enabled: false }), 'n-1');
    expect(on.notes).toHaveLength(off.notes.length + 1);
    expect(on.cases).toEqual(off.cases);
  });
});

describe('auto-rebalance threshold and margin units', () => {
  it('reads fractions below 1 (0.3, 0.1) and percent (30, 10) as the same setting', async () => {
    const { parseScenario, percentOrFraction } = await import('../../../shared/ha/parseScenario');
    expect(percentOrFraction(0.3)).toBe(30);
    expect(percentOrFraction(0.1)).toBe(10);
    expect(percentOrFraction(30)).toBe(30);
    expect(percentOrFraction(0)).toBe(0);
    const base = { nodes: ['a', 'b'], crs: 'static', resources: [{ sid: 'vm:100', node: 'a' }] };
    const frac = parseScenario({ ...base, datacenter: { autoRebalance: { threshold: 0.3, margin: 0.1 } } });
    const pct = parseScenario({ ...base, datacenter: { autoRebalance: { threshold: 30, margin: 10 } } });
    expect(frac.autoRebalance).toMatchObject({ enabled: true, threshold: 30, margin: 10 });
    expect(frac.autoRebalance).toEqual(pct.autoRebalance);
  });
});
