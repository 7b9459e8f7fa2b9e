import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../shared/ha/parseScenario';
import { simulate } from '../../../shared/ha/simulate';
import type { ScenarioInput, SimResult } from '../../../shared/ha/types';

const run = (s: ScenarioInput): SimResult => simulate(parseScenario(s));

describe('node affinity inherited through positive resource affinity (PVE 9 rules)', () => {
  // pve-ha-manager src/PVE/HA/Rules.pm: the node-affinity rule of one member of a positive group applies to the
  // whole group; src/PVE/HA/Rules/ResourceAffinity.pm apply_positive_resource_affinity first drops the partners'
  // nodes that are not candidates, so partners outside the preferred nodes do not hold a member back.
  const scenario: ScenarioInput = {
    nodes: ['node1', 'node2', 'node3'],
    resources: [
      { sid: 'vm:101', node: 'node1' },
      { sid: 'vm:102', node: 'node1' },
      { sid: 'vm:103', node: 'node2' },
    ],
    rules: [
      { id: 'keep-together', type: 'resource-affinity', resources: ['vm:101', 'vm:102'], affinity: 'positive' },
      { id: 'prefer-node3', type: 'node-affinity', resources: ['vm:101'], nodes: 'node3' },
    ],
    until: 60,
  };

  it('moves the whole group to the preferred node together right after start', () => {
    const r = run(scenario);
    const queued = r.timeline.filter((e) => e.code === 'service.moveQueued').map((e) => [e.t, e.sid, e.from, e.to]);
    expect(queued).toEqual([
      [0, 'vm:101', 'node1', 'node3'],
      [0, 'vm:102', 'node1', 'node3'],
    ]);
    expect(r.final['vm:101']).toEqual({ node: 'node3', state: 'started', running: true });
    expect(r.final['vm:102']).toEqual({ node: 'node3', state: 'started', running: true });
    // The unrelated resource stays.
    expect(r.final['vm:103']?.node).toBe('node2');
  });

  it('keeps the group together when the preferred node fails, and brings it back when it returns', () => {
    const r = run({ ...scenario, events: [{ t: 100, action: 'power node3 off' }, { t: 400, action: 'power node3 on' }], until: 600 });
    const recovered = r.timeline.filter((e) => e.code === 'service.recovered');
    expect(new Set(recovered.map((e) => e.params.to)).size).toBe(1);
    expect(recovered.map((e) => e.sid).sort()).toEqual(['vm:101', 'vm:102']);
    expect(r.final['vm:101']?.node).toBe('node3');
    expect(r.final['vm:102']?.node).toBe('node3');
  });

  it('with failback off, a member stays on an allowed node that resource affinity allows (is_allowed_on_node)', () => {
    const r = run({ ...scenario, resources: scenario.resources.map((x) => (x.sid === 'vm:103' ? x : { ...x, failback: false })) });
    expect(r.timeline.filter((e) => e.code === 'service.moveQueued')).toEqual([]);
    expect(r.final['vm:101']?.node).toBe('node1');
  });
});

describe('failing resources: "fails N times before it succeeds" applies to every start and every move', () => {
  // pve-ha-manager src/PVE/HA/Sim/Resources/VirtFail.pm: a per-resource try counter that restarts at 0 after each
  // successful start or migration, so the next start or migration fails N times again.

  it('a later start fails again failStarts times', () => {
    const r = run({
      nodes: ['node1', 'node2', 'node3'],
      resources: [{ sid: 'vm:101', node: 'node1', failStarts: 1 }],
      events: [
        { t: 20, action: 'service vm:101 stopped' },
        { t: 60, action: 'service vm:101 started' },
        { t: 120, action: 'service vm:101 stopped' },
        { t: 160, action: 'service vm:101 started' },
      ],
      until: 300,
    });
    const lrm = r.timeline.filter((e) => e.code === 'lrm.startRetry' || e.code === 'lrm.started').map((e) => [e.t, e.code]);
    expect(lrm).toEqual([
      [70, 'lrm.startRetry'],
      [80, 'lrm.started'],
      [170, 'lrm.startRetry'],
      [180, 'lrm.started'],
    ]);
  });

  it('the move back after maintenance fails and is not retried, although the move away succeeded on its retry', () => {
    // test-shutdown-policy-migrate-fail1 semantics (ha-semantics.md §8.1): the fallback is attempted once.
    const r = run({
      nodes: ['node1', 'node2', 'node3'],
      resources: [{ sid: 'vm:101', node: 'node1', failMigrations: 1 }],
      events: [
        { t: 20, action: 'crm node1 enable-node-maintenance' },
        { t: 200, action: 'crm node1 disable-node-maintenance' },
      ],
      until: 400,
    });
    const moves = r.timeline.filter((e) => e.code === 'service.moveFailed' || e.code === 'service.moved').map((e) => [e.t, e.code, e.from, e.to]);
    expect(moves).toEqual([
      [40, 'service.moveFailed', 'node1', 'node2'],
      [50, 'service.moved', 'node1', 'node2'],
      [220, 'service.moveFailed', 'node2', 'node1'],
    ]);
    expect(r.timeline.find((e) => e.code === 'service.maintenanceFallbackDropped')?.t).toBe(220);
    expect(r.final['vm:101']).toEqual({ node: 'node2', state: 'started', running: true });
  });
});
