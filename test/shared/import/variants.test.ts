import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../shared/import';
import { summarize } from '../../../shared/model/summary';
import { dbColumnBook, patchXlsxEntry, pickSheets, rvtools3xBook, sampleBook, writeBook } from '../../fixtures/import/builders';

describe('RVTools 3.x headers (MB, vCenter UUID, UUID)', async () => {
  const data = writeBook(rvtools3xBook());
  const { inventory, report } = await importFiles([{ name: 'rvtools-3x.xlsx', data }]);
  const s = summarize(inventory);
  it('gives the same counts as the 4.6 export', () => {
    expect(s.vms).toBe(295);
    expect(s.templates).toBe(44);
    expect(s.vCpus).toBe(1287);
    expect(s.memoryMiB).toBe(5795696);
    expect(s.vmsWithSnapshots).toBe(34);
  });
  it('reads MB columns as MiB and the vCenter UUID as the source key', () => {
    const vm = inventory.vms.find((v) => v.name === '36010VJ01');
    expect(vm?.provisionedMiB).toBe(514017);
    expect(vm?.disks[0]?.capacityMiB).toBe(512000);
    expect(vm?.uuid).toBe('50170cb7-7113-6901-0f5d-965756f96832');
    expect(inventory.sources[0]?.uuid).toBe('CCFED4CA-A170-4AAC-9FC0-F5C70BC482A6');
    expect(s.provisionedMiB).toBeGreaterThan(0);
  });
  it('says which tabs were missing', () => {
    const missing = report.issues.filter((i) => i.code === 'RVT_MISSING_TAB').map((i) => i.sheet).sort();
    expect(missing).toEqual(['vMetaData', 'vSource', 'vUSB']);
  });
});

describe('DB-style column names (-DBColumnNames)', async () => {
  const { inventory } = await importFiles([{ name: 'db.xlsx', data: writeBook(dbColumnBook()) }]);
  it('maps vInfoVMName, vInfoCPUs, vHostNumCpuCores …', () => {
    const s = summarize(inventory);
    expect(s.vms).toBe(295);
    expect(s.vCpus).toBe(1287);
    expect(s.hosts).toBe(20);
    expect(inventory.hosts.every((h) => h.cores !== undefined && h.memoryMiB !== undefined)).toBe(true);
    expect(inventory.vms.find((v) => v.name === '36010VJ01')?.dnsName).toBe('36010VJ01.ter.acme1.com');
  });
});

describe('partial export: only vInfo and vHost', async () => {
  const { inventory, report } = await importFiles([{ name: 'partial.xlsx', data: writeBook(pickSheets(sampleBook(), ['vInfo', 'vHost'])) }]);
  it('imports VMs and hosts, derives clusters by name, and leaves the rest unknown', () => {
    const s = summarize(inventory);
    expect(s.vms).toBe(295);
    expect(s.hosts).toBe(20);
    expect(s.clusters).toBe(11);
    expect(inventory.clusters.every((c) => c.haEnabled === undefined && c.drsEnabled === undefined)).toBe(true);
    expect(report.issues.some((i) => i.code === 'RVT_DERIVED_CLUSTERS')).toBe(true);
    const missing = report.issues.filter((i) => i.code === 'RVT_MISSING_TAB');
    expect(missing.map((i) => i.sheet)).toContain('vDisk');
    expect(missing.find((i) => i.sheet === 'vDisk')?.severity).toBe('warning');
    expect(report.unknown.find((u) => u.field === 'vm.disks')?.count).toBe(339);
    expect(inventory.sources[0]?.tabs).toEqual(['vInfo', 'vHost']);
    expect(inventory.vms.every((v) => v.sockets === undefined)).toBe(true);
  });
});

describe('a sheet whose declared range is a million rows', async () => {
  let data = writeBook(pickSheets(sampleBook(), ['vInfo', 'vHost', 'vCluster']));
  data = patchXlsxEntry(data, 'xl/worksheets/sheet1.xml', (xml) => xml.replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:CN1048576"/>'));
  const { inventory, report } = await importFiles([{ name: 'huge-range.xlsx', data }]);
  it('imports the rows that hold data and says the range was clamped', () => {
    expect(summarize(inventory).vms).toBe(295);
    const clamp = report.issues.find((i) => i.code === 'IMP_SHEET_CLAMPED');
    expect(clamp?.sheet).toBe('vInfo');
    expect(clamp?.message.en).toContain('1,048,576');
  });
});
