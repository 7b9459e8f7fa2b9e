/**
 * Synthetic vSphere estates of any size for tests and the bench, with the proportions of real exports:
 * ≈30 VMs per host, clusters of 4–16 hosts, ≈1.7 disks and ≈1.1 NICs per VM, ≈10 % of VMs with snapshots,
 * ≈5 % templates, ≈10 % powered off, partitions and Tools rows for running VMs, custom attribute columns,
 * several vCenters when asked. Deterministic per (vms, seed, vcenters). Linear in the VM count.
 */
import type { ClusterSpec, DatastoreSpec, DvSwitchSpec, EstateSpec, HealthSpec, HostSpec, LicenseSpec, VCenterSpec, VmSpec } from './estateSpec';
import { buildHost, buildVm, CPU_GENERATIONS, GUEST_OS, newCounters, type CpuGeneration, type DiskInput, type GuestOs, type NicInput } from './builders';
import { createRandom, type Random } from './random';

export type SyntheticOptions = { vms: number; seed?: number; vcenters?: number };

export const SYNTHETIC_REFERENCE_DATE = new Date(Date.UTC(2026, 9, 1, 6, 0, 0));

const VMS_PER_HOST = 30;

/** Intel generations in age order; a cluster mixes at most two neighbours. */
const INTEL_LINE: CpuGeneration[] = [
  CPU_GENERATIONS.ivybridge,
  CPU_GENERATIONS.haswell,
  CPU_GENERATIONS.broadwell,
  CPU_GENERATIONS.skylake,
  CPU_GENERATIONS.cascadelake,
  CPU_GENERATIONS.icelake,
];

const OS_WEIGHTS: [GuestOs, number][] = [
  [GUEST_OS.win2008r2 as GuestOs, 3],
  [GUEST_OS.win2012r2 as GuestOs, 10],
  [GUEST_OS.win2016 as GuestOs, 18],
  [GUEST_OS.win2019 as GuestOs, 20],
  [GUEST_OS.win2022 as GuestOs, 12],
  [GUEST_OS.rhel7 as GuestOs, 7],
  [GUEST_OS.rhel8 as GuestOs, 10],
  [GUEST_OS.rhel9 as GuestOs, 5],
  [GUEST_OS.ubuntu2004 as GuestOs, 5],
  [GUEST_OS.ubuntu2204 as GuestOs, 5],
  [GUEST_OS.debian11 as GuestOs, 2],
  [GUEST_OS.debian12 as GuestOs, 1],
  [GUEST_OS.ol8 as GuestOs, 2],
];

/** Mean 1.7 disks: 1 → 45 %, 2 → 40 %, 3 → 15 %. */
const DISK_COUNTS: [number, number][] = [[1, 45], [2, 40], [3, 15]];
/** Mean 1.1 NICs. */
const NIC_COUNTS: [number, number][] = [[1, 90], [2, 10]];
const ROLES = ['app', 'web', 'db', 'file', 'svc', 'batch', 'mq', 'api', 'rpt', 'ctx'] as const;
const OWNERS = ['Finance', 'Operations', 'Sales', 'IT Infrastructure', 'Warehouse', 'HR', 'Customer Care'];
const BACKUP = ['Gold-Daily-30d', 'Silver-Daily-14d', 'Bronze-Weekly-4w', 'None'];
const APPS = ['ERP', 'WMS', 'TMS', 'CRM', 'Portal', 'BI', 'Mail', 'Monitoring', 'Payroll', 'EDI'];

type ClusterPlan = { spec: ClusterSpec; hosts: HostSpec[]; datastores: string[]; switchName: string; portGroups: { name: string; subnet: string }[]; vms: number };

function licenseKey(rng: Random): string {
  return Array.from({ length: 5 }, () => rng.hex(5).toUpperCase()).join('-');
}

/** Split `total` hosts into cluster sizes of 4–16 (a remainder below 4 joins an earlier cluster). */
function clusterSizes(total: number, rng: Random): number[] {
  const sizes: number[] = [];
  let left = total;
  while (left > 0) {
    if (left <= 16) {
      sizes.push(left);
      break;
    }
    let size = rng.int(4, 16);
    if (left - size < 4) size = left - 4;
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

export function syntheticEstate(options: SyntheticOptions): EstateSpec {
  const vmTotal = Math.max(0, Math.floor(options.vms));
  const seed = options.seed ?? 1;
  const vcCount = Math.max(1, Math.floor(options.vcenters ?? 1));
  const rng = createRandom(seed * 7919 + vmTotal * 31 + vcCount);
  const counters = newCounters();
  const now = SYNTHETIC_REFERENCE_DATE;

  const vcenters: VCenterSpec[] = [];
  const datacenters: EstateSpec['datacenters'] = [];
  const clusters: ClusterSpec[] = [];
  const hosts: HostSpec[] = [];
  const datastores: DatastoreSpec[] = [];
  const dvSwitches: DvSwitchSpec[] = [];
  const vms: VmSpec[] = [];
  const licenses: LicenseSpec[] = [];
  const health: HealthSpec[] = [];
  const plans: ClusterPlan[] = [];

  const hostTotal = Math.max(vcCount, Math.ceil(vmTotal / VMS_PER_HOST));
  let objectNumber = 100;
  let clusterNumber = 0;

  for (let v = 0; v < vcCount; v++) {
    const site = `s${String(v + 1).padStart(2, '0')}`;
    const server = `vcsa-${site}.corp.example`;
    const vcHosts = Math.floor(hostTotal / vcCount) + (v < hostTotal % vcCount ? 1 : 0);
    vcenters.push({ server, uuid: rng.uuid().toUpperCase(), version: '8.0.3', build: 24091160, apiVersion: '8.0.3.0' });
    const keys = { v7: licenseKey(rng), v8: licenseKey(rng) };
    licenses.push(
      { name: 'vCenter Server 8 Standard', key: licenseKey(rng), costUnit: 'server', total: 1, used: 1, expiration: null, features: 'Linked Mode, vCenter HA', vcenter: server },
      { name: 'vSphere 8 Enterprise Plus', key: keys.v8, costUnit: 'cpuPackage', total: vcHosts * 2 + 8, used: 0, expiration: null, features: 'vMotion, vSphere HA, vSphere DRS, Distributed Switch', vcenter: server },
      { name: 'vSphere 7 Enterprise Plus', key: keys.v7, costUnit: 'cpuPackage', total: vcHosts * 2 + 8, used: 0, expiration: null, features: 'vMotion, vSphere HA, vSphere DRS, Distributed Switch', vcenter: server },
    );
    const sizes = clusterSizes(vcHosts, rng);
    const dcCount = Math.max(1, Math.ceil(sizes.length / 6));
    for (let d = 0; d < dcCount; d++) datacenters.push({ name: `DC-${site.toUpperCase()}-${d + 1}`, vcenter: server });
    const dvs: DvSwitchSpec[] = [];
    for (let d = 0; d < dcCount; d++) {
      const dcName = `DC-${site.toUpperCase()}-${d + 1}`;
      dvs.push({
        name: `DSW-${site.toUpperCase()}-${d + 1}`,
        datacenter: dcName,
        vcenter: server,
        objectId: `dvs-${objectNumber++}`,
        version: '7.0.3',
        created: new Date(Date.UTC(2018 + (d % 4), d % 12, 10)),
        hostMembers: [],
        maxMtu: 9000,
        portGroups: [],
      });
    }

    sizes.forEach((size, ci) => {
      clusterNumber++;
      const dvSwitch = dvs[ci % dvs.length] as DvSwitchSpec;
      const dcName = dvSwitch.datacenter;
      const name = `CL-${site.toUpperCase()}-${String(ci + 1).padStart(2, '0')}`;
      const genIndex = rng.int(0, INTEL_LINE.length - 2);
      const mixed = size >= 4 && rng.chance(0.35);
      const older = INTEL_LINE[genIndex] as CpuGeneration;
      const newer = mixed ? (INTEL_LINE[genIndex + 1] as CpuGeneration) : older;
      const amd = !mixed && rng.chance(0.08);
      const evcOn = mixed || rng.chance(0.4);
      const evcMode = amd ? (evcOn ? 'amd-zen' : null) : evcOn ? older.maxEvc : null;
      const spec: ClusterSpec = {
        name,
        datacenter: dcName,
        vcenter: server,
        objectId: `domain-c${objectNumber++}`,
        haEnabled: rng.chance(0.92),
        admissionControl: rng.chance(0.8),
        failoverLevel: size >= 10 ? 2 : 1,
        hostMonitoring: 'enabled',
        restartPriority: 'medium',
        isolationResponse: rng.pick(['none', 'none', 'powerOff', 'shutdown'] as const),
        vmMonitoring: rng.pick(['vmMonitoringDisabled', 'vmMonitoringDisabled', 'vmMonitoringOnly'] as const),
        drsEnabled: rng.chance(0.85),
        drsBehavior: rng.pick(['fullyAutomated', 'fullyAutomated', 'fullyAutomated', 'partiallyAutomated', 'manual'] as const),
        drsMigrationRate: 3,
        evcMode,
        numVmotions: rng.int(100, 40000),
      };
      clusters.push(spec);
      const cidx = clusterNumber;
      const mgmtSubnet = `10.${(cidx >> 8) & 0xff}.${cidx & 0xff}`;
      const vmotionShared = rng.chance(0.2);
      const vmotionPg = `dPG-vMotion-${name}`;
      const pgs: ClusterPlan['portGroups'] = [];
      const pgCount = rng.int(2, 5);
      for (let p = 0; p < pgCount; p++) {
        const vlan = 100 + ((cidx * 7 + p) % 3900);
        const pgName = `dPG-${name}-V${vlan}`;
        pgs.push({ name: pgName, subnet: `172.${16 + (cidx % 16)}.${(p * 50 + (cidx >> 4)) % 256}` });
        dvSwitch.portGroups.push({ name: pgName, vlan, ports: 128, binding: 'earlyBinding', uplink: false });
      }
      if (!vmotionShared) dvSwitch.portGroups.push({ name: vmotionPg, vlan: 20 + (cidx % 50), ports: 32, binding: 'earlyBinding', uplink: false });
      const clusterHosts: HostSpec[] = [];
      for (let h = 0; h < size; h++) {
        const cpu = amd ? CPU_GENERATIONS.zen : h < size / 2 ? older : newer;
        const hostName = `esx-${name.toLowerCase()}-${String(h + 1).padStart(2, '0')}.corp.example`;
        const vmks = [{ portGroup: 'Management Network', ip: `${mgmtSubnet}.${10 + h}`, mask: '255.255.255.0', gateway: `${mgmtSubnet}.1` }];
        if (!vmotionShared) vmks.push({ portGroup: vmotionPg, ip: `10.${128 + ((cidx >> 8) & 0x7f)}.${cidx & 0xff}.${10 + h}`, mask: '255.255.255.0', gateway: `${mgmtSubnet}.1` });
        const host = buildHost(
          {
            name: hostName,
            vcenter: server,
            datacenter: dcName,
            cluster: name,
            cpu,
            memoryGiB: rng.pick([384, 512, 768, 1024]),
            clusterEvc: evcMode,
            objectNumber: objectNumber++,
            serial: rng.hex(7).toUpperCase(),
            licenseKey: cpu.esxVersion.includes('ESXi 8') ? keys.v8 : keys.v7,
            domain: 'corp.example',
            dnsServers: ['10.0.0.10', '10.0.0.11'],
            ntpServers: ['10.0.0.10'],
            vmks,
            standardSwitches: [{ name: 'vSwitch0', ports: 2560, mtu: 1500, policy: 'loadbalance_srcid' }],
            portGroups: [{ name: 'Management Network', switch: 'vSwitch0', vlan: 10 }],
            uplinks: ['vSwitch0', 'vSwitch0', dvSwitch.name, dvSwitch.name],
          },
          rng,
          counters,
          now,
        );
        clusterHosts.push(host);
        hosts.push(host);
        dvSwitch.hostMembers.push(hostName);
      }
      const dsNames: string[] = [];
      const dsCount = rng.int(2, 6);
      const vsan = !amd && rng.chance(0.15);
      for (let d = 0; d < dsCount; d++) {
        const type: DatastoreSpec['type'] = vsan ? 'vsan' : rng.chance(0.2) ? 'NFS' : 'VMFS';
        if (vsan && d > 0) break;
        const dsName = vsan ? `vsanDatastore-${name}` : `${name}-${type === 'NFS' ? 'NFS' : 'VMFS'}${String(d + 1).padStart(2, '0')}`;
        const capacityMiB = rng.pick([4, 8, 16, 32]) * 1024 * 1024;
        datastores.push({
          name: dsName,
          vcenter: server,
          objectId: `datastore-${objectNumber++}`,
          type,
          capacityMiB,
          inUseMiB: Math.round(capacityMiB * (0.35 + rng.next() * 0.5)),
          hosts: clusterHosts.map((x) => x.name),
          address: type === 'VMFS' ? `naa.600601601${rng.hex(23)}` : type === 'NFS' ? `10.0.5.${rng.int(10, 250)} /export/${dsName.toLowerCase()}` : '',
          url: `ds:///vmfs/volumes/${rng.hex(8)}-${rng.hex(8)}/`,
          vmfsVersion: type === 'VMFS' ? 6.82 : null,
        });
        dsNames.push(dsName);
      }
      plans.push({ spec, hosts: clusterHosts, datastores: dsNames, switchName: dvSwitch.name, portGroups: pgs, vms: 0 });
    });
    dvs.forEach((s) => dvSwitches.push({ ...s, portGroups: [...s.portGroups, { name: `${s.name}-DVUplinks`, vlan: null, ports: s.hostMembers.length * 2, binding: 'earlyBinding', uplink: true }] }));
  }

  // Spread VMs over clusters in proportion to their host counts.
  const totalHosts = plans.reduce((s, p) => s + p.hosts.length, 0);
  let assigned = 0;
  plans.forEach((p, i) => {
    p.vms = i === plans.length - 1 ? vmTotal - assigned : Math.round((vmTotal * p.hosts.length) / Math.max(1, totalHosts));
    p.vms = Math.max(0, Math.min(p.vms, vmTotal - assigned));
    assigned += p.vms;
  });

  const multiVc = vcCount > 1;
  let vmIndex = 0;
  for (const p of plans) {
    for (let k = 0; k < p.vms; k++) {
      vmIndex++;
      const host = p.hosts[k % p.hosts.length] as HostSpec;
      const os = rng.weighted(OS_WEIGHTS);
      const template = rng.chance(0.05);
      const srmPlaceholder = !template && rng.chance(0.005);
      const powerState = template ? 'poweredOff' : rng.weighted([['poweredOn', 89], ['poweredOff', 10], ['suspended', 1]] as const);
      const role = rng.pick(ROLES);
      const name = `${role}${String(vmIndex).padStart(6, '0')}${template ? '-tpl' : ''}`;
      const diskCount = rng.weighted(DISK_COUNTS);
      const disks: DiskInput[] = [];
      for (let d = 0; d < diskCount; d++) {
        disks.push({ gib: d === 0 ? rng.pick([40, 60, 80, 100]) : rng.pick([50, 100, 200, 500, 1000]), datastore: rng.pick(p.datastores), thin: rng.chance(0.7) });
      }
      if (disks.length > 1) {
        const last = disks[disks.length - 1] as DiskInput;
        const odd = rng.next();
        if (odd < 0.004) disks[disks.length - 1] = { ...last, rdm: { compat: rng.chance(0.7) ? 'physicalMode' : 'virtualMode', lunId: `0200${rng.hex(40)}` } };
        else if (odd < 0.01) disks[disks.length - 1] = { ...last, mode: 'independent_persistent' };
      }
      const nicCount = rng.weighted(NIC_COUNTS);
      const nics: NicInput[] = [];
      for (let n = 0; n < nicCount; n++) {
        const pg = p.portGroups[(k + n) % p.portGroups.length] as ClusterPlan['portGroups'][number];
        nics.push({ network: pg.name, switch: p.switchName, ip: `${pg.subnet}.${2 + ((k * 3 + n) % 250)}` });
      }
      const snapCount = rng.chance(0.1) ? rng.int(1, 2) : 0;
      const snapshots = Array.from({ length: snapCount }, (_, s) => ({
        name: s === 0 ? 'before patching' : 'after patching',
        description: rng.chance(0.5) ? `Snapshot before change CHG${rng.int(10000, 99999)}` : '',
        daysAgo: rng.int(1, 400),
        sizeGiB: Math.round(rng.next() * 300 * 100) / 100,
      }));
      const cpus = rng.pick([1, 2, 2, 4, 4, 4, 8, 8, 16]);
      vms.push(
        buildVm(
          {
            name,
            os,
            cpus,
            memoryGiB: rng.pick([2, 4, 8, 8, 16, 16, 32, 64]),
            disks,
            nics,
            placement: { vcenter: p.spec.vcenter, datacenter: p.spec.datacenter, cluster: p.spec.name, host: host.name, datastore: p.datastores[0] as string, folder: `/${p.spec.datacenter}/vm/${os.family === 'windows' ? 'Windows' : 'Linux'}` },
            domain: 'corp.example',
            template,
            srmPlaceholder,
            powerState,
            secureBoot: os.firmware === 'efi' && rng.chance(0.5),
            minEvc: p.spec.evcMode ?? host.maxEvc,
            haRestartPriority: rng.weighted([['medium', 70], ['high', 12], ['low', 10], ['disabled', 5], ['highest', 2], ['lowest', 1]] as const),
            annotation: rng.chance(0.3) ? `${rng.pick(APPS)} ${role} server` : null,
            attributes: {
              Owner: rng.pick(OWNERS),
              'Backup Policy': rng.pick(BACKUP),
              // Custom attributes differ per vCenter, as they do in real estates.
              ...(p.spec.vcenter === vcenters[0]?.server ? { Application: rng.pick(APPS) } : { 'Cost Center': `CC-${rng.int(100, 999)}` }),
              ...(multiVc ? { Site: p.spec.vcenter.split('.')[0] ?? '' } : {}),
            },
            toolsStatus: rng.weighted([['toolsOk', 80], ['toolsOld', 12], ['toolsNotRunning', 5], ['toolsNotInstalled', 3]] as const),
            snapshots,
            cds: [
              rng.chance(0.02)
                ? { label: 'CD/DVD drive 1', connected: true, startsConnected: true, deviceType: `ISO [${p.datastores[0] ?? ''}] ISO/${os.family === 'windows' ? 'windows-server' : 'linux'}-install.iso` }
                : { label: 'CD/DVD drive 1', connected: false, startsConnected: false, deviceType: rng.chance(0.7) ? 'Remote ATAPI' : 'Remote device' },
            ],
            usbs: rng.chance(0.002)
              ? [{ node: 'USB 1', deviceType: 'Aladdin HASP HL 3.25', connected: true, family: 'vendor_specific', speed: 'full', ehci: true, autoConnect: true, bus: 1, unit: 0 }]
              : [],
            hwVersion: rng.pick([os.defaultHw, os.defaultHw, 13, 14, 15, 19, 20, 21].filter((h) => h >= os.defaultHw)),
          },
          rng,
          counters,
          now,
        ),
      );
    }
  }
  for (const l of licenses) {
    if (l.costUnit !== 'cpuPackage') continue;
    const v8 = l.name.includes('8');
    l.used = hosts.filter((h) => h.vcenter === l.vcenter && h.esxVersion.includes('ESXi 8') === v8).reduce((s, h) => s + h.sockets, 0);
  }

  return {
    rvtoolsVersion: '4.6.1.3',
    exportedAt: now,
    vcenters,
    datacenters,
    clusters,
    hosts,
    datastores,
    dvSwitches,
    vms,
    licenses,
    health,
    customAttributes: { vm: ['Owner', 'Backup Policy', 'Application', ...(multiVc ? ['Cost Center', 'Site'] : [])], host: [], cluster: [], datastore: [], dvSwitch: [] },
  };
}

/**
 * One estate per vCenter (what separate RVTools runs against each vCenter would give). Each part keeps only
 * the custom attribute columns its own VMs use, so the parts' vInfo headers differ like real exports do.
 */
export function splitByVcenter(estate: EstateSpec): EstateSpec[] {
  return estate.vcenters.map((vc) => {
    const mine = <T extends { vcenter: string }>(items: readonly T[]): T[] => items.filter((x) => x.vcenter === vc.server);
    const vms = mine(estate.vms);
    const used = new Set<string>();
    for (const v of vms) for (const k of Object.keys(v.attributes)) used.add(k);
    return {
      ...estate,
      customAttributes: { ...estate.customAttributes, vm: estate.customAttributes.vm.filter((a) => used.has(a)) },
      vcenters: [vc],
      datacenters: mine(estate.datacenters),
      clusters: mine(estate.clusters),
      hosts: mine(estate.hosts),
      datastores: mine(estate.datastores),
      dvSwitches: mine(estate.dvSwitches),
      vms,
      licenses: mine(estate.licenses),
      health: mine(estate.health),
    };
  });
}
