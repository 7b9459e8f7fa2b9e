/**
 * The reader-limit regressions end to end: each crafted file (written here, at run time) goes through the
 * built `validate` command line in its own process with a time limit, so a hang or an out-of-memory shows as
 * a killed process or an exit code other than 2. Long names then go through `plan` and the PDF is read back.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuiltCli } from '../fixtures/cli';
import { craftRvtools, craftXlsx, csvText, sheetXml, vHostRows, vInfoRows } from '../fixtures/import/crafted';
import { flat, pdfPages } from '../shared/report/pdfText';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-limits-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Write `data` as `name` in the temp folder (in a sub-folder when the name must stay fixed, like CSV tabs). */
function write(name: string, data: Uint8Array | string, sub = ''): string {
  const dir = path.join(tmp, sub);
  fs.mkdirSync(dir, { recursive: true });
  const p = path.join(dir, name);
  fs.writeFileSync(p, data);
  return p;
}

/** `validate` on one file: exit 2 and exactly one stderr line naming the file and the code, within 60 s. */
function expectRefused(file: string, code: string): void {
  const t0 = Date.now();
  const r = runBuiltCli('validate', [file], { timeout: 60_000, env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=1024' } });
  expect(r.status, `${r.stderr}\n(${Date.now() - t0} ms)`).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toContain(code);
  expect(lines[0]).not.toContain('internal error');
}

describe('npm run validate on crafted files', () => {
  it('unquoted attribute (the importer used to hang) → exit 2, IMP_CORRUPT', () => {
    expectRefused(write('unquoted.xlsx', craftRvtools((x) => x.replace('<c r="A6" t="inlineStr">', '<c r=A6 t="inlineStr">'))), 'IMP_CORRUPT');
  });

  it('huge row index r="2000000000" (used to run out of memory) → exit 2, IMP_ROW_LIMIT', () => {
    expectRefused(write('huge-row.xlsx', craftRvtools((x) => x.replace('<row r="6">', '<row r="2000000000">').replace(/r="([A-Z]+)6"/g, 'r="$12000000000"'))), 'IMP_ROW_LIMIT');
  });

  it('huge column ZZZZZZ (used to run out of memory) → exit 2, IMP_COLUMN_LIMIT', () => {
    expectRefused(write('huge-col.xlsx', craftRvtools((x) => x.replace('<c r="A3" t="inlineStr">', '<c r="ZZZZZZ3" t="inlineStr">'))), 'IMP_COLUMN_LIMIT');
  });

  it('&#x110000; in a sheet name (used to end in "internal error") → exit 2, IMP_CORRUPT', () => {
    const data = craftXlsx({ sheets: { vInfo: sheetXml(vInfoRows(2)), Other: sheetXml([['a']]) }, rawNames: { Other: 'x&#x110000;' } });
    expectRefused(write('charref.xlsx', data), 'IMP_CORRUPT');
  });

  it('a 1-million-row vInfo CSV (planning used to run out of memory) → exit 2, IMP_VM_BUDGET', () => {
    const lines = ['VM,Powerstate,Template,CPUs,Memory,Cluster,Host'];
    for (let i = 0; i < 1_000_000; i++) lines.push(`vm-${i},poweredOn,False,2,4096,Cluster1,esx01`);
    expectRefused(write('RVTools_tabvInfo.csv', `${lines.join('\r\n')}\r\n`, 'million'), 'IMP_VM_BUDGET');
  });

  it('a CSV over the per-file row budget (2,000,000 rows) → exit 2, IMP_ROW_BUDGET', () => {
    const text = `Host,Datacenter,Cluster\r\n${'esx01,DC1,C1\r\n'.repeat(2_000_001)}`;
    expectRefused(write('RVTools_tabvHost.csv', text, 'rows'), 'IMP_ROW_BUDGET');
  });
});

describe('long names: shortened before the plan, so every output stays small and fast', () => {
  it('a 20,000-character VM name: validate warns (exit 0), plan writes the PDF quickly with the shortened name', () => {
    const long = `${'Long-VM-name-'.repeat(1540)}end`;
    expect(long.length).toBeGreaterThan(20_000);
    const file = write('longname.xlsx', craftXlsx({ sheets: { vInfo: sheetXml(vInfoRows(3, (i) => (i === 1 ? long : `vm-${i + 1}`))), vHost: sheetXml(vHostRows()) } }));
    const v = runBuiltCli('validate', [file], { timeout: 60_000 });
    expect(v.status, v.stderr).toBe(0);
    expect(v.stdout).toContain('IMP_NAME_TRUNCATED');
    const out = path.join(tmp, 'longname-plan');
    const t0 = Date.now();
    const p = runBuiltCli('plan', [file, '--out', out, '--format', 'pdf,md', '--lang', 'en', '--profile', 'full'], { timeout: 180_000 });
    expect(p.status, p.stderr).toBe(0);
    process.stdout.write(`plan of a 20,000-character VM name (pdf, md): ${Date.now() - t0} ms\n`);
    const text = flat(pdfPages(path.join(out, 'plan.pdf')).join(' '));
    expect(text).toContain('vm-3');
    expect(text).not.toContain('Long-VM-name-'.repeat(30));
    const md = fs.readFileSync(path.join(out, 'plan.md'), 'utf8');
    expect(md).not.toContain('Long-VM-name-'.repeat(30));
    expect(md).toContain('Long-VM-name-'.repeat(10));
  });

  it('a 50 MB VM name in a small file: the outputs stay small', () => {
    const sst = `<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${'N'.repeat(50 * 1024 * 1024)}</t></si></sst>`;
    const vInfo = sheetXml(vInfoRows(3)).replace('<c r="A3" t="inlineStr"><is><t>vm-2</t></is></c>', '<c r="A3" t="s"><v>0</v></c>');
    const data = craftXlsx({ sheets: { vInfo, vHost: sheetXml(vHostRows()) }, sharedStrings: sst });
    expect(data.length).toBeLessThan(200 * 1024);
    const file = write('fifty.xlsx', data);
    const out = path.join(tmp, 'fifty-plan');
    const p = runBuiltCli('plan', [file, '--out', out, '--format', 'md,json,xlsx', '--lang', 'en', '--profile', 'full'], { timeout: 180_000 });
    expect(p.status, p.stderr).toBe(0);
    let total = 0;
    for (const f of fs.readdirSync(out)) total += fs.statSync(path.join(out, f)).size;
    expect(total).toBeLessThan(5 * 1024 * 1024);
    expect(fs.readFileSync(path.join(out, 'plan.md'), 'utf8')).toContain('N'.repeat(200));
  });

  it('the CSV form of the hang case is a plain CSV problem, not a hang: an unterminated quote is a warning', () => {
    const file = write('RVTools_tabvInfo.csv', `${csvText(vInfoRows(3)).trimEnd()}\r\n"never closed,poweredOn\r\n`, 'quote');
    const r = runBuiltCli('validate', [file], { timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('IMP_CSV_MALFORMED');
  });
});
