/**
 * The RVTools 4.6 tabs as column definitions over an EstateSpec. Each tab yields its header row (with the
 * custom attribute columns spliced in where real exports put them) and its data rows lazily, so a 50k-VM
 * estate never needs a second copy of itself as objects. Header names and order follow a real RVTools
 * 4.6.1.3 export; value shapes follow the same export (`True`/`False` text, Excel-serial dates, sizes in MiB).
 */
import type {
  ClusterSpec,
  DatastoreSpec,
  DvPortGroupSpec,
  DvSwitchSpec,
  EstateSpec,
  HostHbaSpec,
  HostNicSpec,
  HostSpec,
  LicenseSpec,
  StandardPortGroupSpec,
  StandardSwitchSpec,
  VCenterSpec,
  VmCdSpec,
  VmDiskSpec,
  VmkSpec,
  VmNicSpec,
  VmPartitionSpec,
  VmSnapshotSpec,
  VmSpec,
  VmUsbSpec,
} from './estateSpec';
import { ipv6LinkLocal } from './random';

/** A cell as the sinks understand it: text, number, a date (written as an Excel serial), or empty. */
export type Cell = string | number | Date | null;

export type TabData = { name: string; headers: string[]; rows: Iterable<Cell[]> };

type Column<T> = readonly [header: string, get: (item: T) => Cell];

/** All tabs of a 4.x "Export all", in the order RVTools writes them. */
export const RVTOOLS_TABS = [
  'vInfo', 'vCPU', 'vMemory', 'vDisk', 'vPartition', 'vNetwork', 'vCD', 'vUSB', 'vSnapshot', 'vTools', 'vSource', 'vRP',
  'vCluster', 'vHost', 'vHBA', 'vNIC', 'vSwitch', 'vPort', 'dvSwitch', 'dvPort', 'vSC_VMK', 'vDatastore', 'vMultiPath',
  'vLicense', 'vFileInfo', 'vHealth', 'vMetaData',
] as const;

export type RvtoolsTab = (typeof RVTOOLS_TABS)[number];

const tf = (b: boolean): string => (b ? 'True' : 'False');
const tfOrNull = (b: boolean | null): string | null => (b === null ? null : tf(b));

function table<T>(name: string, columns: readonly Column<T>[], items: () => Iterable<T>): TabData {
  return {
    name,
    headers: columns.map(([h]) => h),
    rows: {
      *[Symbol.iterator]() {
        for (const item of items()) {
          const row: Cell[] = new Array<Cell>(columns.length);
          for (let i = 0; i < columns.length; i++) row[i] = (columns[i] as Column<T>)[1](item);
          yield row;
        }
      },
    },
  };
}

/** Custom attribute columns, one per name, reading `attributes` through `get`. */
function customColumns<T>(names: readonly string[], get: (item: T) => Record<string, string> | undefined): Column<T>[] {
  return names.map((n) => [n, (item: T) => get(item)?.[n] ?? null] as const);
}

type Lookups = {
  vcenter: Map<string, VCenterSpec>;
  host: Map<string, HostSpec>;
  cluster: Map<string, ClusterSpec>;
  hostStats: Map<string, { vmsTotal: number; vmsOn: number; vcpus: number; vramMiB: number; usedMiB: number }>;
  datastoreStats: Map<string, { vmsTotal: number; vmsOn: number; provisionedMiB: number }>;
};

function clusterKey(vcenter: string, name: string): string {
  return `${vcenter}\u0000${name}`;
}

function buildLookups(estate: EstateSpec): Lookups {
  const vcenter = new Map(estate.vcenters.map((v) => [v.server, v]));
  const host = new Map(estate.hosts.map((h) => [h.name, h]));
  const cluster = new Map(estate.clusters.map((c) => [clusterKey(c.vcenter, c.name), c]));
  const hostStats: Lookups['hostStats'] = new Map();
  const datastoreStats: Lookups['datastoreStats'] = new Map();
  for (const vm of estate.vms) {
    const on = vm.powerState === 'poweredOn';
    let hs = hostStats.get(vm.host);
    if (!hs) {
      hs = { vmsTotal: 0, vmsOn: 0, vcpus: 0, vramMiB: 0, usedMiB: 0 };
      hostStats.set(vm.host, hs);
    }
    hs.vmsTotal++;
    if (on) {
      hs.vmsOn++;
      hs.vcpus += vm.cpus;
      hs.vramMiB += vm.memoryMiB;
      hs.usedMiB += Math.round(vm.memoryMiB * 0.6);
    }
    const seen = new Set<string>();
    for (const d of vm.disks) {
      if (d.raw) continue;
      let ds = datastoreStats.get(d.datastore);
      if (!ds) {
        ds = { vmsTotal: 0, vmsOn: 0, provisionedMiB: 0 };
        datastoreStats.set(d.datastore, ds);
      }
      ds.provisionedMiB += d.capacityMiB;
      if (!seen.has(d.datastore)) {
        seen.add(d.datastore);
        ds.vmsTotal++;
        if (on) ds.vmsOn++;
      }
    }
  }
  return { vcenter, host, cluster, hostStats, datastoreStats };
}

function vcUuid(l: Lookups, server: string): string | null {
  return l.vcenter.get(server)?.uuid ?? null;
}

function hostSpeed(l: Lookups, host: string): number {
  return l.host.get(host)?.speedMhz ?? 2400;
}

const isOn = (vm: VmSpec): boolean => vm.powerState === 'poweredOn';
const vmRef = (vm: VmSpec): number => Number(vm.vmId.replace(/\D/g, '')) || 0;
const dsPath = (ds: string, file: string): string => `[${ds}] ${file}`;
const vmDir = (vm: VmSpec): string => dsPath(vm.homeDatastore, `${vm.name}/`);
const toolsRunning = (vm: VmSpec): boolean => isOn(vm) && (vm.tools.status === 'toolsOk' || vm.tools.status === 'toolsOld');
const diskTotal = (vm: VmSpec): number => vm.disks.reduce((s, d) => s + d.capacityMiB, 0);
const inUseMiB = (vm: VmSpec): number => {
  const parts = vm.partitions.reduce((s, p) => s + p.consumedMiB, 0);
  const thick = vm.disks.filter((d) => !d.thin && !d.raw).reduce((s, d) => s + d.capacityMiB, 0);
  const thin = vm.disks.filter((d) => d.thin).reduce((s, d) => s + d.capacityMiB, 0);
  const thinUsed = Math.min(thin, Math.round(parts > 0 ? parts : thin * 0.45));
  const snaps = vm.snapshots.reduce((s, x) => s + x.sizeTotalMiB, 0);
  return Math.round(thick + thinUsed + snaps + (isOn(vm) ? vm.memoryMiB : 0));
};

/** The leading VM columns every per-VM tab starts with. */
function vmLead<T>(vmOf: (item: T) => VmSpec, withTemplate = true): Column<T>[] {
  const cols: Column<T>[] = [
    ['VM', (i) => vmOf(i).name],
    ['Powerstate', (i) => vmOf(i).powerState],
  ];
  if (withTemplate) {
    cols.push(['Template', (i) => tf(vmOf(i).template)], ['SRM Placeholder', (i) => tf(vmOf(i).srmPlaceholder)]);
  }
  return cols;
}

/** Annotation, the custom attribute columns, then Datacenter / Cluster / Host (shared by every per-VM tab). */
function vmLocation<T>(estate: EstateSpec, vmOf: (item: T) => VmSpec): Column<T>[] {
  return [
    ['Annotation', (i) => vmOf(i).annotation],
    ...customColumns<T>(estate.customAttributes.vm, (i) => vmOf(i).attributes),
    ['Datacenter', (i) => vmOf(i).datacenter],
    ['Cluster', (i) => vmOf(i).cluster || null],
    ['Host', (i) => vmOf(i).host],
  ];
}

/** The trailing VM columns of the child tabs: location, folder, OS, ids and source. */
function vmTail<T>(
  estate: EstateSpec,
  l: Lookups,
  vmOf: (item: T) => VmSpec,
  opts: { vmRef?: boolean; toolsHeader?: string } = {},
): Column<T>[] {
  const cols: Column<T>[] = [
    ...vmLocation(estate, vmOf),
    ['Folder', (i) => vmOf(i).folder],
    ['OS according to the configuration file', (i) => vmOf(i).osConfig],
    [opts.toolsHeader ?? 'OS according to the VMware Tools', (i) => vmOf(i).osTools],
  ];
  if (opts.vmRef) cols.push(['VMRef', (i) => vmRef(vmOf(i))]);
  cols.push(
    ['VM ID', (i) => vmOf(i).vmId],
    ['VM UUID', (i) => vmOf(i).uuid],
    ['VI SDK Server', (i) => vmOf(i).vcenter],
    ['VI SDK UUID', (i) => vcUuid(l, vmOf(i).vcenter)],
  );
  return cols;
}

function sourceTail<T>(l: Lookups, serverOf: (item: T) => string): Column<T>[] {
  return [
    ['VI SDK Server', (i) => serverOf(i)],
    ['VI SDK UUID', (i) => vcUuid(l, serverOf(i))],
  ];
}

function* eachChild<C>(vms: readonly VmSpec[], children: (vm: VmSpec) => readonly C[]): Generator<{ vm: VmSpec; c: C }> {
  for (const vm of vms) for (const c of children(vm)) yield { vm, c };
}

function vInfo(e: EstateSpec, l: Lookups): TabData {
  const id = (v: VmSpec): VmSpec => v;
  const networks: Column<VmSpec>[] = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => [`Network #${n}`, (v) => v.nics[n - 1]?.network ?? null] as const);
  const cols: Column<VmSpec>[] = [
    ...vmLead(id),
    ['Config status', () => 'green'],
    ['DNS Name', (v) => v.dnsName],
    ['Connection state', () => 'connected'],
    ['Guest state', (v) => (toolsRunning(v) ? 'running' : 'notRunning')],
    ['Heartbeat', (v) => (toolsRunning(v) ? 'green' : 'gray')],
    ['Consolidation Needed', () => 'False'],
    ['PowerOn', (v) => v.poweredOnAt],
    ['Suspended To Memory', (v) => (v.powerState === 'suspended' ? 'False' : null)],
    ['Suspend time', (v) => v.suspendedAt],
    ['Suspend Interval', () => 0],
    ['Creation date', (v) => v.created],
    ['Change Version', (v) => v.changeVersion],
    ['CPUs', (v) => v.cpus],
    ['Overall Cpu Readiness', (v) => (isOn(v) ? `${(v.cpus % 3) + (v.memoryMiB > 16384 ? 1 : 0)}%` : '0%')],
    ['Memory', (v) => v.memoryMiB],
    ['Active Memory', (v) => (isOn(v) ? Math.round(v.memoryMiB * 0.08) : 0)],
    ['NICs', (v) => v.nics.length],
    ['Disks', (v) => v.disks.length],
    ['Total disk capacity MiB', (v) => diskTotal(v)],
    ['Fixed Passthru HotPlug', () => 'False'],
    ['min Required EVC Mode Key', (v) => v.minEvc],
    ['Latency Sensitivity', (v) => v.latencySensitivity],
    ['Op Notification Timeout', () => null],
    ['EnableUUID', (v) => tfOrNull(v.enableUuid)],
    ['CBT', (v) => tfOrNull(v.cbt)],
    ['Primary IP Address', (v) => (isOn(v) ? (v.nics.find((n) => n.ipv4)?.ipv4 ?? null) : null)],
    ...networks,
    ['Num Monitors', () => 1],
    ['Video Ram KiB', (v) => (v.firmware === 'efi' ? 8192 : 4096)],
    ['Resource pool', (v) => v.resourcePool],
    ['Folder ID', (v) => v.folderId],
    ['Folder', (v) => v.folder],
    ['vApp', () => null],
    ['DAS protection', (v) => (l.cluster.get(clusterKey(v.vcenter, v.cluster))?.haEnabled && isOn(v) ? 'True' : null)],
    ['FT State', () => 'notConfigured'],
    ['FT Role', () => null],
    ['FT Latency', () => 'gray'],
    ['FT Bandwidth', () => -1],
    ['FT Sec. Latency', () => -1],
    ['Vm Failover In Progress', () => null],
    ['Provisioned MiB', (v) => diskTotal(v) + v.memoryMiB + v.snapshots.reduce((s, x) => s + x.sizeTotalMiB, 0)],
    ['In Use MiB', (v) => inUseMiB(v)],
    ['Unshared MiB', (v) => inUseMiB(v)],
    ['HA Restart Priority', (v) => v.haRestartPriority],
    ['HA Isolation Response', (v) => v.haIsolationResponse],
    ['HA VM Monitoring', (v) => v.haVmMonitoring],
    ['Cluster rule(s)', () => null],
    ['Cluster rule name(s)', () => null],
    ['Boot Required', () => 'False'],
    ['Boot delay', () => 0],
    ['Boot retry delay', () => 10000],
    ['Boot retry enabled', () => 'False'],
    ['Boot BIOS setup', () => 'False'],
    ['Reboot PowerOff', () => 'False'],
    ['EFI Secure boot', (v) => tf(v.secureBoot)],
    ['Firmware', (v) => v.firmware],
    ['HW version', (v) => v.hwVersion],
    ['HW upgrade status', () => 'none'],
    ['HW upgrade policy', () => 'never'],
    ['HW target', () => null],
    ['Path', (v) => dsPath(v.homeDatastore, `${v.name}/${v.name}.${v.template ? 'vmtx' : 'vmx'}`)],
    ['Log directory', (v) => vmDir(v)],
    ['Snapshot directory', (v) => vmDir(v)],
    ['Suspend directory', (v) => vmDir(v)],
    ...vmLocation(e, id),
    ['OS according to the configuration file', (v) => v.osConfig],
    ['OS according to the VMware Tools', (v) => v.osTools],
    ['Customization Info', (v) => (isOn(v) ? 'IDLE' : null)],
    ['Guest Detailed Data', (v) => v.guestDetailedData],
    ['VM ID', (v) => v.vmId],
    ['SMBIOS UUID', (v) => v.smbiosUuid],
    ['VM UUID', (v) => v.uuid],
    ['VI SDK Server type', (v) => {
      const vc = l.vcenter.get(v.vcenter);
      return vc ? `VMware vCenter Server ${vc.version} build-${vc.build}` : null;
    }],
    ['VI SDK API Version', (v) => l.vcenter.get(v.vcenter)?.apiVersion ?? null],
    ...sourceTail<VmSpec>(l, (v) => v.vcenter),
  ];
  return table('vInfo', cols, () => e.vms);
}

function vCPU(e: EstateSpec, l: Lookups): TabData {
  const id = (v: VmSpec): VmSpec => v;
  const cols: Column<VmSpec>[] = [
    ...vmLead(id),
    ['CPUs', (v) => v.cpus],
    ['Sockets', (v) => Math.max(1, Math.floor(v.cpus / v.coresPerSocket))],
    ['Cores p/s', (v) => v.coresPerSocket],
    ['Max', (v) => v.cpus * hostSpeed(l, v.host)],
    ['Overall', (v) => (isOn(v) ? Math.round(v.cpus * hostSpeed(l, v.host) * 0.06) : 0)],
    ['Level', () => 'normal'],
    ['Shares', (v) => v.cpus * 1000],
    ['Reservation', () => 0],
    ['Entitlement', (v) => (isOn(v) ? Math.round(v.cpus * hostSpeed(l, v.host) * 0.2) : 0)],
    ['DRS Entitlement', (v) => (isOn(v) ? Math.round(v.cpus * hostSpeed(l, v.host) * 0.06) : 0)],
    ['Limit', () => -1],
    ['Hot Add', (v) => tf(v.cpuHotAdd)],
    ['Hot Remove', () => 'False'],
    ['Numa Hotadd Exposed', () => 'False'],
    ...vmTail(e, l, id),
  ];
  return table('vCPU', cols, () => e.vms);
}

function vMemory(e: EstateSpec, l: Lookups): TabData {
  const id = (v: VmSpec): VmSpec => v;
  const on = (v: VmSpec, f: number): number => (isOn(v) ? Math.round(v.memoryMiB * f) : 0);
  const cols: Column<VmSpec>[] = [
    ...vmLead(id),
    ['Size MiB', (v) => v.memoryMiB],
    ['Memory Reservation Locked To Max', () => 'False'],
    ['Overhead', () => 0],
    ['Max', (v) => v.memoryMiB],
    ['Consumed', (v) => on(v, 0.62)],
    ['Consumed Overhead', (v) => (isOn(v) ? 40 + v.cpus * 6 : 0)],
    ['Private', (v) => on(v, 0.6)],
    ['Shared', (v) => on(v, 0.02)],
    ['Swapped', () => 0],
    ['Ballooned', () => 0],
    ['Active', (v) => on(v, 0.08)],
    ['Entitlement', (v) => on(v, 0.7)],
    ['DRS Entitlement', (v) => on(v, 0.35)],
    ['Level', () => 'normal'],
    ['Shares', (v) => v.memoryMiB * 10],
    ['Reservation', () => 0],
    ['Limit', () => -1],
    ['Hot Add', (v) => tf(v.memoryHotAdd)],
    ...vmTail(e, l, id),
  ];
  return table('vMemory', cols, () => e.vms);
}

type VmDisk = { vm: VmSpec; c: VmDiskSpec };

function vDisk(e: EstateSpec, l: Lookups): TabData {
  const vmOf = (i: VmDisk): VmSpec => i.vm;
  const cols: Column<VmDisk>[] = [
    ...vmLead(vmOf),
    ['Disk', (i) => i.c.label],
    ['Disk Key', (i) => i.c.key],
    ['Disk UUID', (i) => i.c.uuid],
    ['Disk Path', (i) => i.vm.partitions.find((p) => p.diskKey === i.c.key)?.path ?? null],
    ['Capacity MiB', (i) => i.c.capacityMiB],
    ['Raw', (i) => tf(i.c.raw)],
    ['Disk Mode', (i) => i.c.mode],
    ['Sharing mode', (i) => i.c.sharing],
    ['Thin', (i) => tf(i.c.thin)],
    ['Eagerly Scrub', (i) => tf(i.c.eagerlyScrub)],
    ['Split', () => 'False'],
    ['Write Through', () => 'False'],
    ['Level', () => 'normal'],
    ['Shares', () => 1000],
    ['Reservation', () => 0],
    ['Limit', () => -1],
    ['Controller', (i) => i.c.controller],
    ['Label', (i) => i.c.controllerLabel],
    ['SCSI Unit #', (i) => i.c.scsiUnit],
    ['Unit #', (i) => i.c.unit],
    ['Shared Bus', (i) => i.c.sharedBus],
    ['Path', (i) => dsPath(i.c.datastore, i.c.file)],
    ['Raw LUN ID', (i) => i.c.rawLunId],
    ['Raw Comp. Mode', (i) => i.c.rawCompatMode],
    ['Internal Sort Column', (i) => `${i.vm.name} ${i.c.key}`],
    ...vmTail(e, l, vmOf),
  ];
  return table('vDisk', cols, () => eachChild(e.vms, (v) => v.disks));
}

type VmPart = { vm: VmSpec; c: VmPartitionSpec };

function vPartition(e: EstateSpec, l: Lookups): TabData {
  const vmOf = (i: VmPart): VmSpec => i.vm;
  const cols: Column<VmPart>[] = [
    ...vmLead(vmOf),
    ['Disk Key', (i) => i.c.diskKey],
    ['Disk', (i) => i.c.path],
    ['Capacity MiB', (i) => i.c.capacityMiB],
    ['Consumed MiB', (i) => i.c.consumedMiB],
    ['Free MiB', (i) => i.c.capacityMiB - i.c.consumedMiB],
    ['Free %', (i) => Math.round(((i.c.capacityMiB - i.c.consumedMiB) / Math.max(1, i.c.capacityMiB)) * 100)],
    ['Internal Sort Column', (i) => `${i.vm.name} ${i.c.diskKey ?? ''}`],
    ...vmTail(e, l, vmOf),
  ];
  return table('vPartition', cols, () => eachChild(e.vms, (v) => v.partitions));
}

type VmNic = { vm: VmSpec; c: VmNicSpec };

function vNetwork(e: EstateSpec, l: Lookups): TabData {
  const vmOf = (i: VmNic): VmSpec => i.vm;
  const cols: Column<VmNic>[] = [
    ...vmLead(vmOf),
    ['NIC label', (i) => i.c.label],
    ['Adapter', (i) => i.c.adapter],
    ['Network', (i) => i.c.network],
    ['Switch', (i) => i.c.switch],
    ['Connected', (i) => tf(i.c.connected && isOn(i.vm))],
    ['Starts Connected', (i) => tf(i.c.startsConnected)],
    ['Mac Address', (i) => i.c.mac],
    ['Type', (i) => i.c.macType],
    ['IPv4 Address', (i) => (isOn(i.vm) ? i.c.ipv4 : null)],
    ['IPv6 Address', (i) => (isOn(i.vm) ? i.c.ipv6 : null)],
    ['Direct Path IO', (i) => tf(i.c.adapter === 'Vmxnet3')],
    ['Internal Sort Column', (i) => `${i.vm.name} ${i.c.label}`],
    ...vmTail(e, l, vmOf),
  ];
  return table('vNetwork', cols, () => eachChild(e.vms, (v) => v.nics));
}

type VmCd = { vm: VmSpec; c: VmCdSpec };

function vCD(e: EstateSpec, l: Lookups): TabData {
  const vmOf = (i: VmCd): VmSpec => i.vm;
  const cols: Column<VmCd>[] = [
    ...vmLead(vmOf),
    ['Device Node', (i) => i.c.label],
    ['Connected', (i) => tf(i.c.connected)],
    ['Starts Connected', (i) => tf(i.c.startsConnected)],
    ['Device Type', (i) => i.c.deviceType],
    ...vmTail(e, l, vmOf, { vmRef: true }),
  ];
  return table('vCD', cols, () => eachChild(e.vms, (v) => v.cds));
}

type VmUsb = { vm: VmSpec; c: VmUsbSpec };

function vUSB(e: EstateSpec, l: Lookups): TabData {
  const vmOf = (i: VmUsb): VmSpec => i.vm;
  const cols: Column<VmUsb>[] = [
    ...vmLead(vmOf),
    ['Device Node', (i) => i.c.node],
    ['Device Type', (i) => i.c.deviceType],
    ['Connected', (i) => tf(i.c.connected)],
    ['Family', (i) => i.c.family],
    ['Speed', (i) => i.c.speed],
    ['EHCI enabled', (i) => tf(i.c.ehci)],
    ['Auto connect', (i) => tf(i.c.autoConnect)],
    ['Bus number', (i) => i.c.bus],
    ['Unit number', (i) => i.c.unit],
    // RVTools spells this one header with a lower-case "tools" on vUSB only.
    ...vmTail(e, l, vmOf, { vmRef: true, toolsHeader: 'OS according to the VMware tools' }),
  ];
  return table('vUSB', cols, () => eachChild(e.vms, (v) => v.usbs));
}

type VmSnap = { vm: VmSpec; c: VmSnapshotSpec };

function vSnapshot(e: EstateSpec, l: Lookups): TabData {
  const vmOf = (i: VmSnap): VmSpec => i.vm;
  const cols: Column<VmSnap>[] = [
    ...vmLead(vmOf, false),
    ['Name', (i) => i.c.name],
    ['Description', (i) => i.c.description],
    ['Date / time', (i) => i.c.created],
    ['Filename', (i) => dsPath(i.vm.homeDatastore, `${i.vm.name}/${i.c.file}`)],
    ['Size MiB (vmsn)', (i) => i.c.sizeVmsnMiB],
    ['Size MiB (total)', (i) => i.c.sizeTotalMiB],
    ['Quiesced', (i) => tf(i.c.quiesced)],
    ['State', (i) => i.c.state],
    ...vmTail(e, l, vmOf),
  ];
  return table('vSnapshot', cols, () => eachChild(e.vms, (v) => v.snapshots));
}

function vTools(e: EstateSpec, l: Lookups): TabData {
  const id = (v: VmSpec): VmSpec => v;
  const cols: Column<VmSpec>[] = [
    ...vmLead(id),
    ['VM Version', (v) => v.hwVersion],
    ['Tools', (v) => (isOn(v) || v.tools.status === 'toolsNotInstalled' ? v.tools.status : 'toolsNotRunning')],
    ['Tools Version', (v) => (v.tools.status === 'toolsNotInstalled' ? 0 : v.tools.version)],
    ['Required Version', (v) => v.tools.requiredVersion],
    ['Upgradeable', (v) => (v.tools.status !== 'toolsNotInstalled' && v.tools.version < v.tools.requiredVersion && isOn(v) ? 'Yes' : 'No')],
    ['Upgrade Policy', (v) => v.tools.upgradePolicy],
    ['Sync time', (v) => tf(v.tools.syncTime)],
    ['App status', () => 'none'],
    ['Heartbeat status', () => 'appStatusGray'],
    ['Kernel Crash state', () => 'False'],
    ['Operation Ready', (v) => tf(toolsRunning(v))],
    ['State change support', (v) => tf(toolsRunning(v))],
    ['Interactive Guest', (v) => tf(toolsRunning(v) && v.osConfig.includes('Windows'))],
    ...vmTail(e, l, id, { vmRef: true }),
  ];
  return table('vTools', cols, () => e.vms);
}

function vSource(e: EstateSpec): TabData {
  const cols: Column<VCenterSpec>[] = [
    ['Name', () => 'VMware vCenter Server'],
    ['OS type', () => 'linux-x64'],
    ['API type', () => 'VirtualCenter'],
    ['API version', (v) => v.apiVersion],
    ['Version', (v) => v.version],
    ['Patch level', () => null],
    ['Build', (v) => v.build],
    ['Fullname', (v) => `VMware vCenter Server ${v.version} build-${v.build}`],
    ['Product name', () => 'VMware VirtualCenter Server'],
    ['Product version', (v) => Number(v.version.split('.')[0])],
    ['Product line', () => 'vpx'],
    ['Vendor', () => 'VMware, Inc.'],
    ['VI SDK Server', (v) => v.server],
    ['VI SDK UUID', (v) => v.uuid],
  ];
  return table('vSource', cols, () => e.vcenters);
}

type PoolRow = { cluster: ClusterSpec; hosts: HostSpec[]; vms: number; vmsOn: number; vcpus: number; mhz: number; memMiB: number; configuredMiB: number };

function vRP(e: EstateSpec, l: Lookups): TabData {
  const pools = (): PoolRow[] => {
    const byCluster = new Map<string, PoolRow>();
    for (const c of e.clusters) byCluster.set(clusterKey(c.vcenter, c.name), { cluster: c, hosts: [], vms: 0, vmsOn: 0, vcpus: 0, mhz: 0, memMiB: 0, configuredMiB: 0 });
    for (const h of e.hosts) {
      const p = byCluster.get(clusterKey(h.vcenter, h.cluster));
      if (!p) continue;
      p.hosts.push(h);
      p.mhz += h.speedMhz * h.sockets * h.coresPerSocket;
      p.memMiB += h.memoryMiB;
    }
    for (const v of e.vms) {
      const p = byCluster.get(clusterKey(v.vcenter, v.cluster));
      if (!p || v.template) continue;
      p.vms++;
      if (isOn(v)) {
        p.vmsOn++;
        p.vcpus += v.cpus;
        p.configuredMiB += v.memoryMiB;
      }
    }
    return [...byCluster.values()];
  };
  const cpu = (p: PoolRow, f: number): number => Math.round(p.mhz * f);
  const mem = (p: PoolRow, f: number): number => Math.round(p.memMiB * f);
  const cols: Column<PoolRow>[] = [
    ['Resource Pool name', () => 'Resources'],
    ['Resource Pool path', (p) => `/${p.cluster.datacenter}/${p.cluster.name}/Resources`],
    ['Status', () => 'green'],
    ['# VMs total', (p) => p.vms],
    ['# VMs', (p) => p.vmsOn],
    ['# vCPUs', (p) => p.vcpus],
    ['CPU limit', (p) => cpu(p, 0.92)],
    ['CPU overheadLimit', () => 0],
    ['CPU reservation', (p) => cpu(p, 0.92)],
    ['CPU level', () => 'normal'],
    ['CPU shares', () => 4000],
    ['CPU expandableReservation', () => 'True'],
    ['CPU maxUsage', (p) => cpu(p, 0.92)],
    ['CPU overallUsage', (p) => cpu(p, 0.18)],
    ['CPU reservationUsed', () => 0],
    ['CPU reservationUsedForVm', () => 0],
    ['CPU unreservedForPool', (p) => cpu(p, 0.92)],
    ['CPU unreservedForVm', (p) => cpu(p, 0.92)],
    ['Mem Configured', (p) => p.configuredMiB],
    ['Mem limit', (p) => mem(p, 0.94)],
    ['Mem overheadLimit', () => 0],
    ['Mem reservation', (p) => mem(p, 0.94)],
    ['Mem level', () => 'normal'],
    ['Mem shares', () => 163840],
    ['Mem expandableReservation', () => 'True'],
    ['Mem maxUsage', (p) => mem(p, 0.94)],
    ['Mem overallUsage', (p) => Math.round(p.configuredMiB * 0.62)],
    ['Mem reservationUsed', (p) => (p.vmsOn > 0 ? 40 * p.vmsOn : 0)],
    ['Mem reservationUsedForVm', (p) => (p.vmsOn > 0 ? 40 * p.vmsOn : 0)],
    ['Mem unreservedForPool', (p) => mem(p, 0.94) - 40 * p.vmsOn],
    ['Mem unreservedForVm', (p) => mem(p, 0.94) - 40 * p.vmsOn],
    ['QS overallCpuDemand', (p) => cpu(p, 0.19)],
    ['QS overallCpuUsage', (p) => cpu(p, 0.18)],
    ['QS staticCpuEntitlement', (p) => cpu(p, 0.92)],
    ['QS distributedCpuEntitlement', (p) => cpu(p, 0.18)],
    ['QS balloonedMemory', () => 0],
    ['QS compressedMemory', () => 0],
    ['QS consumedOverheadMemory', (p) => 45 * p.vmsOn],
    ['QS distributedMemoryEntitlement', (p) => Math.round(p.configuredMiB * 0.35)],
    ['QS guestMemoryUsage', (p) => Math.round(p.configuredMiB * 0.08)],
    ['QS hostMemoryUsage', (p) => Math.round(p.configuredMiB * 0.62)],
    ['QS overheadMemory', (p) => 45 * p.vmsOn],
    ['QS privateMemory', (p) => Math.round(p.configuredMiB * 0.6)],
    ['QS sharedMemory', (p) => Math.round(p.configuredMiB * 0.02)],
    ['QS staticMemoryEntitlement', (p) => Math.round(p.configuredMiB * 0.7)],
    ['QS swappedMemory', () => 0],
    ['Object ID', (p) => `resgroup-${p.cluster.objectId.replace(/\D/g, '')}1`],
    ...sourceTail<PoolRow>(l, (p) => p.cluster.vcenter),
  ];
  return table('vRP', cols, pools);
}

type ClusterRow = { c: ClusterSpec; hosts: HostSpec[] };

function vCluster(e: EstateSpec, l: Lookups): TabData {
  const rows = (): ClusterRow[] => {
    const map = new Map<string, ClusterRow>(e.clusters.map((c) => [clusterKey(c.vcenter, c.name), { c, hosts: [] }]));
    for (const h of e.hosts) map.get(clusterKey(h.vcenter, h.cluster))?.hosts.push(h);
    return [...map.values()];
  };
  const active = (r: ClusterRow): HostSpec[] => r.hosts.filter((h) => !h.inMaintenance);
  const mhz = (hs: HostSpec[]): number => hs.reduce((s, h) => s + h.speedMhz * h.sockets * h.coresPerSocket, 0);
  const memMiB = (hs: HostSpec[]): number => hs.reduce((s, h) => s + h.memoryMiB, 0);
  const cols: Column<ClusterRow>[] = [
    ['Name', (r) => r.c.name],
    ['Config status', () => 'green'],
    ['OverallStatus', () => 'green'],
    ['NumHosts', (r) => r.hosts.length],
    ['numEffectiveHosts', (r) => active(r).length],
    ['TotalCpu', (r) => mhz(r.hosts)],
    ['NumCpuCores', (r) => r.hosts.reduce((s, h) => s + h.sockets * h.coresPerSocket, 0)],
    ['NumCpuThreads', (r) => r.hosts.reduce((s, h) => s + h.sockets * h.coresPerSocket * (h.hyperthreading ? 2 : 1), 0)],
    ['Effective Cpu', (r) => Math.round(mhz(active(r)) * 0.88)],
    ['TotalMemory', (r) => memMiB(r.hosts)],
    ['Effective Memory', (r) => Math.round(memMiB(active(r)) * 0.96)],
    ['Num VMotions', (r) => r.c.numVmotions],
    ['HA enabled', (r) => tf(r.c.haEnabled)],
    ['Failover Level', (r) => r.c.failoverLevel],
    ['AdmissionControlEnabled', (r) => tf(r.c.admissionControl)],
    ['Host monitoring', (r) => r.c.hostMonitoring],
    ['HB Datastore Candidate Policy', () => 'allFeasibleDsWithUserPreference'],
    ['Isolation Response', (r) => r.c.isolationResponse],
    ['Restart Priority', (r) => r.c.restartPriority],
    ['Cluster Settings', () => 'True'],
    ['Max Failures', () => 3],
    ['Max Failure Window', () => -1],
    ['Failure Interval', () => 30],
    ['Min Up Time', () => 120],
    ['VM Monitoring', (r) => r.c.vmMonitoring],
    ['DRS enabled', (r) => tf(r.c.drsEnabled)],
    ['DRS default VM behavior', (r) => r.c.drsBehavior],
    ['DRS vmotion rate', (r) => r.c.drsMigrationRate],
    ['DPM enabled', () => 'False'],
    ['DPM default behavior', () => 'automated'],
    ['DPM Host Power Action Rate', () => 3],
    ['Object ID', (r) => r.c.objectId],
    ...customColumns<ClusterRow>(e.customAttributes.cluster, (r) => r.c.attributes),
    ...sourceTail<ClusterRow>(l, (r) => r.c.vcenter),
  ];
  return table('vCluster', cols, rows);
}

function vHost(e: EstateSpec, l: Lookups): TabData {
  const stats = (h: HostSpec) => l.hostStats.get(h.name) ?? { vmsTotal: 0, vmsOn: 0, vcpus: 0, vramMiB: 0, usedMiB: 0 };
  const cores = (h: HostSpec): number => h.sockets * h.coresPerSocket;
  const cols: Column<HostSpec>[] = [
    ['Host', (h) => h.name],
    ['Datacenter', (h) => h.datacenter],
    ['Cluster', (h) => h.cluster || null],
    ['Config status', () => 'green'],
    ['Compliance Check State', () => null],
    ['in Maintenance Mode', (h) => tf(h.inMaintenance)],
    ['in Quarantine Mode', () => 'False'],
    ['vSAN Fault Domain Name', () => null],
    ['CPU Model', (h) => h.cpuModel],
    ['Speed', (h) => h.speedMhz],
    ['HT Available', (h) => tf(h.hyperthreading)],
    ['HT Active', (h) => tf(h.hyperthreading)],
    ['# CPU', (h) => h.sockets],
    ['Cores per CPU', (h) => h.coresPerSocket],
    ['# Cores', (h) => cores(h)],
    ['CPU usage %', (h) => Math.min(95, Math.round((stats(h).vcpus / Math.max(1, cores(h))) * 9))],
    ['# Memory', (h) => h.memoryMiB],
    ['Memory Tiering Type', (h) => (h.esxVersion.includes('ESXi 8') ? 'noTiering' : null)],
    ['Memory usage %', (h) => Math.min(97, Math.round((stats(h).usedMiB / Math.max(1, h.memoryMiB)) * 100))],
    ['Console', () => 0],
    ['# NICs', (h) => h.nics.length],
    ['# HBAs', (h) => h.hbas.length],
    ['# VMs total', (h) => stats(h).vmsTotal],
    ['# VMs', (h) => stats(h).vmsOn],
    ['VMs per Core', (h) => Math.round((stats(h).vmsOn / Math.max(1, cores(h))) * 100) / 100],
    ['# vCPUs', (h) => stats(h).vcpus],
    ['vCPUs per Core', (h) => Math.round((stats(h).vcpus / Math.max(1, cores(h))) * 100) / 100],
    ['vRAM', (h) => stats(h).vramMiB],
    ['VM Used memory', (h) => stats(h).usedMiB],
    ['VM Memory Swapped', () => 0],
    ['VM Memory Ballooned', () => 0],
    ['VMotion support', () => 'True'],
    ['Storage VMotion support', () => 'True'],
    ['Current EVC', (h) => h.currentEvc],
    ['Max EVC', (h) => h.maxEvc],
    ['Assigned License(s)', (h) => h.licenseKey],
    ['ATS Heartbeat', () => 1],
    ['ATS Locking', () => 1],
    ['Current CPU power man. policy', () => 'Balanced'],
    ['Supported CPU power man.', () => 'ACPI P-states, ACPI C-states'],
    ['Host Power Policy', () => 'dynamic'],
    ['ESX Version', (h) => h.esxVersion],
    ['Boot time', (h) => h.bootTime],
    ['DNS Servers', (h) => h.dnsServers.join(', ')],
    ['DHCP', () => 'False'],
    ['Domain', (h) => h.domain],
    ['Domain List', (h) => h.domain],
    ['DNS Search Order', (h) => h.domain],
    ['NTP Server(s)', (h) => (h.ntpServers.length ? h.ntpServers.join(', ') : null)],
    ['NTPD running', (h) => tf(h.ntpServers.length > 0)],
    ['Time Zone', () => 'UTC'],
    ['Time Zone Name', () => 'UTC'],
    ['GMT Offset', () => 0],
    ['Vendor', (h) => h.vendor],
    ['Model', (h) => h.model],
    ['Serial number', (h) => h.serial],
    ['Service tag', (h) => h.serial],
    ['OEM specific string', () => null],
    ['BIOS Vendor', (h) => h.biosVendor],
    ['BIOS Version', (h) => h.biosVersion],
    ['BIOS Date', (h) => h.biosDate],
    ['Certificate Issuer', (h) => `O=VMware Engineering,ST=California,C=US,DC=local,DC=vsphere,CN=CA (${h.vcenter})`],
    ['Certificate Start Date', (h) => h.certificateStart],
    ['Certificate Expiry Date', (h) => h.certificateExpiry],
    ['Certificate Status', () => 'good'],
    ['Certificate Subject', (h) => `emailAddress=vmca@vmware.com,CN=${h.name},OU=VMware Engineering,O=VMware,L=Palo Alto,ST=California,C=US`],
    ['Object ID', (h) => h.objectId],
    ...customColumns<HostSpec>(e.customAttributes.host, (h) => h.attributes),
    ['UUID', (h) => h.uuid],
    ...sourceTail<HostSpec>(l, (h) => h.vcenter),
  ];
  return table('vHost', cols, () => e.hosts);
}

type HostChild<C> = { h: HostSpec; c: C };

function hostLead<C>(): Column<HostChild<C>>[] {
  return [
    ['Host', (i) => i.h.name],
    ['Datacenter', (i) => i.h.datacenter],
    ['Cluster', (i) => i.h.cluster || null],
  ];
}

function* eachHostChild<C>(hosts: readonly HostSpec[], children: (h: HostSpec) => readonly C[]): Generator<HostChild<C>> {
  for (const h of hosts) for (const c of children(h)) yield { h, c };
}

function vHBA(e: EstateSpec, l: Lookups): TabData {
  const cols: Column<HostChild<HostHbaSpec>>[] = [
    ...hostLead<HostHbaSpec>(),
    ['Device', (i) => i.c.device],
    ['Type', (i) => i.c.type],
    ['Status', () => 'unknown'],
    ['Bus', (i) => i.c.bus],
    ['Pci', (i) => i.c.pci],
    ['Driver', (i) => i.c.driver],
    ['Model', (i) => i.c.model],
    ['WWN', (i) => i.c.wwn],
    ...sourceTail<HostChild<HostHbaSpec>>(l, (i) => i.h.vcenter),
  ];
  return table('vHBA', cols, () => eachHostChild(e.hosts, (h) => h.hbas));
}

function vNIC(e: EstateSpec, l: Lookups): TabData {
  const cols: Column<HostChild<HostNicSpec>>[] = [
    ...hostLead<HostNicSpec>(),
    ['Network Device', (i) => i.c.device],
    ['Driver', (i) => i.c.driver],
    ['Speed', (i) => i.c.speedMbps],
    ['Duplex', (i) => (i.c.speedMbps === null ? 'Link is down!' : 'True')],
    ['MAC', (i) => i.c.mac],
    ['Switch', (i) => i.c.switch],
    ['Uplink port', () => null],
    ['PCI', (i) => i.c.pci],
    ['WakeOn', () => 'False'],
    ...sourceTail<HostChild<HostNicSpec>>(l, (i) => i.h.vcenter),
  ];
  return table('vNIC', cols, () => eachHostChild(e.hosts, (h) => h.nics));
}

const securityAndTeaming = <T>(): Column<T>[] => [
  ['Promiscuous Mode', () => 'False'],
  ['Mac Changes', () => 'False'],
  ['Forged Transmits', () => 'False'],
  ['Traffic Shaping', () => 'False'],
  ['Width', () => 0],
  ['Peak', () => 0],
  ['Burst', () => 0],
  ['Policy', () => 'loadbalance_srcid'],
  ['Reverse Policy', () => 'True'],
  ['Notify Switch', () => 'True'],
  ['Rolling Order', () => 'False'],
  ['Offload', () => 'True'],
  ['TSO', () => 'True'],
  ['Zero Copy Xmit', () => 'True'],
];

function vSwitch(e: EstateSpec, l: Lookups): TabData {
  type Row = HostChild<StandardSwitchSpec>;
  const base = securityAndTeaming<Row>().map(([h, g]): Column<Row> => (h === 'Policy' ? [h, (i) => i.c.policy] : [h, g]));
  const cols: Column<Row>[] = [
    ...hostLead<StandardSwitchSpec>(),
    ['Switch', (i) => i.c.name],
    ['# Ports', (i) => i.c.ports],
    ['Free Ports', (i) => i.c.ports - 4 - i.h.portGroups.filter((p) => p.switch === i.c.name).length * 2],
    ...base,
    ['MTU', (i) => i.c.mtu],
    ...sourceTail<Row>(l, (i) => i.h.vcenter),
  ];
  return table('vSwitch', cols, () => eachHostChild(e.hosts, (h) => h.standardSwitches));
}

function vPort(e: EstateSpec, l: Lookups): TabData {
  type Row = HostChild<StandardPortGroupSpec>;
  const cols: Column<Row>[] = [
    ...hostLead<StandardPortGroupSpec>(),
    ['Port Group', (i) => i.c.name],
    ['Switch', (i) => i.c.switch],
    ['VLAN', (i) => i.c.vlan],
    ...securityAndTeaming<Row>(),
    ...sourceTail<Row>(l, (i) => i.h.vcenter),
  ];
  return table('vPort', cols, () => eachHostChild(e.hosts, (h) => h.portGroups));
}

function dvSwitch(e: EstateSpec, l: Lookups): TabData {
  const vmCount = (s: DvSwitchSpec): number => {
    const names = new Set(s.portGroups.map((p) => p.name));
    let n = 0;
    for (const v of e.vms) if (v.vcenter === s.vcenter && v.nics.some((x) => names.has(x.network))) n++;
    return n;
  };
  const cols: Column<DvSwitchSpec>[] = [
    ['Switch', (s) => s.name],
    ['Datacenter', (s) => s.datacenter],
    ['Name', (s) => s.name],
    ['Vendor', () => 'VMware, Inc.'],
    ['Version', (s) => s.version],
    ['Description', () => null],
    ['Created', (s) => s.created],
    ['Host members', (s) => s.hostMembers.join(', ')],
    ['Max Ports', () => 2147483647],
    ['# Ports', (s) => s.portGroups.reduce((sum, p) => sum + p.ports, 0)],
    ['# VMs', (s) => vmCount(s)],
    ['In Traffic Shaping', () => 'False'],
    ['In Avg', () => null],
    ['In Peak', () => null],
    ['In Burst', () => null],
    ['Out Traffic Shaping', () => 'False'],
    ['Out Avg', () => null],
    ['Out Peak', () => null],
    ['Out Burst', () => null],
    ['CDP Type', () => 'listen'],
    ['CDP Operation', () => 'cdp'],
    ['LACP Name', () => null],
    ['LACP Mode', () => null],
    ['LACP Load Balance Alg.', () => null],
    ['Max MTU', (s) => s.maxMtu],
    ['Contact', () => null],
    ['Admin Name', () => null],
    ['Object ID', (s) => s.objectId],
    ...customColumns<DvSwitchSpec>(e.customAttributes.dvSwitch, (s) => s.attributes),
    ...sourceTail<DvSwitchSpec>(l, (s) => s.vcenter),
  ];
  return table('dvSwitch', cols, () => e.dvSwitches);
}

function dvPort(e: EstateSpec, l: Lookups): TabData {
  type Row = { s: DvSwitchSpec; p: DvPortGroupSpec; index: number };
  const rows = function* (): Generator<Row> {
    let index = 0;
    for (const s of e.dvSwitches) for (const p of s.portGroups) yield { s, p, index: index++ };
  };
  const f = (): string => 'False';
  const cols: Column<Row>[] = [
    ['Port', (r) => r.p.name],
    ['Switch', (r) => r.s.name],
    ['Type', (r) => r.p.binding],
    ['# Ports', (r) => r.p.ports],
    ['VLAN', (r) => r.p.vlan],
    ['Speed', () => null],
    ['Full Duplex', () => null],
    ['Blocked', f],
    ['Allow Promiscuous', f],
    ['Mac Changes', f],
    ['Active Uplink', (r) => (r.p.uplink ? null : 'Uplink 1, Uplink 2')],
    ['Standby Uplink', () => null],
    ['Policy', (r) => (r.p.uplink ? null : 'loadbalance_srcid')],
    ['Forged Transmits', f],
    ['In Traffic Shaping', f],
    ['In Avg', () => null],
    ['In Peak', () => null],
    ['In Burst', () => null],
    ['Out Traffic Shaping', f],
    ['Out Avg', () => null],
    ['Out Peak', () => null],
    ['Out Burst', () => null],
    ['Reverse Policy', () => 'True'],
    ['Notify Switch', () => 'True'],
    ['Rolling Order', f],
    ['Check Beacon', f],
    ['Live Port Moving', f],
    ['Check Duplex', f],
    ['Check Error %', f],
    ['Check Speed', () => 'minimum'],
    ['Percentage', () => 0],
    ['Block Override', () => 'True'],
    ['Config Reset', f],
    ['Shaping Override', f],
    ['Vendor Config Override', f],
    ['Sec. Policy Override', f],
    ['Teaming Override', f],
    ['Vlan Override', f],
    ['Object ID', (r) => `dvportgroup-${r.s.objectId.replace(/\D/g, '')}${String(r.index).padStart(2, '0')}`],
    ...sourceTail<Row>(l, (r) => r.s.vcenter),
  ];
  return table('dvPort', cols, rows);
}

function vSC_VMK(e: EstateSpec, l: Lookups): TabData {
  type Row = HostChild<VmkSpec>;
  const cols: Column<Row>[] = [
    ...hostLead<VmkSpec>(),
    ['Port Group', (i) => i.c.portGroup],
    ['Device', (i) => i.c.device],
    ['Mac Address', (i) => i.c.mac],
    ['DHCP', () => 'False'],
    ['IP Address', (i) => i.c.ip],
    ['IP 6 Address', (i) => ipv6LinkLocal(i.c.mac)],
    ['Subnet mask', (i) => i.c.mask],
    ['Gateway', (i) => i.c.gateway],
    ['IP 6 Gateway', () => null],
    ['MTU', (i) => i.c.mtu],
    ...sourceTail<Row>(l, (i) => i.h.vcenter),
  ];
  return table('vSC_VMK', cols, () => eachHostChild(e.hosts, (h) => h.vmks));
}

function vDatastore(e: EstateSpec, l: Lookups): TabData {
  const st = (d: DatastoreSpec) => l.datastoreStats.get(d.name) ?? { vmsTotal: 0, vmsOn: 0, provisionedMiB: 0 };
  const vmfs = (d: DatastoreSpec): boolean => d.type === 'VMFS';
  const cols: Column<DatastoreSpec>[] = [
    ['Name', (d) => d.name],
    ['Config status', () => 'green'],
    ['Address', (d) => d.address || null],
    ['Accessible', () => 'True'],
    ['Type', (d) => d.type],
    ['# VMs total', (d) => st(d).vmsTotal],
    ['# VMs', (d) => st(d).vmsOn],
    ['Capacity MiB', (d) => d.capacityMiB],
    ['Provisioned MiB', (d) => Math.max(d.inUseMiB, st(d).provisionedMiB)],
    ['In Use MiB', (d) => d.inUseMiB],
    ['Free MiB', (d) => d.capacityMiB - d.inUseMiB],
    ['Free %', (d) => Math.round(((d.capacityMiB - d.inUseMiB) / Math.max(1, d.capacityMiB)) * 100)],
    ['SIOC enabled', () => 'False'],
    ['SIOC Threshold', () => 30],
    ['# Hosts', (d) => d.hosts.length],
    ['Hosts', (d) => d.hosts.join(', ')],
    ['Cluster name', () => null],
    ['Cluster capacity MiB', () => null],
    ['Cluster free space MiB', () => null],
    ['Block size', (d) => (vmfs(d) ? 1 : 0)],
    ['Max Blocks', (d) => (vmfs(d) ? 63963136 : 0)],
    ['# Extents', (d) => (vmfs(d) ? 1 : 0)],
    ['Major Version', (d) => (d.vmfsVersion === null ? 0 : Math.floor(d.vmfsVersion))],
    ['Version', (d) => d.vmfsVersion],
    ['VMFS Upgradeable', (d) => (vmfs(d) ? 'False' : null)],
    ['MHA', (d) => tf(!vmfs(d))],
    ['URL', (d) => d.url],
    ['Object ID', (d) => d.objectId],
    ...customColumns<DatastoreSpec>(e.customAttributes.datastore, (d) => d.attributes),
    ...sourceTail<DatastoreSpec>(l, (d) => d.vcenter),
  ];
  return table('vDatastore', cols, () => e.datastores);
}

function vMultiPath(e: EstateSpec, l: Lookups): TabData {
  type Row = { d: DatastoreSpec; h: HostSpec };
  const rows = function* (): Generator<Row> {
    for (const d of e.datastores) {
      if (d.type !== 'VMFS') continue;
      for (const name of d.hosts) {
        const h = l.host.get(name);
        if (h) yield { d, h };
      }
    }
  };
  const local = (r: Row): boolean => r.d.hosts.length === 1;
  const path = (n: number) => (r: Row): Cell => (local(r) ? (n === 1 ? 'vmhba0' : null) : n <= 4 ? `vmhba${n < 3 ? 2 : 3}:C0:T${(n + 1) % 2}:L${r.d.objectId.length % 8}` : null);
  const pathState = (n: number) => (r: Row): Cell => (local(r) ? (n === 1 ? 'active' : null) : n <= 4 ? 'active' : null);
  const pathCols: Column<Row>[] = [];
  for (let n = 1; n <= 8; n++) pathCols.push([`Path ${n}`, path(n)], [`Path ${n} state`, pathState(n)]);
  const cols: Column<Row>[] = [
    ['Host', (r) => r.h.name],
    ['Cluster', (r) => r.h.cluster || null],
    ['Datacenter', (r) => r.h.datacenter],
    ['Datastore', (r) => r.d.name],
    ['Disk', (r) => r.d.address],
    ['Display name', (r) => (local(r) ? `Local DELL Disk (${r.d.address})` : `DGC Fibre Channel Disk (${r.d.address})`)],
    ['Policy', (r) => (local(r) ? 'FIXED' : 'VMW_PSP_RR')],
    ['Oper. State', () => 'ok'],
    ...pathCols,
    ['vStorage', (r) => (local(r) ? 'vStorageUnsupported' : 'vStorageSupported')],
    ['Queue depth', (r) => (local(r) ? 64 : 128)],
    ['Vendor', (r) => (local(r) ? 'DELL    ' : 'DGC     ')],
    ['Model', (r) => (local(r) ? 'PERC H730 Mini  ' : 'VRAID           ')],
    ['Revision', () => '5001'],
    ['Level', () => 6],
    ['Serial #', () => null],
    ['UUID', (r) => `0200${r.d.address.replace(/^naa\./, '').slice(0, 32)}565241494420`],
    ['Object ID', (r) => r.d.objectId],
    ...sourceTail<Row>(l, (r) => r.h.vcenter),
  ];
  return table('vMultiPath', cols, rows);
}

function vLicense(e: EstateSpec, l: Lookups): TabData {
  const cols: Column<LicenseSpec>[] = [
    ['Name', (x) => x.name],
    ['Key', (x) => x.key],
    ['Labels', () => null],
    ['Cost Unit', (x) => x.costUnit],
    ['Total', (x) => x.total],
    ['Used', (x) => x.used],
    ['Expiration Date', (x) => x.expiration ?? 'Never'],
    ['Features', (x) => x.features],
    ...sourceTail<LicenseSpec>(l, (x) => x.vcenter),
  ];
  return table('vLicense', cols, () => e.licenses);
}

function vFileInfo(): TabData {
  const headers = ['Friendly Path Name', 'File Name', 'File Type', 'File Size in bytes', 'Path', 'Internal Sort Column', 'VI SDK Server', 'VI SDK UUID'];
  const note = 'This tab page is empty when GetFileInfo option is not set in preferences or when using the CLI the switch -GetFileInfo is not passed. ';
  return { name: 'vFileInfo', headers, rows: [[note, null, null, null, null, null, null, null]] };
}

function formatStamp(d: Date): string {
  return d.toISOString().slice(0, 19).replace('T', ' ');
}

function vHealth(e: EstateSpec, l: Lookups): TabData {
  type Row = { name: string; message: string; type: string; vcenter: string };
  const rows = function* (): Generator<Row> {
    for (const v of e.vms) {
      for (const s of v.snapshots) {
        yield { name: v.name, message: `VM has an active snapshot! ${s.name} created on ${formatStamp(s.created)}`, type: 'Snapshot', vcenter: v.vcenter };
      }
      for (const cd of v.cds) {
        if (cd.connected) yield { name: v.name, message: `VM has a CDROM device connected! ${cd.label}`, type: 'CDROM', vcenter: v.vcenter };
      }
      if (!v.template && isOn(v) && v.tools.status !== 'toolsOk') {
        yield { name: v.name, message: 'VMware tools are out of date, not running or not installed!', type: 'VM Tools', vcenter: v.vcenter };
      }
    }
    for (const h of e.health) yield h;
  };
  const cols: Column<Row>[] = [
    ['Name', (r) => r.name],
    ['Message', (r) => r.message],
    ['Message type', (r) => r.type],
    ...sourceTail<Row>(l, (r) => r.vcenter),
  ];
  return table('vHealth', cols, rows);
}

function vMetaData(e: EstateSpec): TabData {
  const [major = '4', minor = '6'] = e.rvtoolsVersion.split('.');
  const headers = ['RVTools major version', 'RVTools version', 'xlsx creation datetime', 'Server'];
  return { name: 'vMetaData', headers, rows: [[Number(`${major}.${minor}`), e.rvtoolsVersion, e.exportedAt, e.vcenters[0]?.server ?? null]] };
}

/** Build the data of the given tabs (all 27 by default) in RVTools order. */
export function buildTabs(estate: EstateSpec, tabs: readonly string[] = RVTOOLS_TABS): TabData[] {
  const l = buildLookups(estate);
  const builders: Record<RvtoolsTab, () => TabData> = {
    vInfo: () => vInfo(estate, l),
    vCPU: () => vCPU(estate, l),
    vMemory: () => vMemory(estate, l),
    vDisk: () => vDisk(estate, l),
    vPartition: () => vPartition(estate, l),
    vNetwork: () => vNetwork(estate, l),
    vCD: () => vCD(estate, l),
    vUSB: () => vUSB(estate, l),
    vSnapshot: () => vSnapshot(estate, l),
    vTools: () => vTools(estate, l),
    vSource: () => vSource(estate),
    vRP: () => vRP(estate, l),
    vCluster: () => vCluster(estate, l),
    vHost: () => vHost(estate, l),
    vHBA: () => vHBA(estate, l),
    vNIC: () => vNIC(estate, l),
    vSwitch: () => vSwitch(estate, l),
    vPort: () => vPort(estate, l),
    dvSwitch: () => dvSwitch(estate, l),
    dvPort: () => dvPort(estate, l),
    vSC_VMK: () => vSC_VMK(estate, l),
    vDatastore: () => vDatastore(estate, l),
    vMultiPath: () => vMultiPath(estate, l),
    vLicense: () => vLicense(estate, l),
    vFileInfo: () => vFileInfo(),
    vHealth: () => vHealth(estate, l),
    vMetaData: () => vMetaData(estate),
  };
  const wanted = new Set(tabs);
  for (const t of wanted) {
    if (!(RVTOOLS_TABS as readonly string[]).includes(t)) throw new Error(`unknown RVTools tab: ${t}`);
  }
  return RVTOOLS_TABS.filter((t) => wanted.has(t)).map((t) => builders[t]());
}

