import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/plan';
import { buildReport } from '../../../shared/report/build';
import { renderFormat } from '../../../shared/report/export';
import type { Block, ReportModel } from '../../../shared/report/model';
import { profileModel } from '../../../shared/report/profile';
import { renderMarkdown } from '../../../shared/report/renderMarkdown';
import { BIG_SAMPLE, planFromSample } from './samplePlan';

let plan: Plan;
let model: ReportModel;
beforeAll(async () => {
  plan = await planFromSample(BIG_SAMPLE);
  model = buildReport(plan);
}, 60_000);

const blocks = (m: ReportModel): Block[] => m.sections.flatMap((s) => s.blocks);
const tables = (m: ReportModel, id: string): Extract<Block, { kind: 'table' }>[] =>
  blocks(m).filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.id.startsWith(id));

describe('report profiles: compact checklists and acceptance tests in the summary', () => {
  it('the summary prints one row per check and per test with its expected result, and no step-by-step commands', () => {
    const cases = plan.haChecks.flatMap((c) => c.acceptance);
    const items = plan.checklists.flatMap((c) => c.items);
    expect(cases.length).toBeGreaterThan(0);
    expect(items.length).toBeGreaterThan(0);
    const summary = profileModel(model, 'summary');
    expect(blocks(summary).some((b) => b.kind === 'checklist')).toBe(false);
    const tests = tables(summary, 'ha-acceptance-digest');
    expect(tests.flatMap((t) => t.rows).map((r) => r[0])).toEqual(cases.map((c) => c.id));
    const checks = tables(summary, 'checklist-').filter((t) => t.id.endsWith('-digest'));
    expect(checks.flatMap((t) => t.rows).map((r) => r[3])).toEqual(items.map((i) => i.expected));
    const md = renderMarkdown(summary, 'en');
    for (const c of cases) expect(md).toContain(c.expected.en.slice(0, 40).replace(/\|/g, '\\|'));
    // A pointer to the steps in place of each dropped checklist.
    expect(md).toContain('with the step-by-step commands, cleanup commands and record fields: in the XLSX workbook and in the full report');
    const firstCleanup = cases.find((c) => c.cleanupCommands.length > 0)?.cleanupCommands[0];
    expect(firstCleanup).toBeDefined();
    expect(md).not.toContain(firstCleanup);
  });

  it('the full report prints the checklists with their commands and no digest; the XLSX holds every step once', async () => {
    const full = profileModel(model, 'full');
    expect(blocks(full).some((b) => b.detail === 'summary')).toBe(false);
    const md = renderMarkdown(full, 'en');
    const firstCleanup = plan.haChecks.flatMap((c) => c.acceptance).find((c) => c.cleanupCommands.length > 0)?.cleanupCommands[0] ?? '';
    expect(md).toContain(firstCleanup);
    const wb = XLSX.read(await renderFormat('xlsx', plan, model, 'en', { profile: 'summary' }), { type: 'array' });
    const rowsOf = (name: string): unknown[][] => XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name] ?? {}, { header: 1 });
    const testSheet = wb.SheetNames.find((n) => rowsOf(n).some((r) => r.includes('TCs-01')));
    expect(testSheet).toBeDefined();
    // Header + one row per test case, whatever the profile: no digest rows doubled in.
    const cases = plan.haChecks.flatMap((c) => c.acceptance).length;
    expect(rowsOf(testSheet ?? '').length).toBe(cases + 1);
  });

  it('the HA plan prints a paragraph every cluster shares once in the summary, per cluster in the full report', () => {
    const paragraphs = (m: ReportModel): string[] =>
      (m.sections.find((s) => s.id === 'design-ha')?.blocks ?? []).flatMap((b) => (b.kind === 'paragraph' ? [b.text.en] : []));
    const full = paragraphs(profileModel(model, 'full'));
    const clusters = plan.design.clusters.length;
    const everyCluster = [...new Set(full)].filter((p) => full.filter((x) => x === p).length === clusters);
    expect(everyCluster.length).toBeGreaterThan(0);
    const summary = paragraphs(profileModel(model, 'summary'));
    for (const p of everyCluster) expect(summary.filter((x) => x === p)).toHaveLength(1);
    // Cluster-specific paragraphs stay.
    for (const p of full.filter((x) => !everyCluster.includes(x))) expect(summary).toContain(p);
  });
});
