import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/plan';
import { buildReport, REPORT_SECTION_BUILDERS } from '../../../shared/report/build';
import { inventorySummarySections, MAX_REPORTED_ISSUES } from '../../../shared/report/sections/inventory';
import type { Block, Section } from '../../../shared/report/model';
import { BIG_SAMPLE, FIXED_NOW, planFromSample } from './samplePlan';

let plan: Plan;
beforeAll(async () => {
  plan = await planFromSample(BIG_SAMPLE);
});

function kvValue(section: Section, en: string): unknown {
  for (const b of section.blocks) if (b.kind === 'kv') for (const r of b.rows) if (r.label.en === en) return r.value;
  return undefined;
}

function table(section: Section, id: string): Extract<Block, { kind: 'table' }> {
  const t = section.blocks.find((b) => b.kind === 'table' && b.id === id);
  if (!t || t.kind !== 'table') throw new Error(`no table ${id}`);
  return t;
}

describe('buildReport on the real 339-VM RVTools export', () => {
  it('starts with the concept map, then the inventory summary, and carries the meta', () => {
    const model = buildReport(plan);
    const ids = model.sections.map((s) => s.id);
    expect(ids.slice(0, 3)).toEqual(['executive-summary', 'concept-map', 'inventory']);
    // Then the areas that follow in the plan: readiness, mapping, design (with the config appendix), HA checks.
    for (const id of ['readiness', 'mapping-clusters', 'design-clusters', 'design-ha', 'design-config']) expect(ids).toContain(id);
    expect(model.meta).toEqual({ project: 'Sample estate', customer: 'Công ty Cổ phần Ví Dụ', generatedAt: FIXED_NOW, calculatorVersion: plan.calculatorVersion });
    expect(model.title.vi).toMatch(/Kế hoạch chuyển đổi/);
  });

  it('counts VMs without templates and SRM placeholders', () => {
    const [inv] = inventorySummarySections(plan);
    if (!inv) throw new Error('no section');
    expect(kvValue(inv, 'VMs (excluding templates and SRM placeholders)')).toBe(295);
    expect(kvValue(inv, 'Templates')).toBe(44);
    expect(kvValue(inv, 'Powered-on VMs')).toBe(258);
    expect(kvValue(inv, 'ESXi hosts')).toBe(20);
    expect(kvValue(inv, 'Clusters')).toBe(11);
    expect(kvValue(inv, 'Total vCPUs')).toBe(plan.summary.vCpus);
  });

  it('has a per-cluster table whose rows add up to the totals', () => {
    const [inv] = inventorySummarySections(plan);
    if (!inv) throw new Error('no section');
    const t = table(inv, 'inventory-clusters');
    const col = (key: string) => t.columns.findIndex((c) => c.key === key);
    const sum = (key: string) => t.rows.reduce((a, r) => a + Number(r[col(key)]), 0);
    expect(sum('vms')).toBe(295);
    expect(sum('poweredOn')).toBe(258);
    expect(sum('hosts')).toBe(20);
    expect(sum('vcpus')).toBe(plan.summary.vCpus);
    expect(t.rows.length).toBeGreaterThanOrEqual(11);
    const sources = table(inv, 'inventory-sources');
    expect(sources.rows.length).toBe(plan.sources.length);
    expect(String(sources.rows[0]?.[3])).toContain('rvtools-4.6-339vms.xlsx');
  });

  it('lets an area append its own section builder', () => {
    const extra = (p: Plan): Section[] => [
      { id: 'extra', title: { vi: 'Phụ lục', en: 'Appendix' }, blocks: [{ kind: 'paragraph', text: { vi: `${p.summary.vms}`, en: `${p.summary.vms}` } }] },
    ];
    const model = buildReport(plan, [...REPORT_SECTION_BUILDERS, extra]);
    const ids = model.sections.map((s) => s.id);
    expect(ids.slice(0, 3)).toEqual(['executive-summary', 'concept-map', 'inventory']);
    // The added section ends the body; appendices (flagged) always come after the body.
    const body = model.sections.filter((s) => !s.appendix).map((s) => s.id);
    expect(body.at(-1)).toBe('extra');
    expect(model.sections.slice(body.length).every((s) => s.appendix)).toBe(true);
  });

  it('follows the target version of the plan', async () => {
    const p92 = await planFromSample(BIG_SAMPLE, 'pve9.2');
    const text = JSON.stringify(buildReport(p92).sections.find((s) => s.id === 'concept-map'));
    expect(text).toContain('ha-auto-rebalance=1');
    expect(JSON.stringify(buildReport(plan).sections.find((s) => s.id === 'concept-map'))).not.toContain('ha-auto-rebalance=1');
  });

  it('lists import issues, errors and warnings first, capped with a note', () => {
    const p = structuredClone(plan);
    const report = p.importReport ?? { files: [], issues: [], excluded: [], unknown: [] };
    p.importReport = report;
    const before = report.issues.length;
    for (let i = 0; i < MAX_REPORTED_ISSUES + 30; i++) {
      report.issues.push({ code: 'TEST_INFO', severity: 'info', file: 'x.xlsx', sheet: 'vInfo', row: i + 2, message: { vi: 'thông tin', en: 'info' } });
    }
    report.issues.push({ code: 'TEST_ERROR', severity: 'error', file: 'x.xlsx', sheet: 'vHost', row: 9, column: 'Host', message: { vi: 'lỗi', en: 'error' } });
    const [inv] = inventorySummarySections(p);
    if (!inv) throw new Error('no section');
    const t = table(inv, 'inventory-import-issues');
    expect(t.rows).toHaveLength(MAX_REPORTED_ISSUES);
    expect(t.rows[0]?.slice(1, 6)).toEqual(['TEST_ERROR', 'x.xlsx', 'vHost', 9, 'Host']);
    // The note under the list (printed in the full report, with the list).
    const note = inv.blocks.find((b) => b.kind === 'note' && b.tone === 'info' && b.detail === 'full');
    expect(note?.kind === 'note' ? note.text.en : '').toContain(`${MAX_REPORTED_ISSUES} of ${before + MAX_REPORTED_ISSUES + 31} items`);
  });
});
