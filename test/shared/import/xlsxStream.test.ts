import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { CellValue } from '../../../shared/import/cells';
import { DEFAULT_LIMITS } from '../../../shared/import/limits';
import { rowsOfSheet } from '../../../shared/import/xlsxReader';
import { readXlsxStreaming } from '../../../shared/import/xlsxStream';
import { guardZip } from '../../../shared/import/zipGuard';
import { buildTemplateXlsx } from '../../../shared/import/templateWorkbook';
import { rvtools3xBook, writeBook } from '../../fixtures/import/builders';
import { SAMPLE_339, SAMPLE_SMALL } from '../../fixtures/import/samples';
import { writeSyntheticXlsx } from '../../../cli/generate/fixtures';

const norm = (rows: CellValue[][]): CellValue[][] =>
  rows.map((r) => {
    const out = r.map((c) => (c === null ? undefined : c));
    while (out.length > 0 && out[out.length - 1] === undefined) out.pop();
    return out;
  });

/** Differential check: every sheet, every cell, same values as SheetJS (dense, cellText/cellHTML off). */
function compare(data: Uint8Array): number {
  const wb = XLSX.read(data, { type: 'array', dense: true, cellText: false, cellHTML: false });
  const mine = readXlsxStreaming(data, 'f.xlsx', guardZip(data, 'f.xlsx', DEFAULT_LIMITS), wb.SheetNames);
  expect(mine.names).toEqual(wb.SheetNames);
  let cells = 0;
  for (const s of mine.sheets) {
    const ref = rowsOfSheet(wb.Sheets[s.name] as XLSX.WorkSheet);
    expect(s.headerRow, s.name).toBe(ref.headerRow);
    const a = norm(s.rows);
    const b = norm(ref.rows);
    expect(a.length, s.name).toBe(b.length);
    for (let i = 0; i < a.length; i++) {
      expect(a[i], `${s.name} row ${i + s.headerRow}`).toEqual(b[i]);
      cells += (a[i] ?? []).length;
    }
  }
  return cells;
}

describe('streaming xlsx reader = SheetJS', () => {
  it('on the 4.6 sample', () => {
    expect(compare(new Uint8Array(fs.readFileSync(SAMPLE_339)))).toBeGreaterThan(50_000);
  });
  it('on the small hand-made sample', () => {
    expect(compare(new Uint8Array(fs.readFileSync(SAMPLE_SMALL)))).toBeGreaterThan(100);
  });
  it('on a SheetJS-written 3.x-style book and on the template (comments, validation, inline text)', () => {
    compare(writeBook(rvtools3xBook()));
    compare(buildTemplateXlsx());
  });
  it('on tricky cells: entities, _x000D_ escapes, rich text, booleans, errors, inline strings, gaps', () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['a & b < c', 'line\r\nbreak', true, false, 1.5e-7, -42, '  spaced  ', 'Tiếng Việt ✓'],
      [],
      [null, 'x', null, 3],
    ]);
    ws.J5 = { t: 'e', v: 7 };
    ws.K6 = { t: 's', v: '_x0041_ literal' };
    ws['!ref'] = 'A1:K6';
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'T');
    const sst = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    compare(sst);
    const inline = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', bookSST: false }) as ArrayBuffer);
    compare(inline);
  });
  it('on a generated 1,000-VM estate', () => {
    const p = writeSyntheticXlsx(1000);
    expect(compare(new Uint8Array(fs.readFileSync(p)))).toBeGreaterThan(100_000);
  });
});
