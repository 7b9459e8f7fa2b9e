import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../shared/ha/parseScenario';
import { bestByBruteforce, bestByTopsis, clusterImbalance, imbalanceOf, type MigrationCandidate } from '../../../shared/ha/rebalance';
import type { CompiledRules } from '../../../shared/ha/rules';
import { newSchedContext, rankNodes, type ServiceView } from '../../../shared/ha/select';
import { simulate } from '../../../shared/ha/simulate';
import { CRS_WEIGHTS, topsisScores } from '../../../shared/ha/topsis';
import type { NodeResources } from '../../../shared/ha/types';

/**
 * The CRS scoring, checked against the expectations of Proxmox's own scheduler tests
 * (proxmox-resource-scheduling `tests/scheduler.rs`, algorithm in `src/scheduler.rs` and `src/topsis.rs`):
 * alternatives over all online nodes with 1 + RMS and 1 + max of the CPU and memory fractions, TOPSIS with
 * weights 1, 2, 5, 10; the node imbalance as the coefficient of variation over √(n−1).
 */

const NO_RULES: CompiledRules = { nodeAffinity: new Map(), failback: new Map(), positive: new Map(), negative: new Map(), notes: [] };

/**
 * A scheduler whose node stats are exactly the given ones: the dynamic scheduler with no HA resource sees each
 * node's measured base load (cpu in cores, memory in MiB).
 */
function nodesWithStats(stats: Record<string, NodeResources>) {
  return newSchedContext('dynamic', Object.keys(stats), NO_RULES, new Map(), stats);
}

function guest(cores: number, memoryMiB: number): ServiceView {
  return { sid: 'vm:900', kind: 'vm', node: 'elsewhere', state: 'stopped', cores, memoryMiB, cpulimit: 0, running: false, failedNodes: [] };
}

const GiB = 1024;
// tests/scheduler.rs new_homogeneous_cluster_scheduler / new_heterogeneous_cluster_scheduler (bytes → MiB).
const HOMOGENEOUS = {
  node1: { cpus: 16, memoryMiB: 64 * GiB, load: { cpu: 1.7, memoryMiB: 12334 } },
  node2: { cpus: 16, memoryMiB: 64 * GiB, load: { cpu: 15.184, memoryMiB: 529 } },
  node3: { cpus: 16, memoryMiB: 64 * GiB, load: { cpu: 5.2, memoryMiB: 9381 } },
};
const HETEROGENEOUS = {
  node1: { cpus: 16, memoryMiB: 128 * GiB, load: { cpu: 1.7, memoryMiB: 12334 } },
  node2: { cpus: 32, memoryMiB: 96 * GiB, load: { cpu: 15.184, memoryMiB: 529 } },
  node3: { cpus: 24, memoryMiB: 64 * GiB, load: { cpu: 5.2, memoryMiB: 9381 } },
};

describe('static/dynamic start scoring (proxmox-resource-scheduling tests/scheduler.rs)', () => {
  const nodes = ['node1', 'node2', 'node3'];
  const cases: [string, ServiceView, string[], string[]][] = [
    // [what, guest, homogeneous ranking, heterogeneous ranking]
    ['heavy memory (1 vCPU, 12 GiB)', guest(1, 12 * GiB), ['node2', 'node3', 'node1'], ['node2', 'node1', 'node3']],
    ['heavy CPU (12 vCPUs, no memory)', guest(12, 0), ['node1', 'node3', 'node2'], ['node3', 'node2', 'node1']],
    ['unlimited CPU (counts the whole node)', guest(0, 0), ['node1', 'node3', 'node2'], ['node1', 'node3', 'node2']],
    ['combined (12 vCPUs, 12 GiB)', guest(12, 12 * GiB), ['node2', 'node3', 'node1'], ['node2', 'node1', 'node3']],
  ];
  for (const [what, g, homo, hetero] of cases) {
    it(`ranks the nodes for a ${what} guest as Proxmox does`, () => {
      expect(rankNodes(nodesWithStats(HOMOGENEOUS), g, nodes)).toEqual(homo);
      expect(rankNodes(nodesWithStats(HETEROGENEOUS), g, nodes)).toEqual(hetero);
    });
  }

  it('scores every online node, not only the candidates (TOPSIS is relative to all alternatives)', () => {
    const ctx = nodesWithStats(HETEROGENEOUS);
    // Asking for two candidates keeps the order they have among all three nodes.
    expect(rankNodes(ctx, guest(12, 0), ['node1', 'node2'])).toEqual(['node2', 'node1']);
  });
});

describe('static scoring: RMS + 1 and max + 1, not the arithmetic mean (proxmox-resource-scheduling src/scheduler.rs)', () => {
  // Three unequal nodes: a small loaded one, an empty one, a big loaded one. A 4-vCPU / 4 GiB guest of the
  // failed pve04 is recovered.
  const scenario = {
    nodes: ['pve01', 'pve02', 'pve03', 'pve04'],
    crs: 'static',
    nodeResources: {
      pve01: { cpus: 16, memoryMiB: 65536 },
      pve02: { cpus: 32, memoryMiB: 65536 },
      pve03: { cpus: 32, memoryMiB: 524288 },
      pve04: { cpus: 32, memoryMiB: 65536 },
    },
    resources: [
      { sid: 'vm:101', node: 'pve01', cores: 10, memoryMiB: 51200 },
      { sid: 'vm:301', node: 'pve03', cores: 15, memoryMiB: 177152 },
      { sid: 'vm:900', node: 'pve04', cores: 4, memoryMiB: 4096 },
    ],
    events: [{ t: 100, action: 'power pve04 off' }],
  };

  /** The winner among pve01..03 when the criteria are built with `mean` (old simulator) or `rms` (Proxmox). */
  function winner(mode: 'mean' | 'rms'): string {
    const caps = [
      { cpus: 16, mem: 65536, cpu: 10, used: 51200 },
      { cpus: 32, mem: 65536, cpu: 0, used: 0 },
      { cpus: 32, mem: 524288, cpu: 15, used: 177152 },
    ];
    const m = new Float64Array(3 * 4);
    for (let c = 0; c < 3; c++) {
      const fc = caps.map((n, i) => (n.cpu + (i === c ? 4 : 0)) / n.cpus);
      const fm = caps.map((n, i) => (n.used + (i === c ? 4096 : 0)) / n.mem);
      const avg = (xs: number[]) => (mode === 'mean' ? xs.reduce((a, b) => a + b, 0) / 3 : 1 + Math.sqrt(xs.reduce((a, b) => a + b * b, 0) / 3));
      const top = (xs: number[]) => (mode === 'mean' ? 0 : 1) + Math.max(...xs);
      m.set([avg(fc), top(fc), avg(fm), top(fm)], c * 4);
    }
    const s = topsisScores(m, 3, 4, CRS_WEIGHTS);
    const best = [0, 1, 2].reduce((b, i) => ((s[i] ?? 0) > (s[b] ?? 0) ? i : b), 0);
    return ['pve01', 'pve02', 'pve03'][best] ?? '?';
  }

  it('three unequal nodes: the mean would pick the loaded big node, RMS + 1 picks the empty one', () => {
    expect(winner('mean')).toBe('pve03');
    expect(winner('rms')).toBe('pve02');
    const r = simulate(parseScenario(scenario));
    expect(r.final['vm:900']).toEqual({ node: 'pve02', state: 'started', running: true });
    expect(r.timeline.find((e) => e.code === 'service.recovered')?.params).toEqual({ sid: 'vm:900', from: 'pve04', to: 'pve02' });
  });
});

describe('container CPU: cpulimit, else cores, else the whole node (pve-container src/PVE/LXC/Config.pm get_derived_property)', () => {
  // pve01: 32 CPUs, 8 busy; pve02: 8 CPUs, idle. A small CPU demand fits best on the idle small node; a large
  // one (8 cores = all of pve02) is better on the big node.
  const scenario = (ct: Record<string, unknown>) => ({
    nodes: ['pve01', 'pve02', 'pve03'],
    crs: 'static',
    nodeResources: { pve01: { cpus: 32, memoryMiB: 65536 }, pve02: { cpus: 8, memoryMiB: 65536 }, pve03: { cpus: 32, memoryMiB: 65536 } },
    resources: [{ sid: 'vm:101', node: 'pve01', cores: 8, memoryMiB: 1024 }, { sid: 'ct:200', node: 'pve03', memoryMiB: 512, ...ct }],
    events: [{ t: 100, action: 'power pve03 off' }],
  });

  it('counts a fractional cpulimit before the cores', () => {
    expect(simulate(parseScenario(scenario({ cores: 8, cpulimit: 0.5 }))).final['ct:200']?.node).toBe('pve02');
    expect(simulate(parseScenario(scenario({ cores: 8 }))).final['ct:200']?.node).toBe('pve01');
    // cpulimit 0 means "no limit": the cores count.
    expect(simulate(parseScenario(scenario({ cores: 8, cpulimit: 0 }))).final['ct:200']?.node).toBe('pve01');
  });

  it('shows the container’s CPU in the capacity overlay the same way', () => {
    const r = simulate(parseScenario(scenario({ cores: 8, cpulimit: 0.5 })));
    expect(r.capacity.at(-1)?.nodes.pve02?.cpuDemand).toBe(0.5);
    // Without cores or cpulimit a container may use every host core: it counts as the node's CPU count.
    const unlimited = simulate(parseScenario(scenario({})));
    expect(unlimited.capacity[0]?.nodes.pve03?.cpuDemand).toBe(32);
  });
});

describe('node imbalance and balancing migrations (proxmox-resource-scheduling tests/scheduler.rs)', () => {
  // new_simple_migration_candidates: vm:101 on node1 using 0.7 cores and 8 GiB, to node2 or node3.
  const candidates: MigrationCandidate[] = ['node2', 'node3'].map((target) => ({ leader: 'vm:101', source: 'node1', target, resources: ['vm:101'], cpu: 0.7, mem: 8 * GiB }));

  it('computes the imbalance as the coefficient of variation over √(n−1)', () => {
    // tests/scheduler.rs expects the plain coefficient of variation (0.4894 and 0.3303); the current
    // `calculate_node_imbalance` divides it by its maximum √(n−1) so that it runs from 0 to 1 (the CRM logs
    // "100.0%" for everything on one of three nodes in test-crs-static-auto-rebalance2).
    expect(clusterImbalance(nodesWithStats(HOMOGENEOUS)) * Math.SQRT2).toBeCloseTo(0.4893954724628247, 12);
    expect(clusterImbalance(nodesWithStats(HETEROGENEOUS)) * Math.SQRT2).toBeCloseTo(0.33026013056867354, 12);
    // Equal nodes, a single node, an idle cluster: 0. Everything on one node of three: 1.
    expect(imbalanceOf([0.4, 0.4, 0.4])).toBeCloseTo(0, 12);
    expect(imbalanceOf([0.7])).toBe(0);
    expect(imbalanceOf([0, 0, 0])).toBe(0);
    expect(imbalanceOf([0.6, 0, 0])).toBeCloseTo(1, 12);
  });

  it('bruteforce picks the lowest resulting imbalance, TOPSIS the best node fractions (they differ here)', () => {
    for (const stats of [HOMOGENEOUS, HETEROGENEOUS]) {
      const ctx = nodesWithStats(stats);
      expect(bestByBruteforce(ctx, candidates)?.candidate.target).toBe('node3');
      expect(bestByTopsis(ctx, candidates)?.candidate.target).toBe('node2');
      expect(bestByBruteforce(ctx, [])).toBeUndefined();
    }
  });
});
