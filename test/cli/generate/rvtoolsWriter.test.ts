import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { demoEstate } from '../../../cli/generate/demoEstate';
import { writeRvtoolsWorkbook } from '../../../cli/generate/rvtoolsWriter';
import { RVTOOLS_TABS } from '../../../cli/generate/rvtoolsTabs';
import { syntheticEstate } from '../../../cli/generate/syntheticEstate';
import { headerRow, matrix, readBook, rows, samplePath, sharedDir } from './readBack';

const estate = demoEstate();
const book = readBook(writeRvtoolsWorkbook(estate));
const sample = readBook(samplePath);

/** Custom attribute columns of the real sample (backup products, auto deploy, edrs). */
const SAMPLE_CUSTOM = new Set(['NB_LAST_BACKUP', 'Rubrik_LastBackup', 'AutoDeploy.MachineIdentity', 'com.vmware.vcenter.cluster.edrs.upgradeHostAdded']);
const OUR_CUSTOM = new Set([
  ...estate.customAttributes.vm,
  ...estate.customAttributes.host,
  ...estate.customAttributes.cluster,
  ...estate.customAttributes.datastore,
  ...estate.customAttributes.dvSwitch,
]);

/** Header list of a sheet from the table in readiness-and-mapping.md §3.2 (RVTools 4.7.1.4, observed). */
function documentedHeaders(sheet: string): string[] {
  const text = fs.readFileSync(path.join(sharedDir, 'domain', 'readiness-and-mapping.md'), 'utf8');
  // §3.1 lists the sheets too; the §3.2 row is the one holding the header list.
  const line = text.split('\n').find((l) => l.startsWith(`| ${sheet} |`) && l.includes('VI SDK Server'));
  if (!line) throw new Error(`no documented headers for ${sheet}`);
  const list = line.split('|')[2] ?? '';
  const out: string[] = [];
  for (const raw of list.split(', ')) {
    const item = raw.replace(/\*\*/g, '').replace(/\s+\(.*\)\s*$/, '').trim();
    if (item === '‹custom›' || item === '') continue;
    const range = /^(.*#)(\d+) … .*#(\d+)$/.exec(item);
    if (range) {
      for (let n = Number(range[2]); n <= Number(range[3]); n++) out.push(`${range[1]}${n}`);
    } else out.push(item);
  }
  return out;
}

describe('writeRvtoolsWorkbook (4.6 headers)', () => {
  it('writes the 27 tabs in the order of a real RVTools 4.6 export', () => {
    expect(book.SheetNames).toEqual([...RVTOOLS_TABS]);
    expect(book.SheetNames).toEqual(sample.SheetNames);
  });

  it('writes every header of every tab exactly as the real 4.6.1.3 sample does (custom columns aside)', () => {
    for (const sheet of sample.SheetNames) {
      const ours = headerRow(book, sheet).filter((h) => !OUR_CUSTOM.has(h));
      const real = headerRow(sample, sheet).filter((h) => !SAMPLE_CUSTOM.has(h));
      expect(ours, sheet).toEqual(real);
    }
  });

  it('matches the documented header lists of vInfo, vDisk, vNetwork, vHost, vCluster and vSC_VMK', () => {
    for (const sheet of ['vInfo', 'vDisk', 'vNetwork', 'vHost', 'vCluster', 'vSC_VMK', 'vDatastore', 'vTools']) {
      const ours = headerRow(book, sheet).filter((h) => !OUR_CUSTOM.has(h));
      expect(ours, sheet).toEqual(documentedHeaders(sheet));
    }
  });

  it('puts custom attribute columns where real exports do: after Annotation, before Datacenter / UUID / VI SDK Server', () => {
    for (const sheet of ['vInfo', 'vCPU', 'vMemory', 'vDisk', 'vPartition', 'vNetwork', 'vCD', 'vUSB', 'vSnapshot', 'vTools']) {
      const h = headerRow(book, sheet);
      const at = h.indexOf('Annotation');
      expect(h.slice(at + 1, at + 4), sheet).toEqual(['Owner', 'Backup Policy', 'Veeam Last Backup']);
      expect(h[at + 4], sheet).toBe('Datacenter');
    }
    const host = headerRow(book, 'vHost');
    expect(host.slice(host.indexOf('Object ID') + 1, host.indexOf('Object ID') + 3)).toEqual(['Rack', 'UUID']);
    const cluster = headerRow(book, 'vCluster');
    expect(cluster.slice(-3)).toEqual(['Owner', 'VI SDK Server', 'VI SDK UUID']);
  });

  it('writes values in the shapes real exports use', () => {
    const info = rows(book, 'vInfo');
    expect(info).toHaveLength(estate.vms.length);
    for (const r of info) {
      expect(['True', 'False']).toContain(r['Template']);
      expect(['poweredOn', 'poweredOff', 'suspended']).toContain(r['Powerstate']);
      expect(['bios', 'efi']).toContain(r['Firmware']);
      expect(typeof r['Creation date']).toBe('number'); // Excel serial
      expect(r['Path']).toMatch(/^\[[^\]]+\] [^/]+\/[^/]+\.vmt?x$/);
      expect(typeof r['HW version']).toBe('number');
    }
    const ws = book.Sheets['vInfo'];
    expect(ws?.['O2']?.t).toBe('n');
    expect(String(ws?.['O2']?.w)).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}$/);
    for (const d of rows(book, 'vDisk')) expect(d['Path']).toMatch(/^\[[^\]]+\] \S+\/\S+\.vmdk$/);
    for (const n of rows(book, 'vNetwork')) expect(n['Mac Address']).toMatch(/^00:50:56(:[0-9a-f]{2}){3}$/);
    for (const h of rows(book, 'vHost')) expect(h['ESX Version']).toMatch(/^VMware ESXi [78]\.0\.3 build-\d+$/);
    const meta = rows(book, 'vMetaData')[0];
    expect(meta?.['RVTools version']).toBe('4.6.1.3');
    expect(meta?.['RVTools major version']).toBe(4.6);
    expect(typeof meta?.['xlsx creation datetime']).toBe('number');
  });

  it('gives the same cells through the streaming writer and through SheetJS', () => {
    const viaSheetJs = readBook(writeRvtoolsWorkbook(estate, { engine: 'sheetjs' }));
    expect(viaSheetJs.SheetNames).toEqual(book.SheetNames);
    for (const sheet of book.SheetNames) expect(matrix(book, sheet), sheet).toEqual(matrix(viaSheetJs, sheet));
  });

  it('keeps awkward text intact: XML specials, quotes, Vietnamese, leading/trailing spaces, line breaks', () => {
    const odd = demoEstate();
    const text = '  <b>Tôi & "bạn"</b> \'x\'\nline 2\t ';
    const vm = odd.vms[0];
    if (!vm) throw new Error('demo has no VMs');
    vm.annotation = text;
    vm.attributes['Owner'] = '=SUM(A1)';
    for (const engine of ['stream', 'sheetjs'] as const) {
      const first = rows(readBook(writeRvtoolsWorkbook(odd, { engine, tabs: ['vInfo'] })), 'vInfo')[0];
      expect(first?.['Annotation'], engine).toBe(text);
      expect(first?.['Owner'], engine).toBe('=SUM(A1)');
    }
  });

  it('is byte-for-byte deterministic', () => {
    const a = writeRvtoolsWorkbook(demoEstate());
    const b = writeRvtoolsWorkbook(demoEstate());
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });
});

describe('writeRvtoolsWorkbook variants', () => {
  it('writes a partial export with only the requested tabs', () => {
    const partial = readBook(writeRvtoolsWorkbook(estate, { tabs: ['vHost', 'vInfo'] }));
    expect(partial.SheetNames).toEqual(['vInfo', 'vHost']);
    expect(rows(partial, 'vInfo')).toHaveLength(estate.vms.length);
    expect(rows(partial, 'vHost')).toHaveLength(estate.hosts.length);
  });

  it('rejects an unknown tab name', () => {
    expect(() => writeRvtoolsWorkbook(estate, { tabs: ['vInfo', 'vFloppy'] })).toThrow(/vFloppy/);
  });

  it('writes RVTools 3.x headers: MB/KB, vCenter UUID, no tabs or columns newer than 3.9', () => {
    const old = readBook(writeRvtoolsWorkbook(estate, { headers: '3.x-MB' }));
    expect(old.SheetNames).not.toContain('vUSB');
    expect(old.SheetNames).not.toContain('vSource');
    expect(old.SheetNames).not.toContain('vFileInfo');
    expect(old.SheetNames).not.toContain('vMetaData');
    expect(old.SheetNames).toHaveLength(23);
    for (const sheet of old.SheetNames) {
      const h = headerRow(old, sheet);
      expect(h.some((x) => /MiB|KiB/.test(x)), sheet).toBe(false);
      expect(h, sheet).not.toContain('VI SDK UUID');
      expect(h, sheet).not.toContain('SRM Placeholder');
    }
    const info = headerRow(old, 'vInfo');
    expect(info).toEqual(expect.arrayContaining(['Provisioned MB', 'In Use MB', 'Unshared MB', 'Video Ram KB', 'vCenter UUID', 'Network #4']));
    expect(info).not.toContain('Network #5');
    expect(info).not.toContain('EFI Secure boot');
    expect(info).not.toContain('CBT');
    expect(headerRow(old, 'vDisk')).not.toContain('Shared Bus');
    expect(headerRow(old, 'vDisk')).toContain('Capacity MB');
    expect(headerRow(old, 'vNetwork')).toContain('IP Address');
    expect(headerRow(old, 'vNetwork')).not.toContain('IPv4 Address');
    // Values still line up with their headers after columns were dropped.
    const first = rows(old, 'vDisk')[0];
    expect(first?.['Capacity MB']).toBe(estate.vms[0]?.disks[0]?.capacityMiB);
    const vm = estate.vms[0];
    const info0 = rows(old, 'vInfo')[0];
    expect(info0?.['vCenter UUID']).toBe(estate.vcenters[0]?.uuid);
    expect(info0?.['Provisioned MB']).toBe(rows(book, 'vInfo')[0]?.['Provisioned MiB']);
    expect(info0?.['VM']).toBe(vm?.name);
  });

  it('writes one RVTools_tab<Name>.csv per tab with the same headers and rows as the workbook', () => {
    const files = writeRvtoolsWorkbook(estate, { format: 'csv' });
    expect(files.map((f) => f.name)).toEqual(RVTOOLS_TABS.map((t) => `RVTools_tab${t}.csv`));
    const vinfo = files.find((f) => f.name === 'RVTools_tabvInfo.csv');
    const text = new TextDecoder().decode(vinfo?.data);
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(estate.vms.length + 1);
    const csvBook = XLSX.read(text, { type: 'string', raw: true });
    const sheet = csvBook.SheetNames[0] as string;
    expect(headerRow(csvBook, sheet)).toEqual(headerRow(book, 'vInfo'));
    const first = rows(csvBook, sheet)[0];
    expect(first?.['VM']).toBe(estate.vms[0]?.name);
    expect(String(first?.['Annotation'])).toBe(estate.vms[0]?.annotation);
    expect(text).toContain('Phòng CNTT (IT)');
  });

  it('writes a large synthetic estate whose row counts follow the estate', () => {
    const big = syntheticEstate({ vms: 800, seed: 3 });
    const wb = readBook(writeRvtoolsWorkbook(big));
    expect(rows(wb, 'vInfo')).toHaveLength(800);
    expect(rows(wb, 'vDisk')).toHaveLength(big.vms.reduce((s, v) => s + v.disks.length, 0));
    expect(rows(wb, 'vNetwork')).toHaveLength(big.vms.reduce((s, v) => s + v.nics.length, 0));
    expect(rows(wb, 'vHost')).toHaveLength(big.hosts.length);
    expect(rows(wb, 'vSnapshot')).toHaveLength(big.vms.reduce((s, v) => s + v.snapshots.length, 0));
  });
});
