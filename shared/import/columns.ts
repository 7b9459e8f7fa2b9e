/**
 * Header names → canonical keys. RVTools headers changed over the years (3.x `MB` → 4.1.2 `MiB`,
 * `vCenter UUID` → `VI SDK UUID`, `-DBColumnNames` exports such as `vInfoVMName`); columns are always found by
 * name, never by position. A canonical key is the header lower-cased with units normalised and everything
 * that is not a letter, digit, `#` or `%` removed, then passed through the alias table.
 */

/** The RVTools tabs the importer reads, in export order. */
export const RVTOOLS_TABS = [
  'vInfo', 'vCPU', 'vMemory', 'vDisk', 'vPartition', 'vNetwork', 'vCD', 'vUSB', 'vSnapshot', 'vTools', 'vSource',
  'vRP', 'vCluster', 'vHost', 'vSwitch', 'vPort', 'dvSwitch', 'dvPort', 'vSC_VMK', 'vDatastore', 'vLicense',
  'vHealth', 'vMetaData',
] as const;
export type RvTab = (typeof RVTOOLS_TABS)[number];

const TAB_BY_LOWER = new Map<string, RvTab>(RVTOOLS_TABS.map((t) => [t.toLowerCase(), t]));
TAB_BY_LOWER.set('vsc+vmk', 'vSC_VMK');
TAB_BY_LOWER.set('vscvmk', 'vSC_VMK');

/**
 * Sheet name or CSV file name → tab. Accepts `vInfo`, `tabvInfo` (pre-3.9 sheet names and CSV exports),
 * `RVTools_tabvInfo.csv`, any case.
 */
export function tabFromName(name: string): RvTab | undefined {
  let s = name.trim();
  s = s.replace(/^.*[\\/]/, '');
  s = s.replace(/\.(csv|txt)$/i, '');
  s = s.replace(/^rvtools_/i, '');
  const direct = TAB_BY_LOWER.get(s.toLowerCase());
  if (direct) return direct;
  const noTab = s.replace(/^tab/i, '');
  return TAB_BY_LOWER.get(noTab.toLowerCase());
}

const DB_PREFIX = /^(vInfo|vCPU|vMemory|vDisk|vPartition|vNetwork|vCD|vUSB|vSnapshot|vTools|vSource|vRP|vCluster|vHost|vSwitch|vPort|dvSwitch|dvPort|vSC_VMK|vSCVMK|vDatastore|vLicense|vHealth|vMetaData)(?=[A-Z#_0-9])/;

/** Aliases on squashed keys, valid on every tab. */
const ALIASES: Record<string, string> = {
  vcenteruuid: 'visdkuuid',
  vcenterserver: 'visdkserver',
  vmname: 'vm',
  virtualmachine: 'vm',
  guesthostname: 'dnsname',
  os: 'osaccordingtotheconfigurationfile',
  ostools: 'osaccordingtothevmwaretools',
  provisioned: 'provisionedmib',
  inuse: 'inusemib',
  unshared: 'unsharedmib',
  numvirtualdisks: 'disks',
  numethernetcards: 'nics',
  numcpu: 'cpus',
  srmplaceholder: 'srmplaceholder',
  primaryipaddress: 'primaryipaddress',
  smbiosuuid: 'smbiosuuid',
  instanceuuid: 'vmuuid',
  diskenableuuid: 'enableuuid',
  efisecureboot: 'efisecureboot',
  hwversion: 'hwversion',
};

/** Aliases that only hold on one tab. */
const TAB_ALIASES: Partial<Record<RvTab, Record<string, string>>> = {
  vHost: {
    name: 'host', cpumhz: 'speed', numcpu: '#cpu', corespercpu: 'corespercpu', numcpucores: '#cores',
    numcputhreads: '#threads', overallcpuusage: 'cpuusage%', memorysize: '#memory', overallmemoryusage: 'memoryusage%',
    vcpus: '#vcpus', numnics: '#nics', numhbas: '#hbas', numvms: '#vms', numvmstotal: '#vmstotal',
    maintenancemode: 'inmaintenancemode', cpus: '#cpu', cores: '#cores', memory: '#memory',
  },
  vInfo: { name: 'vm', memorysize: 'memory', memorymib: 'memory' },
  vMemory: { memory: 'sizemib', size: 'sizemib', memorysize: 'sizemib' },
  vCluster: { cluster: 'name', clustername: 'name' },
  vDatastore: { datastore: 'name' },
  vSnapshot: { snapshot: 'name', snapshotname: 'name', datetime: 'datetime', sizemib: 'sizemibtotal' },
  vPartition: { freepercent: 'free%' },
  dvPort: { portgroup: 'port', name: 'port' },
  vRP: { name: 'resourcepoolname', path: 'resourcepoolpath' },
  vTools: { toolsstatus: 'tools', vmversion: 'vmversion' },
};

/** Canonical key of a header on a tab. */
export function canonicalHeader(header: string, tab?: RvTab): string {
  let h = header.trim();
  const db = DB_PREFIX.exec(h);
  if (db && !/\s/.test(h)) h = h.slice(db[0].length);
  h = h
    .toLowerCase()
    .replace(/\bmb\b/g, 'mib')
    .replace(/\bkb\b/g, 'kib')
    .replace(/\bgb\b/g, 'gib');
  let k = h.replace(/[^a-z0-9#%]/g, '');
  // DB names glue units: "CapacityMB" → "capacitymb"
  k = k.replace(/mb$/, 'mib').replace(/kb$/, 'kib').replace(/mbtotal$/, 'mibtotal').replace(/mbvmsn$/, 'mibvmsn');
  const tabAlias = tab ? TAB_ALIASES[tab]?.[k] : undefined;
  if (tabAlias) return tabAlias;
  return ALIASES[k] ?? k;
}

/** RVTools' own vInfo columns, all versions 3.x–4.7 (canonical keys); anything else is a custom attribute/tag. */
const VINFO_OWN = [
  'VM', 'Powerstate', 'Template', 'SRM Placeholder', 'Config status', 'DNS Name', 'Connection state', 'Guest state',
  'Heartbeat', 'Consolidation Needed', 'PowerOn', 'Suspended To Memory', 'Suspend time', 'Suspend Interval',
  'Creation date', 'Change Version', 'CPUs', 'Overall Cpu Readiness', 'Memory', 'Active Memory', 'NICs', 'Disks',
  'Total disk capacity MiB', 'Fixed Passthru HotPlug', 'min Required EVC Mode Key', 'Latency Sensitivity',
  'Op Notification Timeout', 'EnableUUID', 'disk.EnableUUID', 'CBT', 'Primary IP Address', 'Network #1', 'Network #2',
  'Network #3', 'Network #4', 'Network #5', 'Network #6', 'Network #7', 'Network #8', 'Num Monitors', 'Video Ram KiB',
  'Resource pool', 'Folder ID', 'Folder', 'vApp', 'DAS protection', 'FT State', 'FT Role', 'FT Latency', 'FT Bandwidth',
  'FT Sec. Latency', 'Vm Failover In Progress', 'Provisioned MiB', 'In Use MiB', 'Unshared MiB', 'HA Restart Priority',
  'HA Isolation Response', 'HA VM Monitoring', 'Cluster rule(s)', 'Cluster rule name(s)', 'Boot Required',
  'Boot delay', 'Boot retry delay', 'Boot retry enabled', 'Boot BIOS setup', 'Reboot PowerOff', 'EFI Secure boot',
  'Firmware', 'HW version', 'HW upgrade status', 'HW upgrade policy', 'HW target', 'Path', 'Log directory',
  'Snapshot directory', 'Suspend directory', 'Annotation', 'Datacenter', 'Cluster', 'Host',
  'OS according to the configuration file', 'OS according to the VMware Tools', 'Customization Info',
  'Guest Detailed Data', 'VM ID', 'SMBIOS UUID', 'VM UUID', 'UUID', 'VI SDK Server type', 'VI SDK API Version',
  'VI SDK Server', 'VI SDK UUID', 'vCenter UUID', 'Object ID', 'VMRef', 'Network', 'Cluster rules',
];
export const VINFO_OWN_KEYS: ReadonlySet<string> = new Set(VINFO_OWN.map((h) => canonicalHeader(h, 'vInfo')));
