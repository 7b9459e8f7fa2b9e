import { performance } from 'node:perf_hooks';
import { deriveMapping } from '../../shared/mapping';
import { emptyInventory, type Disk, type Inventory, type Nic, type Vm } from '../../shared/model/inventory';
import { assessReadiness } from '../../shared/readiness';
import { createRandom } from '../generate/random';

/**
 * Bench: mapping + readiness of a generated 10,000-VM estate, built in memory (no file I/O), so the
 * figure is the planning cost alone. Prints the timings; never fails on them.
 */

/** A small deterministic PRNG (mulberry32, the generators' own) so generated estates are reproducible. */
const rng = (seed: number): (() => number) => createRandom(seed).next;

const OSES = [
  'Microsoft Windows Server 2022 (64-bit)',
  'Microsoft Windows Server 2019 (64-bit)',
  'Microsoft Windows Server 2016 or later (64-bit)',
  'Microsoft Windows Server 2008 R2 (64-bit)',
  'Microsoft Windows 10 (64-bit)',
  'Red Hat Enterprise Linux 8 (64-bit)',
  'Red Hat Enterprise Linux 9 (64-bit)',
  'Ubuntu Linux (64-bit)',
  'CentOS 7 (64-bit)',
  'Other 3.x or later Linux (64-bit)',
  'Microsoft Windows Server 2003 Standard (32-bit)',
];
const EVCS = ['intel-sandybridge', 'intel-haswell', 'intel-broadwell', 'intel-skylake', 'intel-cascadelake'];
const CONTROLLERS = ['LSI Logic SAS', 'VMware paravirtual SCSI', 'LSI Logic'];
const ADAPTERS = ['Vmxnet3', 'Vmxnet3', 'Vmxnet3', 'E1000e', 'E1000', 'PCNet32'];

/** A deterministic in-memory inventory of `n` VMs over clusters of 8 hosts, shared and local datastores, VLAN port groups. */
export function syntheticReadinessInventory(n: number, seed = 42): Inventory {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const inv = emptyInventory();
  const clusters = Math.max(1, Math.ceil(n / 500));
  inv.sources.push({ key: 'vc1', server: 'vc1.example.com', files: ['bench'], tabs: ['vInfo', 'vCPU', 'vMemory', 'vDisk', 'vPartition', 'vNetwork', 'vCD', 'vUSB', 'vSnapshot', 'vTools', 'vHost', 'vCluster', 'vDatastore', 'vPort', 'dvPort', 'vSC_VMK'], kind: 'rvtools-xlsx', exportedAt: '2026-10-01T06:00:00Z' });
  for (let c = 0; c < clusters; c++) {
    const cl = `cl${c}`;
    inv.clusters.push({ key: `vc1/${cl}`, name: cl, source: 'vc1', numHosts: 8 });
    for (let h = 0; h < 8; h++) {
      const name = `esx${c}-${h}`;
      inv.hosts.push({ key: `vc1/${name}`, name, source: 'vc1', cluster: cl, cpuModel: 'Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz', currentEvc: EVCS[(c + h) % EVCS.length], maxEvc: 'intel-cascadelake' });
      inv.datastores.push({ key: `vc1/local-${name}`, name: `local-${name}`, source: 'vc1', type: 'VMFS', capacityMiB: 2_000_000, provisionedMiB: 500_000, inUseMiB: 300_000, hosts: [name] });
      inv.vmkernels.push({ host: name, source: 'vc1', cluster: cl, portGroup: 'vMotion', device: 'vmk1', ip: `10.${c}.5.${h + 10}`, subnetMask: '255.255.255.0', services: ['vmotion'] });
    }
    for (let d = 0; d < 4; d++) {
      inv.datastores.push({ key: `vc1/san-${c}-${d}`, name: `san-${c}-${d}`, source: 'vc1', type: d === 3 ? 'NFS' : 'VMFS', capacityMiB: 20_000_000, provisionedMiB: 15_000_000, inUseMiB: 9_000_000, hosts: Array.from({ length: 8 }, (_, h) => `esx${c}-${h}`) });
    }
    for (let p = 0; p < 20; p++) {
      for (let h = 0; h < 8; h++) inv.portGroups.push({ key: `vc1/esx${c}-${h}/pg${p}`, name: `VLAN${100 + p}`, source: 'vc1', kind: 'standard', host: `esx${c}-${h}`, switchName: 'vSwitch1', vlan: 100 + p + (h === 7 && p === 3 ? 1 : 0) });
    }
  }
  for (let i = 0; i < n; i++) {
    const c = i % clusters;
    const os = pick(OSES);
    const diskCount = 1 + Math.floor(r() * 4);
    const disks: Disk[] = [];
    for (let d = 0; d < diskCount; d++) {
      const ds = r() < 0.1 ? `local-esx${c}-${i % 8}` : `san-${c}-${Math.floor(r() * 4)}`;
      disks.push({ label: `Hard disk ${d + 1}`, capacityMiB: Math.round(20_480 + r() * 500_000), thin: r() < 0.5, mode: r() < 0.02 ? 'independent_persistent' : 'persistent', sharing: 'sharingNone', sharedBus: 'noSharing', raw: r() < 0.005, controller: pick(CONTROLLERS), controllerLabel: 'SCSI controller 0', unitNumber: d, path: `[${ds}] vm${i}/vm${i}_${d}.vmdk`, datastore: ds });
    }
    const nics: Nic[] = [{ label: 'Network adapter 1', adapter: pick(ADAPTERS), network: `VLAN${100 + Math.floor(r() * 20)}`, switchName: 'vSwitch1', connected: true, mac: `00:50:56:${(i >> 16) & 255}:${(i >> 8) & 255}:${i & 255}`, ipv4: r() < 0.8 ? [`10.${c}.${(i >> 8) & 255}.${i & 255}`] : [], ipv6: [] }];
    const on = r() < 0.85;
    const vm: Vm = {
      key: `vc1/uuid-${i}`, name: r() < 0.02 ? `VM ${i} (old)` : `vm-${i}`, uuid: `uuid-${i}`, source: 'vc1', cluster: `cl${c}`, host: `esx${c}-${i % 8}`,
      template: i % 97 === 0, srmPlaceholder: false, powerState: on ? 'poweredOn' : 'poweredOff', connectionState: 'connected', consolidationNeeded: r() < 0.01,
      cpus: 2 ** Math.floor(r() * 4), coresPerSocket: 1, cpuHotAdd: r() < 0.1, cpuHotRemove: false, memoryMiB: 1024 * 2 ** Math.floor(r() * 6), memoryHotAdd: false,
      memoryReservationLockedToMax: r() < 0.01, osConfig: os, osTools: on ? os : undefined, firmware: r() < 0.4 ? 'efi' : 'bios', secureBoot: r() < 0.3,
      hwVersion: pick([7, 10, 13, 14, 19, 21]), dnsName: `vm-${i}.example.com`, primaryIp: nics[0]?.ipv4[0], cbt: r() < 0.5, enableUuid: r() < 0.3,
      latencySensitivity: 'normal', ftState: 'notConfigured', minRequiredEvc: on ? pick(EVCS) : undefined, networks: [nics[0]?.network ?? ''], attributes: {},
      disks, nics, cdDrives: [{ deviceType: r() < 0.03 ? `ISO [san-${c}-0] iso/x.iso` : 'Remote ATAPI', connected: r() < 0.5 }], usbDevices: [],
      snapshots: r() < 0.1 ? [{ name: 'snap', createdAt: '2026-09-01T00:00:00Z', sizeMiBTotal: r() * 50_000 }] : [],
      partitions: on ? [{ disk: '/', freeMiB: Math.round(r() * 10_000) }] : [], tools: { status: on ? (r() < 0.05 ? 'toolsNotRunning' : 'toolsOk') : 'toolsNotRunning' },
    };
    inv.vms.push(vm);
  }
  return inv;
}

export type ReadinessBenchResult = { vms: number; mappingMs: number; readinessMs: number; totalMs: number; cpuMs: number };

/**
 * Time mapping + readiness of `n` VMs after a warm-up. Wall time depends on what else runs on the
 * machine; CPU time (user + system of this process) is the steadier figure on a shared box.
 */
export function measureReadiness(n = 10_000): ReadinessBenchResult {
  const inv = syntheticReadinessInventory(n);
  const warm = syntheticReadinessInventory(500, 7);
  assessReadiness(warm, {}, {}, deriveMapping(warm, {}, {}));
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const m = deriveMapping(inv, {}, {});
  const t1 = performance.now();
  const r = assessReadiness(inv, {}, {}, m);
  const t2 = performance.now();
  const c = process.cpuUsage(c0);
  return { vms: r.summary.total, mappingMs: t1 - t0, readinessMs: t2 - t1, totalMs: t2 - t0, cpuMs: (c.user + c.system) / 1000 };
}

export async function benchReadiness(): Promise<void> {
  const runs = [measureReadiness(10_000), measureReadiness(10_000), measureReadiness(10_000)];
  const best = runs.reduce((p, x) => (x.totalMs < p.totalMs ? x : p));
  console.log(
    `readiness: ${best.vms} VMs (best of ${runs.length}) — mapping ${best.mappingMs.toFixed(0)} ms, readiness ${best.readinessMs.toFixed(0)} ms, total ${best.totalMs.toFixed(0)} ms wall, ${best.cpuMs.toFixed(0)} ms CPU`,
  );
}
