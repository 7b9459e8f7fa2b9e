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
import { spawnSync } from 'node:child_process';
import v8 from 'node:v8';
import { writeSyntheticXlsx } from '../generate/fixtures';
import { renderFormat } from '../../shared/report/export';
import { REPORT_PROFILES, type ReportProfile } from '../../shared/report/model';

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

/** One document of a synthetic estate in one profile, measured in its own process (peak RSS is its own). */
type DocMeasure = { vms: number; profile: ReportProfile; format: 'pdf' | 'docx'; planMs: number; docMs: number; cpuMs?: number; pages: number; peakRssMiB: number; peakHeapMiB: number; bytes: number };

/** `bench --child-report <file> <profile> [pdf|docx]`: import, plan, build and render (vi+en); one JSON line. */
export async function reportBenchChild(argv: readonly string[]): Promise<number> {
  const file = argv[0] ?? '';
  const profile: ReportProfile = argv[1] === 'full' ? 'full' : 'summary';
  const format = argv[2] === 'docx' ? 'docx' : 'pdf';
  const t0 = performance.now();
  const { inventory, report } = await importFiles([{ name: path.basename(file), data: new Uint8Array(fs.readFileSync(file)) }]);
  const plan = derivePlan(newProject(inventory, { name: 'bench', now: '2026-01-01T00:00:00Z', importReport: report }));
  const model = buildReport(plan);
  const t1 = performance.now();
  // Peak heap while rendering: sampled at each progress report (the PDF reports during its layout and per
  // appendix page, the DOCX per batch of raw table rows; a timer would not run inside the synchronous layout).
  let peakHeap = v8.getHeapStatistics().used_heap_size;
  const sample = (): void => {
    peakHeap = Math.max(peakHeap, v8.getHeapStatistics().used_heap_size);
  };
  const bytes = await renderFormat(format, plan, model, 'vi+en', { profile, onProgress: sample });
  sample();
  const t2 = performance.now();
  const cpu = process.cpuUsage();
  const pages = format === 'pdf' ? (new TextDecoder('latin1').decode(bytes).match(/\/Type\s*\/Page\b/g) ?? []).length : 0;
  const m: DocMeasure = {
    vms: plan.summary.vms,
    profile,
    format,
    planMs: Math.round(t1 - t0),
    docMs: Math.round(t2 - t1),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    pages,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    peakHeapMiB: Math.round(peakHeap / 1048576),
    bytes: bytes.byteLength,
  };
  process.stdout.write(`${JSON.stringify(m)}\n`);
  return 0;
}

/**
 * PDF time, pages and peak memory (RSS of the process, V8 heap while rendering) for synthetic estates
 * (default 1k and 10k VMs; VM2PVE_BENCH_REPORT_SIZES) in both profiles, and the full DOCX for comparison.
 * Targets (not pass/fail): the full PDF and the full DOCX of 10k VMs each in under 2 minutes and 1.5 GB.
 */
function benchDocuments(): void {
  const sizes = (process.env.VM2PVE_BENCH_REPORT_SIZES ?? '1000,10000').split(',').map(Number).filter((n) => n > 0);
  const limitS = Number(process.env.VM2PVE_BENCH_REPORT_TIMEOUT_S ?? 600);
  process.stdout.write(`report documents (vi+en), synthetic estates (own process each; limit ${limitS} s; target: full PDF and DOCX of 10k VMs < 120 s, < 1.5 GB; process CPU includes import+plan):\n`);
  for (const n of sizes) {
    const file = writeSyntheticXlsx(n);
    const runs: [ReportProfile, 'pdf' | 'docx'][] = [...REPORT_PROFILES.map((p): [ReportProfile, 'pdf'] => [p, 'pdf']), ['full', 'docx']];
    for (const [profile, format] of runs) {
      const r = spawnSync(process.execPath, ['--max-old-space-size=6144', ...process.execArgv, process.argv[1] ?? '', 'bench', '--child-report', file, profile, format], { encoding: 'utf8', maxBuffer: 1 << 24, timeout: limitS * 1000 });
      const line = r.stdout.trim().split('\n').at(-1) ?? '';
      if (r.status !== 0 || !line.startsWith('{')) {
        process.stdout.write(`  ${String(n).padStart(6)} VMs ${profile.padEnd(8)} ${format} ${r.error ? `stopped after ${limitS} s` : `failed: ${r.stderr.trim().split('\n').at(-1) ?? ''}`}\n`);
        continue;
      }
      const m = JSON.parse(line) as DocMeasure;
      process.stdout.write(
        `  ${String(m.vms).padStart(6)} VMs ${m.profile.padEnd(8)} ${m.format.padEnd(4)} ${String(m.docMs).padStart(7)} ms  ${m.format === 'pdf' ? `${String(m.pages).padStart(5)} pages` : '           '}  ${String(Math.round(m.bytes / 1024)).padStart(6)} KiB  peak RSS ${String(m.peakRssMiB).padStart(5)} MiB  peak heap ${String(m.peakHeapMiB).padStart(5)} MiB  (import+plan ${m.planMs} ms${m.cpuMs !== undefined ? `, process CPU ${m.cpuMs} ms` : ''})\n`,
      );
    }
  }
}

export async function benchReport(): Promise<void> {
  const rows = await measureReport();
  process.stdout.write('report rendering (339-VM sample):\n');
  for (const r of rows) {
    process.stdout.write(`  ${r.step.padEnd(34)} ${String(r.wallMs).padStart(7)} ms wall ${String(r.cpuMs).padStart(7)} ms cpu${r.bytes !== undefined ? `  ${(r.bytes / 1024).toFixed(0)} KiB` : ''}\n`);
  }
  benchDocuments();
}

if (process.argv[1] && /bench[\\/]report\.ts$/.test(process.argv[1])) {
  await benchReport();
}
