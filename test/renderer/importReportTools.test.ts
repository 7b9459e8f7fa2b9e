import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles, problemRowsXlsx } from '../../shared/import';
import type { ImportReport } from '../../shared/model/importReport';
import type { Inventory } from '../../shared/model/inventory';
import { filterIssues, reportCounts } from '../../renderer/views/import/issueFilter';

const DEMO = path.resolve(__dirname, '../..', 'templates/demo');

type Loaded = { inventory: Inventory; report: ImportReport; names: string[] };

async function load(files: string[]): Promise<Loaded> {
  const r = await importFiles(files.map((f) => ({ name: path.basename(f), data: new Uint8Array(fs.readFileSync(f)) })));
  return { ...r, names: files.map((f) => path.basename(f)) };
}

describe('import report filters and downloads', () => {
  let demo: Loaded;
  beforeAll(async () => {
    demo = await load(fs.readdirSync(DEMO).filter((f) => /\.(xlsx|csv)$/.test(f)).map((f) => path.join(DEMO, f)));
  }, 60_000);

  it('filters findings by severity and by code, sheet or message words', () => {
    const issues = demo.report.issues;
    expect(issues.length).toBeGreaterThan(0);
    expect(filterIssues(issues, 'all', '', 'en')).toHaveLength(issues.length);
    for (const sev of ['error', 'warning', 'info'] as const) {
      expect(filterIssues(issues, sev, '', 'en')).toEqual(issues.filter((i) => i.severity === sev));
    }
    const first = issues[0];
    if (!first) throw new Error('no issue');
    const byCode = filterIssues(issues, 'all', first.code.toLowerCase(), 'en');
    expect(byCode.every((i) => [i.code, i.file, i.sheet, i.column, i.message.en].some((x) => x?.toLowerCase().includes(first.code.toLowerCase())))).toBe(true);
    expect(byCode).toContain(first);
    const withSheet = issues.find((i) => i.sheet);
    if (withSheet?.sheet) expect(filterIssues(issues, 'all', withSheet.sheet, 'vi')).toContain(withSheet);
    expect(filterIssues(issues, 'all', 'zzzz-nothing-matches', 'vi')).toHaveLength(0);
  });

  it('totals the excluded rows and unknown fields', () => {
    const c = reportCounts(demo.report);
    expect(c.excluded).toBe(demo.report.excluded.reduce((n, x) => n + x.count, 0));
    expect(c.unknown).toBe(demo.report.unknown.length);
    expect(c.excluded).toBeGreaterThan(0);
  });

  it('the problem-rows XLSX the button saves is a real workbook listing every finding', () => {
    const bytes = problemRowsXlsx(demo.report, 'vi');
    const wb = XLSX.read(bytes, { type: 'array' });
    const first = wb.Sheets[wb.SheetNames[0] as string];
    if (!first) throw new Error('no sheet');
    const rows = XLSX.utils.sheet_to_json<unknown[]>(first, { header: 1 });
    expect(rows.length - 1).toBe(demo.report.issues.length);
  });
});
