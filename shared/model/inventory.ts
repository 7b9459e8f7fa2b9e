/**
 * The vSphere inventory as the planner sees it, whatever it was imported from (RVTools xlsx/csv, our
 * template, PowerCLI rule CSVs). A field that is `undefined` is UNKNOWN: the source did not say. It is never
 * filled with a silent default; rules that need it must report "unknown".
 *
 * Sizes are MiB unless the name says otherwise. Names are as in vSphere (case kept).
 */

export type PowerState = 'poweredOn' | 'poweredOff' | 'suspended';
export type ConnectionState = 'connected' | 'disconnected' | 'inaccessible' | 'invalid' | 'orphaned';
export type Firmware = 'bios' | 'efi';
export type ToolsStatus = 'toolsOk' | 'toolsOld' | 'toolsNotRunning' | 'toolsNotInstalled';
export type HaRestartPriority = 'disabled' | 'lowest' | 'low' | 'medium' | 'high' | 'highest' | 'clusterRestartPriority';

/** Where a record came from: the file, sheet and 1-based spreadsheet row (header row = 1). */
export type Origin = { file: string; sheet: string; row: number };

/** One vCenter / ESXi endpoint that was exported (vSource, or the `VI SDK Server` columns). */
export type Source = {
  /** Stable key: VI SDK UUID when known, else the server name, else the file name. */
  key: string;
  server?: string;
  uuid?: string;
  /** e.g. "VMware vCenter Server 8.0.3 build-24322831" */
  fullName?: string;
  version?: string;
  apiType?: string;
  /** RVTools version from vMetaData, when present. */
  rvtoolsVersion?: string;
  exportedAt?: string;
  /** Files this source was read from. */
  files: string[];
  /** Which tabs were present for this source. */
  tabs: string[];
  kind: 'rvtools-xlsx' | 'rvtools-csv' | 'template' | 'demo' | 'powercli';
};

export type Disk = {
  /** vDisk `Disk` label, e.g. "Hard disk 1". */
  label: string;
  diskKey?: number;
  capacityMiB?: number;
  /** true = thin provisioned. */
  thin?: boolean;
  eagerlyScrub?: boolean;
  /** persistent, independent_persistent, independent_nonpersistent, nonpersistent, … */
  mode?: string;
  /** sharingNone, sharingMultiWriter */
  sharing?: string;
  /** noSharing, physicalSharing, virtualSharing (controller bus sharing). */
  sharedBus?: string;
  raw?: boolean;
  /** physicalMode / virtualMode for RDMs. */
  rawCompatibilityMode?: string;
  rawLunId?: string;
  /** Controller text as RVTools prints it: "LSI Logic SAS", "VMware paravirtual SCSI", "AHCI", "NVME controller 0", "IDE 0". */
  controller?: string;
  /** Controller label: "SCSI controller 0", "SATA controller 0", "NVME controller 0", "IDE 0". */
  controllerLabel?: string;
  unitNumber?: number;
  /** `[datastore] folder/file.vmdk` */
  path?: string;
  /** Datastore name parsed from `path`. */
  datastore?: string;
  uuid?: string;
  origin?: Origin;
};

export type Nic = {
  label: string;
  /** Vmxnet3, E1000e, E1000, PCNet32, Vmxnet2, … as exported. */
  adapter?: string;
  /** Port group / network name. */
  network?: string;
  /** Virtual switch (standard or distributed) name. */
  switchName?: string;
  connected?: boolean;
  startsConnected?: boolean;
  mac?: string;
  /** assigned, generated, manual */
  macType?: string;
  ipv4: string[];
  ipv6: string[];
  directPathIo?: boolean;
  origin?: Origin;
};

export type CdDrive = {
  deviceNode?: string;
  deviceType?: string;
  connected?: boolean;
  startsConnected?: boolean;
};

export type UsbDevice = {
  deviceNode?: string;
  deviceType?: string;
  connected?: boolean;
  family?: string;
};

export type Snapshot = {
  name: string;
  description?: string;
  /** ISO 8601 date-time. */
  createdAt?: string;
  sizeMiBTotal?: number;
  sizeMiBVmsn?: number;
  quiesced?: boolean;
  state?: string;
};

export type Partition = {
  /** Guest path, e.g. "C:\\" or "/boot". */
  disk: string;
  capacityMiB?: number;
  consumedMiB?: number;
  freeMiB?: number;
  diskKey?: number;
};

export type ToolsInfo = {
  status?: ToolsStatus | string;
  version?: string;
  requiredVersion?: string;
  upgradeable?: boolean;
  upgradePolicy?: string;
};

export type Vm = {
  /** Stable key inside the inventory: `${sourceKey}/${uuid ?? name}`. */
  key: string;
  name: string;
  /** vInfo `VM UUID` (instance UUID, 4.3.1+; older exports call it `UUID`). */
  uuid?: string;
  /** vInfo `SMBIOS UUID` (uuid.bios). */
  biosUuid?: string;
  /** vInfo `VM ID` (managed object id, e.g. vm-123). */
  moref?: string;
  source: string;
  datacenter?: string;
  cluster?: string;
  host?: string;
  folder?: string;
  resourcePool?: string;
  vApp?: string;
  template: boolean;
  srmPlaceholder: boolean;
  powerState?: PowerState;
  connectionState?: ConnectionState | string;
  guestState?: string;
  heartbeat?: string;
  configStatus?: string;
  consolidationNeeded?: boolean;
  cpus?: number;
  sockets?: number;
  coresPerSocket?: number;
  cpuHotAdd?: boolean;
  cpuHotRemove?: boolean;
  memoryMiB?: number;
  memoryHotAdd?: boolean;
  memoryReservationLockedToMax?: boolean;
  memoryReservationMiB?: number;
  cpuReservationMHz?: number;
  /** Measured usage RVTools recorded: vMemory `Consumed` (host memory the VM uses), MiB. */
  memoryConsumedMiB?: number;
  /** vMemory `Active` / vInfo `Active Memory` (guest memory recently touched), MiB. */
  memoryActiveMiB?: number;
  /** vCPU `Overall` (CPU the VM uses now), MHz. */
  cpuUsageMHz?: number;
  /** Declared NIC and disk counts (vInfo); null when RVTools talked to a single ESXi host. */
  nicCount?: number;
  diskCount?: number;
  totalDiskCapacityMiB?: number;
  provisionedMiB?: number;
  inUseMiB?: number;
  osConfig?: string;
  osTools?: string;
  firmware?: Firmware;
  secureBoot?: boolean;
  /** Virtual hardware version number (no `vmx-` prefix). */
  hwVersion?: number;
  dnsName?: string;
  primaryIp?: string;
  cbt?: boolean;
  enableUuid?: boolean;
  latencySensitivity?: string;
  ftState?: string;
  ftRole?: string;
  haRestartPriority?: HaRestartPriority | string;
  haIsolationResponse?: string;
  haVmMonitoring?: string;
  /** vInfo `Cluster rule(s)` / `Cluster rule name(s)` texts. */
  clusterRules?: string;
  clusterRuleNames?: string;
  /** vInfo `min Required EVC Mode Key`. */
  minRequiredEvc?: string;
  /** vInfo `Network #1..#8`. */
  networks: string[];
  annotation?: string;
  /** Custom attributes and tags (columns that are not RVTools' own). */
  attributes: Record<string, string>;
  disks: Disk[];
  nics: Nic[];
  cdDrives: CdDrive[];
  usbDevices: UsbDevice[];
  snapshots: Snapshot[];
  partitions: Partition[];
  tools?: ToolsInfo;
  /** vmx path `[datastore] folder/name.vmx`. */
  path?: string;
  origin?: Origin;
};

export type Host = {
  key: string;
  name: string;
  source: string;
  datacenter?: string;
  cluster?: string;
  cpuModel?: string;
  cpuMHz?: number;
  /** # CPU (sockets). */
  sockets?: number;
  coresPerSocket?: number;
  /** # Cores (total). */
  cores?: number;
  threads?: number;
  htActive?: boolean;
  memoryMiB?: number;
  cpuUsagePct?: number;
  memoryUsagePct?: number;
  vmCount?: number;
  vCpus?: number;
  vRamMiB?: number;
  currentEvc?: string;
  maxEvc?: string;
  esxVersion?: string;
  vendor?: string;
  model?: string;
  serial?: string;
  inMaintenance?: boolean;
  nics?: number;
  hbas?: number;
  vmotionSupport?: boolean;
  uuid?: string;
  /** Licence keys assigned to the host (vHost `Assigned License(s)`), to join with vLicense. */
  licenseKeys?: string[];
  origin?: Origin;
};

export type Cluster = {
  key: string;
  name: string;
  source: string;
  datacenter?: string;
  numHosts?: number;
  totalCpuMHz?: number;
  numCpuCores?: number;
  numCpuThreads?: number;
  totalMemoryMiB?: number;
  haEnabled?: boolean;
  failoverLevel?: number;
  admissionControlEnabled?: boolean;
  hostMonitoring?: string;
  isolationResponse?: string;
  restartPriority?: string;
  vmMonitoring?: string;
  drsEnabled?: boolean;
  /** manual, partiallyAutomated, fullyAutomated */
  drsBehavior?: string;
  drsMigrationRate?: number;
  dpmEnabled?: boolean;
  /** Current EVC mode key when the cluster export carries it, else derived from hosts. */
  evcMode?: string;
  origin?: Origin;
};

export type Datastore = {
  key: string;
  name: string;
  source: string;
  /** VMFS, NFS, NFS41, vsan, VVOL, … as exported. */
  type?: string;
  capacityMiB?: number;
  provisionedMiB?: number;
  inUseMiB?: number;
  freeMiB?: number;
  accessible?: boolean;
  hosts: string[];
  clusterName?: string;
  url?: string;
  vmCount?: number;
  origin?: Origin;
};

/** A standard (per host) or distributed port group. */
export type PortGroup = {
  key: string;
  name: string;
  source: string;
  kind: 'standard' | 'distributed';
  switchName?: string;
  /** Standard: the host it was seen on. */
  host?: string;
  cluster?: string;
  /** VLAN id; 0 = none; 4095 = trunk (standard); a range text for dv trunks is in `vlanText`. */
  vlan?: number;
  vlanText?: string;
  /** dvPort Type: earlyBinding, ephemeral, … */
  binding?: string;
  isUplink?: boolean;
  origin?: Origin;
};

export type VSwitch = {
  key: string;
  name: string;
  source: string;
  kind: 'standard' | 'distributed';
  host?: string;
  mtu?: number;
  version?: string;
  hostMembers?: string[];
  origin?: Origin;
};

export type VmKernel = {
  host: string;
  source: string;
  cluster?: string;
  portGroup?: string;
  device?: string;
  ip?: string;
  subnetMask?: string;
  gateway?: string;
  mtu?: number;
  dhcp?: boolean;
  /** What the VMkernel port is used for, when the export or the port-group name tells. */
  services: ('management' | 'vmotion' | 'vsan' | 'storage' | 'ft' | 'replication' | 'provisioning')[];
  origin?: Origin;
};

export type License = {
  name: string;
  source: string;
  key?: string;
  total?: number;
  used?: number;
  costUnit?: string;
  expiration?: string;
  features?: string;
};

export type HealthMessage = { source: string; name: string; message: string; type?: string };

export type ResourcePool = {
  name: string;
  source: string;
  path?: string;
  cpuReservationMHz?: number;
  memReservationMiB?: number;
  cpuLimitMHz?: number;
  memLimitMiB?: number;
};

/** DRS rules and groups: not in RVTools; from our template or PowerCLI CSVs. */
export type DrsRule =
  | { kind: 'vm-affinity' | 'vm-anti-affinity'; name: string; cluster: string; enabled: boolean; vms: string[]; source: string }
  | {
      kind: 'vm-host';
      name: string;
      cluster: string;
      enabled: boolean;
      /** must = mandatory (vSphere "must run on"), should = preferential. */
      mandatory: boolean;
      /** true = "run on" the host group; false = "not run on". */
      affine: boolean;
      vmGroup: string;
      hostGroup: string;
      source: string;
    };

export type DrsGroup = { kind: 'vm' | 'host'; name: string; cluster: string; members: string[]; source: string };

/** Per-VM HA override (restart priority etc.), from the template or PowerCLI. */
export type HaOverride = { vm: string; cluster?: string; restartPriority?: string; isolationResponse?: string; source: string };

export type Inventory = {
  sources: Source[];
  /** All VM rows, templates and SRM placeholders included (flagged). */
  vms: Vm[];
  hosts: Host[];
  clusters: Cluster[];
  datastores: Datastore[];
  portGroups: PortGroup[];
  switches: VSwitch[];
  vmkernels: VmKernel[];
  licenses: License[];
  health: HealthMessage[];
  resourcePools: ResourcePool[];
  drsRules: DrsRule[];
  drsGroups: DrsGroup[];
  haOverrides: HaOverride[];
};

export function emptyInventory(): Inventory {
  return {
    sources: [],
    vms: [],
    hosts: [],
    clusters: [],
    datastores: [],
    portGroups: [],
    switches: [],
    vmkernels: [],
    licenses: [],
    health: [],
    resourcePools: [],
    drsRules: [],
    drsGroups: [],
    haOverrides: [],
  };
}

/** VMs the plan migrates: not templates and not SRM placeholders. */
export function migratableVms(inv: Inventory): Vm[] {
  return inv.vms.filter((v) => !v.template && !v.srmPlaceholder);
}
