import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoFiles } from '../../../cli/generate/demoFiles';
import { importFiles } from '../../../shared/import';
import { demoDir, headerRow, parseQuotedCsv, readBook, rows, type Row } from './readBack';

/** The committed demo workbook, read back like any customer file. */
const book = readBook(path.join(demoDir, 'rvtools-demo.xlsx'));
const vInfo = rows(book, 'vInfo');
const vms = vInfo.filter((r) => r['Template'] === 'False');
const hosts = rows(book, 'vHost');
const clusters = rows(book, 'vCluster');
const str = (r: Row | undefined, k: string): string => String(r?.[k] ?? '');

describe('embedded demo estate (templates/demo)', () => {
  it('is what cli/demo.ts generates today (committed files are up to date and byte-stable)', () => {
    for (const file of demoFiles()) {
      const committed = fs.readFileSync(path.join(demoDir, file.name));
      expect(Buffer.compare(committed, Buffer.from(file.data)), file.name).toBe(0);
    }
  });

  it('has several clusters including a 2-node one, 6–10 hosts and about 60 VMs', () => {
    expect(clusters.length).toBeGreaterThanOrEqual(3);
    const perCluster = new Map<string, number>();
    for (const h of hosts) perCluster.set(str(h, 'Cluster'), (perCluster.get(str(h, 'Cluster')) ?? 0) + 1);
    expect([...perCluster.values()]).toContain(2);
    for (const c of clusters) expect(c['NumHosts']).toBe(perCluster.get(str(c, 'Name')));
    expect(hosts.length).toBeGreaterThanOrEqual(6);
    expect(hosts.length).toBeLessThanOrEqual(10);
    expect(vInfo.length).toBeGreaterThanOrEqual(55);
    expect(vInfo.length).toBeLessThanOrEqual(65);
    expect(vInfo.filter((r) => r['Template'] === 'True').length).toBeGreaterThanOrEqual(2);
  });

  it('has two CPU generations, mixed in one cluster under an EVC baseline', () => {
    const maxEvc = new Set(hosts.map((h) => str(h, 'Max EVC')));
    expect(maxEvc).toEqual(new Set(['intel-ivybridge', 'intel-cascadelake']));
    const models = new Set(hosts.map((h) => str(h, 'CPU Model')));
    expect([...models].some((m) => m.includes('E5-2680 v2'))).toBe(true);
    expect([...models].some((m) => m.includes('Gold 6230'))).toBe(true);
    const mixed = clusters.filter((c) => new Set(hosts.filter((h) => h['Cluster'] === c['Name']).map((h) => h['Max EVC'])).size > 1);
    expect(mixed).toHaveLength(1);
    const mixedHosts = hosts.filter((h) => h['Cluster'] === mixed[0]?.['Name']);
    for (const h of mixedHosts) expect(h['Current EVC']).toBe('intel-ivybridge');
    // The powered-on VMs of that cluster require no more than the baseline.
    for (const v of vms.filter((r) => r['Cluster'] === mixed[0]?.['Name'] && r['Powerstate'] === 'poweredOn')) {
      expect(v['min Required EVC Mode Key']).toBe('intel-ivybridge');
    }
  });

  it('has Windows 2008 R2–2022 and RHEL, Ubuntu, Debian and Oracle Linux guests, BIOS and EFI, some with Secure Boot', () => {
    const oses = new Set(vInfo.map((r) => str(r, 'OS according to the configuration file')));
    for (const os of ['Windows Server 2008 R2', 'Windows Server 2012', 'Windows Server 2016', 'Windows Server 2019', 'Windows Server 2022', 'Red Hat Enterprise Linux 7', 'Red Hat Enterprise Linux 8', 'Red Hat Enterprise Linux 9', 'Ubuntu Linux', 'Debian GNU/Linux 11', 'Debian GNU/Linux 12', 'Oracle Linux 8']) {
      expect([...oses].some((o) => o.includes(os)), os).toBe(true);
    }
    const details = vInfo.map((r) => str(r, 'Guest Detailed Data'));
    expect(details.some((d) => d.includes("prettyName='Ubuntu 20.04"))).toBe(true);
    expect(details.some((d) => d.includes("prettyName='Ubuntu 22.04"))).toBe(true);
    expect(vInfo.filter((r) => r['Firmware'] === 'bios').length).toBeGreaterThan(5);
    expect(vInfo.filter((r) => r['Firmware'] === 'efi').length).toBeGreaterThan(5);
    const secure = vInfo.filter((r) => r['EFI Secure boot'] === 'True');
    expect(secure.length).toBeGreaterThanOrEqual(3);
    for (const r of secure) expect(r['Firmware']).toBe('efi');
  });

  it('has snapshots, one of them old and large', () => {
    const snaps = rows(book, 'vSnapshot');
    expect(new Set(snaps.map((s) => s['VM'])).size).toBeGreaterThanOrEqual(3);
    const exported = Number(rows(book, 'vMetaData')[0]?.['xlsx creation datetime']);
    const oldLarge = snaps.filter((s) => exported - Number(s['Date / time']) > 180 && Number(s['Size MiB (total)']) > 100 * 1024);
    expect(oldLarge).toHaveLength(1);
  });

  it('has an RDM in physical mode, an independent disk, a connected ISO and a USB device', () => {
    const disks = rows(book, 'vDisk');
    const rdm = disks.filter((d) => d['Raw'] === 'True');
    expect(rdm).toHaveLength(1);
    expect(rdm[0]?.['Raw Comp. Mode']).toBe('physicalMode');
    expect(String(rdm[0]?.['Raw LUN ID'])).not.toBe('');
    expect(disks.filter((d) => String(d['Disk Mode']).startsWith('independent'))).toHaveLength(1);
    const cds = rows(book, 'vCD').filter((c) => c['Connected'] === 'True');
    expect(cds).toHaveLength(1);
    expect(String(cds[0]?.['Device Type'])).toMatch(/^ISO \[[^\]]+\] .+\.iso$/);
    const usb = rows(book, 'vUSB');
    expect(usb).toHaveLength(1);
    expect(usb[0]?.['Connected']).toBe('True');
  });

  it('has suspended, powered-off and template VMs and every HA restart priority', () => {
    expect(vms.filter((r) => r['Powerstate'] === 'suspended')).toHaveLength(1);
    expect(vms.filter((r) => r['Powerstate'] === 'poweredOff').length).toBeGreaterThanOrEqual(2);
    const priorities = new Set(vInfo.map((r) => r['HA Restart Priority']));
    for (const p of ['high', 'medium', 'low', 'disabled']) expect(priorities.has(p), p).toBe(true);
  });

  it('has its own vMotion subnet in the big clusters and vMotion on the management VMkernel in the 2-node one', () => {
    const vmk = rows(book, 'vSC_VMK');
    const subnet = (ip: unknown): string => String(ip).split('.').slice(0, 3).join('.');
    const vmotionSubnets = new Map<string, Set<string>>();
    for (const k of vmk.filter((x) => /vmotion/i.test(str(x, 'Port Group')))) {
      const set = vmotionSubnets.get(str(k, 'Cluster')) ?? new Set<string>();
      set.add(subnet(k['IP Address']));
      vmotionSubnets.set(str(k, 'Cluster'), set);
    }
    const big = clusters.filter((c) => Number(c['NumHosts']) > 2).map((c) => str(c, 'Name'));
    const small = clusters.filter((c) => Number(c['NumHosts']) === 2).map((c) => str(c, 'Name'));
    for (const c of big) expect(vmotionSubnets.get(c)?.size, c).toBe(1);
    const all = big.map((c) => [...(vmotionSubnets.get(c) ?? [])][0]);
    expect(new Set(all).size).toBe(big.length);
    const mgmt = new Set(vmk.filter((k) => k['Device'] === 'vmk0').map((k) => subnet(k['IP Address'])));
    for (const s of all) expect(mgmt.has(s as string)).toBe(false);
    for (const c of small) {
      expect(vmotionSubnets.has(c)).toBe(false);
      expect(vmk.filter((k) => k['Cluster'] === c && k['Device'] === 'vmk0')).toHaveLength(2);
    }
  });

  it('has VMFS, NFS and vSAN datastores and standard plus distributed port groups with VLANs', () => {
    const types = new Set(rows(book, 'vDatastore').map((d) => d['Type']));
    expect(types).toEqual(new Set(['VMFS', 'NFS', 'vsan']));
    const dv = rows(book, 'dvPort');
    expect(dv.some((p) => typeof p['VLAN'] === 'number' && Number(p['VLAN']) > 0)).toBe(true);
    expect(dv.some((p) => p['VLAN'] === null)).toBe(true); // uplink group
    expect(rows(book, 'vPort').some((p) => Number(p['VLAN']) > 0)).toBe(true);
  });

  it('has custom attribute columns Owner and Backup Policy, with Vietnamese values', () => {
    const h = headerRow(book, 'vInfo');
    expect(h.indexOf('Owner')).toBeGreaterThan(h.indexOf('Annotation'));
    expect(h.indexOf('Backup Policy')).toBeLessThan(h.indexOf('Datacenter'));
    expect(vInfo.some((r) => str(r, 'Owner').includes('Phòng'))).toBe(true);
    expect(vInfo.every((r) => str(r, 'Backup Policy') !== '')).toBe(true);
  });
});

describe('demo DRS rule CSVs', () => {
  const read = (name: string): string[][] => parseQuotedCsv(fs.readFileSync(path.join(demoDir, name), 'utf8'));
  const vmNames = new Set(vInfo.map((r) => str(r, 'VM')));
  const hostNames = new Set(hosts.map((h) => str(h, 'Host')));
  const clusterNames = new Set(clusters.map((c) => str(c, 'Name')));

  it('drs-vm-rules.csv: PowerCLI columns, every value quoted, VMs that exist in the workbook', () => {
    const [header, ...data] = read('drs-vm-rules.csv');
    expect(header).toEqual(['Cluster', 'Name', 'Enabled', 'Type', 'VMs']);
    expect(data.length).toBeGreaterThanOrEqual(3);
    for (const r of data) {
      expect(clusterNames.has(r[0] as string)).toBe(true);
      expect(['True', 'False']).toContain(r[2]);
      expect(['VMAffinity', 'VMAntiAffinity']).toContain(r[3]);
      for (const vm of (r[4] as string).split(';')) expect(vmNames.has(vm), vm).toBe(true);
    }
    expect(data.some((r) => r[3] === 'VMAffinity')).toBe(true);
    expect(data.some((r) => r[3] === 'VMAntiAffinity' && (r[4] as string).includes('DC0'))).toBe(true);
    expect(data.some((r) => r[3] === 'VMAntiAffinity' && (r[4] as string).includes('SQL'))).toBe(true);
  });

  it('drs-groups.csv and drs-vmhost-rules.csv: groups of real VMs and hosts, MustRunOn for Oracle and a ShouldRunOn', () => {
    const [gHeader, ...groups] = read('drs-groups.csv');
    expect(gHeader).toEqual(['Cluster', 'Name', 'GroupType', 'Member']);
    const kind = new Map<string, string>();
    for (const g of groups) {
      kind.set(`${g[0]}/${g[1]}`, g[2] as string);
      const members = (g[3] as string).split(';');
      for (const m of members) expect(g[2] === 'VMGroup' ? vmNames.has(m) : hostNames.has(m), m).toBe(true);
    }
    const [rHeader, ...rules] = read('drs-vmhost-rules.csv');
    expect(rHeader).toEqual(['Cluster', 'Name', 'Enabled', 'Type', 'VMGroup', 'VMHostGroup']);
    for (const r of rules) {
      expect(['MustRunOn', 'ShouldRunOn', 'MustNotRunOn', 'ShouldNotRunOn']).toContain(r[3]);
      expect(kind.get(`${r[0]}/${r[4]}`)).toBe('VMGroup');
      expect(kind.get(`${r[0]}/${r[5]}`)).toBe('VMHostGroup');
    }
    const must = rules.filter((r) => r[3] === 'MustRunOn');
    expect(must).toHaveLength(1);
    const oracle = groups.find((g) => g[1] === must[0]?.[4]);
    expect(oracle?.[3]).toMatch(/ORA/);
    expect(rules.some((r) => r[3] === 'ShouldRunOn')).toBe(true);
  });

  it('keeps the running estate consistent with its rules (anti-affine VMs on different hosts, Oracle on licensed hosts)', () => {
    const hostOf = new Map(vInfo.map((r) => [str(r, 'VM'), str(r, 'Host')]));
    const [, ...vmRules] = read('drs-vm-rules.csv');
    for (const r of vmRules.filter((x) => x[2] === 'True')) {
      const placed = (r[4] as string).split(';').map((vm) => hostOf.get(vm));
      if (r[3] === 'VMAntiAffinity') expect(new Set(placed).size, r[1]).toBe(placed.length);
      else expect(new Set(placed).size, r[1]).toBe(1);
    }
    const [, ...groups] = read('drs-groups.csv');
    const licensed = new Set((groups.find((g) => g[1] === 'HG-Oracle-Licensed')?.[3] ?? '').split(';'));
    for (const vm of (groups.find((g) => g[1] === 'VMG-Oracle')?.[3] ?? '').split(';')) expect(licensed.has(hostOf.get(vm) as string)).toBe(true);
  });
});

describe('demo through the product importer', () => {
  it('imports with no error or warning: 58 VMs + 2 templates, 9 hosts, 3 clusters and all DRS rules and groups', async () => {
    const files = fs
      .readdirSync(demoDir)
      .filter((f) => /\.(xlsx|csv)$/.test(f))
      .map((f) => ({ name: f, data: new Uint8Array(fs.readFileSync(path.join(demoDir, f))) }));
    const { inventory, report } = await importFiles(files);
    expect(report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(inventory.hosts).toHaveLength(9);
    expect(inventory.clusters).toHaveLength(3);
    expect(inventory.vms.filter((v) => !v.template)).toHaveLength(58);
    expect(inventory.drsRules.filter((r) => r.kind === 'vm-host')).toHaveLength(3);
    expect(inventory.drsRules.filter((r) => r.kind === 'vm-anti-affinity')).toHaveLength(5);
    expect(inventory.drsRules.filter((r) => r.kind === 'vm-affinity')).toHaveLength(1);
    expect(inventory.drsGroups).toHaveLength(6);
  });
});
