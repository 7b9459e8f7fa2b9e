/**
 * Bench of the importer's limits (README "Import limits"): the whole `validate` of a 1-million-row vInfo CSV
 * (refused by the VM budget; peak memory is what reading it costs before the refusal), and planning one VM
 * whose name has 20,000 characters (import → plan → report model → PDF; the name is shortened on import).
 * Each figure in its own process, so its peak memory (max RSS) is its own. Prints figures; never fails on them.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as XLSX from 'xlsx';
import { importFiles } from '../../shared/import';
import { ImportError } from '../../shared/model/importReport';
import { newProject } from '../../shared/model/project';
import { derivePlan } from '../../shared/plan';
import { buildReport } from '../../shared/report/build';
import { renderPdf } from '../../shared/report/renderPdf';

type LimitsMeasure = { steps: [string, number][]; peakRssMiB: number; result: string };

const benchDir = (): string => {
  const d = path.join(os.tmpdir(), 'vm2pve-bench-limits');
  fs.mkdirSync(d, { recursive: true });
  return d;
};

/** A vInfo CSV of `rows` VMs (written once, cached in the OS temp folder). */
function millionRowCsv(rows: number): string {
  const dir = path.join(benchDir(), `csv-${rows}`);
  const file = path.join(dir, 'RVTools_tabvInfo.csv');
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(dir, { recursive: true });
  const fd = fs.openSync(`${file}.tmp`, 'w');
  fs.writeSync(fd, 'VM,Powerstate,Template,CPUs,Memory,Provisioned MiB,In Use MiB,Datacenter,Cluster,Host\r\n');
  const chunk: string[] = [];
  for (let i = 0; i < rows; i++) {
    chunk.push(`vm-${i},poweredOn,False,${1 + (i % 8)},${4096 * (1 + (i % 4))},40960,20480,DC1,Cluster${i % 20},esx${i % 400}.example.com`);
    if (chunk.length === 50_000) { fs.writeSync(fd, `${chunk.join('\r\n')}\r\n`); chunk.length = 0; }
  }
  if (chunk.length) fs.writeSync(fd, `${chunk.join('\r\n')}\r\n`);
  fs.closeSync(fd);
  fs.renameSync(`${file}.tmp`, file);
  return file;
}

/** A workbook of one VM named with `chars` characters (plus its host), as SheetJS writes it. */
function longNameWorkbook(chars: number): Uint8Array {
  const name = `${'app-server-'.repeat(Math.ceil(chars / 11))}`.slice(0, chars);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([
    ['VM', 'Powerstate', 'Template', 'CPUs', 'Memory', 'Provisioned MiB', 'In Use MiB', 'Datacenter', 'Cluster', 'Host', 'OS according to the configuration file'],
    [name, 'poweredOn', 'False', 4, 8192, 102400, 51200, 'DC1', 'Cluster1', 'esx01.example.com', 'Ubuntu Linux (64-bit)'],
  ]), 'vInfo');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([
    ['Host', 'Datacenter', 'Cluster', 'CPU Model', 'Speed', '# CPU', 'Cores per CPU', '# Cores', '# Memory'],
    ['esx01.example.com', 'DC1', 'Cluster1', 'Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz', 2500, 2, 20, 40, 786432],
  ]), 'vHost');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

async function timed<T>(steps: [string, number][], step: string, f: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  try {
    return await f();
  } finally {
    steps.push([step, performance.now() - t0]);
  }
}

/** `bench --child limits <csv|longname> [file]`: one measurement, printed as one JSON line. */
export async function limitsBenchChild(argv: readonly string[]): Promise<number> {
  const steps: [string, number][] = [];
  let result = 'ok';
  try {
    if (argv[0] === 'csv') {
      const data = new Uint8Array(fs.readFileSync(argv[1] ?? ''));
      const r = await timed(steps, 'validate', () => importFiles([{ name: 'RVTools_tabvInfo.csv', data }]));
      result = `${r.inventory.vms.length} VMs`;
    } else {
      const planOf = async (chars: number, timedSteps: [string, number][]): Promise<ReturnType<typeof buildReport>> => {
        const data = longNameWorkbook(chars);
        const { inventory, report } = await timed(timedSteps, 'import', () => importFiles([{ name: 'long-name.xlsx', data }]));
        if (chars > 1000) result = `name kept: ${inventory.vms[0]?.name.length ?? 0} characters`;
        const plan = await timed(timedSteps, 'plan', () => derivePlan(newProject(inventory, { name: 'bench', now: '2026-01-01T00:00:00Z', importReport: report })));
        return timed(timedSteps, 'report', () => buildReport(plan));
      };
      // warm-up: the same plan with a 20-character name, PDF included (loads the fonts), not counted
      const warm: [string, number][] = [];
      const short = await planOf(20, []);
      await renderPdf(short, 'en');
      const model = await planOf(20_000, steps);
      await timed(steps, 'pdf en', () => renderPdf(model, 'en'));
      await timed(warm, 'pdf', () => renderPdf(short, 'en'));
      steps.push(['pdf en of the same plan with a 20-character name', warm[0]?.[1] ?? NaN]);
    }
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    result = e.code;
  }
  const m: LimitsMeasure = { steps, peakRssMiB: process.resourceUsage().maxRSS / 1024, result };
  process.stdout.write(`${JSON.stringify(m)}\n`);
  return 0;
}

function child(args: string[]): LimitsMeasure | string {
  const r = spawnSync(process.execPath, [...process.execArgv, process.argv[1] ?? '', 'bench', '--child-limits', ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  try {
    return JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as LimitsMeasure;
  } catch {
    return `failed (exit ${r.status}): ${(r.stderr || r.stdout).trim().split('\n').slice(-2).join(' ')}`;
  }
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

export async function benchImportLimits(): Promise<void> {
  process.stdout.write('Import limits (README "Import limits"); each figure from its own process\n');
  const rows = Number(process.env.VM2PVE_BENCH_CSV_ROWS ?? 1_000_000);
  const csv = millionRowCsv(rows);
  const mib = fs.statSync(csv).size / 1048576;
  const m = child(['csv', csv]);
  if (typeof m === 'string') process.stdout.write(`  ${rows}-row vInfo CSV: ${m}\n`);
  else process.stdout.write(`  ${rows.toLocaleString('en')}-row vInfo CSV (${mib.toFixed(1)} MiB): validate ${s(m.steps[0]?.[1] ?? NaN)}, peak ${m.peakRssMiB.toFixed(0)} MiB → ${m.result}\n`);
  const t0 = performance.now();
  const v = spawnSync(process.execPath, [...process.execArgv, process.argv[1] ?? '', 'validate', csv], { encoding: 'utf8', maxBuffer: 1 << 24 });
  process.stdout.write(`  the same through the validate command line (start to exit): ${s(performance.now() - t0)}, exit ${v.status}\n`);
  const l = child(['longname']);
  if (typeof l === 'string') process.stdout.write(`  one VM with a 20,000-character name: ${l}\n`);
  else {
    const plan = l.steps.filter(([k]) => !k.startsWith('pdf')).reduce((a, [, ms]) => a + ms, 0);
    process.stdout.write(`  one VM with a 20,000-character name: import + plan + report model ${s(plan)}, peak ${l.peakRssMiB.toFixed(0)} MiB, ${l.result}\n`);
    process.stdout.write(`    ${l.steps.map(([k, ms]) => `${k} ${s(ms)}`).join(', ')} (PDFs after a warm-up PDF that loads the fonts)\n`);
  }
  process.stdout.write('Targets (issue #14): planning the 20,000-character name under a second; the 1M-row CSV ends (refused or validated) without running out of memory.\n');
}
