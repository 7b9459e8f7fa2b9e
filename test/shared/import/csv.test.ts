import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../shared/import';
import { ImportError } from '../../../shared/model/importReport';
import { summarize } from '../../../shared/model/summary';
import { csvExport, sampleBook, toCsv, utf16le, utf8Bom, windows1252, zipFiles } from '../../fixtures/import/builders';

describe('RVTools CSV export (one file per tab)', async () => {
  const files = csvExport(sampleBook());
  const { inventory, report } = await importFiles(files);
  it('gives the same model counts as the xlsx', () => {
    const s = summarize(inventory);
    expect(s.vms).toBe(295);
    expect(s.templates).toBe(44);
    expect(s.poweredOn).toBe(258);
    expect(s.hosts).toBe(20);
    expect(s.clusters).toBe(11);
    expect(s.vCpus).toBe(1287);
    expect(s.memoryMiB).toBe(5795696);
    expect(s.vmsWithSnapshots).toBe(34);
    expect(inventory.sources).toHaveLength(1);
    expect(inventory.sources[0]?.kind).toBe('rvtools-csv');
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
  it('reads the same zipped', async () => {
    const zipped = await importFiles([{ name: 'export.zip', data: zipFiles(files) }]);
    expect(summarize(zipped.inventory).vms).toBe(295);
    expect(zipped.report.files[0]?.kind).toBe('zip-csv');
  });
});

describe('RVTools 3.x CSV values', async () => {
  const vInfo = [
    ['VM', 'Powerstate', 'Template', 'CPUs', 'Memory', 'Provisioned MB', 'In Use MB', 'Creation date', 'Host', 'Cluster', 'Datacenter', 'UUID', 'vCenter UUID', 'VI SDK Server', 'CBT', 'Network #1', 'Network #4', 'Annotation', 'Owner'],
    ['app01', 'poweredOn', 'FALSE', '4', '16,384', '1,048,576', '204,800', '4/25/2016 11:11:54 PM', 'esx1', 'CL1', 'DC1', '4217-aa', 'VC-1', 'vc1.local', 'true', 'VM Network', '', 'héllo, "quoted"', 'Nguyễn Văn A'],
    ['tmpl01', 'poweredOff', 'TRUE', '2', '2048', '40960', '0', '1/2/2015 8:00:00 AM', 'esx1', 'CL1', 'DC1', '4217-bb', 'VC-1', 'vc1.local', '', '', '', '', ''],
  ];
  const snaps = [
    ['VM', 'Powerstate', 'Name', 'Date / time', 'Size MB (total)', 'UUID', 'vCenter UUID'],
    ['app01', 'poweredOn', 'before patch', '12/31/2016 1:05:00 AM', '2,048.5', '4217-aa', 'VC-1'],
  ];
  it('parses thousands separators, US dates, any-case booleans, MB headers, UTF-8 text', async () => {
    const { inventory } = await importFiles([
      { name: 'RVTools_tabvInfo.csv', data: utf8Bom(toCsv(vInfo)) },
      { name: 'RVTools_tabvSnapshot.csv', data: utf8Bom(toCsv(snaps)) },
    ]);
    const app = inventory.vms.find((v) => v.name === 'app01');
    expect(app?.memoryMiB).toBe(16384);
    expect(app?.provisionedMiB).toBe(1048576);
    expect(app?.cbt).toBe(true);
    expect(app?.template).toBe(false);
    expect(app?.annotation).toBe('héllo, "quoted"');
    expect(app?.attributes).toEqual({ Owner: 'Nguyễn Văn A' });
    expect(app?.snapshots[0]?.createdAt).toBe('2016-12-31T01:05:00');
    expect(app?.snapshots[0]?.sizeMiBTotal).toBe(2048.5);
    expect(app?.source).toBe('VC-1');
    expect(inventory.vms.find((v) => v.name === 'tmpl01')?.template).toBe(true);
    expect(inventory.vms.find((v) => v.name === 'tmpl01')?.cbt).toBe(false);
  });
  it('reads UTF-16LE with BOM and semicolon delimiters', async () => {
    const { inventory } = await importFiles([{ name: 'RVTools_tabvInfo.csv', data: utf16le(toCsv(vInfo, ';')) }]);
    expect(inventory.vms.find((v) => v.name === 'app01')?.attributes.Owner).toBe('Nguyễn Văn A');
    expect(inventory.vms.find((v) => v.name === 'app01')?.memoryMiB).toBe(16384);
  });
  it('falls back to Windows-1252 with a warning when the bytes are not UTF-8', async () => {
    const latin = vInfo.map((r) => r.map((c) => c.replace('Nguyễn Văn A', 'José Müller')));
    const { inventory, report } = await importFiles([{ name: 'RVTools_tabvInfo.csv', data: windows1252(toCsv(latin)) }]);
    expect(inventory.vms.find((v) => v.name === 'app01')?.attributes.Owner).toBe('José Müller');
    const w = report.issues.find((i) => i.code === 'IMP_CSV_ENCODING');
    expect(w?.severity).toBe('warning');
    expect(w?.file).toBe('RVTools_tabvInfo.csv');
    expect(w?.message.vi).toContain('Windows-1252');
  });
  it('skips an unknown CSV with a warning, and refuses a set with no usable file', async () => {
    const { report } = await importFiles([
      { name: 'RVTools_tabvInfo.csv', data: utf8Bom(toCsv(vInfo)) },
      { name: 'budget.csv', data: utf8Bom('Item,Cost\nDisks,100\n') },
    ]);
    expect(report.issues.find((i) => i.code === 'IMP_CSV_UNKNOWN')?.file).toBe('budget.csv');
    await expect(importFiles([{ name: 'budget.csv', data: utf8Bom('Item,Cost\nDisks,100\n') }])).rejects.toMatchObject({ code: 'IMP_NOTHING_IMPORTED' });
    await expect(importFiles([{ name: 'budget.csv', data: utf8Bom('Item,Cost\n') }])).rejects.toBeInstanceOf(ImportError);
  });
});
