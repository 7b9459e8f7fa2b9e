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
  it('the summary prints each check and each test once for all clusters, with its expected result, and no step-by-step commands', () => {
    const cases = plan.haChecks.flatMap((c) => c.acceptance);
    const items = plan.checklists.flatMap((c) => c.items);
    expect(cases.length).toBeGreaterThan(0);
    expect(items.length).toBeGreaterThan(0);
    const summary = profileModel(model, 'summary');
    expect(blocks(summary).some((b) => b.kind === 'checklist')).toBe(false);
    // Acceptance tests: one row per test id (not per cluster), one cluster's expected result printed.
    const tests = tables(summary, 'digest-ha-acceptance');
    expect(tests).toHaveLength(1);
    const ids = [...new Set(cases.map((c) => c.id))];
    const rows = tests.flatMap((t) => t.rows);
    expect(rows.map((r) => r[0])).toEqual(ids);
    const md = renderMarkdown(summary, 'en');
    for (const [i, id] of ids.entries()) {
      const printed = JSON.stringify(rows[i]?.[3]);
      expect(cases.filter((c) => c.id === id).some((c) => printed.includes(JSON.stringify(c.expected.en).slice(1, 41)))).toBe(true);
    }
    // Pre-production checklists: one row per check for every cluster; the known issues one row per item.
    const pre = plan.checklists.filter((c) => c.id.startsWith('pre-production/'));
    const preIds = [...new Set(pre.flatMap((c) => c.items.map((i) => i.id.replace(/^.*\//, ''))))];
    const preRows = tables(summary, 'digest-checklist-pre-production').flatMap((t) => t.rows);
    expect(preRows.map((r) => r[0])).toEqual(preIds);
    const known = plan.checklists.filter((c) => !c.id.startsWith('pre-production/')).flatMap((c) => c.items);
    const knownRows = tables(summary, 'checklist-').filter((t) => t.id.endsWith('-digest')).flatMap((t) => t.rows);
    expect(knownRows.map((r) => r[3])).toEqual(known.map((i) => i.expected));
    // Every cluster's checklist is named (the clusters column lists them, or says "all").
    const clusterCells = preRows.map((r) => JSON.stringify(r[3]));
    for (const c of pre) expect(clusterCells.some((x) => x.includes(c.id.slice('pre-production/'.length)) || x.includes(`all (${pre.length})`))).toBe(true);
    // A pointer to the steps in place of the dropped checklists.
    expect(md).toContain('with the step-by-step commands, cleanup commands and record fields: in the XLSX workbook and in the full report');
    expect(md).toContain('the step-by-step commands and the record fields: in the XLSX workbook (sheet “Checklists”) and in the full report');
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

  it('the summary prints each distinct paragraph of the HA plan once, with the clusters it applies to; the full report per cluster', () => {
    const paragraphs = (m: ReportModel): string[] =>
      (m.sections.find((s) => s.id === 'design-ha')?.blocks ?? []).flatMap((b) => (b.kind === 'paragraph' ? [b.text.en] : []));
    const full = paragraphs(profileModel(model, 'full'));
    const clusters = plan.design.clusters.length;
    const everyCluster = [...new Set(full)].filter((p) => full.filter((x) => x === p).length === clusters);
    expect(everyCluster.length).toBeGreaterThan(0);
    const summary = paragraphs(profileModel(model, 'summary'));
    for (const p of everyCluster) expect(summary.filter((x) => x === `${p} Applies to every cluster.`)).toHaveLength(1);
    // Every other paragraph is printed once, followed by the clusters it applies to.
    for (const p of new Set(full)) expect(summary.filter((x) => x.startsWith(`${p} Applies to`))).toHaveLength(1);
    expect(summary.length).toBeLessThan(full.length);
  });

  it('the summary prints one table for all clusters where the full report prints one per cluster, and points to the detail', () => {
    const summary = profileModel(model, 'summary');
    const full = profileModel(model, 'full');
    const clusters = plan.design.clusters;
    // Sizing inputs: one row per cluster (HA tier N+x and the ratio among them).
    const sizing = tables(summary, 'digest-design-sizing')[0];
    expect(sizing?.rows.map((r) => r[0])).toEqual(clusters.map((c) => c.name));
    expect(sizing?.rows.map((r) => r[5])).toEqual(clusters.map((c) => c.reserve.toUpperCase()));
    expect(tables(summary, 'design-sizing-')).toHaveLength(0);
    expect(tables(full, 'design-sizing-')).toHaveLength(clusters.length);
    // Every node is in the nodes digest.
    const nodes = tables(summary, 'digest-design-nodes').flatMap((t) => t.rows);
    expect(nodes.reduce((a, r) => a + Number(r[2]), 0)).toBe(clusters.reduce((a, c) => a + c.nodes.length, 0));
    // Quorum: one row per cluster with the failures it survives.
    expect(tables(summary, 'digest-design-quorum')[0]?.rows.map((r) => r[4])).toEqual(clusters.map((c) => c.quorum.toleratedNodeFailures));
    // Utilisation: one row per node, the cluster as a column.
    expect(tables(summary, 'digest-design-utilisation')[0]?.rows).toHaveLength(clusters.reduce((a, c) => a + c.placement.utilisation.length, 0));
    // Every unplaced VM is printed.
    const unplaced = clusters.flatMap((c) => c.placement.vms.filter((v) => v.unplaced).map((v) => v.name));
    expect(unplaced.length).toBeGreaterThan(0);
    expect(tables(summary, 'digest-design-unplaced').flatMap((t) => t.rows).map((r) => r[1])).toEqual(unplaced);
    // Every VM out of HA is named in the summary, grouped by cluster and reason.
    const outOfHa = clusters.flatMap((c) => c.ha.notManaged.map((x) => x.vmName));
    const namedOut = tables(summary, 'digest-design-ha-not-managed').flatMap((t) => t.rows).flatMap((r) => String(r[3]).split(', '));
    expect(namedOut.sort()).toEqual([...outOfHa].sort());
    // No per-cluster "Cluster x" heading in the design sections of the summary.
    const designBlocks = summary.sections.filter((s) => s.id.startsWith('design-')).flatMap((s) => s.blocks);
    expect(designBlocks.some((b) => b.kind === 'heading' && b.text.en.startsWith('Cluster '))).toBe(false);
    // A warning every cluster shares is printed once.
    const md = renderMarkdown(summary, 'en');
    const finding = clusters.flatMap((c) => c.networks.findings)[0];
    if (finding) expect(md.split(finding.en).length - 1).toBe(1);
    expect(md).toContain('in the XLSX workbook (sheet “Nodes”, “Sizing model”');
  });
});

describe('report profiles: a long import check list', () => {
  it('the summary prints one row per kind of issue with its count; the full report every issue', async () => {
    const { inventorySummarySections, DIGEST_ISSUES_ABOVE } = await import('../../../shared/report/sections/inventory');
    const issues = Array.from({ length: DIGEST_ISSUES_ABOVE + 25 }, (_, i) => ({
      code: i % 3 === 0 ? 'RVT_BAD_NUMBER' : 'RVT_EMPTY_NAME',
      severity: (i % 3 === 0 ? 'warning' : 'info') as 'warning' | 'info',
      file: 'export.xlsx',
      sheet: 'vInfo',
      row: i + 2,
      message: { vi: `Dòng ${i + 2}`, en: `Row ${i + 2}` },
    }));
    const withIssues = { ...plan, importReport: { files: plan.importReport?.files ?? [], issues } } as Plan;
    const m: ReportModel = { ...model, sections: inventorySummarySections(withIssues) };
    const summary = tables(profileModel(m, 'summary'), 'digest-inventory-import-issues')[0];
    expect(summary?.rows.map((r) => [r[1], r[2]])).toEqual([
      ['RVT_BAD_NUMBER', issues.filter((i) => i.code === 'RVT_BAD_NUMBER').length],
      ['RVT_EMPTY_NAME', issues.filter((i) => i.code === 'RVT_EMPTY_NAME').length],
    ]);
    expect(tables(profileModel(m, 'summary'), 'inventory-import-issues')).toHaveLength(0);
    expect(renderMarkdown(profileModel(m, 'summary'), 'en')).toContain(`The list of the ${issues.length} import checks, one row each: in the XLSX workbook`);
    expect(tables(profileModel(m, 'full'), 'inventory-import-issues')[0]?.rows).toHaveLength(issues.length);
  });
});
