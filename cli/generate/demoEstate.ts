/**
 * The embedded demo estate: Công ty Cổ phần Giao nhận Sao Mai (Sao Mai Logistics JSC), a fictional freight
 * forwarder with a head-office data centre in Tân Thuận (Hồ Chí Minh City) and a branch warehouse in Long Biên
 * (Hà Nội). Every name here is invented. See templates/demo/README.md for what the estate exercises.
 *
 * Deterministic: a fixed seed and a fixed reference date (2026-10-01), so the written files are byte-stable.
 */
import type { ClusterSpec, DatastoreSpec, DvSwitchSpec, EstateSpec, HealthSpec, HostSpec, LicenseSpec, VmSpec } from './estateSpec';
import { buildHost, buildVm, CPU_GENERATIONS, GUEST_OS, newCounters, type CpuGeneration, type DiskInput, type NicInput, type VmInput } from './builders';
import { createRandom, type Random } from './random';

export const DEMO_REFERENCE_DATE = new Date(Date.UTC(2026, 9, 1, 8, 30, 0));
const SEED = 20261001;

const VC = 'vcsa01.saomai.local';
const DOMAIN = 'saomai.local';
const DC_HCM = 'HCM-TanThuan';
const DC_HN = 'HN-LongBien';
const PROD = 'HCM-PROD';
const DB = 'HCM-DB';
const HN = 'HN-2NODE';
const DVS = 'DSW-HCM';

const PG = {
  server: 'dPG-Server-V110',
  db: 'dPG-DB-V120',
  backup: 'dPG-Backup-V130',
  dmz: 'dPG-DMZ-V200',
  vmotionProd: 'dPG-vMotion-PROD-V20',
  vmotionDb: 'dPG-vMotion-DB-V21',
  uplinks: 'DSW-HCM-DVUplinks-31',
  hnServer: 'HN-Server-V310',
  hnCamera: 'HN-Camera-V320',
  hnVsan: 'vSAN-V330',
} as const;

const DS = {
  prod1: 'HCM-PROD-VMFS01',
  prod2: 'HCM-PROD-VMFS02',
  db: 'HCM-DB-VMFS01',
  iso: 'HCM-NAS-ISO',
  hnVsan: 'HN-vsanDatastore',
} as const;

function licenseKey(rng: Random): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  const group = (): string => Array.from({ length: 5 }, () => rng.pick([...alphabet])).join('');
  return [group(), group(), group(), group(), group()].join('-');
}

type HostPlan = { short: string; cluster: string; dc: string; cpu: CpuGeneration; memGiB: number; rack: string; ip: number };

const HOSTS: HostPlan[] = [
  { short: 'esx-hcm-p01', cluster: PROD, dc: DC_HCM, cpu: CPU_GENERATIONS.ivybridge, memGiB: 384, rack: 'TT-R03-U10', ip: 11 },
  { short: 'esx-hcm-p02', cluster: PROD, dc: DC_HCM, cpu: CPU_GENERATIONS.ivybridge, memGiB: 384, rack: 'TT-R03-U12', ip: 12 },
  { short: 'esx-hcm-p03', cluster: PROD, dc: DC_HCM, cpu: CPU_GENERATIONS.cascadelake, memGiB: 768, rack: 'TT-R04-U10', ip: 13 },
  { short: 'esx-hcm-p04', cluster: PROD, dc: DC_HCM, cpu: CPU_GENERATIONS.cascadelake, memGiB: 768, rack: 'TT-R04-U12', ip: 14 },
  { short: 'esx-hcm-db01', cluster: DB, dc: DC_HCM, cpu: CPU_GENERATIONS.cascadelake, memGiB: 768, rack: 'TT-R05-U10', ip: 21 },
  { short: 'esx-hcm-db02', cluster: DB, dc: DC_HCM, cpu: CPU_GENERATIONS.cascadelake, memGiB: 768, rack: 'TT-R05-U12', ip: 22 },
  { short: 'esx-hcm-db03', cluster: DB, dc: DC_HCM, cpu: CPU_GENERATIONS.cascadelake, memGiB: 512, rack: 'TT-R05-U14', ip: 23 },
  { short: 'esx-hn-01', cluster: HN, dc: DC_HN, cpu: CPU_GENERATIONS.ivybridge, memGiB: 256, rack: 'LB-R01-U20', ip: 11 },
  { short: 'esx-hn-02', cluster: HN, dc: DC_HN, cpu: CPU_GENERATIONS.ivybridge, memGiB: 256, rack: 'LB-R01-U22', ip: 12 },
];

const CLUSTER_EVC: Record<string, string | null> = { [PROD]: 'intel-ivybridge', [DB]: 'intel-cascadelake', [HN]: null };

function buildClusters(): ClusterSpec[] {
  const base = {
    datacenter: DC_HCM,
    vcenter: VC,
    haEnabled: true,
    admissionControl: true,
    failoverLevel: 1,
    hostMonitoring: 'enabled',
    restartPriority: 'medium',
    isolationResponse: 'none',
    vmMonitoring: 'vmMonitoringDisabled',
    drsEnabled: true,
    drsBehavior: 'fullyAutomated',
    drsMigrationRate: 3,
  } as const;
  return [
    { ...base, name: PROD, objectId: 'domain-c1008', evcMode: CLUSTER_EVC[PROD] ?? null, numVmotions: 18342, attributes: { Owner: 'Phòng CNTT (IT)' } },
    { ...base, name: DB, objectId: 'domain-c1012', evcMode: CLUSTER_EVC[DB] ?? null, numVmotions: 4210, drsBehavior: 'partiallyAutomated', vmMonitoring: 'vmMonitoringOnly', attributes: { Owner: 'Nhóm CSDL (DBA)' } },
    { ...base, name: HN, datacenter: DC_HN, objectId: 'domain-c2004', evcMode: null, numVmotions: 961, isolationResponse: 'powerOff', attributes: { Owner: 'Chi nhánh Hà Nội' } },
  ];
}

function buildHosts(rng: Random, counters: ReturnType<typeof newCounters>, keys: { v7: string; v8: string }): HostSpec[] {
  let objectNumber = 1020;
  return HOSTS.map((h) => {
    const hcm = h.dc === DC_HCM;
    const prod = h.cluster === PROD;
    const name = `${h.short}.${DOMAIN}`;
    const vmks = hcm
      ? [
          { portGroup: 'Management Network', ip: `10.10.10.${h.ip}`, mask: '255.255.255.0', gateway: '10.10.10.1' },
          { portGroup: prod ? PG.vmotionProd : PG.vmotionDb, ip: `10.10.${prod ? 20 : 21}.${h.ip}`, mask: '255.255.255.0', gateway: '10.10.10.1', mtu: 9000 },
          { portGroup: PG.backup, ip: `10.10.130.${h.ip}`, mask: '255.255.255.0', gateway: '10.10.10.1' },
        ]
      : [
          // Hà Nội: vMotion rides on the management VMkernel (vmk0); vmk1 carries vSAN only.
          { portGroup: 'Management Network', ip: `10.20.10.${h.ip}`, mask: '255.255.255.0', gateway: '10.20.10.1' },
          { portGroup: PG.hnVsan, ip: `10.20.33.${h.ip}`, mask: '255.255.255.0', gateway: '10.20.10.1', mtu: 9000 },
        ];
    const standardSwitches = hcm
      ? [{ name: 'vSwitch0', ports: 2560, mtu: 1500, policy: 'loadbalance_srcid' }]
      : [
          { name: 'vSwitch0', ports: 2560, mtu: 1500, policy: 'loadbalance_srcid' },
          { name: 'vSwitch1', ports: 2560, mtu: 9000, policy: 'failover_explicit' },
        ];
    const portGroups = hcm
      ? [{ name: 'Management Network', switch: 'vSwitch0', vlan: 10 }]
      : [
          { name: 'Management Network', switch: 'vSwitch0', vlan: 0 },
          { name: PG.hnServer, switch: 'vSwitch0', vlan: 310 },
          { name: PG.hnCamera, switch: 'vSwitch0', vlan: 320 },
          { name: PG.hnVsan, switch: 'vSwitch1', vlan: 330 },
        ];
    const uplinks = hcm ? ['vSwitch0', 'vSwitch0', DVS, DVS] : ['vSwitch0', 'vSwitch0', 'vSwitch1', 'vSwitch1'];
    return buildHost(
      {
        name,
        vcenter: VC,
        datacenter: h.dc,
        cluster: h.cluster,
        cpu: h.cpu,
        memoryGiB: h.memGiB,
        clusterEvc: CLUSTER_EVC[h.cluster] ?? null,
        objectNumber: objectNumber++,
        serial: `${h.cpu.vendor === 'HPE' ? 'CZ' : ''}${rng.hex(7).toUpperCase()}`,
        licenseKey: h.cpu.esxVersion.includes('ESXi 8') ? keys.v8 : keys.v7,
        domain: DOMAIN,
        dnsServers: hcm ? ['10.10.110.11', '10.10.110.12'] : ['10.20.31.11', '10.10.110.11'],
        // esx-hn-02 was rebuilt and nobody set NTP again: vHealth reports it.
        ntpServers: h.short === 'esx-hn-02' ? [] : ['10.10.110.11', '10.10.110.12'],
        vmks,
        standardSwitches,
        portGroups,
        uplinks,
        attributes: { Rack: h.rack },
      },
      rng,
      counters,
      DEMO_REFERENCE_DATE,
    );
  });
}

function buildDatastores(hosts: HostSpec[]): DatastoreSpec[] {
  const inCluster = (c: string): string[] => hosts.filter((h) => h.cluster === c).map((h) => h.name);
  const hcmHosts = hosts.filter((h) => h.datacenter === DC_HCM).map((h) => h.name);
  const TiB = 1024 * 1024;
  const vmfs = (name: string, n: number, capacityMiB: number, used: number, on: string[], device: string): DatastoreSpec => ({
    name,
    vcenter: VC,
    objectId: `datastore-${3000 + n}`,
    type: 'VMFS',
    capacityMiB,
    inUseMiB: Math.round(capacityMiB * used),
    hosts: on,
    address: device,
    url: `ds:///vmfs/volumes/6${(n * 7919).toString(16).padStart(7, '0')}-a1c3${n}e52-77b0-3cfdfe${(0xa0 + n).toString(16)}0011/`,
    vmfsVersion: 6.82,
  });
  const locals = hosts
    .filter((h) => h.datacenter === DC_HCM)
    .map((h, i) => vmfs(`${h.name.split('.')[0]}-local`, 20 + i, 456704, 0.04, [h.name], `naa.6d0946606f3b${(0x2a00 + i).toString(16)}00${i}f0c44a1b2c3d4e5f6`));
  return [
    vmfs(DS.prod1, 1, 8 * TiB, 0.62, inCluster(PROD), 'naa.6006016012a04300a1b2c3d4e5f60101'),
    vmfs(DS.prod2, 2, 8 * TiB, 0.48, inCluster(PROD), 'naa.6006016012a04300a1b2c3d4e5f60102'),
    vmfs(DS.db, 3, 6 * TiB, 0.71, inCluster(DB), 'naa.6006016012a04300a1b2c3d4e5f60201'),
    {
      name: DS.iso,
      vcenter: VC,
      objectId: 'datastore-3010',
      type: 'NFS',
      capacityMiB: 2 * TiB,
      inUseMiB: Math.round(2 * TiB * 0.33),
      hosts: hcmHosts,
      address: '10.10.130.50 /export/iso',
      url: 'ds:///vmfs/volumes/5d1c4e2a-7bd3a9f1/',
      vmfsVersion: null,
    },
    {
      name: DS.hnVsan,
      vcenter: VC,
      objectId: 'datastore-3011',
      type: 'vsan',
      capacityMiB: 7 * TiB,
      inUseMiB: Math.round(7 * TiB * 0.41),
      hosts: inCluster(HN),
      address: '',
      url: 'ds:///vmfs/volumes/vsan:52a1c0d4e7f84b1a-9c3e2f7a6b5d4c31/',
      vmfsVersion: null,
    },
    ...locals,
  ];
}

function buildDvSwitches(hosts: HostSpec[]): DvSwitchSpec[] {
  return [
    {
      name: DVS,
      datacenter: DC_HCM,
      vcenter: VC,
      objectId: 'dvs-31',
      version: '7.0.3',
      created: new Date(Date.UTC(2019, 4, 14, 3, 12, 0)),
      hostMembers: hosts.filter((h) => h.datacenter === DC_HCM).map((h) => h.name),
      maxMtu: 9000,
      portGroups: [
        { name: PG.server, vlan: 110, ports: 128, binding: 'earlyBinding', uplink: false },
        { name: PG.db, vlan: 120, ports: 64, binding: 'earlyBinding', uplink: false },
        { name: PG.backup, vlan: 130, ports: 32, binding: 'earlyBinding', uplink: false },
        { name: PG.dmz, vlan: 200, ports: 32, binding: 'earlyBinding', uplink: false },
        { name: PG.vmotionProd, vlan: 20, ports: 8, binding: 'earlyBinding', uplink: false },
        { name: PG.vmotionDb, vlan: 21, ports: 8, binding: 'earlyBinding', uplink: false },
        { name: PG.uplinks, vlan: null, ports: 14, binding: 'earlyBinding', uplink: true },
      ],
    },
  ];
}

/** Compact VM description: the demo's ~60 VMs are listed as data below. */
type DemoVm = {
  name: string;
  cluster: string;
  os: keyof typeof GUEST_OS;
  cpu: number;
  mem: number;
  disks: (number | DiskInput)[];
  net: ('server' | 'db' | 'dmz' | 'backup' | 'hnServer' | 'hnCamera')[];
  ha?: VmInput['haRestartPriority'];
  /** Pin to a host (short name) where DRS rules would keep it; otherwise round-robin in the cluster. */
  host?: string;
  owner: string;
  backup: string;
  note: string;
  extra?: Partial<VmInput>;
};

const IT = 'Phòng CNTT (IT)';
const WH = 'Khối Kho vận (Warehouse)';
const FIN = 'Phòng Kế toán (Finance)';
const HR = 'Phòng Nhân sự (HR)';
const SALES = 'Phòng Kinh doanh (Sales)';
const DBA = 'Nhóm CSDL (DBA)';
const HNB = 'Chi nhánh Hà Nội';

const GOLD = 'Gold-Daily-30d';
const SILVER = 'Silver-Daily-14d';
const BRONZE = 'Bronze-Weekly-4w';
const NONE = 'None';

const VMS: DemoVm[] = [
  // HCM-PROD: mixed Ivy Bridge + Cascade Lake hosts under an intel-ivybridge EVC baseline.
  { name: 'HCM-DC01', cluster: PROD, os: 'win2019', cpu: 2, mem: 8, disks: [90], net: ['server'], ha: 'high', owner: IT, backup: GOLD, note: 'Domain Controller chính, DNS nội bộ' },
  { name: 'HCM-DC02', cluster: PROD, os: 'win2022', cpu: 2, mem: 8, disks: [90], net: ['server'], ha: 'high', owner: IT, backup: GOLD, note: 'Domain Controller phụ', extra: { secureBoot: true } },
  { name: 'HCM-ADFS01', cluster: PROD, os: 'win2022', cpu: 2, mem: 8, disks: [80], net: ['server'], ha: 'high', owner: IT, backup: GOLD, note: 'ADFS cho cổng khách hàng', extra: { secureBoot: true } },
  { name: 'HCM-CA01', cluster: PROD, os: 'win2019', cpu: 2, mem: 4, disks: [80], net: ['server'], owner: IT, backup: GOLD, note: 'Enterprise CA nội bộ' },
  {
    name: 'HCM-FS01', cluster: PROD, os: 'win2016', cpu: 4, mem: 16, net: ['server'], owner: IT, backup: SILVER, note: 'File server phòng ban; ổ dữ liệu là RDM từ SAN',
    disks: [100, { gib: 2048, rdm: { compat: 'physicalMode', lunId: '02000a00006006016012a04300a1b2c3d4e5f60a01565241494420' }, controllerIndex: 1 }],
    extra: { firmware: 'bios' },
  },
  { name: 'HCM-MAIL01', cluster: PROD, os: 'win2016', cpu: 8, mem: 32, disks: [120, 800], net: ['server'], owner: IT, backup: GOLD, note: 'Máy chủ thư nội bộ', extra: { firmware: 'bios' } },
  { name: 'HCM-WMS-APP01', cluster: PROD, host: 'esx-hcm-p03', os: 'win2019', cpu: 8, mem: 32, disks: [100, 200], net: ['server'], ha: 'high', owner: WH, backup: GOLD, note: 'WMS - ứng dụng quản lý kho, node 1' },
  { name: 'HCM-WMS-APP02', cluster: PROD, host: 'esx-hcm-p04', os: 'win2019', cpu: 8, mem: 32, disks: [100, 200], net: ['server'], ha: 'high', owner: WH, backup: GOLD, note: 'WMS - ứng dụng quản lý kho, node 2' },
  { name: 'HCM-WMS-REDIS01', cluster: PROD, host: 'esx-hcm-p03', os: 'ubuntu2204', cpu: 4, mem: 16, disks: [40], net: ['server'], ha: 'high', owner: WH, backup: BRONZE, note: 'Redis cache cho WMS (chạy cùng host với APP01)', extra: { secureBoot: true } },
  { name: 'HCM-TMS-APP01', cluster: PROD, os: 'rhel8', cpu: 4, mem: 16, disks: [60, 100], net: ['server'], ha: 'high', owner: WH, backup: SILVER, note: 'TMS - điều phối vận tải, node 1' },
  { name: 'HCM-TMS-APP02', cluster: PROD, os: 'rhel8', cpu: 4, mem: 16, disks: [60, 100], net: ['server'], ha: 'high', owner: WH, backup: SILVER, note: 'TMS - điều phối vận tải, node 2' },
  { name: 'HCM-WEB01', cluster: PROD, host: 'esx-hcm-p04', os: 'ubuntu2204', cpu: 4, mem: 8, disks: [50], net: ['dmz'], owner: SALES, backup: SILVER, note: 'Cổng tra cứu vận đơn (web)' },
  { name: 'HCM-WEB02', cluster: PROD, host: 'esx-hcm-p03', os: 'ubuntu2204', cpu: 4, mem: 8, disks: [50], net: ['dmz'], owner: SALES, backup: SILVER, note: 'Cổng tra cứu vận đơn (web)' },
  { name: 'HCM-API01', cluster: PROD, host: 'esx-hcm-p04', os: 'debian12', cpu: 4, mem: 8, disks: [40], net: ['dmz'], owner: SALES, backup: SILVER, note: 'API cho đối tác (EDI)', extra: { secureBoot: true } },
  { name: 'HCM-VPN01', cluster: PROD, os: 'debian12', cpu: 2, mem: 4, disks: [20], net: ['dmz', 'server'], ha: 'high', owner: IT, backup: BRONZE, note: 'VPN cho nhân viên', extra: { secureBoot: true } },
  { name: 'HCM-PROXY01', cluster: PROD, os: 'ubuntu2004', cpu: 2, mem: 4, disks: [40], net: ['dmz'], owner: IT, backup: BRONZE, note: 'Reverse proxy' },
  { name: 'HCM-ERP-APP01', cluster: PROD, os: 'win2012r2', cpu: 4, mem: 16, disks: [80, 150], net: ['server'], owner: FIN, backup: GOLD, note: 'ERP cũ (ứng dụng 32-bit), chưa nâng cấp' },
  {
    name: 'HCM-KETOAN01', cluster: PROD, os: 'win2012r2', cpu: 2, mem: 8, disks: [100], net: ['server'], ha: 'low', owner: FIN, backup: GOLD, note: 'Phần mềm kế toán - cần USB token chữ ký số',
    extra: { usbs: [{ node: 'USB 1', deviceType: 'SafeNet eToken 5110 (chữ ký số)', connected: true, family: 'smart_card', speed: 'full', ehci: true, autoConnect: true, bus: 1, unit: 0 }] },
  },
  { name: 'HCM-PRINT01', cluster: PROD, host: 'esx-hcm-p01', os: 'win2008r2', cpu: 2, mem: 4, disks: [60], net: ['server'], ha: 'low', owner: IT, backup: BRONZE, note: 'Print server (Windows 2008 R2, hết hỗ trợ)', extra: { toolsStatus: 'toolsOld', hwVersion: 8 } },
  { name: 'HCM-HR01', cluster: PROD, os: 'win2016', cpu: 4, mem: 8, disks: [80, 100], net: ['server'], owner: HR, backup: SILVER, note: 'Phần mềm nhân sự - tiền lương', extra: { firmware: 'bios', snapshots: [{ name: 'Truoc khi cap nhat phan mem luong', description: 'Snapshot trước bản cập nhật tháng 9 - anh Minh', daysAgo: 5, sizeGiB: 8.5 }] } },
  { name: 'HCM-INTRANET01', cluster: PROD, os: 'win2016', cpu: 4, mem: 16, disks: [100, 300], net: ['server'], owner: HR, backup: SILVER, note: 'Cổng thông tin nội bộ' },
  { name: 'HCM-CRM-APP01', cluster: PROD, os: 'win2019', cpu: 4, mem: 16, disks: [100], net: ['server'], owner: SALES, backup: SILVER, note: 'CRM khách hàng doanh nghiệp' },
  { name: 'HCM-MON01', cluster: PROD, os: 'ubuntu2004', cpu: 4, mem: 8, disks: [50, 200], net: ['server'], owner: IT, backup: BRONZE, note: 'Zabbix giám sát hạ tầng' },
  {
    name: 'HCM-LOG01', cluster: PROD, os: 'debian11', cpu: 4, mem: 16, net: ['server', 'backup'], ha: 'low', owner: IT, backup: NONE, note: 'Graylog; ổ log độc lập, không snapshot',
    disks: [40, { gib: 500, mode: 'independent_persistent' }],
  },
  { name: 'HCM-ELK01', cluster: PROD, os: 'rhel8', cpu: 8, mem: 32, disks: [60, 1000], net: ['server'], ha: 'low', owner: IT, backup: NONE, note: 'Elasticsearch cho log ứng dụng' },
  { name: 'HCM-DNS01', cluster: PROD, os: 'rhel9', cpu: 2, mem: 4, disks: [30], net: ['dmz'], owner: IT, backup: BRONZE, note: 'DNS công cộng (BIND)', extra: { secureBoot: true } },
  { name: 'HCM-NTP01', cluster: PROD, os: 'debian12', cpu: 1, mem: 2, disks: [16], net: ['server'], ha: 'low', owner: IT, backup: NONE, note: 'NTP nội bộ' },
  { name: 'HCM-JUMP01', cluster: PROD, os: 'win2022', cpu: 2, mem: 8, disks: [80], net: ['server'], owner: IT, backup: BRONZE, note: 'Jump host quản trị', extra: { secureBoot: true } },
  {
    name: 'HCM-WSUS01', cluster: PROD, os: 'win2016', cpu: 2, mem: 8, disks: [80, 400], net: ['server'], owner: IT, backup: BRONZE, note: 'WSUS; còn gắn ISO cài đặt',
    extra: { firmware: 'bios', cds: [{ label: 'CD/DVD drive 1', connected: true, startsConnected: true, deviceType: `ISO [${DS.iso}] iso/windows/WindowsServer2016_x64_en-US.iso` }] },
  },
  { name: 'HCM-BACKUP01', cluster: PROD, os: 'win2019', cpu: 8, mem: 16, disks: [100], net: ['server', 'backup'], ha: 'medium', owner: IT, backup: NONE, note: 'Backup proxy' },
  { name: 'HCM-GIT01', cluster: PROD, os: 'ubuntu2204', cpu: 4, mem: 8, disks: [50, 300], net: ['server'], owner: IT, backup: SILVER, note: 'GitLab nội bộ' },
  {
    name: 'HCM-CI01', cluster: PROD, os: 'ubuntu2204', cpu: 8, mem: 16, disks: [100], net: ['server'], ha: 'low', owner: IT, backup: NONE, note: 'CI runner',
    extra: { snapshots: [
      { name: 'base-image', description: 'Ảnh gốc runner', daysAgo: 12, sizeGiB: 14.2 },
      { name: 'docker-upgrade', description: 'Trước khi nâng cấp Docker', daysAgo: 3, sizeGiB: 3.1 },
    ] },
  },
  { name: 'HCM-DEV-APP01', cluster: PROD, os: 'rhel9', cpu: 4, mem: 8, disks: [60], net: ['server'], ha: 'low', owner: IT, backup: NONE, note: 'Môi trường dev', extra: { secureBoot: true } },
  { name: 'HCM-TEST-WMS01', cluster: PROD, os: 'win2019', cpu: 4, mem: 16, disks: [100], net: ['server'], ha: 'disabled', owner: WH, backup: NONE, note: 'Môi trường test WMS (tắt khi không dùng)', extra: { powerState: 'poweredOff' } },
  { name: 'HCM-OLD-FTP01', cluster: PROD, os: 'rhel7', cpu: 2, mem: 4, disks: [40, 200], net: ['dmz'], ha: 'disabled', owner: IT, backup: NONE, note: 'FTP cũ - đã ngừng, chờ xóa', extra: { powerState: 'poweredOff' } },
  { name: 'HCM-SCAN01', cluster: PROD, os: 'debian11', cpu: 2, mem: 4, disks: [30], net: ['server'], ha: 'low', owner: WH, backup: NONE, note: 'Gateway máy quét mã vạch (đang tạm dừng)', extra: { powerState: 'suspended' } },
  { name: 'TPL-WIN2022-STD', cluster: PROD, os: 'win2022', cpu: 2, mem: 4, disks: [80], net: ['server'], ha: 'disabled', owner: IT, backup: NONE, note: 'Template Windows Server 2022', extra: { template: true, secureBoot: true } },
  { name: 'TPL-UBUNTU2204', cluster: PROD, os: 'ubuntu2204', cpu: 2, mem: 4, disks: [40], net: ['server'], ha: 'disabled', owner: IT, backup: NONE, note: 'Template Ubuntu 22.04', extra: { template: true } },
  // HCM-DB: Cascade Lake only; Oracle is licensed on two hosts.
  { name: 'HCM-ORA01', cluster: DB, os: 'ol8', cpu: 8, mem: 64, disks: [100, 500, 500], net: ['db', 'backup'], ha: 'high', owner: DBA, backup: GOLD, note: 'Oracle DB 19c (license theo host db01/db02)' },
  { name: 'HCM-ORA02', cluster: DB, os: 'ol8', cpu: 8, mem: 64, disks: [100, 500, 500], net: ['db', 'backup'], ha: 'high', owner: DBA, backup: GOLD, note: 'Oracle DB 19c standby (Data Guard)' },
  { name: 'HCM-SQL01', cluster: DB, os: 'win2019', cpu: 8, mem: 32, disks: [100, 400, 200], net: ['db'], ha: 'high', owner: DBA, backup: GOLD, note: 'SQL Server Always On - node 1' },
  { name: 'HCM-SQL02', cluster: DB, os: 'win2019', cpu: 8, mem: 32, disks: [100, 400, 200], net: ['db'], ha: 'high', owner: DBA, backup: GOLD, note: 'SQL Server Always On - node 2' },
  { name: 'HCM-PG01', cluster: DB, os: 'rhel9', cpu: 4, mem: 16, disks: [50, 300], net: ['db'], owner: DBA, backup: GOLD, note: 'PostgreSQL cho TMS (primary)', extra: { secureBoot: true } },
  { name: 'HCM-PG02', cluster: DB, os: 'rhel9', cpu: 4, mem: 16, disks: [50, 300], net: ['db'], owner: DBA, backup: GOLD, note: 'PostgreSQL cho TMS (replica)', extra: { secureBoot: true } },
  { name: 'HCM-MONGO01', cluster: DB, os: 'ubuntu2204', cpu: 4, mem: 16, disks: [50, 250], net: ['db'], owner: DBA, backup: SILVER, note: 'MongoDB cho ứng dụng di động tài xế' },
  {
    name: 'HCM-DWH01', cluster: DB, os: 'rhel8', cpu: 16, mem: 128, disks: [100, 2000], net: ['db'], owner: DBA, backup: SILVER, note: 'Kho dữ liệu báo cáo (DWH)',
    extra: { snapshots: [{ name: 'Truoc nang cap DWH', description: 'Snapshot trước nâng cấp phiên bản - quên xóa', daysAgo: 238, sizeGiB: 412.6 }] },
  },
  { name: 'HCM-ETL01', cluster: DB, os: 'win2016', cpu: 4, mem: 16, disks: [100, 200], net: ['db'], ha: 'low', owner: DBA, backup: BRONZE, note: 'SSIS / ETL jobs', extra: { firmware: 'bios' } },
  { name: 'HCM-SQL-DEV01', cluster: DB, os: 'win2022', cpu: 4, mem: 16, disks: [100, 200], net: ['db'], ha: 'low', owner: DBA, backup: NONE, note: 'SQL Server dev/test', extra: { secureBoot: true } },
  // HN-2NODE: two Ivy Bridge hosts on vSAN, no EVC, vMotion on the management network.
  { name: 'HN-DC03', cluster: HN, os: 'win2019', cpu: 2, mem: 8, disks: [90], net: ['hnServer'], ha: 'high', owner: HNB, backup: GOLD, note: 'Domain Controller chi nhánh Hà Nội' },
  { name: 'HN-FS02', cluster: HN, os: 'win2016', cpu: 4, mem: 8, disks: [100, 1000], net: ['hnServer'], owner: HNB, backup: SILVER, note: 'File server chi nhánh', extra: { firmware: 'bios' } },
  { name: 'HN-WMS-APP03', cluster: HN, os: 'win2019', cpu: 8, mem: 32, disks: [100, 200], net: ['hnServer'], ha: 'high', owner: WH, backup: GOLD, note: 'WMS kho Long Biên' },
  { name: 'HN-PRINT02', cluster: HN, os: 'win2012r2', cpu: 2, mem: 4, disks: [60], net: ['hnServer'], ha: 'low', owner: HNB, backup: BRONZE, note: 'Print server chi nhánh' },
  { name: 'HN-CAM01', cluster: HN, os: 'win2016', cpu: 8, mem: 16, disks: [100, 2000], net: ['hnServer', 'hnCamera'], owner: HNB, backup: NONE, note: 'Đầu ghi camera kho (NVR)', extra: { firmware: 'bios' } },
  { name: 'HN-CAM02', cluster: HN, os: 'ubuntu2004', cpu: 4, mem: 8, disks: [40, 1500], net: ['hnServer', 'hnCamera'], owner: HNB, backup: NONE, note: 'Lưu trữ video camera' },
  { name: 'HN-SCALE01', cluster: HN, os: 'win2008r2', cpu: 2, mem: 4, disks: [60], net: ['hnServer'], ha: 'low', owner: WH, backup: BRONZE, note: 'Tích hợp cân xe (phần mềm cũ)', extra: { toolsStatus: 'toolsNotRunning', hwVersion: 8 } },
  {
    name: 'HN-WEB03', cluster: HN, os: 'debian11', cpu: 2, mem: 4, disks: [30], net: ['hnServer'], owner: HNB, backup: SILVER, note: 'Web nội bộ chi nhánh',
    extra: { snapshots: [{ name: 'before-php-upgrade', description: 'Trước khi nâng cấp PHP 8.2', daysAgo: 31, sizeGiB: 4.4, quiesced: true }] },
  },
  { name: 'HN-MON02', cluster: HN, os: 'ubuntu2204', cpu: 2, mem: 4, disks: [40], net: ['hnServer'], ha: 'low', owner: IT, backup: NONE, note: 'Zabbix proxy chi nhánh' },
  { name: 'HN-BACKUP02', cluster: HN, os: 'win2019', cpu: 4, mem: 8, disks: [100], net: ['hnServer'], owner: IT, backup: NONE, note: 'Backup proxy chi nhánh' },
  { name: 'HN-ERP-CACHE01', cluster: HN, os: 'rhel7', cpu: 2, mem: 8, disks: [40], net: ['hnServer'], owner: FIN, backup: BRONZE, note: 'Cache ERP cho chi nhánh (RHEL 7 hết hỗ trợ)' },
  { name: 'HN-TEST01', cluster: HN, os: 'ubuntu2204', cpu: 2, mem: 4, disks: [40], net: ['hnServer'], ha: 'disabled', owner: HNB, backup: NONE, note: 'Máy thử nghiệm', extra: { powerState: 'poweredOff' } },
];

const NETWORKS: Record<DemoVm['net'][number], { pg: string; sw: string; subnet: string }> = {
  server: { pg: PG.server, sw: DVS, subnet: '10.10.110' },
  db: { pg: PG.db, sw: DVS, subnet: '10.10.120' },
  backup: { pg: PG.backup, sw: DVS, subnet: '10.10.130' },
  dmz: { pg: PG.dmz, sw: DVS, subnet: '10.10.200' },
  hnServer: { pg: PG.hnServer, sw: 'vSwitch0', subnet: '10.20.31' },
  hnCamera: { pg: PG.hnCamera, sw: 'vSwitch0', subnet: '10.20.32' },
};

const CLUSTER_DATASTORES: Record<string, string[]> = { [PROD]: [DS.prod1, DS.prod2], [DB]: [DS.db], [HN]: [DS.hnVsan] };

function buildVms(rng: Random, counters: ReturnType<typeof newCounters>, hosts: HostSpec[]): VmSpec[] {
  const hostIndex = new Map<string, number>();
  const ipIndex = new Map<string, number>();
  return VMS.map((d, i) => {
    const clusterHosts = hosts.filter((h) => h.cluster === d.cluster);
    const n = hostIndex.get(d.cluster) ?? 0;
    hostIndex.set(d.cluster, n + 1);
    const pinned = d.host ? clusterHosts.find((h) => h.name.startsWith(`${d.host}.`)) : undefined;
    const host = pinned ?? (clusterHosts[n % clusterHosts.length] as HostSpec);
    const dsList = CLUSTER_DATASTORES[d.cluster] ?? [];
    const datastore = dsList[i % dsList.length] as string;
    const dc = d.cluster === HN ? DC_HN : DC_HCM;
    const os = GUEST_OS[d.os];
    if (!os) throw new Error(`unknown OS ${d.os}`);
    const nics: NicInput[] = d.net.map((k) => {
      const net = NETWORKS[k];
      const next = (ipIndex.get(net.subnet) ?? 20) + 1;
      ipIndex.set(net.subnet, next);
      return { network: net.pg, switch: net.sw, ip: `${net.subnet}.${next}` };
    });
    const kind = d.extra?.template ? 'Templates' : os.family === 'windows' ? 'Windows' : 'Linux';
    const evc = CLUSTER_EVC[d.cluster] ?? host.maxEvc;
    const input: VmInput = {
      name: d.name,
      os,
      cpus: d.cpu,
      memoryGiB: d.mem,
      disks: d.disks.map((x) => (typeof x === 'number' ? { gib: x, thin: d.cluster !== DB } : x)),
      nics,
      placement: { vcenter: VC, datacenter: dc, cluster: d.cluster, host: host.name, datastore, folder: `/${dc}/${d.cluster === HN ? 'ChiNhanh' : 'Servers'}/${kind}` },
      domain: DOMAIN,
      haRestartPriority: d.ha ?? 'medium',
      annotation: d.note,
      attributes: { Owner: d.owner, 'Backup Policy': d.backup, ...(d.backup === NONE ? {} : { 'Veeam Last Backup': `2026-09-30 ${String(20 + (i % 4)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}` }) },
      minEvc: evc,
      ...d.extra,
    };
    return buildVm(input, rng, counters, DEMO_REFERENCE_DATE);
  });
}

function buildLicenses(keys: { vc: string; v7: string; v8: string; vsan: string }): LicenseSpec[] {
  return [
    { name: 'vCenter Server 8 Standard', key: keys.vc, costUnit: 'server', total: 1, used: 1, expiration: null, features: 'Linked Mode, vCenter HA, vCenter Backup and Restore, vCenter Server Appliance Migration Tool', vcenter: VC },
    { name: 'vSphere 8 Enterprise Plus', key: keys.v8, costUnit: 'cpuPackage', total: 12, used: 10, expiration: null, features: 'vMotion, Storage vMotion, vSphere HA, vSphere DRS, Distributed Switch, vSphere FT (8 vCPU)', vcenter: VC },
    { name: 'vSphere 7 Enterprise Plus', key: keys.v7, costUnit: 'cpuPackage', total: 8, used: 8, expiration: null, features: 'vMotion, Storage vMotion, vSphere HA, vSphere DRS, Distributed Switch, vSphere FT (8 vCPU)', vcenter: VC },
    { name: 'vSAN Standard', key: keys.vsan, costUnit: 'cpuPackage', total: 4, used: 4, expiration: new Date(Date.UTC(2027, 2, 31)), features: 'vSAN, All Flash, Stretched Cluster', vcenter: VC },
  ];
}

/** The demo estate, built afresh on each call (always the same content). */
export function demoEstate(): EstateSpec {
  const rng = createRandom(SEED);
  const counters = newCounters();
  const keys = { vc: licenseKey(rng), v7: licenseKey(rng), v8: licenseKey(rng), vsan: licenseKey(rng) };
  const hosts = buildHosts(rng, counters, keys);
  const vms = buildVms(rng, counters, hosts);
  const health: HealthSpec[] = [
    { name: `esx-hn-02.${DOMAIN}`, message: 'NTP Server value is null!', type: 'NTP', vcenter: VC },
    { name: `esx-hn-02.${DOMAIN}`, message: 'NTPD service is not running!', type: 'NTPD', vcenter: VC },
    { name: DS.db, message: 'Datastore has only 29% free space. The threshold value is 30%', type: 'Storage', vcenter: VC },
  ];
  return {
    rvtoolsVersion: '4.6.1.3',
    exportedAt: DEMO_REFERENCE_DATE,
    vcenters: [{ server: VC, uuid: `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`.toUpperCase(), version: '8.0.3', build: 24091160, apiVersion: '8.0.3.0' }],
    datacenters: [
      { name: DC_HCM, vcenter: VC },
      { name: DC_HN, vcenter: VC },
    ],
    clusters: buildClusters(),
    hosts,
    datastores: buildDatastores(hosts),
    dvSwitches: buildDvSwitches(hosts),
    vms,
    licenses: buildLicenses(keys),
    health,
    customAttributes: { vm: ['Owner', 'Backup Policy', 'Veeam Last Backup'], host: ['Rack'], cluster: ['Owner'], datastore: [], dvSwitch: [] },
  };
}

/** DRS rules for the demo, in the CSV shapes PowerCLI's Export-Csv writes (see cli/generate/drsCsv.ts). */
export const DEMO_DRS = {
  vmRules: [
    { Cluster: PROD, Name: 'AA-DomainControllers', Enabled: true, Type: 'VMAntiAffinity', VMs: ['HCM-DC01', 'HCM-DC02'] },
    { Cluster: PROD, Name: 'AA-WMS-AppNodes', Enabled: true, Type: 'VMAntiAffinity', VMs: ['HCM-WMS-APP01', 'HCM-WMS-APP02'] },
    { Cluster: PROD, Name: 'AF-WMS-App-Cache', Enabled: true, Type: 'VMAffinity', VMs: ['HCM-WMS-APP01', 'HCM-WMS-REDIS01'] },
    { Cluster: PROD, Name: 'AA-Web-Frontend', Enabled: false, Type: 'VMAntiAffinity', VMs: ['HCM-WEB01', 'HCM-WEB02'] },
    { Cluster: DB, Name: 'AA-SQL-AlwaysOn', Enabled: true, Type: 'VMAntiAffinity', VMs: ['HCM-SQL01', 'HCM-SQL02'] },
    { Cluster: DB, Name: 'AA-Oracle-DataGuard', Enabled: true, Type: 'VMAntiAffinity', VMs: ['HCM-ORA01', 'HCM-ORA02'] },
  ],
  groups: [
    { Cluster: DB, Name: 'VMG-Oracle', GroupType: 'VMGroup', Member: ['HCM-ORA01', 'HCM-ORA02'] },
    { Cluster: DB, Name: 'HG-Oracle-Licensed', GroupType: 'VMHostGroup', Member: [`esx-hcm-db01.${DOMAIN}`, `esx-hcm-db02.${DOMAIN}`] },
    { Cluster: PROD, Name: 'VMG-Web-Frontend', GroupType: 'VMGroup', Member: ['HCM-WEB01', 'HCM-WEB02', 'HCM-API01'] },
    { Cluster: PROD, Name: 'HG-CascadeLake', GroupType: 'VMHostGroup', Member: [`esx-hcm-p03.${DOMAIN}`, `esx-hcm-p04.${DOMAIN}`] },
    { Cluster: PROD, Name: 'VMG-Legacy-Windows', GroupType: 'VMGroup', Member: ['HCM-PRINT01', 'HCM-ERP-APP01'] },
    { Cluster: PROD, Name: 'HG-IvyBridge', GroupType: 'VMHostGroup', Member: [`esx-hcm-p01.${DOMAIN}`, `esx-hcm-p02.${DOMAIN}`] },
  ],
  vmHostRules: [
    { Cluster: DB, Name: 'Oracle-Licensed-Hosts', Enabled: true, Type: 'MustRunOn', VMGroup: 'VMG-Oracle', VMHostGroup: 'HG-Oracle-Licensed' },
    { Cluster: PROD, Name: 'Web-Prefer-New-Hosts', Enabled: true, Type: 'ShouldRunOn', VMGroup: 'VMG-Web-Frontend', VMHostGroup: 'HG-CascadeLake' },
    { Cluster: PROD, Name: 'Legacy-Avoid-New-Hosts', Enabled: true, Type: 'ShouldNotRunOn', VMGroup: 'VMG-Legacy-Windows', VMHostGroup: 'HG-CascadeLake' },
  ],
} as const;
