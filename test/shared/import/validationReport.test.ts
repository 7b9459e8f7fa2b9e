import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { formatValidation, importFiles, problemRowsXlsx } from '../../../shared/import';
import { pickSheets, sampleBook, writeBook } from '../../fixtures/import/builders';

describe('problem rows workbook', async () => {
  const b = pickSheets(sampleBook(), ['vInfo', 'vHost']);
  const vInfo = (b.vInfo ?? []).map((r) => [...r]);
  const h = vInfo[0] ?? [];
  const cpu = h.indexOf('CPUs');
  const mem = h.indexOf('Memory');
  const ann = h.indexOf('Annotation');
  (vInfo[2] as unknown[])[cpu] = 'lots';
  (vInfo[9] as unknown[])[mem] = '=1+2';
  (vInfo[9] as unknown[])[ann] = '@SUM(A1:A3)';
  const files = [{ name: 'customer.xlsx', data: writeBook({ vInfo, vHost: b.vHost ?? [] }) }];
  const { inventory, report } = await importFiles(files);

  it('lists the issues and copies each problem row with its messages, neutralising formulas', () => {
    const wb = XLSX.read(problemRowsXlsx(report, 'vi+en', files));
    expect(wb.SheetNames.slice(0, 3)).toEqual(['Vấn đề - Issues', 'Loại ra - Excluded', 'Chưa rõ - Unknown']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.vInfo as XLSX.WorkSheet, { header: 1 });
    expect(rows[0]?.[0]).toBe('Dòng / Row');
    expect(rows[0]?.[1]).toBe('VM');
    expect(rows.map((r) => r[0])).toEqual(['Dòng / Row', 3, 10]);
    const row10 = rows[2] ?? [];
    expect(row10[1 + mem]).toBe("'=1+2");
    expect(row10[1 + ann]).toBe("'@SUM(A1:A3)");
    expect(String(rows[1]?.at(-1))).toContain('RVT_BAD_VALUE [CPUs]');
    const issues = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Vấn đề - Issues'] as XLSX.WorkSheet, { header: 1 });
    expect(issues.some((r) => r[1] === 'RVT_BAD_VALUE' && r[4] === 3 && r[5] === 'CPUs')).toBe(true);
  });

  it('formats a readable summary in each language', () => {
    const en = formatValidation(inventory, report, 'en');
    expect(en).toContain('0 errors, 8 warnings');
    expect(en).toMatch(/RVT_BAD_VALUE +customer\.xlsx vInfo #3 \[CPUs\]/);
    expect(formatValidation(inventory, report, 'vi')).toContain('Giá trị "lots" không hợp lệ');
  });
});
