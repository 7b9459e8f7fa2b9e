import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoRoot } from '../lib/repoRoot';
import { importFiles } from '../../shared/import/index';
import { derivePlan } from '../../shared/plan';
import { newProject } from '../../shared/model/project';
import { buildReport, REPORT_SECTION_BUILDERS } from '../../shared/report/build';
import type { Section } from '../../shared/report/model';
import { planToJson } from '../../shared/report/planJson';
import { renderDocx } from '../../shared/report/renderDocx';
import { renderMarkdown } from '../../shared/report/renderMarkdown';
import { renderPdf } from '../../shared/report/renderPdf';
import { renderXlsx } from '../../shared/report/renderXlsx';

/**
 * Bench: building and rendering the report of the real 339-VM RVTools sample in every format, plus a
 * 5,000-row table (pagination cost). Prints wall and CPU time and output sizes; never fails on them.
 */

const SAMPLE = path.resolve(repoRoot(), '../shared/samples/rvtools-4.6-339vms.xlsx');

export type ReportBenchRow = { step: string; wallMs: number; cpuMs: number; bytes?: number };

async function measure(step: string, f: () => unknown): Promise<ReportBenchRow> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await f();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const bytes = r instanceof Uint8Array ? r.byteLength : typeof r === 'string' ? new TextEncoder().encode(r).byteLength : undefined;
  return { step, wallMs: Math.round(wallMs), cpuMs: Math.round((cpu.user + cpu.system) / 1000), bytes };
}

const bigTable = (rows: number): Section[] => [
  {
    id: 'bench-table',
    title: { vi: 'Bảng lớn', en: 'Large table' },
    blocks: [
      {
        kind: 'table',
        id: 'bench',
        columns: ['VM', 'Cluster', 'Host', 'vCPU', 'RAM (GiB)', 'OS'].map((c, i) => ({ key: c, label: { vi: c, en: c }, align: i >= 3 && i <= 4 ? 'right' : undefined })),
        rows: Array.from({ length: rows }, (_, i) => [`vm-${i}`, `cl-${i % 12}`, `esx-${i % 80}`, 1 + (i % 16), 2 + (i % 64), 'Microsoft Windows Server 2019 (64-bit)']),
      },
    ],
  },
];

export async function measureReport(): Promise<ReportBenchRow[]> {
  const data = new Uint8Array(fs.readFileSync(SAMPLE));
  const { inventory, report } = await importFiles([{ name: path.basename(SAMPLE), data }]);
  const plan = derivePlan(newProject(inventory, { name: 'bench', now: '2026-01-01T00:00:00Z', importReport: report }));
  const out: ReportBenchRow[] = [];
  let model = buildReport(plan);
  out.push(await measure('buildReport', () => (model = buildReport(plan))));
  out.push(await measure('pdf vi+en (first: loads fonts)', () => renderPdf(model, 'vi+en')));
  out.push(await measure('pdf vi+en', () => renderPdf(model, 'vi+en')));
  out.push(await measure('pdf en', () => renderPdf(model, 'en')));
  out.push(await measure('xlsx vi+en', () => renderXlsx(model, 'vi+en')));
  out.push(await measure('docx vi+en', () => renderDocx(model, 'vi+en')));
  out.push(await measure('md vi+en', () => renderMarkdown(model, 'vi+en')));
  out.push(await measure('plan.json', () => JSON.stringify(planToJson(plan), null, 2)));
  const big = buildReport(plan, [...REPORT_SECTION_BUILDERS, () => bigTable(5000)]);
  out.push(await measure('pdf with a 5,000-row table', () => renderPdf(big, 'en')));
  out.push(await measure('xlsx with a 5,000-row table', () => renderXlsx(big, 'en')));
  return out;
}

export async function benchReport(): Promise<void> {
  const rows = await measureReport();
  process.stdout.write('report rendering (339-VM sample):\n');
  for (const r of rows) {
    process.stdout.write(`  ${r.step.padEnd(34)} ${String(r.wallMs).padStart(7)} ms wall ${String(r.cpuMs).padStart(7)} ms cpu${r.bytes !== undefined ? `  ${(r.bytes / 1024).toFixed(0)} KiB` : ''}\n`);
  }
}

if (process.argv[1] && /bench[\\/]report\.ts$/.test(process.argv[1])) {
  await benchReport();
}
