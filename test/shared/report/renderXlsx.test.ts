import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/plan';
import { buildReport, REPORT_SECTION_BUILDERS } from '../../../shared/report/build';
import type { Section } from '../../../shared/report/model';
import { renderXlsx, sheetName } from '../../../shared/report/renderXlsx';
import { safeSheetText } from '../../../shared/text/safeCell';
import { BIG_SAMPLE, planFromSample } from './samplePlan';

const EVIL = "=cmd|' /C calc'!A0";

/** A section listing the VMs, as an area would add one. */
const vmList = (plan: Plan): Section[] => [
  {
    id: 'vm-list',
    title: { vi: 'Danh sách máy ảo', en: 'VM list' },
    blocks: [
      {
        kind: 'table',
        id: 'vms',
        title: { vi: 'Danh sách máy ảo', en: 'VM list' },
        columns: [
          { key: 'name', label: { vi: 'Tên', en: 'Name' } },
          { key: 'cpus', label: { vi: 'vCPU', en: 'vCPUs' }, align: 'right' },
        ],
        rows: plan.inventory.vms.filter((v) => !v.template).map((v) => [v.name, v.cpus]),
      },
    ],
  },
];

let plan: Plan;
beforeAll(async () => {
  plan = await planFromSample(BIG_SAMPLE);
  const vm = plan.inventory.vms.find((v) => !v.template);
  if (!vm) throw new Error('no vm');
  vm.name = EVIL;
});

function sheetXml(bytes: Uint8Array, index: number): string {
  const f = unzipSync(bytes)[`xl/worksheets/sheet${index + 1}.xml`];
  if (!f) throw new Error(`no sheet ${index + 1}`);
  return strFromU8(f);
}

describe('renderXlsx', () => {
  it('writes a cover, a text sheet and one sheet per table kind, each with a frozen header row and an auto filter', () => {
    const bytes = renderXlsx(buildReport(plan, [...REPORT_SECTION_BUILDERS, vmList]), 'vi+en');
    const wb = XLSX.read(bytes, { type: 'array' });
    expect(wb.SheetNames[0]).toBe('Bìa');
    expect(wb.SheetNames).toEqual(
      expect.arrayContaining(['Nội dung', 'Khái niệm cốt lõi', 'Theo cluster', 'Nguồn dữ liệu', 'Danh sách máy ảo', 'Vị trí máy ảo', 'Phát hiện', 'Kiểm thử nghiệm thu', 'Giả định', 'Rủi ro']),
    );
    for (const name of wb.SheetNames) {
      expect([...name].length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set(wb.SheetNames.map((n) => n.toLowerCase())).size).toBe(wb.SheetNames.length);

    const core = wb.Sheets['Khái niệm cốt lõi'];
    if (!core) throw new Error('no core sheet');
    const rows = XLSX.utils.sheet_to_json<string[]>(core, { header: 1 });
    expect(rows[0]).toEqual(['Hạng mục / Item', 'VMware vSphere', 'Proxmox VE', 'Ghi chú / Notes']);
    expect(core['!autofilter']?.ref).toBe(`A1:D${rows.length}`);
    const coreIndex = wb.SheetNames.indexOf('Khái niệm cốt lõi');
    expect(sheetXml(bytes, coreIndex)).toMatch(/<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
    // Text sheets (cover) are not frozen.
    expect(sheetXml(bytes, 0)).not.toContain('<pane');

    // Column widths are set and bounded.
    for (const c of core['!cols'] ?? []) expect(c.wch ?? c.width).toBeLessThanOrEqual(60);
    // Backticks of the report texts do not reach the spreadsheet.
    expect(JSON.stringify(rows)).not.toContain('`');

    const clusters = wb.Sheets['Theo cluster'];
    if (!clusters) throw new Error('no cluster sheet');
    const crow = XLSX.utils.sheet_to_json<(string | number)[]>(clusters, { header: 1 });
    expect(crow.slice(1).reduce((a, r) => a + Number(r[3]), 0)).toBe(295);
    expect(typeof crow[1]?.[3]).toBe('number');
  });

  it('puts every table of one kind on one sheet with the cluster as a column: a handful of sheets, not one per cluster', () => {
    const model = buildReport(plan);
    const bytes = renderXlsx(model, 'en');
    const wb = XLSX.read(bytes, { type: 'array' });
    // 11 target clusters, 27 readiness rules with findings: still well under 60 sheets, and no sheet per cluster.
    expect(plan.design.clusters.length).toBeGreaterThan(5);
    expect(wb.SheetNames.length).toBeLessThanOrEqual(52);
    for (const c of plan.design.clusters) expect(wb.SheetNames.some((n) => n.includes(c.name))).toBe(false);
    // VM placement: one row per VM of every cluster, the cluster first, VMID / vCPU as numbers.
    const placement = XLSX.utils.sheet_to_json<(string | number)[]>(wb.Sheets['VM placement'] ?? {}, { header: 1 });
    expect(placement[0]?.[0]).toBe('Cluster');
    const placed = plan.design.clusters.reduce((a, c) => a + c.placement.vms.length, 0);
    expect(placement.length - 1).toBe(placed);
    expect(new Set(placement.slice(1).map((r) => r[0])).size).toBe(plan.design.clusters.filter((c) => c.placement.vms.length > 0).length);
    const vmidCol = placement[0]?.indexOf('VMID') ?? -1;
    expect(vmidCol).toBeGreaterThan(0);
    expect(placement.slice(1).every((r) => typeof r[vmidCol] === 'number')).toBe(true);
    // Findings: one sheet, one row per finding, the rule as the first column.
    const findings = XLSX.utils.sheet_to_json<string[]>(wb.Sheets.Findings ?? {}, { header: 1 });
    const total = plan.readiness.rules.reduce((a, r) => a + r.findings, 0);
    expect(findings.length - 1).toBe(total);
    // Acceptance tests: a Yes/No drop-down on the Done column; print setup landscape, fit to width, header row repeated.
    const testsIndex = wb.SheetNames.indexOf('Acceptance tests');
    const xml = sheetXml(bytes, testsIndex);
    expect(xml).toMatch(/<dataValidation type="list"[^>]*sqref="F2:F\d+"><formula1>"Open,Passed,Failed,Not applicable"<\/formula1>/);
    expect(xml).toContain('<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    const workbook = strFromU8(unzipSync(bytes)['xl/workbook.xml'] ?? new Uint8Array());
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${testsIndex}">`);
  });

  it('continues a table past the row limit on a sheet of the same name with its header row, nothing dropped', () => {
    const model = buildReport(plan);
    const maxRows = 100;
    const wb = XLSX.read(renderXlsx(model, 'en', { maxRows }), { type: 'array' });
    const parts = wb.SheetNames.filter((n) => /^VM placement( \(\d+\))?$/.test(n));
    const placed = plan.design.clusters.reduce((a, c) => a + c.placement.vms.length, 0);
    expect(placed).toBeGreaterThan(maxRows);
    expect(parts.length).toBe(Math.ceil(placed / (maxRows - 1)));
    const rows = parts.map((n) => XLSX.utils.sheet_to_json<(string | number)[]>(wb.Sheets[n] ?? {}, { header: 1 }));
    for (const r of rows) {
      expect(r.length).toBeLessThanOrEqual(maxRows);
      expect(r[0]?.[0]).toBe('Cluster');
    }
    expect(rows.reduce((a, r) => a + r.length - 1, 0)).toBe(placed);
    // The contents on the cover names every part and says the later ones continue.
    const cover = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0] ?? ''] ?? {}, { header: 1 });
    expect(cover.some((r) => r[0] === 'VM placement (2)' && String(r[1]).includes('continued'))).toBe(true);
  });

  it('neutralises cells that a spreadsheet would read as formulas', () => {
    const bytes = renderXlsx(buildReport(plan, [...REPORT_SECTION_BUILDERS, vmList]), 'en');
    const wb = XLSX.read(bytes, { type: 'array' });
    const ws = wb.Sheets['VM list'];
    if (!ws) throw new Error('no VM list sheet');
    const names = XLSX.utils.sheet_to_json<string[]>(ws, { header: 1 }).map((r) => r[0]);
    expect(names).toContain(`'${EVIL}`);
    expect(names).not.toContain(EVIL);
    // No cell anywhere carries a formula.
    for (const name of wb.SheetNames) {
      const sheet = wb.Sheets[name];
      for (const [addr, cell] of Object.entries(sheet ?? {})) if (!addr.startsWith('!')) expect((cell as XLSX.CellObject).f, `${name}!${addr}`).toBeUndefined();
    }
    expect(safeSheetText('+1')).toBe("'+1");
    expect(safeSheetText('-x')).toBe("'-x");
    expect(safeSheetText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeSheetText('\tcmd')).toBe("'\tcmd");
    expect(safeSheetText('\rcmd')).toBe("'\rcmd");
    expect(safeSheetText('web-01')).toBe('web-01');
    expect(safeSheetText('a'.repeat(40_000))).toHaveLength(32_767);
  });

  it('makes valid, unique sheet names', () => {
    const used = new Set<string>();
    expect(sheetName('a/b:c*d?e[f]g\\h', used)).toBe('a-b-c-d-e-f-g-h');
    const long = 'Điều kiện di chuyển nóng máy ảo giữa các node';
    const first = sheetName(long, used);
    const second = sheetName(long, used);
    expect(first).toBe('Điều kiện di chuyển nóng máy…');
    expect([...second].length).toBeLessThanOrEqual(31);
    expect(second).toBe('Điều kiện di chuyển nóng… (2)');
    expect(sheetName('x'.repeat(40), used)).toBe(`${'x'.repeat(30)}…`);
    expect(sheetName('   ', used)).toBe('Sheet');
    expect(sheetName("'quoted'", used)).toBe('quoted');
  });
});
