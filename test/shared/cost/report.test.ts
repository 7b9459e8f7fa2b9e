import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { dictionaries } from '../../../shared/i18n';
import type { Plan } from '../../../shared/plan';
import { buildReport } from '../../../shared/report/build';
import { barChartLayout, barChartSvg } from '../../../shared/report/chart';
import { planToJson } from '../../../shared/report/planJson';
import { renderDocx } from '../../../shared/report/renderDocx';
import { renderMarkdown } from '../../../shared/report/renderMarkdown';
import { renderPdf } from '../../../shared/report/renderPdf';
import { renderXlsx } from '../../../shared/report/renderXlsx';
import { costChart, costSections } from '../../../shared/report/sections/cost';
import { flat, pdfPages } from '../report/pdfText';
import { planValidator } from '../report/planSchema';
import { BIG_SAMPLE, planFromSample } from '../report/samplePlan';

let plan: Plan;
beforeAll(async () => {
  plan = await planFromSample(BIG_SAMPLE);
}, 120_000);

const costOnly = (p: Plan) => buildReport(p, [(x) => costSections(x.cost)]);

describe('the cost section of the report', () => {
  it('is part of the full report, with the host count table, the TCO lines and a chart block', () => {
    const model = buildReport(plan);
    const s = model.sections.find((x) => x.id === 'cost');
    expect(s?.title.en).toBe('Cost and licensing');
    const hosts = s?.blocks.find((b) => b.kind === 'table' && b.id === 'cost-hosts');
    expect(hosts?.kind === 'table' && hosts.rows.length).toBe(plan.inventory.hosts.length);
    const lines = s?.blocks.find((b) => b.kind === 'table' && b.id === 'cost-lines');
    expect(lines?.kind === 'table' && lines.rows.length).toBe(plan.cost.lines.length);
    const chart = s?.blocks.find((b) => b.kind === 'chart');
    expect(chart?.kind === 'chart' && chart.chart.categories.length).toBe(plan.cost.years);
    // The concept map's pointer to "the cost section" names a section that exists.
    expect(JSON.stringify(model.sections.find((x) => x.id === 'concept-map') ?? model.sections[0])).toContain('Cost and licensing');
  });

  it('draws the chart as vector graphics (bars scale with the values, labels are text)', () => {
    const chart = costChart(plan.cost);
    const l = barChartLayout(chart, 'en', 400, 200);
    expect(l.bars).toHaveLength(plan.cost.years * 2);
    const v3 = l.bars.find((b) => b.series === 0 && b.category === 2);
    const v1 = l.bars.find((b) => b.series === 0 && b.category === 0);
    expect((v3?.h ?? 0) / (v1?.h ?? 1)).toBeCloseTo(3, 1);
    const svg = barChartSvg(chart, 'vi', 400, 200);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Năm 1');
    expect(svg).not.toContain('<image');
  });

  it('renders into the PDF in English and Vietnamese, chart labels as real text, numbers as the totals', async () => {
    const en = flat(pdfPages(await renderPdf(costOnly(plan), 'en')).join(' '));
    expect(en).toContain('Cost and licensing');
    expect(en).toContain('VMware cores to license per ESXi host');
    // pdftotext drops a hyphen where a host name wraps: compare without hyphens and spaces.
    const squeezed = en.replace(/[-\s]/g, '');
    for (const h of plan.inventory.hosts) expect(squeezed).toContain(h.name.replace(/-/g, ''));
    // The chart's legend and year labels come out of the PDF as text: vector text, not a bitmap.
    expect(en).toMatch(/Year 1.*Year 2.*Year 3/);
    expect(en).toContain('VMware (renewal)');
    expect(en).toContain(new Intl.NumberFormat('en-US').format(plan.cost.vmware.licensedCores));
    expect(en).toContain('KB 313548');
    const vi = flat(pdfPages(await renderPdf(costOnly(plan), 'vi')).join(' '));
    expect(vi).toContain('Chi phí và bản quyền');
    expect(vi).toMatch(/Năm 1.*Năm 2.*Năm 3/);
    // No English sentence of the cost dictionary leaks into the Vietnamese-only PDF.
    const leaked = Object.entries(dictionaries.en)
      .filter(([k, v]) => k.startsWith('cost.') && !v.includes('{{') && v.length >= 25 && v !== dictionaries.vi[k as keyof typeof dictionaries.vi])
      .filter(([, v]) => vi.includes(v))
      .map(([k]) => k);
    expect(leaked).toEqual([]);
  }, 120_000);

  it('puts no raster image in the PDF for the chart', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-cost-'));
    try {
      const file = path.join(dir, 'cost.pdf');
      fs.writeFileSync(file, await renderPdf(costOnly(plan), 'en'));
      const r = spawnSync('pdfimages', ['-list', file], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      // Header lines only: no image objects.
      expect(r.stdout.trim().split('\n').length).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('gives the XLSX a sheet with the count per host and one with the TCO lines, numbers as numbers', () => {
    const wb = XLSX.read(renderXlsx(costOnly(plan), 'en'));
    const hosts = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['Licences per host'] as XLSX.WorkSheet);
    expect(hosts).toHaveLength(plan.inventory.hosts.length);
    for (const r of hosts) {
      const want = plan.cost.vmware.hosts.find((h) => h.host === r['ESXi host']);
      expect(r['Licensed cores']).toBe(want?.licensedCores);
    }
    const lines = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets['TCO lines'] as XLSX.WorkSheet);
    expect(lines).toHaveLength(plan.cost.lines.length);
    const totalCol = `${plan.cost.years}-year total (${plan.cost.currency})`;
    const priced = lines.filter((r) => typeof r[totalCol] === 'number');
    expect(priced).toHaveLength(plan.cost.lines.filter((l) => l.total !== null).length);
    expect(lines.filter((r) => r[totalCol] === 'unpriced')).toHaveLength(plan.cost.unpriced);
    // The chart's data is on the text sheet: its title, then one row per year.
    const text = XLSX.utils.sheet_to_json<string[]>(wb.Sheets.Text as XLSX.WorkSheet, { header: 1 });
    const at = text.findIndex((r) => r.some((c) => String(c).startsWith('Cumulative cost by year')));
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at + 1, at + 1 + plan.cost.years).every((r) => /^Year \d|^\d/.test(String(r[1])))).toBe(true);
  });

  it('prints the chart as a table in DOCX and Markdown', async () => {
    const md = renderMarkdown(costOnly(plan), 'en');
    expect(md).toMatch(/\| Year 1 \| [\d,.]+ \| [\d,.]+ \|/);
    const docx = strFromU8(unzipSync(await renderDocx(costOnly(plan), 'vi'))['word/document.xml'] ?? new Uint8Array());
    expect(docx).toContain('Năm 3');
  });

  it('writes plan.json `cost` as documented in the schema', () => {
    const json = planToJson(plan);
    const validate = planValidator();
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(json.cost.vmware.licensedCores).toBe(plan.cost.vmware.licensedCores);
    expect(json.cost.proxmox.sockets).toBe(plan.cost.proxmox.sockets);
    expect(json.cost.unpriced).toBe(json.cost.lines.filter((l) => l.tag === 'unpriced').length);
    expect(json.cost.lines.filter((l) => l.tag === 'unpriced').every((l) => l.amount === null && l.total === null)).toBe(true);
    const sum = json.cost.lines.filter((l) => l.side === 'proxmox' && l.total !== null).reduce((s, l) => s + (l.total ?? 0), 0);
    expect(json.cost.proxmox.total).toBeCloseTo(sum, 1);
    // A broken cost section is refused by the schema.
    const bad = structuredClone(json) as unknown as { cost: { lines: { tag: string }[] } };
    if (bad.cost.lines[0]) bad.cost.lines[0].tag = 'guessed';
    expect(validate(bad)).toBe(false);
  });
});
