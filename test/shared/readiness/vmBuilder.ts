import { emptyInventory, type Datastore, type Disk, type Host, type Inventory, type Nic, type Vm } from '../../../shared/model/inventory';

/** Every RVTools tab a full export has. */
export const ALL_TABS = [
  'vInfo', 'vCPU', 'vMemory', 'vDisk', 'vPartition', 'vNetwork', 'vCD', 'vUSB', 'vSnapshot', 'vTools', 'vSource', 'vRP', 'vCluster',
  'vHost', 'vHBA', 'vNIC', 'vSwitch', 'vPort', 'dvSwitch', 'dvPort', 'vSC_VMK', 'vDatastore', 'vMultiPath', 'vLicense', 'vFileInfo', 'vHealth', 'vMetaData',
];

let seq = 0;

export function disk(p: Partial<Disk> = {}): Disk {
  const n = ++seq;
  const datastore = p.datastore ?? 'ds-san-01';
  return {
    label: `Hard disk ${n}`,
    capacityMiB: 40 * 1024,
    thin: true,
    mode: 'persistent',
    sharing: 'sharingNone',
    sharedBus: 'noSharing',
    raw: false,
    controller: 'VMware paravirtual SCSI',
    controllerLabel: 'SCSI controller 0',
    unitNumber: n % 15,
    path: `[${datastore}] vm${n}/vm${n}.vmdk`,
    datastore,
    ...p,
  };
}

export function nic(p: Partial<Nic> = {}): Nic {
  const n = ++seq;
  return {
    label: `Network adapter ${n}`,
    adapter: 'Vmxnet3',
    network: 'VM Network',
    switchName: 'vSwitch0',
    connected: true,
    startsConnected: true,
    mac: `00:50:56:aa:bb:${(n % 256).toString(16).padStart(2, '0')}`,
    macType: 'assigned',
    ipv4: ['10.0.0.10'],
    ipv6: [],
    ...p,
  };
}

/** A well-formed, ready-looking Linux VM with every field known; override what the test is about. */
export function vm(p: Partial<Vm> = {}): Vm {
  const n = ++seq;
  const name = p.name ?? `vm${n}`;
  return {
    key: `src1/uuid-${n}`,
    name,
    uuid: `uuid-${n}`,
    source: 'src1',
    datacenter: 'DC1',
    cluster: 'Cluster1',
    host: 'esx1',
    template: false,
    srmPlaceholder: false,
    powerState: 'poweredOn',
    connectionState: 'connected',
    guestState: 'running',
    consolidationNeeded: false,
    cpus: 4,
    sockets: 2,
    coresPerSocket: 2,
    cpuHotAdd: false,
    cpuHotRemove: false,
    memoryMiB: 8192,
    memoryHotAdd: false,
    memoryReservationLockedToMax: false,
    osConfig: 'Red Hat Enterprise Linux 9 (64-bit)',
    osTools: 'Red Hat Enterprise Linux 9 (64-bit)',
    firmware: 'bios',
    secureBoot: false,
    hwVersion: 19,
    dnsName: `${name}.example.com`,
    primaryIp: '10.0.0.10',
    cbt: true,
    enableUuid: false,
    latencySensitivity: 'normal',
    ftState: 'notConfigured',
    clusterRules: '',
    clusterRuleNames: '',
    minRequiredEvc: 'intel-sandybridge',
    networks: ['VM Network'],
    attributes: {},
    disks: [disk()],
    nics: [nic()],
    cdDrives: [{ deviceNode: 'CD/DVD drive 1', deviceType: 'Remote ATAPI', connected: false, startsConnected: false }],
    usbDevices: [],
    snapshots: [],
    partitions: [{ disk: '/', capacityMiB: 40960, consumedMiB: 10240, freeMiB: 30720 }],
    tools: { status: 'toolsOk', version: '12352', upgradeable: false },
    ...p,
  };
}

export function host(p: Partial<Host> = {}): Host {
  const n = ++seq;
  return { key: `src1/esx${n}`, name: `esx${n}`, source: 'src1', cluster: 'Cluster1', cpuModel: 'Intel(R) Xeon(R) CPU E5-2697 v3 @ 2.60GHz', currentEvc: 'intel-haswell', maxEvc: 'intel-haswell', ...p };
}

export function datastore(p: Partial<Datastore> = {}): Datastore {
  const name = p.name ?? 'ds-san-01';
  return { key: `src1/${name}`, name, source: 'src1', type: 'VMFS', capacityMiB: 4 * 1024 * 1024, provisionedMiB: 2 * 1024 * 1024, inUseMiB: 1024 * 1024, hosts: ['esx1', 'esx2'], ...p };
}

/** An inventory around some VMs: one source with the given tabs (all by default), hosts and datastores. */
export function inventory(vms: Vm[], opts: { tabs?: string[]; hosts?: Host[]; datastores?: Datastore[]; exportedAt?: string } = {}): Inventory {
  const inv = emptyInventory();
  inv.sources.push({ key: 'src1', server: 'vc1', files: ['test.xlsx'], tabs: opts.tabs ?? ALL_TABS, kind: 'rvtools-xlsx', exportedAt: opts.exportedAt ?? '2026-11-20T10:00:00Z' });
  inv.vms.push(...vms);
  inv.hosts.push(...(opts.hosts ?? [host({ name: 'esx1' }), host({ name: 'esx2' })]));
  inv.clusters.push({ key: 'src1/Cluster1', name: 'Cluster1', source: 'src1', numHosts: inv.hosts.length, drsEnabled: false, haEnabled: true });
  inv.datastores.push(...(opts.datastores ?? [datastore()]));
  return inv;
}
