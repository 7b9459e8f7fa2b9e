import { tt, type TKey } from '../i18n';
import type {
  Cluster, Datastore, Disk, Host, Inventory, Nic, PortGroup, PowerState, Source, Vm, VSwitch, VmKernel,
} from '../model/inventory';
import { emptyInventory } from '../model/inventory';
import type { ImportIssue } from '../model/importReport';
import { asList, asText, datastoreFromPath } from './cells';
import { canonicalHeader, RVTOOLS_TABS, VINFO_OWN_KEYS, type RvTab } from './columns';
import { issue, type IssueSink } from './issues';
import { rowReader, type RowReader } from './rowReader';
import type { Table } from './table';

export type SourceKind = Source['kind'];

/** Tabs whose absence is a warning (the plan loses a lot); the others are infos. */
const IMPORTANT_TABS: ReadonlySet<RvTab> = new Set(['vHost', 'vCluster', 'vDisk', 'vNetwork', 'vDatastore', 'vSnapshot']);

/** VM fields each VM tab fills, for the `unknown` list of the report. */
const TAB_FIELDS: Partial<Record<RvTab, string[]>> = {
  vCPU: ['vm.sockets', 'vm.coresPerSocket', 'vm.cpuHotAdd', 'vm.cpuHotRemove', 'vm.cpuReservationMHz'],
  vMemory: ['vm.memoryHotAdd', 'vm.memoryReservationMiB', 'vm.memoryReservationLockedToMax'],
  vDisk: ['vm.disks'],
  vPartition: ['vm.partitions'],
  vNetwork: ['vm.nics'],
  vCD: ['vm.cdDrives'],
  vUSB: ['vm.usbDevices'],
  vSnapshot: ['vm.snapshots'],
  vTools: ['vm.tools'],
};

const POWER: Record<string, PowerState> = { poweredon: 'poweredOn', poweredoff: 'poweredOff', suspended: 'suspended' };

type Ctx = {
  file: string;
  kind: SourceKind;
  sink: IssueSink;
  inv: Inventory;
  sources: Map<string, Source>;
  defaultSource: string;
  present: RvTab[];
  vmByUuid: Map<string, Vm>;
  vmByName: Map<string, Vm>;
  /** (source, name) keys shared by several VMs: joining child rows by name is then ambiguous. */
  ambiguousNames: Set<string>;
};

function sourceKey(r: RowReader, row: import('./cells').CellValue[], ctx: Ctx): string {
  const uuid = r.text(row, 0, 'VI SDK UUID');
  const server = r.text(row, 0, 'VI SDK Server');
  const key = uuid ?? server ?? ctx.defaultSource;
  let s = ctx.sources.get(key);
  if (!s) {
    s = { key, files: [ctx.file], tabs: [...ctx.present], kind: ctx.kind };
    if (uuid) s.uuid = uuid;
    if (server) s.server = server;
    ctx.sources.set(key, s);
  } else {
    if (!s.uuid && uuid) s.uuid = uuid;
    if (!s.server && server) s.server = server;
  }
  return key;
}

const k2 = (a: string, b: string): string => `${a}\u0000${b}`;

function findVm(r: RowReader, row: import('./cells').CellValue[], i: number, ctx: Ctx): Vm | undefined {
  const src = sourceKey(r, row, ctx);
  const uuid = r.text(row, i, 'VM UUID', 'UUID');
  const name = r.text(row, i, 'VM', 'VM Name');
  let vm = uuid ? ctx.vmByUuid.get(k2(src, uuid)) : undefined;
  if (!vm && name) {
    vm = ctx.vmByName.get(k2(src, name));
    if (vm && ctx.ambiguousNames.has(k2(src, name))) {
      const t = r.table;
      ctx.sink.add(issue('RVT_AMBIGUOUS_VM', 'warning', { sheet: t.sheet, vm: name }, { file: t.file, sheet: t.sheet, row: r.rowNumber(i), column: 'VM' }));
    }
  }
  if (!vm) {
    const t = r.table;
    ctx.sink.add(issue('RVT_ORPHAN_ROW', 'info', { sheet: t.sheet, vm: name ?? uuid ?? '?' }, { file: t.file, sheet: t.sheet, row: r.rowNumber(i) }));
  }
  return vm;
}

function each(t: Table | undefined, ctx: Ctx, fn: (r: RowReader, row: import('./cells').CellValue[], i: number) => void): void {
  if (!t) return;
  const r = rowReader(t, ctx.sink);
  for (const d of r.cols.duplicates) {
    ctx.sink.add(issue('IMP_DUPLICATE_HEADER', 'warning', { column: d, sheet: t.sheet }, { file: t.file, sheet: t.sheet, row: t.firstRow - 1, column: d }));
  }
  for (let i = 0; i < t.rows.length; i++) {
    const row = t.rows[i];
    if (!row || row.length === 0) continue;
    fn(r, row, i);
  }
}

function origin(r: RowReader, i: number): { file: string; sheet: string; row: number } {
  return { file: r.table.file, sheet: r.table.sheet, row: r.rowNumber(i) };
}

function setIf<T extends object, K extends keyof T>(o: T, k: K, v: T[K] | undefined): void {
  if (v !== undefined) o[k] = v as T[K];
}

function readVms(t: Table, ctx: Ctx): void {
  const attrCols: { idx: number; name: string }[] = [];
  t.headers.forEach((h, idx) => {
    const name = h.trim();
    if (name === '') return;
    if (!VINFO_OWN_KEYS.has(canonicalHeader(name, 'vInfo'))) attrCols.push({ idx, name });
  });
  if (attrCols.length > 0) {
    ctx.sink.add(issue('RVT_ATTRIBUTES', 'info', { count: attrCols.length, columns: attrCols.map((c) => c.name).join(', ') }, { file: t.file, sheet: t.sheet }));
  }
  const nameCol = ['VM', 'VM Name'];
  const probe = rowReader(t, ctx.sink);
  if (!probe.pick(...nameCol)) {
    ctx.sink.add(issue('RVT_NO_NAME_COLUMN', 'error', { sheet: t.sheet, column: 'VM' }, { file: t.file, sheet: t.sheet, row: t.firstRow - 1 }));
    return;
  }
  each(t, ctx, (r, row, i) => {
    const name = r.text(row, i, ...nameCol);
    if (!name) {
      ctx.sink.add(issue('RVT_ROW_NO_NAME', 'warning', {}, { file: t.file, sheet: t.sheet, row: r.rowNumber(i), column: 'VM' }));
      return;
    }
    const source = sourceKey(r, row, ctx);
    const uuid = r.text(row, i, 'VM UUID', 'UUID');
    const key = `${source}/${uuid ?? name}`;
    const dupe = uuid ? ctx.vmByUuid.get(k2(source, uuid)) : ctx.vmByName.get(k2(source, name));
    if (dupe) {
      ctx.sink.add(issue('IMP_DUPLICATE_VM', 'warning', { vm: name, key }, { file: t.file, sheet: t.sheet, row: r.rowNumber(i), column: 'VM' }));
      return;
    }
    const vm: Vm = {
      key, name, source,
      template: r.bool(row, i, 'Template') ?? false,
      srmPlaceholder: r.bool(row, i, 'SRM Placeholder') ?? false,
      networks: [], attributes: {}, disks: [], nics: [], cdDrives: [], usbDevices: [], snapshots: [], partitions: [],
      origin: origin(r, i),
    };
    setIf(vm, 'uuid', uuid);
    setIf(vm, 'biosUuid', r.text(row, i, 'SMBIOS UUID'));
    setIf(vm, 'moref', r.text(row, i, 'VM ID'));
    setIf(vm, 'datacenter', r.text(row, i, 'Datacenter'));
    setIf(vm, 'cluster', r.text(row, i, 'Cluster'));
    setIf(vm, 'host', r.text(row, i, 'Host'));
    setIf(vm, 'folder', r.text(row, i, 'Folder'));
    setIf(vm, 'resourcePool', r.text(row, i, 'Resource pool'));
    setIf(vm, 'vApp', r.text(row, i, 'vApp'));
    const ps = r.text(row, i, 'Powerstate');
    if (ps !== undefined) {
      const p = POWER[ps.toLowerCase()];
      if (p) vm.powerState = p;
      else ctx.sink.add(issue('RVT_BAD_VALUE', 'warning', { value: ps, column: 'Powerstate', expected: 'poweredOn/poweredOff/suspended' }, { file: t.file, sheet: t.sheet, row: r.rowNumber(i), column: 'Powerstate' }));
    }
    setIf(vm, 'connectionState', r.text(row, i, 'Connection state'));
    setIf(vm, 'guestState', r.text(row, i, 'Guest state'));
    setIf(vm, 'heartbeat', r.text(row, i, 'Heartbeat'));
    setIf(vm, 'configStatus', r.text(row, i, 'Config status'));
    setIf(vm, 'consolidationNeeded', r.bool(row, i, 'Consolidation Needed'));
    setIf(vm, 'cpus', r.int(row, i, 'CPUs'));
    setIf(vm, 'memoryMiB', r.num(row, i, 'Memory'));
    setIf(vm, 'memoryActiveMiB', r.num(row, i, 'Active Memory'));
    setIf(vm, 'nicCount', r.int(row, i, 'NICs'));
    setIf(vm, 'diskCount', r.int(row, i, 'Disks'));
    setIf(vm, 'totalDiskCapacityMiB', r.num(row, i, 'Total disk capacity MiB'));
    setIf(vm, 'provisionedMiB', r.num(row, i, 'Provisioned MiB'));
    setIf(vm, 'inUseMiB', r.num(row, i, 'In Use MiB'));
    setIf(vm, 'osConfig', r.text(row, i, 'OS according to the configuration file'));
    setIf(vm, 'osTools', r.text(row, i, 'OS according to the VMware Tools'));
    const fw = r.text(row, i, 'Firmware')?.toLowerCase();
    if (fw === 'bios' || fw === 'efi') vm.firmware = fw;
    setIf(vm, 'secureBoot', r.bool(row, i, 'EFI Secure boot'));
    const hw = r.text(row, i, 'HW version');
    if (hw !== undefined) {
      const m = /(\d+)/.exec(hw);
      if (m) vm.hwVersion = Number(m[1]);
    }
    setIf(vm, 'dnsName', r.text(row, i, 'DNS Name'));
    setIf(vm, 'primaryIp', r.text(row, i, 'Primary IP Address'));
    // CBT / EnableUUID come from vmx extraConfig: an empty cell means "not set" = off (column present).
    if (r.has('CBT')) vm.cbt = r.bool(row, i, 'CBT') ?? false;
    if (r.has('EnableUUID')) vm.enableUuid = r.bool(row, i, 'EnableUUID') ?? false;
    setIf(vm, 'latencySensitivity', r.text(row, i, 'Latency Sensitivity'));
    setIf(vm, 'ftState', r.text(row, i, 'FT State'));
    setIf(vm, 'ftRole', r.text(row, i, 'FT Role'));
    setIf(vm, 'haRestartPriority', r.text(row, i, 'HA Restart Priority'));
    setIf(vm, 'haIsolationResponse', r.text(row, i, 'HA Isolation Response'));
    setIf(vm, 'haVmMonitoring', r.text(row, i, 'HA VM Monitoring'));
    setIf(vm, 'clusterRules', r.text(row, i, 'Cluster rule(s)'));
    setIf(vm, 'clusterRuleNames', r.text(row, i, 'Cluster rule name(s)'));
    setIf(vm, 'minRequiredEvc', r.text(row, i, 'min Required EVC Mode Key'));
    setIf(vm, 'annotation', r.text(row, i, 'Annotation'));
    setIf(vm, 'path', r.text(row, i, 'Path'));
    for (let n = 1; n <= 8; n++) {
      const net = r.text(row, i, `Network #${n}`);
      if (net) vm.networks.push(net);
    }
    for (const a of attrCols) {
      const v = asText(row[a.idx]);
      if (v !== undefined) vm.attributes[a.name] = v;
    }
    ctx.inv.vms.push(vm);
    if (uuid) ctx.vmByUuid.set(k2(source, uuid), vm);
    if (!ctx.vmByName.has(k2(source, name))) ctx.vmByName.set(k2(source, name), vm);
    else ctx.ambiguousNames.add(k2(source, name));
  });
}

function readVmChildren(tables: Partial<Record<RvTab, Table>>, ctx: Ctx): void {
  each(tables.vCPU, ctx, (r, row, i) => {
    const vm = findVm(r, row, i, ctx);
    if (!vm) return;
    if (vm.cpus === undefined) setIf(vm, 'cpus', r.int(row, i, 'CPUs'));
    setIf(vm, 'sockets', r.int(row, i, 'Sockets'));
    setIf(vm, 'coresPerSocket', r.int(row, i, 'Cores p/s'));
    setIf(vm, 'cpuHotAdd', r.bool(row, i, 'Hot Add'));
    setIf(vm, 'cpuHotRemove', r.bool(row, i, 'Hot Remove'));
    setIf(vm, 'cpuReservationMHz', r.num(row, i, 'Reservation'));
    setIf(vm, 'cpuUsageMHz', r.num(row, i, 'Overall'));
  });
  each(tables.vMemory, ctx, (r, row, i) => {
    const vm = findVm(r, row, i, ctx);
    if (!vm) return;
    if (vm.memoryMiB === undefined) setIf(vm, 'memoryMiB', r.num(row, i, 'Size MiB'));
    setIf(vm, 'memoryHotAdd', r.bool(row, i, 'Hot Add'));
    setIf(vm, 'memoryReservationLockedToMax', r.bool(row, i, 'Memory Reservation Locked To Max'));
    setIf(vm, 'memoryReservationMiB', r.num(row, i, 'Reservation'));
    setIf(vm, 'memoryConsumedMiB', r.num(row, i, 'Consumed'));
    const active = r.num(row, i, 'Active');
    if (active !== undefined) vm.memoryActiveMiB = active;
  });
  each(tables.vDisk, ctx, (r, row, i) => {
    const vm = findVm(r, row, i, ctx);
    if (!vm) return;
    const d: Disk = { label: r.text(row, i, 'Disk') ?? `Hard disk ${vm.disks.length + 1}`, origin: origin(r, i) };
    setIf(d, 'diskKey', r.int(row, i, 'Disk Key'));
    setIf(d, 'capacityMiB', r.num(row, i, 'Capacity MiB'));
    setIf(d, 'thin', r.bool(row, i, 'Thin'));
    setIf(d, 'eagerlyScrub', r.bool(row, i, 'Eagerly Scrub'));
    setIf(d, 'mode', r.text(row, i, 'Disk Mode'));
    setIf(d, 'sharing', r.text(row, i, 'Sharing mode'));
    setIf(d, 'sharedBus', r.text(row, i, 'Shared Bus'));
    setIf(d, 'raw', r.bool(row, i, 'Raw'));
    setIf(d, 'rawCompatibilityMode', r.text(row, i, 'Raw Comp. Mode'));
    setIf(d, 'rawLunId', r.text(row, i, 'Raw LUN ID'));
    setIf(d, 'controller', r.text(row, i, 'Controller'));
    setIf(d, 'controllerLabel', r.text(row, i, 'Label'));
    setIf(d, 'unitNumber', r.int(row, i, 'Unit #'));
    const p = r.text(row, i, 'Path');
    if (p) { d.path = p; setIf(d, 'datastore', datastoreFromPath(p)); }
    setIf(d, 'uuid', r.text(row, i, 'Disk UUID'));
    vm.disks.push(d);
  });
  each(tables.vPartition, ctx, (r, row, i) => {
    const vm = findVm(r, row, i, ctx);
    if (!vm) return;
    const p = { disk: r.text(row, i, 'Disk') ?? '' } as Vm['partitions'][number];
    setIf(p, 'capacityMiB', r.num(row, i, 'Capacity MiB'));
    setIf(p, 'consumedMiB', r.num(row, i, 'Consumed MiB'));
    setIf(p, 'freeMiB', r.num(row, i, 'Free MiB'));
    setIf(p, 'diskKey', r.int(row, i, 'Disk Key'));
    vm.partitions.push(p);
  });
  each(tables.vNetwork, ctx, (r, row, i) => {
    const vm = findVm(r, row, i, ctx);
    if (!vm) return;
    const n: Nic = {
      label: r.text(row, i, 'NIC label') ?? `Network adapter ${vm.nics.length + 1}`,
      ipv4: asList(r.raw(row, 'IPv4 Address', 'IP Address'), /[,;\s]+/),
      ipv6: asList(r.raw(row, 'IPv6 Address'), /[,;\s]+/),
      origin: origin(r, i),
    };
    setIf(n, 'adapter', r.text(row, i, 'Adapter'));
    setIf(n, 'network', r.text(row, i, 'Network', 'Port Group'));
    setIf(n, 'switchName', r.text(row, i, 'Switch'));
    setIf(n, 'connected', r.bool(row, i, 'Connected'));
    setIf(n, 'startsConnected', r.bool(row, i, 'Starts Connected'));
    setIf(n, 'mac', r.text(row, i, 'Mac Address'));
    setIf(n, 'macType', r.text(row, i, 'Type'));
    setIf(n, 'directPathIo', r.bool(row, i, 'Direct Path IO'));
    vm.nics.push(n);
  });
  each(tables.vCD, ctx, (r, row, i) => {
    const vm = findVm(r, row, i, ctx);
    if (!vm) return;
    const c: Vm['cdDrives'][number] = {};
    setIf(c, 'deviceNode', r.text(row, i, 'Device Node'));
    setIf(c, 'deviceType', r.text(row, i, 'Device Type'));
    setIf(c, 'connected', r.bool(row, i, 'Connected'));
    setIf(c, 'startsConnected', r.bool(row, i, 'Starts Connected'));
    vm.cdDrives.push(c);
  });
  each(tables.vUSB, ctx, (r, row, i) => {
    const vm = findVm(r, row, i, ctx);
    if (!vm) return;
    const u: Vm['usbDevices'][number] = {};
    setIf(u, 'deviceNode', r.text(row, i, 'Device Node'));
    setIf(u, 'deviceType', r.text(row, i, 'Device Type'));
    setIf(u, 'connected', r.bool(row, i, 'Connected'));
    setIf(u, 'family', r.text(row, i, 'Family'));
    vm.usbDevices.push(u);
  });
  each(tables.vSnapshot, ctx, (r, row, i) => {
    const vm = findVm(r, row, i, ctx);
    if (!vm) return;
    const s: Vm['snapshots'][number] = { name: r.text(row, i, 'Name') ?? '' };
    setIf(s, 'description', r.text(row, i, 'Description'));
    setIf(s, 'createdAt', r.date(row, i, 'Date / time'));
    setIf(s, 'sizeMiBTotal', r.num(row, i, 'Size MiB (total)'));
    setIf(s, 'sizeMiBVmsn', r.num(row, i, 'Size MiB (vmsn)'));
    setIf(s, 'quiesced', r.bool(row, i, 'Quiesced'));
    setIf(s, 'state', r.text(row, i, 'State'));
    vm.snapshots.push(s);
  });
  each(tables.vTools, ctx, (r, row, i) => {
    const vm = findVm(r, row, i, ctx);
    if (!vm) return;
    const tl: NonNullable<Vm['tools']> = {};
    setIf(tl, 'status', r.text(row, i, 'Tools'));
    setIf(tl, 'version', r.text(row, i, 'Tools Version'));
    setIf(tl, 'requiredVersion', r.text(row, i, 'Required Version'));
    setIf(tl, 'upgradeable', r.bool(row, i, 'Upgradeable'));
    setIf(tl, 'upgradePolicy', r.text(row, i, 'Upgrade Policy'));
    vm.tools = tl;
    if (vm.hwVersion === undefined) {
      const m = /(\d+)/.exec(r.text(row, i, 'VM Version') ?? '');
      if (m) vm.hwVersion = Number(m[1]);
    }
  });
}

function readHosts(t: Table | undefined, ctx: Ctx): void {
  const seen = new Set<string>();
  each(t, ctx, (r, row, i) => {
    const name = r.text(row, i, 'Host');
    if (!name) {
      ctx.sink.add(issue('RVT_ROW_NO_NAME', 'warning', {}, { file: r.table.file, sheet: r.table.sheet, row: r.rowNumber(i), column: 'Host' }));
      return;
    }
    const source = sourceKey(r, row, ctx);
    const key = `${source}/${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    const h: Host = { key, name, source, origin: origin(r, i) };
    setIf(h, 'datacenter', r.text(row, i, 'Datacenter'));
    setIf(h, 'cluster', r.text(row, i, 'Cluster'));
    setIf(h, 'cpuModel', r.text(row, i, 'CPU Model'));
    setIf(h, 'cpuMHz', r.num(row, i, 'Speed'));
    setIf(h, 'sockets', r.int(row, i, '# CPU'));
    setIf(h, 'coresPerSocket', r.int(row, i, 'Cores per CPU'));
    setIf(h, 'cores', r.int(row, i, '# Cores'));
    setIf(h, 'threads', r.int(row, i, '# Threads'));
    setIf(h, 'htActive', r.bool(row, i, 'HT Active'));
    setIf(h, 'memoryMiB', r.num(row, i, '# Memory'));
    setIf(h, 'cpuUsagePct', r.num(row, i, 'CPU usage %'));
    setIf(h, 'memoryUsagePct', r.num(row, i, 'Memory usage %'));
    setIf(h, 'vmCount', r.int(row, i, '# VMs'));
    setIf(h, 'vCpus', r.int(row, i, '# vCPUs'));
    setIf(h, 'vRamMiB', r.num(row, i, 'vRAM'));
    setIf(h, 'currentEvc', r.text(row, i, 'Current EVC'));
    setIf(h, 'maxEvc', r.text(row, i, 'Max EVC'));
    setIf(h, 'esxVersion', r.text(row, i, 'ESX Version'));
    setIf(h, 'vendor', r.text(row, i, 'Vendor'));
    setIf(h, 'model', r.text(row, i, 'Model'));
    setIf(h, 'serial', r.text(row, i, 'Serial number'));
    setIf(h, 'inMaintenance', r.bool(row, i, 'in Maintenance Mode'));
    setIf(h, 'nics', r.int(row, i, '# NICs'));
    setIf(h, 'hbas', r.int(row, i, '# HBAs'));
    setIf(h, 'vmotionSupport', r.bool(row, i, 'VMotion support'));
    setIf(h, 'uuid', r.text(row, i, 'UUID'));
    const keys = r.text(row, i, 'Assigned License(s)');
    if (keys) h.licenseKeys = keys.split(/[,;\n]/).map((k) => k.trim()).filter((k) => k !== '');
    ctx.inv.hosts.push(h);
  });
}

function readClusters(t: Table | undefined, ctx: Ctx): void {
  each(t, ctx, (r, row, i) => {
    const name = r.text(row, i, 'Name');
    if (!name) return;
    const source = sourceKey(r, row, ctx);
    const c: Cluster = { key: `${source}/${name}`, name, source, origin: origin(r, i) };
    setIf(c, 'numHosts', r.int(row, i, 'NumHosts'));
    setIf(c, 'totalCpuMHz', r.num(row, i, 'TotalCpu'));
    setIf(c, 'numCpuCores', r.int(row, i, 'NumCpuCores'));
    setIf(c, 'numCpuThreads', r.int(row, i, 'NumCpuThreads'));
    setIf(c, 'totalMemoryMiB', r.num(row, i, 'TotalMemory'));
    setIf(c, 'haEnabled', r.bool(row, i, 'HA enabled'));
    setIf(c, 'failoverLevel', r.int(row, i, 'Failover Level'));
    setIf(c, 'admissionControlEnabled', r.bool(row, i, 'AdmissionControlEnabled'));
    setIf(c, 'hostMonitoring', r.text(row, i, 'Host monitoring'));
    setIf(c, 'isolationResponse', r.text(row, i, 'Isolation Response'));
    setIf(c, 'restartPriority', r.text(row, i, 'Restart Priority'));
    setIf(c, 'vmMonitoring', r.text(row, i, 'VM Monitoring'));
    setIf(c, 'drsEnabled', r.bool(row, i, 'DRS enabled'));
    setIf(c, 'drsBehavior', r.text(row, i, 'DRS default VM behavior'));
    setIf(c, 'drsMigrationRate', r.int(row, i, 'DRS vmotion rate'));
    setIf(c, 'dpmEnabled', r.bool(row, i, 'DPM enabled'));
    setIf(c, 'evcMode', r.text(row, i, 'EVC Mode', 'Current EVC'));
    ctx.inv.clusters.push(c);
  });
}

function readDatastores(t: Table | undefined, ctx: Ctx): void {
  each(t, ctx, (r, row, i) => {
    const name = r.text(row, i, 'Name');
    if (!name) return;
    const source = sourceKey(r, row, ctx);
    const d: Datastore = { key: `${source}/${name}`, name, source, hosts: asList(r.raw(row, 'Hosts')), origin: origin(r, i) };
    setIf(d, 'type', r.text(row, i, 'Type'));
    setIf(d, 'capacityMiB', r.num(row, i, 'Capacity MiB'));
    setIf(d, 'provisionedMiB', r.num(row, i, 'Provisioned MiB'));
    setIf(d, 'inUseMiB', r.num(row, i, 'In Use MiB'));
    setIf(d, 'freeMiB', r.num(row, i, 'Free MiB'));
    setIf(d, 'accessible', r.bool(row, i, 'Accessible'));
    setIf(d, 'clusterName', r.text(row, i, 'Cluster name'));
    setIf(d, 'url', r.text(row, i, 'URL'));
    setIf(d, 'vmCount', r.int(row, i, '# VMs'));
    ctx.inv.datastores.push(d);
  });
}

function vlanOf(pg: PortGroup, text: string | undefined): void {
  if (text === undefined) return;
  const s = text.replace(/^vlan\s*/i, '').trim();
  if (/^\d+$/.test(s)) pg.vlan = Number(s);
  else pg.vlanText = text;
}

function readNetworks(tables: Partial<Record<RvTab, Table>>, ctx: Ctx): void {
  const seenPg = new Set<string>();
  each(tables.vPort, ctx, (r, row, i) => {
    const name = r.text(row, i, 'Port Group');
    if (!name) return;
    const source = sourceKey(r, row, ctx);
    const host = r.text(row, i, 'Host');
    const sw = r.text(row, i, 'Switch');
    const key = `${source}/standard/${host ?? ''}/${sw ?? ''}/${name}`;
    if (seenPg.has(key)) return;
    seenPg.add(key);
    const pg: PortGroup = { key, name, source, kind: 'standard', origin: origin(r, i) };
    setIf(pg, 'switchName', sw);
    setIf(pg, 'host', host);
    setIf(pg, 'cluster', r.text(row, i, 'Cluster'));
    vlanOf(pg, r.text(row, i, 'VLAN'));
    ctx.inv.portGroups.push(pg);
  });
  each(tables.dvPort, ctx, (r, row, i) => {
    const name = r.text(row, i, 'Port');
    if (!name) return;
    const source = sourceKey(r, row, ctx);
    const sw = r.text(row, i, 'Switch');
    const key = `${source}/distributed/${sw ?? ''}/${name}`;
    if (seenPg.has(key)) return;
    seenPg.add(key);
    const pg: PortGroup = { key, name, source, kind: 'distributed', origin: origin(r, i) };
    setIf(pg, 'switchName', sw);
    setIf(pg, 'binding', r.text(row, i, 'Type'));
    vlanOf(pg, r.text(row, i, 'VLAN'));
    if (/uplink/i.test(name)) pg.isUplink = true;
    ctx.inv.portGroups.push(pg);
  });
  each(tables.vSwitch, ctx, (r, row, i) => {
    const name = r.text(row, i, 'Switch');
    if (!name) return;
    const source = sourceKey(r, row, ctx);
    const host = r.text(row, i, 'Host');
    const s: VSwitch = { key: `${source}/standard/${host ?? ''}/${name}`, name, source, kind: 'standard', origin: origin(r, i) };
    setIf(s, 'host', host);
    setIf(s, 'mtu', r.int(row, i, 'MTU'));
    ctx.inv.switches.push(s);
  });
  each(tables.dvSwitch, ctx, (r, row, i) => {
    const name = r.text(row, i, 'Switch', 'Name');
    if (!name) return;
    const source = sourceKey(r, row, ctx);
    const s: VSwitch = { key: `${source}/distributed/${name}`, name, source, kind: 'distributed', origin: origin(r, i) };
    setIf(s, 'mtu', r.int(row, i, 'Max MTU', 'MTU'));
    setIf(s, 'version', r.text(row, i, 'Version'));
    const members = asList(r.raw(row, 'Host members'));
    if (members.length > 0) s.hostMembers = members;
    ctx.inv.switches.push(s);
  });
  each(tables.vSC_VMK, ctx, (r, row, i) => {
    const host = r.text(row, i, 'Host');
    if (!host) return;
    const source = sourceKey(r, row, ctx);
    const k: VmKernel = { host, source, services: [], origin: origin(r, i) };
    setIf(k, 'cluster', r.text(row, i, 'Cluster'));
    setIf(k, 'portGroup', r.text(row, i, 'Port Group'));
    setIf(k, 'device', r.text(row, i, 'Device'));
    setIf(k, 'ip', r.text(row, i, 'IP Address'));
    setIf(k, 'subnetMask', r.text(row, i, 'Subnet mask'));
    setIf(k, 'gateway', r.text(row, i, 'Gateway'));
    setIf(k, 'mtu', r.int(row, i, 'MTU'));
    setIf(k, 'dhcp', r.bool(row, i, 'DHCP'));
    k.services = guessVmkServices(k.portGroup, k.device);
    ctx.inv.vmkernels.push(k);
  });
}

/**
 * What a VMkernel port is for, guessed from its port-group name (RVTools does not export the enabled
 * services). `vmk0` with a name that says nothing is assumed to be management (the ESXi installer default).
 */
export function guessVmkServices(portGroup: string | undefined, device: string | undefined): VmKernel['services'] {
  const n = (portGroup ?? '').toLowerCase();
  const out: VmKernel['services'] = [];
  if (/manag|mgmt|mgt\b/.test(n)) out.push('management');
  if (/v-?motion|vmo\b/.test(n)) out.push('vmotion');
  if (/vsan/.test(n)) out.push('vsan');
  if (/iscsi|nfs|storage|stor\b|san\b/.test(n) && !/vsan/.test(n)) out.push('storage');
  if (/\bft\b|fault.?toler/.test(n)) out.push('ft');
  if (/replic|vr\b|hbr/.test(n)) out.push('replication');
  if (/provision/.test(n)) out.push('provisioning');
  if (out.length === 0 && device === 'vmk0') out.push('management');
  return out;
}

function readMisc(tables: Partial<Record<RvTab, Table>>, ctx: Ctx): void {
  each(tables.vLicense, ctx, (r, row, i) => {
    const name = r.text(row, i, 'Name');
    if (!name) return;
    const l: Inventory['licenses'][number] = { name, source: sourceKey(r, row, ctx) };
    setIf(l, 'key', r.text(row, i, 'Key'));
    setIf(l, 'total', r.num(row, i, 'Total'));
    setIf(l, 'used', r.num(row, i, 'Used'));
    setIf(l, 'costUnit', r.text(row, i, 'Cost Unit'));
    const exp = r.raw(row, 'Expiration Date');
    setIf(l, 'expiration', typeof exp === 'number' ? r.date(row, i, 'Expiration Date') : r.text(row, i, 'Expiration Date'));
    setIf(l, 'features', r.text(row, i, 'Features'));
    ctx.inv.licenses.push(l);
  });
  each(tables.vHealth, ctx, (r, row, i) => {
    const name = r.text(row, i, 'Name');
    const message = r.text(row, i, 'Message');
    if (!name || !message) return;
    const h: Inventory['health'][number] = { source: sourceKey(r, row, ctx), name, message };
    setIf(h, 'type', r.text(row, i, 'Message type'));
    ctx.inv.health.push(h);
  });
  each(tables.vRP, ctx, (r, row, i) => {
    const name = r.text(row, i, 'Resource Pool name');
    if (!name) return;
    const p: Inventory['resourcePools'][number] = { name, source: sourceKey(r, row, ctx) };
    setIf(p, 'path', r.text(row, i, 'Resource Pool path'));
    setIf(p, 'cpuReservationMHz', r.num(row, i, 'CPU reservation'));
    setIf(p, 'memReservationMiB', r.num(row, i, 'Mem reservation'));
    setIf(p, 'cpuLimitMHz', r.num(row, i, 'CPU limit'));
    setIf(p, 'memLimitMiB', r.num(row, i, 'Mem limit'));
    ctx.inv.resourcePools.push(p);
  });
  each(tables.vSource, ctx, (r, row, i) => {
    const s = ctx.sources.get(sourceKey(r, row, ctx));
    if (!s) return;
    setIf(s, 'fullName', r.text(row, i, 'Fullname'));
    setIf(s, 'version', r.text(row, i, 'Version'));
    setIf(s, 'apiType', r.text(row, i, 'API type'));
  });
  each(tables.vMetaData, ctx, (r, row, i) => {
    const version = r.text(row, i, 'RVTools version');
    const at = r.date(row, i, 'xlsx creation datetime', 'csv creation datetime', 'creation datetime');
    for (const s of ctx.sources.values()) {
      setIf(s, 'rvtoolsVersion', version);
      setIf(s, 'exportedAt', at);
    }
    if (version || at) {
      ctx.sink.add(issue('RVT_VERSION', 'info', { file: ctx.file, version: version ?? '?', date: at ?? '?' }, { file: ctx.file, sheet: r.table.sheet }));
    }
  });
}

/** Clusters and hosts named by other tabs when vCluster / vHost are missing (name only; all else unknown). */
function deriveMissing(tables: Partial<Record<RvTab, Table>>, ctx: Ctx): void {
  if (!tables.vHost && tables.vInfo) {
    const seen = new Set<string>();
    for (const vm of ctx.inv.vms) {
      if (!vm.host) continue;
      const key = `${vm.source}/${vm.host}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const h: Host = { key, name: vm.host, source: vm.source };
      setIf(h, 'cluster', vm.cluster);
      setIf(h, 'datacenter', vm.datacenter);
      ctx.inv.hosts.push(h);
    }
    if (seen.size > 0) ctx.sink.add(issue('RVT_DERIVED_HOSTS', 'warning', { count: seen.size }, { file: ctx.file }));
  }
  if (!tables.vCluster) {
    const seen = new Set<string>();
    const add = (source: string, name: string | undefined, dc: string | undefined): void => {
      if (!name) return;
      const key = `${source}/${name}`;
      if (seen.has(key)) return;
      seen.add(key);
      const c: Cluster = { key, name, source };
      setIf(c, 'datacenter', dc);
      ctx.inv.clusters.push(c);
    };
    for (const h of ctx.inv.hosts) add(h.source, h.cluster, h.datacenter);
    for (const v of ctx.inv.vms) add(v.source, v.cluster, v.datacenter);
    if (seen.size > 0) ctx.sink.add(issue('RVT_DERIVED_CLUSTERS', 'warning', { count: seen.size }, { file: ctx.file }));
  }
  // Cluster datacenter and EVC mode from its hosts when the cluster tab does not say.
  for (const c of ctx.inv.clusters) {
    const hosts = ctx.inv.hosts.filter((h) => h.source === c.source && h.cluster === c.name);
    if (c.datacenter === undefined) setIf(c, 'datacenter', hosts.find((h) => h.datacenter)?.datacenter);
    if (c.evcMode === undefined && hosts.length > 0 && tables.vHost) {
      const modes = new Set(hosts.map((h) => h.currentEvc ?? ''));
      const only = [...modes][0];
      if (modes.size === 1 && only) c.evcMode = only;
    }
  }
}

/** `RVT_MISSING_TAB` with the bilingual explanation of what the missing tab costs. */
export function missingTabIssue(tab: RvTab, file: string, severity: 'warning' | 'info'): ImportIssue {
  const cost = tt(`import.tabCost.${tab}` as TKey);
  return {
    ...issue('RVT_MISSING_TAB', severity, { tab }, { file, sheet: tab }),
    message: { vi: tt('import.issue.RVT_MISSING_TAB', { tab, cost: cost.vi }).vi, en: tt('import.issue.RVT_MISSING_TAB', { tab, cost: cost.en }).en },
  };
}

function reportMissingTabs(tables: Partial<Record<RvTab, Table>>, ctx: Ctx): void {
  const vmCount = ctx.inv.vms.length;
  for (const tab of RVTOOLS_TABS) {
    if (tables[tab] || tab === 'vInfo') continue;
    ctx.sink.add(missingTabIssue(tab, ctx.file, IMPORTANT_TABS.has(tab) ? 'warning' : 'info'));
    for (const field of TAB_FIELDS[tab] ?? []) {
      ctx.sink.report.unknown.push({ field, count: vmCount, why: tt('import.unknown.noTab', { tab }) });
    }
  }
}

/** Count VMs whose key vInfo fields are unknown (column missing or empty), for the report. */
function reportUnknownFields(ctx: Ctx, vInfo: Table): void {
  const r = rowReader(vInfo, { report: ctx.sink.report, add: () => undefined });
  const fields: { field: keyof Vm; column: string }[] = [
    { field: 'cpus', column: 'CPUs' },
    { field: 'memoryMiB', column: 'Memory' },
    { field: 'powerState', column: 'Powerstate' },
    { field: 'provisionedMiB', column: 'Provisioned MiB' },
    { field: 'firmware', column: 'Firmware' },
    { field: 'osConfig', column: 'OS according to the configuration file' },
    { field: 'host', column: 'Host' },
    { field: 'cluster', column: 'Cluster' },
  ];
  for (const f of fields) {
    let n = 0;
    for (const vm of ctx.inv.vms) if (!vm.template && !vm.srmPlaceholder && vm[f.field] === undefined) n++;
    if (n === 0) continue;
    const why = r.has(f.column)
      ? tt('import.unknown.emptyCell')
      : tt('import.unknown.noColumn', { column: f.column, sheet: vInfo.sheet });
    ctx.sink.report.unknown.push({ field: `vm.${String(f.field)}`, count: n, why });
  }
}

/**
 * Build the inventory of ONE export (one xlsx, or the set of CSV files of one export) from its tables.
 * Child rows are joined to their VM by VM UUID when present, else by (source, VM name).
 */
export function inventoryFromTables(
  tables: Partial<Record<RvTab, Table>>,
  file: string,
  kind: SourceKind,
  sink: IssueSink,
): Inventory {
  const inv = emptyInventory();
  const present = RVTOOLS_TABS.filter((t) => tables[t] !== undefined);
  const ctx: Ctx = {
    file, kind, sink, inv, sources: new Map(), defaultSource: file, present,
    vmByUuid: new Map(), vmByName: new Map(), ambiguousNames: new Set(),
  };
  // Default source: the only vCenter named in vInfo (so tabs without VI SDK columns still join).
  if (tables.vInfo) {
    const r = rowReader(tables.vInfo, { report: sink.report, add: () => undefined });
    const keys = new Set<string>();
    for (const row of tables.vInfo.rows) {
      const k = r.text(row, 0, 'VI SDK UUID') ?? r.text(row, 0, 'VI SDK Server');
      if (k) keys.add(k);
      if (keys.size > 1) break;
    }
    if (keys.size === 1) ctx.defaultSource = [...keys][0] ?? file;
  }
  if (tables.vInfo) readVms(tables.vInfo, ctx);
  readVmChildren(tables, ctx);
  readHosts(tables.vHost, ctx);
  readClusters(tables.vCluster, ctx);
  readDatastores(tables.vDatastore, ctx);
  readNetworks(tables, ctx);
  readMisc(tables, ctx);
  deriveMissing(tables, ctx);
  if (ctx.sources.size === 0) ctx.sources.set(file, { key: file, files: [file], tabs: present, kind });
  inv.sources = [...ctx.sources.values()];
  if (kind !== 'template') reportMissingTabs(tables, ctx);
  if (tables.vInfo) reportUnknownFields(ctx, tables.vInfo);
  return inv;
}
