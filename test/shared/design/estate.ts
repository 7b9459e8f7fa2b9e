import { emptyInventory, type DrsGroup, type DrsRule, type Host, type Inventory, type Vm, type VmKernel } from '../../../shared/model/inventory';
import { createRandom } from '../../../cli/generate/random';

/** A small deterministic PRNG (mulberry32, the generators' own) so generated estates are reproducible. */
export const rng = (seed: number): (() => number) => createRandom(seed).next;

export function host(name: string, cluster: string | undefined, cores: number, memoryMiB: number, sockets = 2): Host {
  return { key: `src/${name}`, name, source: 'src', cluster, sockets, cores, coresPerSocket: cores / sockets, memoryMiB };
}

export function vm(name: string, cluster: string | undefined, hostName: string | undefined, cpus: number, memoryMiB: number, extra: Partial<Vm> = {}): Vm {
  return {
    key: `src/${name}`,
    name,
    source: 'src',
    cluster,
    host: hostName,
    template: false,
    srmPlaceholder: false,
    powerState: 'poweredOn',
    cpus,
    memoryMiB,
    networks: [],
    attributes: {},
    disks: [],
    nics: [],
    cdDrives: [],
    usbDevices: [],
    snapshots: [],
    partitions: [],
    ...extra,
  };
}

export function vmk(hostName: string, portGroup: string, ip: string, services: VmKernel['services'], mask = '255.255.255.0'): VmKernel {
  return { host: hostName, source: 'src', portGroup, ip, subnetMask: mask, services };
}

export type EstateOptions = {
  clusters: number;
  hostsPerCluster: number;
  vmsPerCluster: number;
  seed: number;
  /** Add anti-affinity pairs and affinity pairs per cluster. */
  rules?: boolean;
  cores?: number;
  memoryMiB?: number;
};

/** Generated estate: identical hosts per cluster, VMs of common sizes, optional DRS VM–VM rules. */
export function generateEstate(o: EstateOptions): Inventory {
  const r = rng(o.seed);
  const inv = emptyInventory();
  const sizes = [
    [1, 2048], [2, 4096], [2, 8192], [4, 8192], [4, 16384], [8, 32768], [2, 2048], [4, 12288],
  ] as const;
  for (let c = 0; c < o.clusters; c++) {
    const cl = `Gen-Cluster-${c + 1}`;
    inv.clusters.push({ key: `src/${cl}`, name: cl, source: 'src', haEnabled: true, restartPriority: 'medium' });
    for (let h = 0; h < o.hostsPerCluster; h++) {
      const hn = `esx${c + 1}-${h + 1}.gen.example`;
      inv.hosts.push(host(hn, cl, o.cores ?? 32, o.memoryMiB ?? 524288));
      inv.vmkernels.push(vmk(hn, 'Management Network', `10.${c}.0.${h + 10}`, ['management']));
      inv.vmkernels.push(vmk(hn, 'vMotion', `10.${c}.1.${h + 10}`, ['vmotion']));
    }
    const names: string[] = [];
    for (let i = 0; i < o.vmsPerCluster; i++) {
      const [cpus, mem] = sizes[Math.floor(r() * sizes.length)] ?? [2, 4096];
      const name = `c${c + 1}-vm${String(i + 1).padStart(5, '0')}`;
      names.push(name);
      const prio = r() < 0.2 ? 'high' : r() < 0.9 ? 'medium' : 'low';
      inv.vms.push(vm(name, cl, `esx${c + 1}-${(i % o.hostsPerCluster) + 1}.gen.example`, cpus, mem, { haRestartPriority: prio, powerState: r() < 0.9 ? 'poweredOn' : 'poweredOff' }));
    }
    if (o.rules) {
      const rules: DrsRule[] = [];
      for (let i = 0; i + 1 < names.length && rules.length < Math.floor(names.length / 20); i += 10) {
        rules.push({ kind: 'vm-anti-affinity', name: `apart-${c}-${i}`, cluster: cl, enabled: true, vms: [names[i] as string, names[i + 1] as string], source: 'gen' });
        if (names[i + 5] && names[i + 6]) rules.push({ kind: 'vm-affinity', name: `together-${c}-${i}`, cluster: cl, enabled: true, vms: [names[i + 5] as string, names[i + 6] as string], source: 'gen' });
      }
      inv.drsRules.push(...rules);
      const groups: DrsGroup[] = [
        { kind: 'vm', name: `db-${c}`, cluster: cl, members: names.slice(2, 4), source: 'gen' },
        { kind: 'host', name: `hosts-${c}`, cluster: cl, members: [`esx${c + 1}-1.gen.example`, `esx${c + 1}-2.gen.example`], source: 'gen' },
      ];
      inv.drsGroups.push(...groups);
      inv.drsRules.push({ kind: 'vm-host', name: `db-must-${c}`, cluster: cl, enabled: true, mandatory: true, affine: true, vmGroup: `db-${c}`, hostGroup: `hosts-${c}`, source: 'gen' });
    }
  }
  return inv;
}
