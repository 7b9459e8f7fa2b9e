/**
 * A plain description of a vSphere estate, detailed enough to write every RVTools tab from it. The demo
 * estate and the synthetic estates are both built as an EstateSpec; `writeRvtoolsWorkbook` turns one into an
 * RVTools-shaped workbook. Sizes are MiB unless the name says otherwise; dates are UTC `Date`s.
 */

export type VCenterSpec = {
  /** `VI SDK Server`, e.g. "vcsa01.example.lan". */
  server: string;
  /** `VI SDK UUID` (upper-case GUID as RVTools prints it). */
  uuid: string;
  /** e.g. "8.0.3" */
  version: string;
  /** e.g. 24091160 */
  build: number;
  /** e.g. "8.0.3.0" */
  apiVersion: string;
};

export type DatacenterSpec = { name: string; vcenter: string };

export type HaRestartPriority = 'highest' | 'high' | 'medium' | 'low' | 'lowest' | 'disabled';

export type ClusterSpec = {
  name: string;
  datacenter: string;
  vcenter: string;
  objectId: string;
  haEnabled: boolean;
  admissionControl: boolean;
  /** Host failures the cluster tolerates (`Failover Level`). */
  failoverLevel: number;
  hostMonitoring: 'enabled' | 'disabled';
  restartPriority: Exclude<HaRestartPriority, 'disabled'> | 'disabled';
  isolationResponse: 'none' | 'powerOff' | 'shutdown';
  vmMonitoring: 'vmMonitoringDisabled' | 'vmMonitoringOnly' | 'vmAndAppMonitoring';
  drsEnabled: boolean;
  drsBehavior: 'fullyAutomated' | 'partiallyAutomated' | 'manual';
  /** 1 (conservative) … 5 (aggressive); RVTools prints vSphere's `vmotionRate`. */
  drsMigrationRate: number;
  /** EVC baseline key (`intel-ivybridge` …) or null when EVC is off. */
  evcMode: string | null;
  numVmotions: number;
  attributes?: Record<string, string>;
};

export type HostNicSpec = { device: string; driver: string; speedMbps: number | null; mac: string; switch: string | null; pci: string };
export type HostHbaSpec = { device: string; type: string; driver: string; model: string; bus: number; pci: string; wwn: string | null };

/** A VMkernel adapter (vSC_VMK). RVTools does not say which services run on it; the port group name does. */
export type VmkSpec = { device: string; portGroup: string; mac: string; ip: string; mask: string; gateway: string; mtu: number };

export type StandardSwitchSpec = { name: string; ports: number; mtu: number; policy: string };
export type StandardPortGroupSpec = { name: string; switch: string; vlan: number };

export type HostSpec = {
  name: string;
  datacenter: string;
  cluster: string;
  vcenter: string;
  objectId: string;
  uuid: string;
  cpuModel: string;
  speedMhz: number;
  sockets: number;
  coresPerSocket: number;
  hyperthreading: boolean;
  memoryMiB: number;
  /** e.g. "VMware ESXi 8.0.3 build-24585383" */
  esxVersion: string;
  /** EVC mode the host currently runs with (= the cluster's, when EVC is on), else null. */
  currentEvc: string | null;
  /** Highest EVC mode the host CPU supports. */
  maxEvc: string;
  vendor: string;
  model: string;
  serial: string;
  biosVendor: string;
  biosVersion: string;
  biosDate: Date;
  bootTime: Date;
  inMaintenance: boolean;
  licenseKey: string;
  ntpServers: string[];
  dnsServers: string[];
  domain: string;
  nics: HostNicSpec[];
  hbas: HostHbaSpec[];
  vmks: VmkSpec[];
  standardSwitches: StandardSwitchSpec[];
  portGroups: StandardPortGroupSpec[];
  certificateStart: Date;
  certificateExpiry: Date;
  attributes?: Record<string, string>;
};

export type DatastoreSpec = {
  name: string;
  vcenter: string;
  objectId: string;
  type: 'VMFS' | 'NFS' | 'vsan';
  capacityMiB: number;
  /** In use (consumed) MiB; free = capacity − inUse. */
  inUseMiB: number;
  /** Host names that mount it. */
  hosts: string[];
  /** NFS "server /export", VMFS device id (naa.…), vsan empty. */
  address: string;
  url: string;
  /** VMFS version like 6.82; null for NFS / vsan. */
  vmfsVersion: number | null;
  attributes?: Record<string, string>;
};

export type DvPortGroupSpec = {
  name: string;
  /** VLAN id, null for trunk/uplink groups (RVTools leaves it empty). */
  vlan: number | null;
  ports: number;
  binding: 'earlyBinding' | 'ephemeral';
  uplink: boolean;
};

export type DvSwitchSpec = {
  name: string;
  datacenter: string;
  vcenter: string;
  objectId: string;
  version: string;
  created: Date;
  hostMembers: string[];
  maxMtu: number;
  portGroups: DvPortGroupSpec[];
  attributes?: Record<string, string>;
};

export type DiskMode = 'persistent' | 'independent_persistent' | 'independent_nonpersistent' | 'nonpersistent';

export type VmDiskSpec = {
  label: string;
  key: number;
  uuid: string;
  capacityMiB: number;
  datastore: string;
  /** Path inside the datastore, e.g. "web01/web01_1.vmdk". */
  file: string;
  thin: boolean;
  eagerlyScrub: boolean;
  mode: DiskMode;
  sharing: 'sharingNone' | 'sharingMultiWriter';
  /** RDM: the disk maps a LUN. */
  raw: boolean;
  rawCompatMode: 'physicalMode' | 'virtualMode' | null;
  rawLunId: string | null;
  /** "VMware paravirtual SCSI", "LSI Logic SAS", "AHCI", "NVME controller 0" … */
  controller: string;
  /** "SCSI controller 0" … */
  controllerLabel: string;
  controllerKey: number;
  scsiUnit: number;
  unit: number;
  sharedBus: 'noSharing' | 'physicalSharing' | 'virtualSharing';
};

export type VmNicSpec = {
  label: string;
  adapter: 'Vmxnet3' | 'E1000e' | 'E1000' | 'PCNet32' | 'Vmxnet2';
  network: string;
  switch: string;
  connected: boolean;
  startsConnected: boolean;
  mac: string;
  macType: 'assigned' | 'generated' | 'manual';
  ipv4: string | null;
  ipv6: string | null;
};

export type VmCdSpec = { label: string; connected: boolean; startsConnected: boolean; deviceType: string };

export type VmUsbSpec = {
  node: string;
  deviceType: string;
  connected: boolean;
  family: string;
  speed: string;
  ehci: boolean;
  autoConnect: boolean;
  bus: number;
  unit: number;
};

export type VmSnapshotSpec = {
  name: string;
  description: string;
  created: Date;
  /** vmsn file in the VM folder, e.g. "app01-Snapshot3.vmsn". */
  file: string;
  sizeVmsnMiB: number;
  sizeTotalMiB: number;
  quiesced: boolean;
  /** Power state recorded with the snapshot. */
  state: 'poweredOn' | 'poweredOff' | 'suspended';
};

export type VmPartitionSpec = { path: string; capacityMiB: number; consumedMiB: number; diskKey: number | null };

export type VmToolsSpec = {
  status: 'toolsOk' | 'toolsOld' | 'toolsNotRunning' | 'toolsNotInstalled';
  version: number;
  requiredVersion: number;
  upgradePolicy: 'manual' | 'upgradeAtPowerCycle';
  syncTime: boolean;
};

export type VmSpec = {
  name: string;
  vcenter: string;
  datacenter: string;
  cluster: string;
  host: string;
  /** Inventory folder path, e.g. "/HCM-DC1/Servers/Windows". */
  folder: string;
  folderId: string;
  resourcePool: string;
  vmId: string;
  /** Instance UUID (`VM UUID`). */
  uuid: string;
  smbiosUuid: string;
  powerState: 'poweredOn' | 'poweredOff' | 'suspended';
  template: boolean;
  srmPlaceholder: boolean;
  dnsName: string | null;
  /** "OS according to the configuration file" */
  osConfig: string;
  /** "OS according to the VMware Tools" (null when Tools never reported). */
  osTools: string | null;
  /** vInfo "Guest Detailed Data" text or null. */
  guestDetailedData: string | null;
  cpus: number;
  coresPerSocket: number;
  memoryMiB: number;
  firmware: 'bios' | 'efi';
  secureBoot: boolean;
  hwVersion: number;
  /** vInfo `min Required EVC Mode Key` (null when powered off). */
  minEvc: string | null;
  haRestartPriority: HaRestartPriority;
  haIsolationResponse: 'none' | 'powerOff' | 'shutdown';
  haVmMonitoring: 'vmMonitoringDisabled' | 'vmMonitoringOnly' | 'vmAndAppMonitoring';
  cpuHotAdd: boolean;
  memoryHotAdd: boolean;
  cbt: boolean | null;
  enableUuid: boolean | null;
  latencySensitivity: 'normal' | 'high' | 'low' | 'medium';
  created: Date;
  poweredOnAt: Date | null;
  suspendedAt: Date | null;
  changeVersion: Date;
  annotation: string | null;
  attributes: Record<string, string>;
  tools: VmToolsSpec;
  disks: VmDiskSpec[];
  nics: VmNicSpec[];
  cds: VmCdSpec[];
  usbs: VmUsbSpec[];
  snapshots: VmSnapshotSpec[];
  partitions: VmPartitionSpec[];
  /** Datastore that holds the vmx (first disk's datastore when omitted). */
  homeDatastore: string;
};

export type LicenseSpec = {
  name: string;
  key: string;
  costUnit: string;
  total: number;
  used: number;
  /** null = "Never" */
  expiration: Date | null;
  features: string;
  vcenter: string;
};

export type HealthSpec = { name: string; message: string; type: string; vcenter: string };

/** Custom attribute (and tag) column names per object kind, in the order RVTools prints them. */
export type CustomAttributeSpec = { vm: string[]; host: string[]; cluster: string[]; datastore: string[]; dvSwitch: string[] };

export type EstateSpec = {
  /** RVTools version the file pretends to come from, e.g. "4.6.1.3". */
  rvtoolsVersion: string;
  /** Export time (vMetaData `xlsx creation datetime`); also the "now" the estate was generated for. */
  exportedAt: Date;
  vcenters: VCenterSpec[];
  datacenters: DatacenterSpec[];
  clusters: ClusterSpec[];
  hosts: HostSpec[];
  datastores: DatastoreSpec[];
  dvSwitches: DvSwitchSpec[];
  vms: VmSpec[];
  licenses: LicenseSpec[];
  /** Extra vHealth rows beyond the ones derived from the VMs (snapshots, connected CDs, Tools). */
  health: HealthSpec[];
  customAttributes: CustomAttributeSpec;
};
