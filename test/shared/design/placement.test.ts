import { describe, expect, it } from 'vitest';
import { deriveDesign } from '../../../shared/design';
import { assign, lowerBound, placeCluster, type PlacementInput } from '../../../shared/design/placement';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/model/project';
import { generateEstate, host, rng, vm } from './estate';
import { emptyInventory } from '../../../shared/model/inventory';

const nodes = (n: number, cores = 16, memoryMiB = 65536) => Array.from({ length: n }, (_, i) => ({ name: `pve${i + 1}`, cores, memoryMiB }));

function input(over: Partial<PlacementInput>): PlacementInput {
  return { nodes: nodes(3), vms: [], rules: [], pins: {}, reserve: 'n+1', vcpuPerCore: 4, memoryOvercommit: 1, hostMemoryReserveMiB: 0, ...over };
}

const mkVms = (n: number, cpus: number, mem: number) =>
  Array.from({ length: n }, (_, i) => ({ key: `k${i}`, name: `vm${i}`, vmid: 100 + i, vcpus: cpus, memoryMiB: mem, poweredOn: true, counted: true }));

describe('placement', () => {
  it('honours memory without overcommit and keeps the N+1 reserve', () => {
    // 3 nodes × 60 GiB; N+1 fills each node to at most 2/3 = 40 GiB (5 × 8 GiB), but the 5 VMs of a failed node
    // must also fit on the survivors in whole VMs (20 GiB free each holds only 2): so 4 per node = 12.
    const p = placeCluster(input({ nodes: nodes(3, 16, 61440), vms: mkVms(16, 1, 8192) }));
    const placed = p.vms.filter((v) => v.node);
    expect(placed).toHaveLength(12);
    const un = p.vms.find((v) => !v.node);
    expect(un?.unplaced?.reason).toBe('reserve');
    expect(p.bindingConstraint).toBe('reserve');
    for (const u of p.utilisation) expect(u.memoryMiB).toBeLessThanOrEqual(61440 * (2 / 3) + 1e-6);
    // After any one node fails, the survivors still hold everything within capacity.
    for (const u of p.utilisation) expect(u.memoryPctAfterFailure).toBeLessThanOrEqual(100);
    expect(p.vms.filter((v) => v.node).every((v) => v.secondary && v.secondary !== v.node)).toBe(true);
  });

  it('N+0 uses the whole capacity; a VM bigger than a node does not fit (memory)', () => {
    const p = placeCluster(input({ reserve: 'n+0', vms: [...mkVms(24, 1, 8192), { key: 'big', name: 'big', vmid: 999, vcpus: 2, memoryMiB: 70000, poweredOn: true, counted: true }] }));
    expect(p.vms.filter((v) => v.node)).toHaveLength(24);
    expect(p.vms.find((v) => v.vmKey === 'big')?.unplaced?.reason).toBe('memory');
  });

  it('honours the vCPU:core ratio', () => {
    // 3 nodes × 16 cores × 4 = 64 vCPUs each; N+0; 8-vCPU VMs with little memory → 8 per node.
    const p = placeCluster(input({ reserve: 'n+0', vms: mkVms(25, 8, 1024) }));
    expect(p.vms.filter((v) => v.node)).toHaveLength(24);
    expect(p.vms.find((v) => !v.node)?.unplaced?.reason).toBe('cpu');
    expect(p.bindingConstraint).toBe('cpu');
    expect(p.utilisation.every((u) => u.vcpus <= 64)).toBe(true);
  });

  it('keeps anti-affinity apart, affinity together, must-run-on and pins', () => {
    const vms = mkVms(8, 1, 4096);
    const p = placeCluster(
      input({
        vms,
        rules: [
          { kind: 'apart', name: 'a', vmKeys: ['k0', 'k1', 'k2'], origin: 'drs' },
          { kind: 'together', name: 't', vmKeys: ['k3', 'k4'], origin: 'drs' },
          { kind: 'must-run-on', name: 'm', vmKeys: ['k5'], nodes: ['pve3'], origin: 'drs' },
          { kind: 'must-not-run-on', name: 'mn', vmKeys: ['k6'], nodes: ['pve1', 'pve2'], origin: 'drs' },
        ],
        pins: { k7: 'pve2' },
      }),
    );
    const at = (k: string) => p.vms.find((v) => v.vmKey === k)?.node;
    expect(new Set([at('k0'), at('k1'), at('k2')]).size).toBe(3);
    expect(at('k3')).toBe(at('k4'));
    expect(at('k5')).toBe('pve3');
    expect(at('k6')).toBe('pve3');
    expect(at('k7')).toBe('pve2');
    // Failover of k5 cannot go anywhere (must run on pve3 only) — it is counted as stranded.
    expect(p.vms.find((v) => v.vmKey === 'k5')?.secondary).toBeUndefined();
  });

  it('an anti-affinity set larger than the node count leaves VMs unplaced for the rules', () => {
    const p = placeCluster(input({ vms: mkVms(4, 1, 1024), rules: [{ kind: 'apart', name: 'a', vmKeys: ['k0', 'k1', 'k2', 'k3'], origin: 'drs' }] }));
    expect(p.vms.filter((v) => v.unplaced?.reason === 'rules')).toHaveLength(1);
    expect(p.bindingConstraint).toBe('rules');
  });

  it('a pin to a node that does not exist is reported', () => {
    const p = placeCluster(input({ vms: mkVms(1, 1, 1024), pins: { k0: 'nope' } }));
    expect(p.vms[0]?.unplaced?.reason).toBe('pin');
    expect(p.vms[0]?.unplaced?.text.en).toMatch(/nope/);
  });

  it('lower bound is ceil(demand/capacity) + reserve', () => {
    expect(lowerBound({ vcpus: 10, memoryMiB: 200_000 }, { vcpus: 64, memoryMiB: 65536 }, 'n+1')).toBe(5);
    expect(lowerBound({ vcpus: 300, memoryMiB: 1 }, { vcpus: 64, memoryMiB: 65536 }, 'n+2')).toBe(7);
  });

  it('on generated estates the minimum node count stays within lower bound + 1', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      const r = rng(seed);
      const hosts = 2 + Math.floor(r() * 6);
      const inv = generateEstate({ clusters: 2, hostsPerCluster: hosts, vmsPerCluster: 150 + Math.floor(r() * 600), seed, rules: seed % 2 === 0, cores: 32, memoryMiB: 524288 });
      for (const reserve of ['n+0', 'n+1', 'n+2'] as const) {
        const d = deriveDesign(inv, undefined, {}, { ...DEFAULT_ASSUMPTIONS, haReserve: reserve });
        for (const c of d.clusters) {
          const p = c.placement;
          expect(p.minimumNodes, `${c.name} seed ${seed} ${reserve}`).toBeDefined();
          expect(p.minimumNodes as number).toBeGreaterThanOrEqual(p.lowerBound);
          expect(p.minimumNodes as number, `${c.name} seed ${seed} ${reserve}`).toBeLessThanOrEqual(p.lowerBound + 1);
        }
      }
    }
  });

  it('placement with as many nodes as the minimum places every VM (the minimum is real)', () => {
    const inv = generateEstate({ clusters: 1, hostsPerCluster: 2, vmsPerCluster: 400, seed: 9, rules: true, cores: 16, memoryMiB: 262144 });
    const d = deriveDesign(inv, undefined, {}, DEFAULT_ASSUMPTIONS);
    const c = d.clusters[0];
    expect(c).toBeDefined();
    const min = c?.placement.minimumNodes ?? 0;
    const again = deriveDesign(inv, undefined, { design: { clusters: { [c?.name ?? '']: { newHardware: { count: min, sockets: 2, cores: 16, memoryMiB: 262144 } } } } }, DEFAULT_ASSUMPTIONS);
    const p = again.clusters[0]?.placement;
    expect(again.clusters[0]?.nodes).toHaveLength(min);
    expect(p?.vms.filter((v) => !v.node && v.unplaced?.reason !== 'rules')).toEqual([]);
  });

  it('powered-off VMs count by default and can be left out', () => {
    const inv = emptyInventory();
    inv.clusters.push({ key: 'c', name: 'C', source: 'src' });
    for (const h of ['a', 'b', 'c']) inv.hosts.push(host(`${h}.x`, 'C', 8, 65536));
    for (let i = 0; i < 10; i++) inv.vms.push(vm(`v${i}`, 'C', 'a.x', 1, 8192, { powerState: i < 5 ? 'poweredOff' : 'poweredOn' }));
    const on = deriveDesign(inv, undefined, {}, DEFAULT_ASSUMPTIONS).clusters[0]?.placement;
    const off = deriveDesign(inv, undefined, { design: { includePoweredOff: false } }, DEFAULT_ASSUMPTIONS).clusters[0]?.placement;
    expect(on?.demand.memoryMiB).toBe(10 * 8192);
    expect(off?.demand.memoryMiB).toBe(5 * 8192);
    expect(off?.vms.every((v) => v.node)).toBe(true);
  });

  it('is deterministic', () => {
    const inp = input({ vms: mkVms(50, 2, 3000) });
    const a = assign(inp).nodeOf;
    const b = assign(inp).nodeOf;
    expect([...a]).toEqual([...b]);
  });
});
