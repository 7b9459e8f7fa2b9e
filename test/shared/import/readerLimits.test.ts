import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { importFiles, type ImportOptions, type InputFile } from '../../../shared/import';
import { DEFAULT_LIMITS, MAX_NAME_CHARS } from '../../../shared/import/limits';
import { ImportError } from '../../../shared/model/importReport';
import { craftRvtools, craftXlsx, csvText, sheetXml, vHostRows, vInfoRows, VINFO_HEADERS } from '../../fixtures/import/crafted';

/** The ImportError code of an import that must fail, checking its message is bilingual and names the file. */
async function failure(files: InputFile[], opts?: ImportOptions): Promise<ImportError> {
  try {
    await importFiles(files, opts);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    const err = e as ImportError;
    expect(err.text.vi.length).toBeGreaterThan(10);
    expect(err.text.en.length).toBeGreaterThan(10);
    if (files.length === 1) {
      expect(err.file?.startsWith(files[0]?.name ?? '?')).toBe(true);
      expect(err.text.en).toContain(files[0]?.name);
    }
    return err;
  }
  throw new Error('the import succeeded');
}

const xlsx = (name: string, data: Uint8Array): InputFile[] => [{ name, data }];
const heapMiB = (): number => process.memoryUsage().heapUsed / 1048576;

describe('reader limits: crafted workbooks end in a coded error, never a hang or out-of-memory', () => {
  it('unquoted attribute <c r=A6> (used to restart the quote scan at byte 0 forever) → IMP_CORRUPT', async () => {
    const data = craftRvtools((x) => x.replace('<c r="A6" t="inlineStr">', '<c r=A6 t="inlineStr">'));
    expect(data.length).toBeLessThan(4096);
    const t0 = performance.now();
    const err = await failure(xlsx('unquoted.xlsx', data));
    expect(err.code).toBe('IMP_CORRUPT');
    expect(err.text.en).toContain('attribute value without quotes');
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('the other unquoted / unterminated attribute shapes → IMP_CORRUPT', async () => {
    const cases: [string, (x: string) => string][] = [
      ['row r=3', (x) => x.replace('<row r="3">', '<row r=3>')],
      ['unterminated value', (x) => x.replace('<c r="B2" t="inlineStr">', '<c r="B2 t=inlineStr>')],
      ['attribute without value', (x) => x.replace('<row r="4">', '<row r>')],
      ['apostrophe never closed', (x) => x.replace('<row r="2">', "<row r='2>")],
    ];
    for (const [what, damage] of cases) {
      const err = await failure(xlsx(`${what}.xlsx`, craftRvtools(damage)));
      expect(err.code, what).toBe('IMP_CORRUPT');
    }
  });

  it('huge row index r="2000000000" → IMP_ROW_LIMIT without allocating up to it', async () => {
    const data = craftRvtools((x) => x.replace('<row r="6">', '<row r="2000000000">').replace(/r="([A-Z]+)6"/g, 'r="$12000000000"'));
    const before = heapMiB();
    const err = await failure(xlsx('rows.xlsx', data));
    expect(err.code).toBe('IMP_ROW_LIMIT');
    expect(err.text.en).toContain('2000000000');
    expect(err.text.en).toContain('vInfo');
    expect(heapMiB() - before).toBeLessThan(64);
  });

  it('huge column ZZZZZZ → IMP_COLUMN_LIMIT without allocating up to it', async () => {
    const data = craftRvtools((x) => x.replace('<c r="A3" t="inlineStr">', '<c r="ZZZZZZ3" t="inlineStr">'));
    const before = heapMiB();
    const err = await failure(xlsx('cols.xlsx', data));
    expect(err.code).toBe('IMP_COLUMN_LIMIT');
    expect(err.text.en).toContain('ZZZZZZ');
    expect(heapMiB() - before).toBeLessThan(64);
  });

  it('cells without a reference still stop at column 16,384; rows without one at row 1,048,576', async () => {
    const wide = `<row r="2">${'<c t="inlineStr"><is><t>x</t></is></c>'.repeat(16_385)}</row>`;
    const err = await failure(xlsx('wide.xlsx', craftRvtools((x) => x.replace(/<row r="2">.*?<\/row>/, wide))));
    expect(err.code).toBe('IMP_COLUMN_LIMIT');
    const tall = await failure(xlsx('tall.xlsx', craftRvtools((x) => x.replace('<row r="6">', '<row r="1048576">').replace(/r="([A-Z]+)6"/g, 'r="$11048576"').replace('</sheetData>', '<row><c t="inlineStr"><is><t>x</t></is></c></row></sheetData>'))));
    expect(tall.code).toBe('IMP_ROW_LIMIT');
  });

  it("Excel's last cell XFD1048576 itself is accepted", async () => {
    const data = craftRvtools((x) => x.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'));
    const { inventory } = await importFiles(xlsx('last.xlsx', data));
    expect(inventory.vms.map((v) => v.name)).toContain('vm-1');
  });

  it('&#x110000; in a sheet name → IMP_CORRUPT (not an internal error)', async () => {
    const data = craftXlsx({ sheets: { vInfo: sheetXml(vInfoRows(2)), Other: sheetXml([['a']]) }, rawNames: { Other: 'bad&#x110000;name' } });
    const err = await failure(xlsx('charref.xlsx', data));
    expect(err.code).toBe('IMP_CORRUPT');
    expect(err.text.en).toContain('&#x110000;');
  });

  it('&#x110000; (and a 30-digit reference) in cell text → IMP_CORRUPT', async () => {
    for (const ref of ['&#x110000;', `&#${'9'.repeat(30)};`]) {
      const err = await failure(xlsx('cellref.xlsx', craftRvtools((x) => x.replace('>vm-2<', `>vm-2${ref}<`))));
      expect(err.code).toBe('IMP_CORRUPT');
    }
  });

  it('a tag that never closes and a truncated text node → IMP_CORRUPT', async () => {
    const err = await failure(xlsx('open.xlsx', craftRvtools((x) => x.replace('</sheetData>', '<row r="9"'))));
    expect(err.code).toBe('IMP_CORRUPT');
  });

  it('a 20,000-character VM name is shortened to 255 with a warning; names stay distinct and references still match', async () => {
    const long = (k: number): string => `${'a'.repeat(300)}-${k}-${'b'.repeat(19_700)}`;
    const vInfo = vInfoRows(3, (i) => (i < 2 ? long(i) : 'short-vm'));
    const vDisk = [['VM', 'Disk', 'Capacity MiB', 'Path'], [long(0), 'Hard disk 1', 40960, '[ds1] vm/vm.vmdk']];
    const data = craftXlsx({ sheets: { vInfo: sheetXml(vInfo), vDisk: sheetXml(vDisk), vHost: sheetXml(vHostRows()) } });
    const { inventory, report } = await importFiles(xlsx('longname.xlsx', data));
    const names = inventory.vms.map((v) => v.name);
    expect(names).toContain('short-vm');
    const shortened = names.filter((n) => n !== 'short-vm');
    expect(shortened).toHaveLength(2);
    for (const n of shortened) {
      expect(n.length).toBeLessThanOrEqual(MAX_NAME_CHARS);
      expect(n.startsWith('a'.repeat(200))).toBe(true);
    }
    expect(new Set(shortened).size).toBe(2);
    // the vDisk row refers to the first long name: it still lands on that VM
    const vm0 = inventory.vms.find((v) => v.name === shortened[0]);
    expect(vm0?.disks.map((d) => d.label)).toEqual(['Hard disk 1']);
    const warn = report.issues.filter((i) => i.code === 'IMP_NAME_TRUNCATED');
    expect(warn.length).toBeGreaterThanOrEqual(2);
    expect(warn[0]).toMatchObject({ severity: 'warning', file: 'longname.xlsx', sheet: 'vInfo', column: 'VM', row: 2 });
    expect(warn[0]?.message.en).toContain(`has ${long(0).length.toLocaleString('en-US')} characters`);
    expect(warn[0]?.message.vi).toContain(`dài ${long(0).length.toLocaleString('vi-VN')} ký tự`);
  });

  it('a 50 MB name in a small file: cut at 32,767 characters while reading, then shortened as a name', async () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const sst = `<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>${huge}</t></si></sst>`;
    const withSst = craftXlsx({ sheets: { vInfo: sheetXml(vInfoRows(5)).replace('<c r="A3" t="inlineStr"><is><t>vm-2</t></is></c>', '<c r="A3" t="s"><v>0</v></c>'), vHost: sheetXml(vHostRows()) }, sharedStrings: sst });
    expect(withSst.length).toBeLessThan(200 * 1024);
    const { inventory, report } = await importFiles(xlsx('fifty.xlsx', withSst));
    const vm = inventory.vms.find((v) => v.name.startsWith('xxxx'));
    expect(vm?.name.length).toBe(MAX_NAME_CHARS);
    expect(report.issues.find((i) => i.code === 'IMP_CELL_TRUNCATED')).toMatchObject({ severity: 'warning', sheet: 'vInfo', row: 3, column: 'A' });
    expect(report.issues.find((i) => i.code === 'IMP_NAME_TRUNCATED')?.message.en).toContain('32,767');
    expect(JSON.stringify(inventory).length).toBeLessThan(100_000);
  });

  it('an inline string of 40,000 characters is cut at 32,767 with a located warning; a 200-character annotation is kept', async () => {
    const rows = vInfoRows(2);
    (rows[0] as (string | number)[]).push('Annotation');
    (rows[1] as (string | number)[]).push('n'.repeat(40_000));
    (rows[2] as (string | number)[]).push('note '.repeat(40));
    const { inventory, report } = await importFiles(xlsx('cell.xlsx', craftXlsx({ sheets: { vInfo: sheetXml(rows), vHost: sheetXml(vHostRows()) } })));
    expect(inventory.vms.find((v) => v.name === 'vm-1')?.annotation?.length).toBe(DEFAULT_LIMITS.maxCellChars);
    expect(inventory.vms.find((v) => v.name === 'vm-2')?.annotation).toBe('note '.repeat(40).trim());
    expect(report.issues.find((i) => i.code === 'IMP_CELL_TRUNCATED')).toMatchObject({ row: 2, column: 'L' });
  });

  it('a 40,000-character header and repeated long names never make long issue messages', async () => {
    const rows = vInfoRows(600, () => 'z'.repeat(5000));
    (rows[0] as (string | number)[]).push('h'.repeat(40_000), 'h'.repeat(40_000));
    const { report } = await importFiles(xlsx('headers.xlsx', craftXlsx({ sheets: { vInfo: sheetXml(rows), vHost: sheetXml(vHostRows()) } })));
    expect(report.issues.some((i) => i.code === 'IMP_DUPLICATE_HEADER')).toBe(true);
    for (const i of report.issues) expect(i.message.en.length, i.code).toBeLessThan(1500);
    // one warning for the repeated long name, not one per row
    expect(report.issues.filter((i) => i.code === 'IMP_NAME_TRUNCATED')).toHaveLength(1);
  });

  it('row and cell budgets per file → IMP_ROW_BUDGET / IMP_CELL_BUDGET (xlsx)', async () => {
    const data = craftRvtools(undefined, 20);
    expect((await failure(xlsx('rows.xlsx', data), { limits: { maxRowsPerFile: 10 } })).code).toBe('IMP_ROW_BUDGET');
    expect((await failure(xlsx('cells.xlsx', data), { limits: { maxCellsPerFile: 50 } })).code).toBe('IMP_CELL_BUDGET');
    expect((await failure(xlsx('vms.xlsx', data), { limits: { maxVms: 19 } })).code).toBe('IMP_VM_BUDGET');
    const ok = await importFiles(xlsx('vms.xlsx', data), { limits: { maxVms: 20 } });
    expect(ok.inventory.vms).toHaveLength(20);
  });
});

describe('reader limits: legacy .xls (read by SheetJS) checked against the same limits', () => {
  const xls = (): Uint8Array => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(vInfoRows(30)), 'vInfo');
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(vHostRows()), 'vHost');
    return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
  };
  it('row, cell and VM budgets → IMP_ROW_BUDGET / IMP_CELL_BUDGET / IMP_VM_BUDGET', async () => {
    expect((await failure(xlsx('old.xls', xls()), { limits: { maxRowsPerFile: 20 } })).code).toBe('IMP_ROW_BUDGET');
    expect((await failure(xlsx('old.xls', xls()), { limits: { maxCellsPerFile: 100 } })).code).toBe('IMP_CELL_BUDGET');
    expect((await failure(xlsx('old.xls', xls()), { limits: { maxVms: 10 } })).code).toBe('IMP_VM_BUDGET');
    expect((await importFiles(xlsx('old.xls', xls()))).inventory.vms).toHaveLength(30);
  });
});

describe('reader limits: CSV', () => {
  const csv = (name: string, text: string): InputFile[] => [{ name, data: strToU8(text) }];

  it('a vInfo CSV over the VM budget → IMP_VM_BUDGET; over the row budget → IMP_ROW_BUDGET', async () => {
    const text = csvText(vInfoRows(1200));
    expect((await failure(csv('RVTools_tabvInfo.csv', text), { limits: { maxVms: 1000 } })).code).toBe('IMP_VM_BUDGET');
    expect((await failure(csv('RVTools_tabvInfo.csv', text), { limits: { maxRowsPerFile: 1000 } })).code).toBe('IMP_ROW_BUDGET');
    expect((await failure(csv('RVTools_tabvInfo.csv', text), { limits: { maxCellsPerFile: 5000 } })).code).toBe('IMP_CELL_BUDGET');
    const { inventory } = await importFiles(csv('RVTools_tabvInfo.csv', text));
    expect(inventory.vms).toHaveLength(1200);
  });

  it('a CSV row of 16,385 fields → IMP_COLUMN_LIMIT', async () => {
    const text = `${VINFO_HEADERS.join(',')}\r\n${Array.from({ length: 16_385 }, (_, i) => `f${i}`).join(',')}\r\n`;
    expect((await failure(csv('RVTools_tabvInfo.csv', text))).code).toBe('IMP_COLUMN_LIMIT');
  });

  it('a 20,000-character VM name and a 100,000-character quoted field in a CSV: shortened and cut, with warnings', async () => {
    const rows = vInfoRows(2, (i) => (i === 0 ? 'v'.repeat(20_000) : 'ok-vm'));
    (rows[0] as (string | number)[]).push('Annotation');
    (rows[1] as (string | number)[]).push(`"${'q'.repeat(100_000)}"`);
    (rows[2] as (string | number)[]).push('');
    const { inventory, report } = await importFiles(csv('RVTools_tabvInfo.csv', csvText(rows)));
    expect(inventory.vms.map((v) => v.name.length).sort((a, b) => a - b)).toEqual([5, MAX_NAME_CHARS]);
    expect(inventory.vms.find((v) => v.name !== 'ok-vm')?.annotation?.length).toBe(DEFAULT_LIMITS.maxCellChars);
    expect(report.issues.find((i) => i.code === 'IMP_CELL_TRUNCATED')).toMatchObject({ severity: 'warning', row: 2, column: 'L' });
    expect(report.issues.find((i) => i.code === 'IMP_NAME_TRUNCATED')).toMatchObject({ severity: 'warning', row: 2, column: 'VM' });
  });

  it('a zip of CSVs goes through the same limits', async () => {
    const zip = zipSync({ 'export/RVTools_tabvInfo.csv': strToU8(csvText(vInfoRows(50))) });
    expect((await failure([{ name: 'csv.zip', data: zip }], { limits: { maxVms: 10 } })).code).toBe('IMP_VM_BUDGET');
  });
});
