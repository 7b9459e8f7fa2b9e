import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { SAMPLE_339, SAMPLE_SMALL } from '../fixtures/import/samples';
import { runBuiltCli } from '../fixtures/cli';

const repo = path.resolve(__dirname, '../..');
function validate(...args: string[]): { code: number | null; out: string; err: string } {
  const r = runBuiltCli('validate', args, { cwd: repo });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run validate', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-validate-'));

  it('prints the summary and exits 0 on a clean export', () => {
    const r = validate(SAMPLE_339, '--lang', 'vi');
    expect(r.code).toBe(0);
    expect(r.out).toContain('295 máy ảo (không tính template), 44 template, 258 đang chạy, 20 host, 11 cluster');
  });

  it('exits 2 with one line on a fatal error', () => {
    const bad = path.join(tmp, 'notes.xlsx');
    fs.writeFileSync(bad, 'just some text, not a workbook\n');
    const r = validate(bad);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('IMP_NOT_SPREADSHEET');
    expect(r.err).toContain('notes.xlsx');
    const missing = validate(path.join(tmp, 'nope.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('nope.xlsx');
  });

  it('exits 2 when one of several files has an error, and writes the problem rows', () => {
    const empty = path.join(tmp, 'empty.xlsx');
    fs.writeFileSync(empty, '');
    const out = path.join(tmp, 'problems.xlsx');
    const r = validate(SAMPLE_SMALL, empty, '--problems', out);
    expect(r.code).toBe(2);
    expect(r.out).toContain('IMP_FILE_EMPTY');
    const wb = XLSX.read(fs.readFileSync(out));
    expect(wb.SheetNames[0]).toBe('Issues');
    const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets.Issues as XLSX.WorkSheet, { header: 1 });
    expect(rows[1]?.[1]).toBe('IMP_FILE_EMPTY');
    // the vPort rows of the small sample carry a located problem: its source rows are copied
    expect(wb.SheetNames).toContain('Excluded');
  });
});
