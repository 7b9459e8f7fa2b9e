import { performance } from 'node:perf_hooks';
import { setClusterReserve, setClusterSizing, type Decisions } from '../../shared/model/decisions';
import { emptyInventory, type Inventory } from '../../shared/model/inventory';
import { newProject, type Project } from '../../shared/model/project';
import { derivePlan } from '../../shared/plan';
import { haChecks } from '../../shared/plan/haChecks';
import { createRandom } from '../generate/random';

/**
 * Bench: the re-plan a sizing change triggers in the plan worker (derivePlan with the HA checks, exactly
 * what renderer/workers/planWorker.ts runs), on an estate shaped like a real customer export (1,217 VMs in
 * 13 vSphere clusters on 35 hosts, one cluster running 426 VMs on 7 hosts) and on 10,000 VMs. Prints the
 * timings and never fails on them.
 */

/** A small deterministic PRNG (mulberry32, the generators' own) so generated estates are reproducible. */
const rng = (seed: number): (() => number) => createRandom(seed).next;

/** An estate with the given hosts and VMs per cluster (hosts 2 × 16 cores, 512 GiB; common VM sizes). */
export function sizingEstate(hostsPer: number[], vmsPer: number[], seed = 11): Inventory {
  const r = rng(seed);
  const inv = emptyInventory();
  const sizes = [[1, 2048], [2, 4096], [2, 8192], [4, 8192], [4, 16384], [8, 32768], [2, 2048], [4, 12288]] as const;
  const prios = ['highest', 'high', 'medium', 'medium', 'low', 'lowest', 'disabled'];
  hostsPer.forEach((hosts, c) => {
    const cl = `Cust-Cluster-${String(c + 1).padStart(2, '0')}`;
    inv.clusters.push({ key: `b/${cl}`, name: cl, source: 'bench', haEnabled: true, restartPriority: 'medium' });
    for (let h = 0; h < hosts; h++) {
      const name = `esx${c + 1}-${h + 1}.bench.example`;
      inv.hosts.push({ key: `b/${name}`, name, source: 'bench', cluster: cl, sockets: 2, cores: 32, memoryMiB: 524_288, cpuMHz: 2600, cpuUsagePct: 40, memoryUsagePct: 60 });
      inv.vmkernels.push({ host: name, source: 'bench', portGroup: 'Management', ip: `10.${c}.0.${h + 10}`, subnetMask: '255.255.255.0', services: ['management'] });
    }
    for (let i = 0; i < (vmsPer[c] ?? 0); i++) {
      const [cpus, mem] = sizes[Math.floor(r() * sizes.length)] ?? [2, 4096];
      const name = `c${c + 1}-vm${String(i + 1).padStart(5, '0')}`;
      inv.vms.push({
        key: `b/${name}`, name, source: 'bench', cluster: cl, host: `esx${c + 1}-${(i % hosts) + 1}.bench.example`, template: false, srmPlaceholder: false,
        powerState: r() < 0.85 ? 'poweredOn' : 'poweredOff', cpus, memoryMiB: mem, memoryConsumedMiB: Math.round(mem * (0.3 + r() * 0.6)), cpuUsageMHz: Math.round(cpus * 2600 * r() * 0.3),
        haRestartPriority: prios[Math.floor(r() * prios.length)],
        networks: [], attributes: {}, disks: [], nics: [], cdDrives: [], usbDevices: [], snapshots: [], partitions: [],
      });
    }
  });
  return inv;
}

/** The plan worker's two steps: the plan without HA checks (posted at once, what Design shows), then the HA checks. */
function timed(project: Project, decisions: Decisions): { ms: number; haMs: number; clusters: number; nodes: number; added: number; unplaced: number } {
  const t0 = performance.now();
  const plan = derivePlan({ ...project, decisions }, { skipHa: true });
  const t1 = performance.now();
  haChecks(plan.design);
  const t2 = performance.now();
  const d = plan.design;
  return { ms: t1 - t0, haMs: t2 - t1, clusters: d.clusters.length, nodes: d.clusters.reduce((a, c) => a + c.nodes.length, 0), added: d.totals.addedNodes, unplaced: d.totals.unplaced };
}

function line(label: string, r: ReturnType<typeof timed>): string {
  return `  ${label.padEnd(34)} design shown after ${r.ms.toFixed(0).padStart(5)} ms, HA checks +${r.haMs.toFixed(0).padStart(6)} ms  (${r.clusters} clusters, ${r.nodes} nodes, ${r.added} new, ${r.unplaced} unplaced)`;
}

export async function benchSizing(): Promise<void> {
  // 1,217 VMs, 13 clusters, 35 hosts: the shape of the export the sizing issue was filed on.
  const hosts = [7, 4, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 1];
  const vms = [426, 120, 90, 85, 80, 70, 65, 60, 55, 50, 45, 40, 31];
  const p1 = newProject(sizingEstate(hosts, vms), { name: 'bench', now: '2026-01-01T00:00:00.000Z' });
  // The big cluster (426 VMs on 7 hosts) as the design names it.
  const target = derivePlan(p1, { skipHa: true }).design.clusterOf[p1.inventory.clusters[0]?.name ?? ''] ?? '';
  const out: string[] = [`sizing bench: re-plan as the plan worker runs it (derivePlan without HA checks → Design updates; then the HA checks)`];
  out.push(`  estate A: ${p1.inventory.vms.length} VMs, ${p1.inventory.clusters.length} clusters, ${p1.inventory.hosts.length} hosts`);
  timed(p1, {}); // warm-up (JIT)
  out.push(line('first plan', timed(p1, {})));
  out.push(line('HA reserve N+2 on one cluster', timed(p1, setClusterReserve({}, target, 'n+2'))));
  out.push(line('vCPU:core ratio 6 on one cluster', timed(p1, setClusterSizing({}, target, 'vcpuPerCore', 6))));
  out.push(line('measured basis on one cluster', timed(p1, setClusterSizing({}, target, 'basis', 'measured'))));
  // 10,000 VMs: 20 clusters of 500 VMs on 6 hosts each.
  const p2 = newProject(sizingEstate(Array.from({ length: 20 }, () => 6), Array.from({ length: 20 }, () => 500), 13), { name: 'bench', now: '2026-01-01T00:00:00.000Z' });
  out.push(`  estate B: ${p2.inventory.vms.length} VMs, ${p2.inventory.clusters.length} clusters, ${p2.inventory.hosts.length} hosts`);
  out.push(line('first plan', timed(p2, {})));
  const target2 = derivePlan(p2, { skipHa: true }).design.clusterOf[p2.inventory.clusters[0]?.name ?? ''] ?? '';
  out.push(line('HA reserve N+2 on one cluster', timed(p2, setClusterReserve({}, target2, 'n+2'))));
  console.log(out.join('\n'));
}
