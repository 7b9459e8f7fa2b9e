import { performance } from 'node:perf_hooks';
import { deriveDesign } from '../../shared/design';
import { checkHaRules } from '../../shared/design/haRules';
import { placeCluster } from '../../shared/design/placement';
import { emptyInventory, type Inventory } from '../../shared/model/inventory';
import { DEFAULT_ASSUMPTIONS } from '../../shared/model/project';
import { renderConfigBundle } from '../../shared/report/configBundle';
import { createRandom } from '../generate/random';

/**
 * Bench: the target design (placement with N+1 and the failure check, minimum node count, HA plan with
 * rule repairs) of 10,000 VMs on one 64-node cluster with DRS rules, then the configuration bundle.
 * Built in memory; prints the timings and never fails on them.
 */

/** A small deterministic PRNG (mulberry32, the generators' own) so generated estates are reproducible. */
const rng = (seed: number): (() => number) => createRandom(seed).next;

export function syntheticDesignInventory(vmCount = 10_000, hostCount = 64, seed = 7): Inventory {
  const r = rng(seed);
  const inv = emptyInventory();
  const cl = 'Bench-Cluster';
  inv.clusters.push({ key: `b/${cl}`, name: cl, source: 'bench', haEnabled: true, restartPriority: 'medium' });
  for (let h = 0; h < hostCount; h++) {
    const name = `esx${String(h + 1).padStart(3, '0')}.bench.example`;
    inv.hosts.push({ key: `b/${name}`, name, source: 'bench', cluster: cl, sockets: 2, cores: 128, memoryMiB: 2_097_152 });
    inv.vmkernels.push({ host: name, source: 'bench', portGroup: 'Management', ip: `10.0.0.${h + 10}`, subnetMask: '255.255.255.0', services: ['management'] });
    inv.vmkernels.push({ host: name, source: 'bench', portGroup: 'vMotion', ip: `10.0.1.${h + 10}`, subnetMask: '255.255.255.0', services: ['vmotion'] });
  }
  const sizes = [[1, 2048], [2, 4096], [2, 4096], [2, 8192], [4, 8192], [4, 16384], [8, 16384]] as const;
  const names: string[] = [];
  for (let i = 0; i < vmCount; i++) {
    const [cpus, mem] = sizes[Math.floor(r() * sizes.length)] ?? [2, 4096];
    const name = `vm${String(i).padStart(5, '0')}`;
    names.push(name);
    inv.vms.push({
      key: `b/${name}`, name, source: 'bench', cluster: cl, host: inv.hosts[i % hostCount]?.name, template: false, srmPlaceholder: false,
      powerState: r() < 0.9 ? 'poweredOn' : 'poweredOff', cpus, memoryMiB: mem, haRestartPriority: r() < 0.3 ? 'high' : r() < 0.9 ? 'medium' : 'low',
      networks: [], attributes: {}, disks: [], nics: [], cdDrives: [], usbDevices: [], snapshots: [], partitions: [],
    });
  }
  for (let i = 0; i + 3 < vmCount && inv.drsRules.length < 1000; i += 20) {
    inv.drsRules.push({ kind: 'vm-anti-affinity', name: `apart-${i}`, cluster: cl, enabled: true, vms: [names[i] ?? '', names[i + 1] ?? '', names[i + 2] ?? ''], source: 'bench' });
    inv.drsRules.push({ kind: 'vm-affinity', name: `together-${i}`, cluster: cl, enabled: true, vms: [names[i + 10] ?? '', names[i + 11] ?? ''], source: 'bench' });
  }
  for (let g = 0; g < 10; g++) {
    inv.drsGroups.push({ kind: 'vm', name: `vmg-${g}`, cluster: cl, members: names.slice(5000 + g * 20, 5000 + g * 20 + 20), source: 'bench' });
    inv.drsGroups.push({ kind: 'host', name: `hg-${g}`, cluster: cl, members: inv.hosts.slice(g * 6, g * 6 + 6).map((h) => h.name), source: 'bench' });
    inv.drsRules.push({ kind: 'vm-host', name: `vmhost-${g}`, cluster: cl, enabled: true, mandatory: g % 2 === 0, affine: true, vmGroup: `vmg-${g}`, hostGroup: `hg-${g}`, source: 'bench' });
  }
  return inv;
}

export async function benchDesign(): Promise<void> {
  const t0 = performance.now();
  const inv = syntheticDesignInventory();
  const t1 = performance.now();
  const design = deriveDesign(inv, undefined, {}, DEFAULT_ASSUMPTIONS);
  const t2 = performance.now();
  const files = renderConfigBundle(design, undefined, { inventory: inv });
  const t3 = performance.now();
  const c = design.clusters[0];
  const t4 = performance.now();
  if (c) {
    placeCluster(
      {
        nodes: c.nodes.map((n) => ({ name: n.name, cores: n.cores, memoryMiB: n.memoryMiB })),
        vms: c.placement.vms.map((v) => ({ key: v.vmKey, name: v.name, vmid: v.vmid, vcpus: v.vcpus, memoryMiB: v.memoryMiB, poweredOn: v.poweredOn, counted: true })),
        rules: c.placement.rules,
        pins: {},
        reserve: c.reserve,
        vcpuPerCore: DEFAULT_ASSUMPTIONS.vcpuPerCore,
        memoryOvercommit: 1,
        hostMemoryReserveMiB: 0,
      },
      { sizing: false },
    );
  }
  const t5 = performance.now();
  const placed = c?.placement.vms.filter((v) => v.node).length ?? 0;
  const violations = c ? checkHaRules(c.ha.rules, c.nodes.map((n) => n.name)).length : -1;
  console.log(
    [
      `design bench: ${inv.vms.length} VMs, ${inv.hosts.length} nodes, ${inv.drsRules.length} DRS rules`,
      `  build inventory      ${(t1 - t0).toFixed(0)} ms`,
      `  deriveDesign         ${(t2 - t1).toFixed(0)} ms  (placed ${placed}, binding ${c?.placement.bindingConstraint}, lower bound ${c?.placement.lowerBound}, minimum ${c?.placement.minimumNodes}, HA resources ${c?.ha.resources.length}, rules ${c?.ha.rules.length}, dropped ${c?.ha.dropped.length}, violations ${violations})`,
      `  placement only       ${(t5 - t4).toFixed(0)} ms  (assignment + N+1 failure check, no minimum-node search)`,
      `  renderConfigBundle   ${(t3 - t2).toFixed(0)} ms  (${files.length} files, ${Math.round(files.reduce((a, f) => a + f.content.length, 0) / 1024)} KiB)`,
    ].join('\n'),
  );
}
