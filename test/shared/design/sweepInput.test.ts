import { describe, expect, it } from 'vitest';
import { deriveDesign, designPlanJson, toSweepInput } from '../../../shared/design';
import { parseScenario } from '../../../shared/ha/parseScenario';
import { sweep } from '../../../shared/ha/sweep';
import type { SweepInput } from '../../../shared/ha/types';
import { deriveMapping } from '../../../shared/mapping';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/model/project';
import { loadDemo } from './realEstates';

describe('design → HA simulator and plan.json', () => {
  it('toSweepInput is accepted by the simulator and the HA manager keeps every resource where the plan put it', async () => {
    const inv = await loadDemo();
    for (const target of ['pve9.0', 'pve8'] as const) {
      const a = { ...DEFAULT_ASSUMPTIONS, pveTarget: target };
      const d = deriveDesign(inv, deriveMapping(inv, {}, a), {}, a);
      const haClusters = d.clusters.filter((c) => c.ha.enabled);
      expect(haClusters.length).toBeGreaterThan(0);
      for (const c of haClusters) {
        const input: SweepInput | undefined = toSweepInput(d, c.name);
        if (!input) throw new Error('no sweep input');
        expect(input.nodes).toEqual(c.nodes.map((n) => n.name));
        expect(() => parseScenario({ ...input, events: [] })).not.toThrow();
        const r = sweep(input, 'n-1');
        // Priorities point at the placed node (higher number preferred): nothing moves at start.
        expect(r.baseline.moved, `${target} ${c.name}`).toEqual([]);
        for (const res of c.ha.resources) expect(r.baseline.placement[res.sid]).toBe(res.node);
        expect(r.cases).toHaveLength(c.nodes.length);
        // Only the failed node's VMs move, and a VM whose rule is primary:2 / secondary:1 lands on its secondary.
        let checked = 0;
        for (const k of r.cases) {
          for (const m of k.moved) {
            const p = c.placement.vms.find((v) => `vm:${v.vmid}` === m.sid);
            expect(p?.node).toBe(k.failed[0]);
            const rule = c.ha.rules.find((x) => x.type === 'node-affinity' && x.resources.includes(m.sid));
            if (rule?.type === 'node-affinity' && p?.secondary && rule.nodes[p.secondary] === 1 && rule.nodes[p.node ?? ''] === 2) {
              expect(m.to, `${m.sid} after ${k.failed[0]} failed`).toBe(p.secondary);
              checked++;
            }
          }
        }
        // (A 2-node cluster loses quorum in the simulator, which has no QDevice input: nothing moves there.)
        if (target !== 'pve8' && c.nodes.length >= 3) expect(checked, c.name).toBeGreaterThan(0);
      }
    }
    expect(toSweepInput(deriveDesign(inv, undefined, {}, DEFAULT_ASSUMPTIONS), 'nope')).toBeUndefined();
  });

  it('plan.json fragments carry nodes, quorum, reserve, binding constraint, per-VM node and tier, and the HA section', async () => {
    const inv = await loadDemo();
    const d = deriveDesign(inv, undefined, {}, DEFAULT_ASSUMPTIONS);
    const j = designPlanJson(d);
    expect(j.clusters.map((c) => c.name)).toEqual(d.clusters.map((c) => c.name));
    const two = j.clusters.find((c) => c.name === 'hn-2node');
    expect(two?.qdevice).toEqual({ planned: true, advice: 'required', votes: 1 });
    expect(two?.votes.total).toBe(3);
    expect(two?.nodes[0]).toEqual({ name: 'esx-hn-01', sockets: expect.any(Number), cores: expect.any(Number), memoryMiB: expect.any(Number), origin: 'imported', isNew: false });
    expect(j.ha.target).toBe('pve9');
    for (const c of d.clusters) {
      for (const v of c.placement.vms) {
        const t = j.vmTargets[v.vmKey];
        expect(t?.node).toBe(v.node ?? null);
        expect(t?.haTier).toBe(c.ha.resources.find((r) => r.vmKey === v.vmKey)?.tier ?? null);
      }
    }
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });
});
