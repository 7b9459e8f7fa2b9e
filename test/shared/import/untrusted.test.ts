import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { unzipSync, zipSync } from 'fflate';
import { importFiles, type InputFile } from '../../../shared/import';
import { ImportError } from '../../../shared/model/importReport';
import { summarize } from '../../../shared/model/summary';
import { patchXlsxEntry, pickSheets, sampleBook, writeBook } from '../../fixtures/import/builders';

async function codeOf(files: InputFile[], limits?: Parameters<typeof importFiles>[1]): Promise<string> {
  try {
    await importFiles(files, limits);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    const err = e as ImportError;
    expect(err.text.vi.length).toBeGreaterThan(10);
    expect(err.text.en.length).toBeGreaterThan(10);
    return err.code;
  }
  return 'no error';
}

/** Set every declared uncompressed size in a zip's central directory (a forged bomb header). */
function forgeDeclaredSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const dv = new DataView(out.buffer);
  for (let p = 0; p + 46 < out.length; p++) {
    if (dv.getUint32(p, true) === 0x02014b50) dv.setUint32(p + 24, size, true);
  }
  return out;
}

const small = (): Uint8Array => writeBook(pickSheets(sampleBook(), ['vInfo', 'vHost']));

describe('untrusted input', () => {
  it('an empty file → IMP_FILE_EMPTY', async () => {
    expect(await codeOf([{ name: 'empty.xlsx', data: new Uint8Array(0) }])).toBe('IMP_FILE_EMPTY');
  });

  it('random bytes → IMP_NOT_SPREADSHEET', async () => {
    const data = new Uint8Array(4096);
    for (let i = 0; i < data.length; i++) data[i] = (i * 7919 + 13) % 256;
    expect(await codeOf([{ name: 'photo.xlsx', data }])).toBe('IMP_NOT_SPREADSHEET');
  });

  it('a truncated xlsx → IMP_CORRUPT', async () => {
    const data = small();
    expect(await codeOf([{ name: 'cut.xlsx', data: data.slice(0, Math.floor(data.length / 2)) }])).toBe('IMP_CORRUPT');
  });

  it('a zip bomb (declared 3 GiB) → IMP_ZIP_BOMB before anything is inflated', async () => {
    const before = process.memoryUsage().rss;
    const bomb = forgeDeclaredSizes(small(), 0xc0000000);
    expect(await codeOf([{ name: 'bomb.xlsx', data: bomb }])).toBe('IMP_ZIP_BOMB');
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024);
  });

  it('a real high-ratio zip → IMP_ZIP_BOMB under configured limits', async () => {
    const zeros = new Uint8Array(16 * 1024 * 1024);
    const zip = zipSync({ '[Content_Types].xml': new Uint8Array(10), 'xl/workbook.xml': new Uint8Array(10), 'xl/worksheets/sheet1.xml': zeros });
    expect(zip.length).toBeLessThan(100_000);
    expect(await codeOf([{ name: 'ratio.xlsx', data: zip }], { limits: { ratioFloorBytes: 1024 * 1024, maxCompressionRatio: 100 } })).toBe('IMP_ZIP_BOMB');
  });

  it('an oversized file → IMP_TOO_LARGE (checked before reading; limit configurable)', async () => {
    expect(await codeOf([{ name: 'big.xlsx', data: small() }], { limits: { maxFileBytes: 10_000 } })).toBe('IMP_TOO_LARGE');
  });

  it('a password-protected workbook (CFB with EncryptionInfo) → IMP_ENCRYPTED', async () => {
    const cfb = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(4096).fill(0x5a));
    const data = new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayBuffer);
    expect(data[0]).toBe(0xd0);
    expect(await codeOf([{ name: 'locked.xlsx', data }])).toBe('IMP_ENCRYPTED');
  });

  it('a legacy .xls is imported, with an info saying so', async () => {
    const data = writeBook(pickSheets(sampleBook(), ['vInfo', 'vHost']), 'biff8');
    const { inventory, report } = await importFiles([{ name: 'RVTools_export_all.xls', data }]);
    expect(summarize(inventory).vms).toBe(295);
    expect(report.issues.find((i) => i.code === 'IMP_LEGACY_XLS')?.severity).toBe('info');
  });

  it('a random workbook without vInfo → IMP_NOT_RVTOOLS', async () => {
    const data = writeBook({ Budget: [['Item', 'Cost'], ['Servers', 100]] });
    expect(await codeOf([{ name: 'budget.xlsx', data }])).toBe('IMP_NOT_RVTOOLS');
  });

  it('duplicated headers: first column wins, with a warning naming the column', async () => {
    const b = pickSheets(sampleBook(), ['vInfo']);
    const vInfo = (b.vInfo ?? []).map((r, i) => [...r, i === 0 ? 'CPUs' : 999]);
    const { inventory, report } = await importFiles([{ name: 'dup.xlsx', data: writeBook({ vInfo }) }]);
    expect(summarize(inventory).vCpus).toBe(1287);
    const w = report.issues.find((i) => i.code === 'IMP_DUPLICATE_HEADER');
    expect(w).toMatchObject({ severity: 'warning', sheet: 'vInfo', column: 'CPUs', row: 1 });
  });

  it('bad cell values become unknown with a located warning', async () => {
    const b = pickSheets(sampleBook(), ['vInfo']);
    const vInfo = (b.vInfo ?? []).map((r) => [...r]);
    const cpuCol = (vInfo[0] ?? []).indexOf('CPUs');
    (vInfo[3] as unknown[])[cpuCol] = 'four';
    const { inventory, report } = await importFiles([{ name: 'bad.xlsx', data: writeBook({ vInfo }) }]);
    const name = (vInfo[3] as unknown[])[0] as string;
    expect(inventory.vms.find((v) => v.name === name)?.cpus).toBeUndefined();
    expect(report.issues.find((i) => i.code === 'RVT_BAD_VALUE')).toMatchObject({ row: 4, column: 'CPUs', sheet: 'vInfo' });
  });

  it('a million-row declared range imports correctly', async () => {
    const data = patchXlsxEntry(small(), 'xl/worksheets/sheet1.xml', (x) => x.replace(/<dimension ref="[^"]+"\/>/, '<dimension ref="A1:XFD1048576"/>'));
    const before = process.memoryUsage().rss;
    const { inventory } = await importFiles([{ name: 'range.xlsx', data }]);
    expect(summarize(inventory).vms).toBe(295);
    expect(process.memoryUsage().rss - before).toBeLessThan(512 * 1024 * 1024);
  });

  it('cancel → IMP_CANCELLED', async () => {
    const ac = new AbortController();
    const p = importFiles([{ name: 'a.xlsx', data: small() }], { signal: ac.signal, onProgress: (x) => { if (x.phase === 'parse') ac.abort(); } });
    await expect(p).rejects.toMatchObject({ code: 'IMP_CANCELLED' });
  });

  it('one bad file among good ones becomes an error issue; the good ones are still imported', async () => {
    const { inventory, report } = await importFiles([
      { name: 'good.xlsx', data: small() },
      { name: 'empty.xlsx', data: new Uint8Array(0) },
    ]);
    expect(summarize(inventory).vms).toBe(295);
    expect(report.issues.find((i) => i.severity === 'error')).toMatchObject({ code: 'IMP_FILE_EMPTY', file: 'empty.xlsx' });
  });

  it('no files → IMP_NO_FILES', async () => {
    expect(await codeOf([])).toBe('IMP_NO_FILES');
  });
});

describe('many bad cells', () => {
  it('lists the first 500 of a kind and says how many more there are', async () => {
    const b = pickSheets(sampleBook(), ['vInfo']);
    const vInfo = (b.vInfo ?? []).map((r) => [...r]);
    const h = vInfo[0] ?? [];
    const cols = ['CPUs', 'Memory'].map((c) => h.indexOf(c));
    for (let r = 1; r < vInfo.length; r++) for (const c of cols) (vInfo[r] as unknown[])[c] = 'n/a';
    const { report } = await importFiles([{ name: 'bad.xlsx', data: writeBook({ vInfo }) }]);
    expect(report.issues.filter((i) => i.code === 'RVT_BAD_VALUE')).toHaveLength(500);
    const capped = report.issues.find((i) => i.code === 'IMP_ISSUES_CAPPED');
    expect(capped?.message.en).toContain('678 RVT_BAD_VALUE');
    expect(capped?.message.en).toContain('178 after');
  });
});

describe('a zip whose declared sizes are smaller than its content', () => {
  it('is refused as corrupt rather than read past its declared size', async () => {
    const data = zipSync(unzipSync(small()), { level: 6 });
    const dv = new DataView(data.buffer);
    // shrink the declared uncompressed size of every entry in the central directory
    for (let p = 0; p + 46 < data.length; p++) {
      if (dv.getUint32(p, true) === 0x02014b50) dv.setUint32(p + 24, Math.max(1, Math.floor(dv.getUint32(p + 24, true) / 3)), true);
    }
    expect(await codeOf([{ name: 'shrunk.xlsx', data }])).toBe('IMP_CORRUPT');
  });
});
