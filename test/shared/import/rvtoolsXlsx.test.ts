import { describe, expect, it } from 'vitest';
import { importFiles, type ImportProgress } from '../../../shared/import';
import { summarize } from '../../../shared/model/summary';
import { migratableVms } from '../../../shared/model/inventory';
import { inputFile, SAMPLE_339, SAMPLE_SMALL } from '../../fixtures/import/samples';

describe('RVTools 4.6 xlsx (339 vInfo rows)', async () => {
  const progress: ImportProgress[] = [];
  const { inventory, report } = await importFiles([inputFile(SAMPLE_339)], { onProgress: (p) => progress.push(p) });
  const s = summarize(inventory);

  it('gives the measured counts', () => {
    expect(s.vms).toBe(295);
    expect(s.templates).toBe(44);
    expect(s.poweredOn).toBe(258);
    expect(s.hosts).toBe(20);
    expect(s.clusters).toBe(11);
    expect(s.vCpus).toBe(1287);
    expect(s.memoryMiB).toBe(5795696);
    expect(s.vmsWithSnapshots).toBe(34);
    expect(s.datastores).toBe(51);
  });

  it('reads host EVC modes', () => {
    const modes = new Set(inventory.hosts.flatMap((h) => [h.currentEvc, h.maxEvc]).filter(Boolean));
    expect(modes.has('intel-haswell')).toBe(true);
    expect(modes.has('intel-sandybridge')).toBe(true);
  });

  it('keeps custom attribute columns as VM attributes', () => {
    const keys = new Set(inventory.vms.flatMap((v) => Object.keys(v.attributes)));
    // the two backup-tool columns that sit between Annotation and Datacenter
    expect(keys.has('NB_LAST_BACKUP') || keys.has('Rubrik_LastBackup')).toBe(true);
    expect(keys.has('Datacenter')).toBe(false);
    expect(report.issues.some((i) => i.code === 'RVT_ATTRIBUTES' && i.message.en.includes('Rubrik_LastBackup'))).toBe(true);
  });

  it('joins disks, NICs, snapshots and tools to their VM, and parses datastore names', () => {
    const vm = inventory.vms.find((v) => v.name === '36010VJ01');
    expect(vm).toBeDefined();
    expect(vm?.uuid).toBe('50170cb7-7113-6901-0f5d-965756f96832');
    expect(vm?.disks[0]?.capacityMiB).toBe(512000);
    expect(vm?.disks[0]?.datastore).toBe('VJW-Ent-Cluster-01-remotebuild_datastore1');
    expect(vm?.disks[0]?.controller).toBe('LSI Logic SAS');
    expect(vm?.nics[0]?.adapter).toBe('E1000');
    expect(vm?.nics[0]?.mac).toBe('00:50:56:97:09:c0');
    expect(vm?.firmware).toBe('bios');
    expect(vm?.hwVersion).toBe(14);
    expect(vm?.tools?.status).toBeDefined();
    const totalDisks = inventory.vms.reduce((n, v) => n + v.disks.length, 0);
    expect(totalDisks).toBe(580);
    const totalNics = inventory.vms.reduce((n, v) => n + v.nics.length, 0);
    expect(totalNics).toBe(344);
    const snap = inventory.vms.find((v) => v.name === 'barrage')?.snapshots[0];
    expect(snap?.createdAt).toMatch(/^2025-04-25T09:12/);
    expect(snap?.sizeMiBTotal).toBeCloseTo(19602.356, 2);
  });

  it('fills the source from vSource and vMetaData', () => {
    expect(inventory.sources).toHaveLength(1);
    const src = inventory.sources[0];
    expect(src?.uuid).toBe('CCFED4CA-A170-4AAC-9FC0-F5C70BC482A6');
    expect(src?.server).toBe('creambell.ter.acme1.com');
    expect(src?.fullName).toContain('vCenter Server 8.0.3');
    expect(src?.rvtoolsVersion).toBe('4.6.1.3');
    expect(src?.exportedAt).toBe('2025-04-30T08:10:11');
    expect(src?.kind).toBe('rvtools-xlsx');
  });

  it('reads VMkernel ports, port groups, switches, licences, health and resource pools', () => {
    expect(inventory.vmkernels).toHaveLength(43);
    expect(inventory.vmkernels.some((k) => k.services.includes('management'))).toBe(true);
    expect(inventory.portGroups.filter((p) => p.kind === 'standard').length).toBeGreaterThan(10);
    expect(inventory.licenses).toHaveLength(17);
    expect(inventory.health).toHaveLength(453);
    expect(inventory.resourcePools).toHaveLength(11);
    expect(inventory.switches.length).toBe(44);
  });

  it('lists templates as excluded rows and reports no error', () => {
    expect(report.excluded.find((e) => e.reason === 'template')?.count).toBe(44);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.issues.some((i) => i.code === 'RVT_MISSING_TAB')).toBe(false);
  });

  it('reports progress per tab', () => {
    expect(progress.some((p) => p.phase === 'parse' && p.sheet === 'vDisk' && p.rows === 580)).toBe(true);
    expect(progress.at(-1)?.phase).toBe('validate');
  });

  it('has no VM without a key and every migratable VM has CPU and memory', () => {
    expect(new Set(inventory.vms.map((v) => v.key)).size).toBe(inventory.vms.length);
    expect(migratableVms(inventory).every((v) => v.cpus !== undefined && v.memoryMiB !== undefined)).toBe(true);
  });
});

describe('small hand-made export (17 tabs, odd headers)', async () => {
  const { inventory, report } = await importFiles([inputFile(SAMPLE_SMALL)]);
  it('imports 3 VMs with their children and reports the missing tabs', () => {
    expect(summarize(inventory).vms).toBe(3);
    expect(inventory.hosts).toHaveLength(2);
    const web = inventory.vms.find((v) => v.name === 'sample-web-01');
    expect(web?.disks.length).toBeGreaterThan(0);
    expect(web?.nics[0]?.adapter).toBe('Vmxnet3');
    expect(inventory.vms.find((v) => v.name === 'sample-db-01')?.snapshots[0]?.name).toBe('pre-maintenance');
    const missing = report.issues.filter((i) => i.code === 'RVT_MISSING_TAB').map((i) => i.sheet);
    expect(missing).toContain('vDatastore');
    expect(missing).toContain('vSC_VMK');
    const dsMissing = report.issues.find((i) => i.code === 'RVT_MISSING_TAB' && i.sheet === 'vDatastore');
    expect(dsMissing?.message.vi).toMatch(/datastore/);
    expect(dsMissing?.message.en).toMatch(/VMFS\/NFS\/vSAN/);
  });
  it('leaves fields of missing columns unknown, never defaulted', () => {
    const web = inventory.vms.find((v) => v.name === 'sample-web-01');
    expect(web?.cbt).toBeUndefined();
    expect(web?.haRestartPriority).toBeUndefined();
    expect(web?.sockets).toBeUndefined();
    expect(report.unknown.some((u) => u.field === 'vm.osConfig')).toBe(true);
  });
});
