import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticCsvDir, writeSyntheticMultiVcenter, writeSyntheticXlsx } from '../../../cli/generate/fixtures';
import { writeRvtoolsWorkbook } from '../../../cli/generate/rvtoolsWriter';
import { splitByVcenter, syntheticEstate } from '../../../cli/generate/syntheticEstate';
import { headerRow, readBook, rows } from './readBack';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-synth-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('syntheticEstate proportions', () => {
  const estate = syntheticEstate({ vms: 6000, seed: 11 });
  const vms = estate.vms;
  const n = vms.length;

  it('has the requested number of VMs, ≈1.7 disks and ≈1.1 NICs per VM', () => {
    expect(n).toBe(6000);
    const disks = vms.reduce((s, v) => s + v.disks.length, 0) / n;
    const nics = vms.reduce((s, v) => s + v.nics.length, 0) / n;
    expect(disks).toBeGreaterThan(1.62);
    expect(disks).toBeLessThan(1.78);
    expect(nics).toBeGreaterThan(1.06);
    expect(nics).toBeLessThan(1.14);
  });

  it('has ≈30 VMs per host and clusters of 4–16 hosts', () => {
    expect(n / estate.hosts.length).toBeGreaterThan(28);
    expect(n / estate.hosts.length).toBeLessThanOrEqual(30);
    const sizes = new Map<string, number>();
    for (const h of estate.hosts) sizes.set(h.cluster, (sizes.get(h.cluster) ?? 0) + 1);
    expect(sizes.size).toBe(estate.clusters.length);
    for (const [c, size] of sizes) {
      expect(size, c).toBeGreaterThanOrEqual(4);
      expect(size, c).toBeLessThanOrEqual(16);
    }
    // Every VM sits on a host of its own cluster.
    const hostCluster = new Map(estate.hosts.map((h) => [h.name, h.cluster]));
    for (const v of vms) expect(hostCluster.get(v.host)).toBe(v.cluster);
  });

  it('has ≈10 % VMs with snapshots, ≈5 % templates, partitions and Tools for running VMs, custom attributes', () => {
    const withSnap = vms.filter((v) => v.snapshots.length > 0).length / n;
    expect(withSnap).toBeGreaterThan(0.08);
    expect(withSnap).toBeLessThan(0.12);
    const templates = vms.filter((v) => v.template).length / n;
    expect(templates).toBeGreaterThan(0.035);
    expect(templates).toBeLessThan(0.065);
    const on = vms.filter((v) => v.powerState === 'poweredOn');
    expect(on.length / n).toBeGreaterThan(0.75);
    expect(on.filter((v) => v.partitions.length > 0).length / on.length).toBeGreaterThan(0.9);
    expect(estate.customAttributes.vm.length).toBeGreaterThanOrEqual(3);
    for (const v of vms.slice(0, 200)) for (const a of estate.customAttributes.vm) expect(v.attributes[a], a).toBeTruthy();
    // A few of the awkward cases the readiness rules look for.
    expect(vms.some((v) => v.disks.some((d) => d.raw))).toBe(true);
    expect(vms.some((v) => v.disks.some((d) => d.mode === 'independent_persistent'))).toBe(true);
    expect(vms.filter((v) => v.cds.some((c) => c.connected)).length / n).toBeGreaterThan(0.01);
    expect(vms.some((v) => v.usbs.length > 0)).toBe(true);
    expect(new Set(vms.map((v) => v.hwVersion)).size).toBeGreaterThanOrEqual(5);
    const srm = vms.filter((v) => v.srmPlaceholder);
    expect(srm.length).toBeGreaterThan(5);
    for (const v of srm) expect(v.powerState).toBe('poweredOff');
  });

  it('uses several CPU generations, some clusters with EVC, and unique VM names, MACs and UUIDs', () => {
    expect(new Set(estate.hosts.map((h) => h.maxEvc)).size).toBeGreaterThanOrEqual(3);
    expect(estate.clusters.some((c) => c.evcMode !== null)).toBe(true);
    expect(estate.clusters.some((c) => c.evcMode === null)).toBe(true);
    expect(new Set(vms.map((v) => v.name)).size).toBe(n);
    expect(new Set(vms.map((v) => v.uuid)).size).toBe(n);
    const macs = vms.flatMap((v) => v.nics.map((x) => x.mac));
    expect(new Set(macs).size).toBe(macs.length);
  });
});

describe('syntheticEstate determinism and vCenters', () => {
  it('gives the same bytes for the same seed and different bytes for another seed', () => {
    const a = writeRvtoolsWorkbook(syntheticEstate({ vms: 400, seed: 5 }));
    const b = writeRvtoolsWorkbook(syntheticEstate({ vms: 400, seed: 5 }));
    const c = writeRvtoolsWorkbook(syntheticEstate({ vms: 400, seed: 6 }));
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(c))).not.toBe(0);
  });

  it('spreads an estate over several vCenters and splits it into one export per vCenter', () => {
    const estate = syntheticEstate({ vms: 900, seed: 2, vcenters: 3 });
    expect(estate.vcenters).toHaveLength(3);
    expect(new Set(estate.vcenters.map((v) => v.uuid)).size).toBe(3);
    const parts = splitByVcenter(estate);
    expect(parts.map((p) => p.vms.length).reduce((s, x) => s + x, 0)).toBe(900);
    for (const part of parts) {
      expect(part.vms.length).toBeGreaterThan(200);
      const wb = readBook(writeRvtoolsWorkbook(part, { tabs: ['vInfo', 'vSource'] }));
      const servers = new Set(rows(wb, 'vInfo').map((r) => r['VI SDK Server']));
      expect(servers).toEqual(new Set([part.vcenters[0]?.server]));
      expect(rows(wb, 'vSource')).toHaveLength(1);
      expect(headerRow(wb, 'vInfo')).toContain('Site');
    }
    // Custom attribute columns differ between the vCenters' exports.
    expect(parts[0]?.customAttributes.vm).toContain('Application');
    expect(parts[0]?.customAttributes.vm).not.toContain('Cost Center');
    expect(parts[1]?.customAttributes.vm).toContain('Cost Center');
    expect(parts[1]?.customAttributes.vm).not.toContain('Application');
  });
});

describe('fixtures', () => {
  it('writes a synthetic xlsx once and reuses it', () => {
    const file = writeSyntheticXlsx(1200, tmp);
    const stat = fs.statSync(file);
    expect(writeSyntheticXlsx(1200, tmp)).toBe(file);
    expect(fs.statSync(file).mtimeMs).toBe(stat.mtimeMs);
    const wb = readBook(file);
    expect(wb.SheetNames).toHaveLength(27);
    expect(rows(wb, 'vInfo')).toHaveLength(1200);
    const disks = rows(wb, 'vDisk').length / 1200;
    expect(disks).toBeGreaterThan(1.6);
    expect(disks).toBeLessThan(1.8);
    expect(fs.readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes partial, 3.x, CSV and multi-vCenter fixtures', () => {
    const partial = readBook(writeSyntheticXlsx(300, tmp, { tabs: ['vInfo', 'vHost'] }));
    expect(partial.SheetNames).toEqual(['vInfo', 'vHost']);
    const old = readBook(writeSyntheticXlsx(300, tmp, { headers: '3.x-MB' }));
    expect(headerRow(old, 'vInfo')).toContain('vCenter UUID');
    const csvDir = writeSyntheticCsvDir(300, tmp);
    expect(fs.readdirSync(csvDir)).toContain('RVTools_tabvInfo.csv');
    expect(fs.readFileSync(path.join(csvDir, 'RVTools_tabvInfo.csv'), 'utf8').trimEnd().split('\r\n')).toHaveLength(301);
    const files = writeSyntheticMultiVcenter(600, 2, tmp);
    expect(files).toHaveLength(2);
    const counts = files.map((f) => rows(readBook(f), 'vInfo').length);
    expect(counts.reduce((s, x) => s + x, 0)).toBe(600);
  });
});
