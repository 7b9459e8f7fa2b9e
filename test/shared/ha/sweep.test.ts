import { describe, expect, it } from 'vitest';
import { ROUND_SECONDS } from '../../../shared/ha/constants';
import { generateSweepInput } from '../../../shared/ha/generate';
import { parseScenario } from '../../../shared/ha/parseScenario';
import { simulate } from '../../../shared/ha/simulate';
import { sweep } from '../../../shared/ha/sweep';
import { sweepSection } from '../../../shared/report/sections/haSweep';
import type { SweepInput } from '../../../shared/ha/types';

const FAIL_AT = 200;

/** The full round-based simulation of the same failure: power the nodes off at FAIL_AT. */
function fullRun(input: SweepInput, failed: string[]) {
  return simulate(parseScenario({ ...input, events: failed.map((n) => ({ t: FAIL_AT, action: `power ${n} off` })), until: FAIL_AT + 400 }));
}

describe('sweep fast path gives the same placements as full simulations', () => {
  const clusters: [string, SweepInput][] = [
    ['basic, rules', generateSweepInput({ nodes: 5, resources: 40, crs: 'basic', rules: true, seed: 11 })],
    ['static, rules', generateSweepInput({ nodes: 6, resources: 60, crs: 'static', rules: true, seed: 12 })],
    ['static, no rules', generateSweepInput({ nodes: 4, resources: 30, crs: 'static', rules: false, seed: 13 })],
    [
      'groups, restricted and nofailback',
      {
        nodes: ['pve01', 'pve02', 'pve03', 'pve04'],
        crs: 'basic',
        groups: [
          { id: 'db', nodes: 'pve01:2,pve02:1', restricted: 1, nofailback: 0 },
          { id: 'only3', nodes: 'pve03', restricted: 1 },
          { id: 'app', nodes: { pve02: 1, pve04: 1 }, nofailback: 1 },
        ],
        resources: [
          { sid: 'vm:101', node: 'pve01', group: 'db' },
          { sid: 'vm:102', node: 'pve02', group: 'db' },
          { sid: 'vm:103', node: 'pve03', group: 'only3' },
          { sid: 'vm:104', node: 'pve04', group: 'app' },
          { sid: 'ct:105', node: 'pve02', group: 'app', state: 'stopped' },
          { sid: 'vm:106', node: 'pve01' },
          { sid: 'vm:107', node: 'pve03', state: 'disabled' },
        ],
      },
    ],
  ];
  for (const [name, input] of clusters) {
    it(`N-1 and N-2 on ${name}`, () => {
      for (const mode of ['n-1', 'n-2'] as const) {
        const r = sweep(input, mode);
        expect(r.cases.length).toBe(mode === 'n-1' ? input.nodes.length : (input.nodes.length * (input.nodes.length - 1)) / 2);
        for (const c of r.cases) {
          const full = fullRun(input, c.failed);
          const expected: Record<string, string> = {};
          for (const [sid, f] of Object.entries(full.final)) expected[sid] = f.node;
          const fast: Record<string, string> = { ...r.baseline.placement };
          for (const m of c.moved) fast[m.sid] = m.to;
          expect(fast, `${mode} ${c.failed.join('+')}`).toEqual(expected);
          // Same resources left without a node.
          const stuck = Object.entries(full.final)
            .filter(([, f]) => f.state === 'recovery')
            .map(([sid]) => sid)
            .sort();
          if (c.quorate) expect(c.unrecovered.map((u) => u.sid).sort()).toEqual(stuck);
          // Same time to recovery: the last recovered guest starts recoverySeconds after the failure.
          const starts = full.timeline.filter((e) => e.kind === 'lrm' && e.t > FAIL_AT && / started on node /.test(e.message.en)).map((e) => e.t);
          if (c.recoverySeconds !== null) expect(Math.max(...starts) - FAIL_AT).toBe(c.recoverySeconds);
          else if (c.quorate) expect(starts).toEqual([]);
        }
      }
    });
  }

  it('reports restricted resources that cannot recover and the loss of quorum', () => {
    const input = clusters[3]?.[1];
    if (!input) throw new Error('fixture');
    const r = sweep(input, 'n-1');
    const pve03 = r.cases.find((c) => c.failed[0] === 'pve03');
    expect(pve03?.unrecovered).toEqual([{ sid: 'vm:103', node: 'pve03', state: 'recovery' }]);
    // 4 nodes, 2 down: 2 of 4 votes is not a majority. Nothing is recovered, nothing keeps running.
    const r2 = sweep(input, 'n-2');
    expect(r2.summary.withoutQuorum).toBe(6);
    expect(r2.cases.every((c) => !c.quorate && c.recoverySeconds === null && c.moved.length === 0)).toBe(true);
    expect(r2.cases[0]?.unrecovered.map((u) => u.sid)).toEqual(['vm:101', 'vm:102', 'vm:103', 'vm:104', 'vm:106']);
    // The same cluster with a fifth node keeps quorum with two nodes down.
    const five = sweep({ ...input, nodes: [...input.nodes, 'pve05'] }, 'n-2');
    expect(five.summary.withoutQuorum).toBe(0);
    expect(five.cases.find((c) => c.failed.join() === 'pve01,pve02')?.unrecovered.map((u) => u.sid)).toEqual(['vm:101', 'vm:102']);
  });

  it('flags memory overcommit per node and says basic mode ignores capacity', () => {
    const input: SweepInput = {
      nodes: ['a1', 'a2', 'a3'],
      crs: 'basic',
      nodeResources: { a1: { cpus: 8, memoryMiB: 16384 }, a2: { cpus: 8, memoryMiB: 16384 }, a3: { cpus: 8, memoryMiB: 16384 } },
      resources: [
        { sid: 'vm:1', node: 'a1', memoryMiB: 12288, cores: 4 },
        { sid: 'vm:2', node: 'a2', memoryMiB: 12288, cores: 4 },
        { sid: 'vm:3', node: 'a3', memoryMiB: 4096, cores: 4 },
      ],
    };
    const r = sweep(input, 'n-1');
    expect(r.capacityNote.en).toMatch(/IGNORES CPU and memory/);
    const a1 = r.cases.find((c) => c.failed[0] === 'a1');
    // vm:1 (12 GiB) goes to a2 (tie on count, name order) → 24 GiB on a 16 GiB node.
    expect(a1?.moved).toEqual([{ sid: 'vm:1', from: 'a1', to: 'a2' }]);
    expect(a1?.overcommitted).toEqual(['a2']);
    expect(a1?.loads.a2?.memoryMiBDemand).toBe(24576);
    expect(a1?.recoverySeconds).toBe(12 * ROUND_SECONDS);
  });

  it('builds a report section with one table row per case', () => {
    const input = clusters[3]?.[1];
    if (!input) throw new Error('fixture');
    const r = sweep(input, 'n-1');
    const s = sweepSection(r, 'lab');
    expect(s.title.en).toBe('HA N-1 simulation — cluster lab');
    const table = s.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((row) => row[0])).toEqual(['pve01', 'pve02', 'pve03', 'pve04']);
    // pve03 fails: vm:103 (restricted to pve03) cannot recover.
    expect(table.rows[2]?.[3]).toBe('vm:103');
    expect(s.blocks.some((b) => b.kind === 'note' && /IGNORES/.test(b.text.en))).toBe(true);
  });
});
