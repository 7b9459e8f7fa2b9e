/**
 * Building blocks shared by the demo estate and the synthetic estates: a guest OS catalogue with the texts
 * vSphere/RVTools print, CPU generations with their EVC keys, and constructors that fill every field a VM or
 * host needs from a few choices.
 */
import type { HostSpec, VmCdSpec, VmDiskSpec, VmNicSpec, VmPartitionSpec, VmSnapshotSpec, VmSpec, VmUsbSpec, HaRestartPriority } from './estateSpec';
import { addDays, ipv6LinkLocal, vmwareMac, type Random } from './random';

export type GuestOs = {
  key: string;
  /** "OS according to the configuration file" */
  config: string;
  family: 'windows' | 'linux';
  /** Guest Detailed Data text (Tools ≥ 11 style). */
  detail: string;
  defaultHw: number;
  firmware: 'bios' | 'efi';
  controller: string;
  adapter: VmNicSpec['adapter'];
};

const linuxDetail = (distro: string, version: string, kernel: string, pretty: string): string =>
  `bitness='64' distroName='${distro}' distroVersion='${version}' familyName='Linux' kernelVersion='${kernel}' prettyName='${pretty}'`;
const windowsDetail = (build: string, pretty: string): string =>
  `architecture='X86' bitness='64' buildNumber='${build.split('.')[0]}' distroName='Windows' distroVersion='10.0' familyName='Windows' kernelVersion='${build}' prettyName='${pretty}'`;

export const GUEST_OS: Record<string, GuestOs> = {
  win2008r2: { key: 'win2008r2', config: 'Microsoft Windows Server 2008 R2 (64-bit)', family: 'windows', detail: '', defaultHw: 8, firmware: 'bios', controller: 'LSI Logic SAS', adapter: 'E1000' },
  win2012r2: { key: 'win2012r2', config: 'Microsoft Windows Server 2012 (64-bit)', family: 'windows', detail: '', defaultHw: 11, firmware: 'bios', controller: 'LSI Logic SAS', adapter: 'Vmxnet3' },
  win2016: { key: 'win2016', config: 'Microsoft Windows Server 2016 or later (64-bit)', family: 'windows', detail: windowsDetail('14393.7428', 'Windows Server 2016, 64-bit (Build 14393.7428)'), defaultHw: 14, firmware: 'efi', controller: 'LSI Logic SAS', adapter: 'Vmxnet3' },
  win2019: { key: 'win2019', config: 'Microsoft Windows Server 2019 (64-bit)', family: 'windows', detail: windowsDetail('17763.6414', 'Windows Server 2019, 64-bit (Build 17763.6414)'), defaultHw: 15, firmware: 'efi', controller: 'VMware paravirtual SCSI', adapter: 'Vmxnet3' },
  win2022: { key: 'win2022', config: 'Microsoft Windows Server 2022 (64-bit)', family: 'windows', detail: windowsDetail('20348.2762', 'Windows Server 2022, 64-bit (Build 20348.2762)'), defaultHw: 19, firmware: 'efi', controller: 'VMware paravirtual SCSI', adapter: 'Vmxnet3' },
  rhel7: { key: 'rhel7', config: 'Red Hat Enterprise Linux 7 (64-bit)', family: 'linux', detail: linuxDetail('Red Hat Enterprise Linux Server', '7.9', '3.10.0-1160.119.1.el7.x86_64', 'Red Hat Enterprise Linux Server 7.9 (Maipo)'), defaultHw: 13, firmware: 'bios', controller: 'VMware paravirtual SCSI', adapter: 'Vmxnet3' },
  rhel8: { key: 'rhel8', config: 'Red Hat Enterprise Linux 8 (64-bit)', family: 'linux', detail: linuxDetail('Red Hat Enterprise Linux', '8.10', '4.18.0-553.22.1.el8_10.x86_64', 'Red Hat Enterprise Linux 8.10 (Ootpa)'), defaultHw: 15, firmware: 'bios', controller: 'VMware paravirtual SCSI', adapter: 'Vmxnet3' },
  rhel9: { key: 'rhel9', config: 'Red Hat Enterprise Linux 9 (64-bit)', family: 'linux', detail: linuxDetail('Red Hat Enterprise Linux', '9.4', '5.14.0-427.37.1.el9_4.x86_64', 'Red Hat Enterprise Linux 9.4 (Plow)'), defaultHw: 19, firmware: 'efi', controller: 'VMware paravirtual SCSI', adapter: 'Vmxnet3' },
  ubuntu2004: { key: 'ubuntu2004', config: 'Ubuntu Linux (64-bit)', family: 'linux', detail: linuxDetail('Ubuntu', '20.04', '5.4.0-200-generic', 'Ubuntu 20.04.6 LTS'), defaultHw: 15, firmware: 'bios', controller: 'VMware paravirtual SCSI', adapter: 'Vmxnet3' },
  ubuntu2204: { key: 'ubuntu2204', config: 'Ubuntu Linux (64-bit)', family: 'linux', detail: linuxDetail('Ubuntu', '22.04', '5.15.0-125-generic', 'Ubuntu 22.04.5 LTS'), defaultHw: 19, firmware: 'efi', controller: 'VMware paravirtual SCSI', adapter: 'Vmxnet3' },
  debian11: { key: 'debian11', config: 'Debian GNU/Linux 11 (64-bit)', family: 'linux', detail: linuxDetail('Debian GNU/Linux', '11', '5.10.0-33-amd64', 'Debian GNU/Linux 11 (bullseye)'), defaultHw: 15, firmware: 'bios', controller: 'VMware paravirtual SCSI', adapter: 'Vmxnet3' },
  debian12: { key: 'debian12', config: 'Debian GNU/Linux 12 (64-bit)', family: 'linux', detail: linuxDetail('Debian GNU/Linux', '12', '6.1.0-26-amd64', 'Debian GNU/Linux 12 (bookworm)'), defaultHw: 19, firmware: 'efi', controller: 'VMware paravirtual SCSI', adapter: 'Vmxnet3' },
  ol8: { key: 'ol8', config: 'Oracle Linux 8 (64-bit)', family: 'linux', detail: linuxDetail('Oracle Linux Server', '8.10', '5.15.0-209.161.7.2.el8uek.x86_64', 'Oracle Linux Server 8.10'), defaultHw: 15, firmware: 'bios', controller: 'VMware paravirtual SCSI', adapter: 'Vmxnet3' },
};

export type CpuGeneration = {
  model: string;
  speedMhz: number;
  coresPerSocket: number;
  maxEvc: string;
  esxVersion: string;
  vendor: string;
  serverModel: string;
  biosVersion: string;
  biosDate: Date;
  nicDriver: string;
};

export const CPU_GENERATIONS = {
  ivybridge: {
    model: 'Intel(R) Xeon(R) CPU E5-2680 v2 @ 2.80GHz', speedMhz: 2800, coresPerSocket: 10, maxEvc: 'intel-ivybridge',
    esxVersion: 'VMware ESXi 7.0.3 build-24585291', vendor: 'Dell Inc.', serverModel: 'PowerEdge R620', biosVersion: '2.9.0',
    biosDate: new Date(Date.UTC(2019, 11, 13)), nicDriver: 'ixgben',
  },
  haswell: {
    model: 'Intel(R) Xeon(R) CPU E5-2660 v3 @ 2.60GHz', speedMhz: 2600, coresPerSocket: 10, maxEvc: 'intel-haswell',
    esxVersion: 'VMware ESXi 7.0.3 build-24585291', vendor: 'HPE', serverModel: 'ProLiant DL360 Gen9', biosVersion: 'P89',
    biosDate: new Date(Date.UTC(2022, 3, 21)), nicDriver: 'ixgben',
  },
  broadwell: {
    model: 'Intel(R) Xeon(R) CPU E5-2690 v4 @ 2.60GHz', speedMhz: 2600, coresPerSocket: 14, maxEvc: 'intel-broadwell',
    esxVersion: 'VMware ESXi 7.0.3 build-24585291', vendor: 'Dell Inc.', serverModel: 'PowerEdge R730', biosVersion: '2.19.0',
    biosDate: new Date(Date.UTC(2023, 6, 5)), nicDriver: 'ixgben',
  },
  skylake: {
    model: 'Intel(R) Xeon(R) Gold 6140 CPU @ 2.30GHz', speedMhz: 2294, coresPerSocket: 18, maxEvc: 'intel-skylake',
    esxVersion: 'VMware ESXi 8.0.3 build-24585383', vendor: 'Dell Inc.', serverModel: 'PowerEdge R740', biosVersion: '2.21.2',
    biosDate: new Date(Date.UTC(2024, 2, 14)), nicDriver: 'i40en',
  },
  cascadelake: {
    model: 'Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz', speedMhz: 2095, coresPerSocket: 20, maxEvc: 'intel-cascadelake',
    esxVersion: 'VMware ESXi 8.0.3 build-24585383', vendor: 'Dell Inc.', serverModel: 'PowerEdge R640', biosVersion: '2.22.2',
    biosDate: new Date(Date.UTC(2024, 4, 22)), nicDriver: 'i40en',
  },
  icelake: {
    model: 'Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz', speedMhz: 1995, coresPerSocket: 32, maxEvc: 'intel-icelake',
    esxVersion: 'VMware ESXi 8.0.3 build-24585383', vendor: 'Dell Inc.', serverModel: 'PowerEdge R750', biosVersion: '1.14.1',
    biosDate: new Date(Date.UTC(2024, 8, 3)), nicDriver: 'i40en',
  },
  zen: {
    model: 'AMD EPYC 7452 32-Core Processor', speedMhz: 2345, coresPerSocket: 32, maxEvc: 'amd-zen',
    esxVersion: 'VMware ESXi 8.0.3 build-24585383', vendor: 'HPE', serverModel: 'ProLiant DL385 Gen10 Plus', biosVersion: 'A42',
    biosDate: new Date(Date.UTC(2024, 1, 9)), nicDriver: 'bnxtnet',
  },
} as const satisfies Record<string, CpuGeneration>;

export type CpuGenerationKey = keyof typeof CPU_GENERATIONS;

/** Counters that must be unique across one estate (vm ids, MACs, disk UUIDs). */
export type Counters = { vm: number; mac: number; hostMac: number };

export function newCounters(): Counters {
  return { vm: 1000, mac: 1, hostMac: 1 };
}

export type VmPlacement = { vcenter: string; datacenter: string; cluster: string; host: string; datastore: string; folder: string };

export type DiskInput = {
  gib: number;
  datastore?: string;
  thin?: boolean;
  mode?: VmDiskSpec['mode'];
  rdm?: { compat: 'physicalMode' | 'virtualMode'; lunId: string };
  sharedBus?: VmDiskSpec['sharedBus'];
  controllerIndex?: number;
};

export type NicInput = { network: string; switch: string; ip?: string | null; adapter?: VmNicSpec['adapter'] };

export type VmInput = {
  name: string;
  os: GuestOs;
  cpus: number;
  coresPerSocket?: number;
  memoryGiB: number;
  disks: DiskInput[];
  nics: NicInput[];
  placement: VmPlacement;
  domain?: string | null;
  powerState?: VmSpec['powerState'];
  template?: boolean;
  /** SRM placeholder of a protected VM (powered off, no Tools, no partitions). */
  srmPlaceholder?: boolean;
  firmware?: 'bios' | 'efi';
  secureBoot?: boolean;
  hwVersion?: number;
  minEvc?: string | null;
  haRestartPriority?: HaRestartPriority;
  annotation?: string | null;
  attributes?: Record<string, string>;
  toolsStatus?: VmSpec['tools']['status'];
  createdDaysAgo?: number;
  snapshots?: { name: string; description: string; daysAgo: number; sizeGiB: number; quiesced?: boolean }[];
  cds?: VmCdSpec[];
  usbs?: VmUsbSpec[];
  cbt?: boolean | null;
  partitions?: boolean;
};

const TOOLS_CURRENT = 12448;

function diskUuid(rng: Random): string {
  return `6000C29${rng.hex(1)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`;
}

function partitionsFor(os: GuestOs, disks: VmDiskSpec[], rng: Random): VmPartitionSpec[] {
  const out: VmPartitionSpec[] = [];
  const letters = 'CDEFGHIJKLMNOPQRSTUVWXYZ';
  disks.forEach((d, i) => {
    if (d.raw) return;
    const usable = Math.round(d.capacityMiB * 0.995) - (i === 0 && os.family === 'windows' ? 600 : 0);
    const fill = 0.15 + rng.next() * 0.7;
    if (os.family === 'windows') {
      out.push({ path: `${letters[i] ?? 'Z'}:\\`, capacityMiB: usable, consumedMiB: Math.round(usable * fill), diskKey: d.key });
    } else if (i === 0) {
      out.push({ path: '/boot', capacityMiB: 1014, consumedMiB: 180 + rng.int(0, 200), diskKey: d.key });
      out.push({ path: '/', capacityMiB: usable - 1100, consumedMiB: Math.round((usable - 1100) * fill), diskKey: d.key });
    } else {
      out.push({ path: i === 1 ? '/data' : `/data${i}`, capacityMiB: usable, consumedMiB: Math.round(usable * fill), diskKey: d.key });
    }
  });
  return out;
}

/** A complete VmSpec from a handful of choices; everything else gets realistic values. */
export function buildVm(input: VmInput, rng: Random, counters: Counters, now: Date): VmSpec {
  const os = input.os;
  const template = input.template ?? false;
  const srmPlaceholder = !template && (input.srmPlaceholder ?? false);
  const powerState = template || srmPlaceholder ? 'poweredOff' : (input.powerState ?? 'poweredOn');
  const on = powerState === 'poweredOn';
  const vmNumber = counters.vm++;
  const p = input.placement;
  const firmware = input.firmware ?? os.firmware;
  const controllerKinds = new Map<number, number>();
  const disks: VmDiskSpec[] = input.disks.map((d, i) => {
    const ctrl = d.controllerIndex ?? 0;
    const unit = controllerKinds.get(ctrl) ?? 0;
    controllerKinds.set(ctrl, unit + (unit === 6 ? 2 : 1));
    const ds = d.datastore ?? p.datastore;
    const raw = d.rdm !== undefined;
    return {
      label: `Hard disk ${i + 1}`,
      key: 2000 + ctrl * 16 + unit,
      uuid: diskUuid(rng),
      capacityMiB: Math.round(d.gib * 1024),
      datastore: ds,
      file: `${input.name}/${input.name}${i === 0 ? '' : `_${i}`}${raw ? '_rdm' : ''}.vmdk`,
      thin: raw ? false : (d.thin ?? true),
      eagerlyScrub: raw ? false : d.thin === false && i === 0,
      mode: d.mode ?? 'persistent',
      sharing: 'sharingNone',
      raw,
      rawCompatMode: d.rdm?.compat ?? null,
      rawLunId: d.rdm?.lunId ?? null,
      controller: os.controller,
      controllerLabel: `SCSI controller ${ctrl}`,
      controllerKey: 1000 + ctrl,
      scsiUnit: 7,
      unit,
      sharedBus: d.sharedBus ?? 'noSharing',
    };
  });
  const nics: VmNicSpec[] = input.nics.map((n, i) => {
    const mac = vmwareMac(counters.mac++);
    return {
      label: `Network adapter ${i + 1}`,
      adapter: n.adapter ?? os.adapter,
      network: n.network,
      switch: n.switch,
      connected: true,
      startsConnected: true,
      mac,
      macType: 'assigned',
      ipv4: n.ip ?? null,
      ipv6: n.ip ? ipv6LinkLocal(mac) : null,
    };
  });
  const created = addDays(now, -(input.createdDaysAgo ?? rng.int(200, 2400)) - rng.next());
  const snapshots: VmSnapshotSpec[] = (input.snapshots ?? []).map((s, i) => ({
    name: s.name,
    description: s.description,
    created: addDays(now, -s.daysAgo - rng.next() * 0.5),
    file: `${input.name}-Snapshot${i + 1}.vmsn`,
    sizeVmsnMiB: on ? Math.round(input.memoryGiB * 1024 * 0.3) + 0.25 : 0.03125,
    sizeTotalMiB: Math.round(s.sizeGiB * 1024 * 100) / 100,
    quiesced: s.quiesced ?? false,
    state: powerState,
  }));
  const toolsStatus = input.toolsStatus ?? 'toolsOk';
  const domain = input.domain === undefined ? null : input.domain;
  const cds: VmCdSpec[] = input.cds ?? [{ label: 'CD/DVD drive 1', connected: false, startsConnected: false, deviceType: 'Remote ATAPI' }];
  const hasTools = toolsStatus !== 'toolsNotInstalled';
  return {
    name: input.name,
    vcenter: p.vcenter,
    datacenter: p.datacenter,
    cluster: p.cluster,
    host: p.host,
    folder: p.folder,
    folderId: `group-v${100 + (p.folder.length * 7) % 900}`,
    resourcePool: `/${p.datacenter}/${p.cluster}/Resources`,
    vmId: `vm-${vmNumber}`,
    uuid: `50${rng.hex(6)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`,
    smbiosUuid: `42${rng.hex(6)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`,
    powerState,
    template,
    srmPlaceholder,
    dnsName: on && hasTools ? (domain ? `${input.name.toLowerCase()}.${domain}` : input.name.toLowerCase()) : null,
    osConfig: os.config,
    osTools: hasTools && !template ? os.config : null,
    guestDetailedData: on && hasTools && os.detail ? os.detail : null,
    cpus: input.cpus,
    coresPerSocket: input.coresPerSocket ?? (input.cpus >= 4 ? input.cpus / 2 : 1),
    memoryMiB: Math.round(input.memoryGiB * 1024),
    firmware,
    secureBoot: firmware === 'efi' && (input.secureBoot ?? false),
    hwVersion: input.hwVersion ?? os.defaultHw,
    minEvc: on ? (input.minEvc ?? null) : null,
    haRestartPriority: input.haRestartPriority ?? 'medium',
    haIsolationResponse: 'none',
    haVmMonitoring: 'vmMonitoringDisabled',
    cpuHotAdd: input.cpus >= 8,
    memoryHotAdd: input.memoryGiB >= 16,
    cbt: input.cbt === undefined ? true : input.cbt,
    enableUuid: os.family === 'linux' ? true : null,
    latencySensitivity: 'normal',
    created,
    poweredOnAt: on ? addDays(now, -rng.int(3, 120) - rng.next()) : null,
    suspendedAt: powerState === 'suspended' ? addDays(now, -rng.int(20, 90) - rng.next()) : null,
    changeVersion: addDays(now, -rng.int(0, 30) - rng.next()),
    annotation: input.annotation ?? null,
    attributes: input.attributes ?? {},
    tools: {
      status: toolsStatus,
      version: toolsStatus === 'toolsOld' ? 11269 : TOOLS_CURRENT,
      requiredVersion: TOOLS_CURRENT,
      upgradePolicy: 'manual',
      syncTime: false,
    },
    disks,
    nics,
    cds,
    usbs: input.usbs ?? [],
    snapshots,
    partitions: on && hasTools && input.partitions !== false ? partitionsFor(os, disks, rng) : [],
    homeDatastore: disks.find((d) => !d.raw)?.datastore ?? p.datastore,
  };
}

export type HostInput = {
  name: string;
  vcenter: string;
  datacenter: string;
  cluster: string;
  cpu: CpuGeneration;
  sockets?: number;
  memoryGiB: number;
  clusterEvc: string | null;
  objectNumber: number;
  serial: string;
  licenseKey: string;
  domain: string;
  dnsServers: string[];
  ntpServers: string[];
  /** VMkernel adapters: management first. */
  vmks: { portGroup: string; ip: string; mask: string; gateway: string; mtu?: number }[];
  standardSwitches: HostSpec['standardSwitches'];
  portGroups: HostSpec['portGroups'];
  /** Uplinks: vmnic0..n and which switch each serves. */
  uplinks: (string | null)[];
  attributes?: Record<string, string>;
};

export function buildHost(input: HostInput, rng: Random, counters: Counters, now: Date): HostSpec {
  const macBase = counters.hostMac;
  counters.hostMac += 8;
  const hostMac = (i: number): string => vmwareMac(macBase + i, '3c:fd:fe');
  return {
    name: input.name,
    datacenter: input.datacenter,
    cluster: input.cluster,
    vcenter: input.vcenter,
    objectId: `host-${input.objectNumber}`,
    uuid: `4c4c4544-00${rng.hex(2)}-${rng.hex(4)}-80${rng.hex(2)}-${rng.hex(12)}`,
    cpuModel: input.cpu.model,
    speedMhz: input.cpu.speedMhz,
    sockets: input.sockets ?? 2,
    coresPerSocket: input.cpu.coresPerSocket,
    hyperthreading: true,
    memoryMiB: input.memoryGiB * 1024 - 40,
    esxVersion: input.cpu.esxVersion,
    currentEvc: input.clusterEvc,
    maxEvc: input.cpu.maxEvc,
    vendor: input.cpu.vendor,
    model: input.cpu.serverModel,
    serial: input.serial,
    biosVendor: input.cpu.vendor,
    biosVersion: input.cpu.biosVersion,
    biosDate: input.cpu.biosDate,
    bootTime: addDays(now, -rng.int(20, 160) - rng.next()),
    inMaintenance: false,
    licenseKey: input.licenseKey,
    ntpServers: input.ntpServers,
    dnsServers: input.dnsServers,
    domain: input.domain,
    nics: input.uplinks.map((sw, i) => ({
      device: `vmnic${i}`,
      driver: input.cpu.nicDriver,
      speedMbps: sw === null ? null : 10000,
      mac: hostMac(i),
      switch: sw,
      pci: `0000:${(0x18 + Math.floor(i / 2)).toString(16).padStart(2, '0')}:00.${i % 2}`,
    })),
    hbas: [
      { device: 'vmhba0', type: 'Block SCSI', driver: 'lsi_mr3', model: 'PERC H730 Mini', bus: 2, pci: '0000:02:00.0', wwn: null },
      { device: 'vmhba2', type: 'Fibre Channel', driver: 'qlnativefc', model: 'ISP2722-based 16/32Gb Fibre Channel to PCIe Adapter', bus: 59, pci: '0000:3b:00.0', wwn: `20000024ff${rng.hex(6)} 21000024ff${rng.hex(6)}` },
      { device: 'vmhba3', type: 'Fibre Channel', driver: 'qlnativefc', model: 'ISP2722-based 16/32Gb Fibre Channel to PCIe Adapter', bus: 59, pci: '0000:3b:00.1', wwn: `20000024ff${rng.hex(6)} 21000024ff${rng.hex(6)}` },
    ],
    vmks: input.vmks.map((k, i) => ({
      device: `vmk${i}`,
      portGroup: k.portGroup,
      mac: i === 0 ? hostMac(0) : vmwareMac(macBase + 0x200000 + i, '00:50:56'),
      ip: k.ip,
      mask: k.mask,
      gateway: k.gateway,
      mtu: k.mtu ?? 1500,
    })),
    standardSwitches: input.standardSwitches,
    portGroups: input.portGroups,
    certificateStart: addDays(now, -rng.int(200, 700)),
    certificateExpiry: addDays(now, rng.int(400, 1500)),
    ...(input.attributes ? { attributes: input.attributes } : {}),
  };
}
