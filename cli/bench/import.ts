/**
 * Import bench: for synthetic RVTools estates of 1k / 10k / 50k VMs (cli/generate, cached in the OS temp
 * folder), the full import (read + normalise + validate, `importFiles`) next to a plain SheetJS read of the
 * same sheets (`XLSX.read` with dense, cellText/cellHTML off and the same `sheets` list). Each measurement
 * runs in its own child process so its peak memory (max RSS) is its own. Prints figures; never fails on them.
 * Sizes can be narrowed with VM2PVE_BENCH_IMPORT_SIZES=1000,10000.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as XLSX from 'xlsx';
import { writeSyntheticXlsx } from '../generate/fixtures';
import { importFiles, RVTOOLS_TABS } from '../../shared/import';
import { xlsxSheetNames } from '../../shared/import/xlsxReader';
import { tabFromName } from '../../shared/import/columns';
import { readZipDirectory } from '../../shared/import/zipGuard';

type Measure = { ms: number; peakRssMiB: number; vms?: number };
type Mode = 'sheetjs' | 'import' | 'validate';

/** The sheet names of the file that the importer reads (the same list goes to SheetJS). */
function importedSheets(data: Uint8Array): string[] {
  const names = xlsxSheetNames(data, 'bench', readZipDirectory(data, 'bench'));
  return names.filter((n) => tabFromName(n) !== undefined);
}

async function measureOnce(mode: Mode, file: string): Promise<Measure> {
  const data = new Uint8Array(fs.readFileSync(file));
  const t0 = performance.now();
  let vms: number | undefined;
  if (mode === 'sheetjs') {
    XLSX.read(data, { type: 'array', dense: true, cellText: false, cellHTML: false, sheets: importedSheets(data) });
  } else {
    const r = await importFiles([{ name: path.basename(file), data }]);
    vms = r.inventory.vms.length;
  }
  const ms = performance.now() - t0;
  return { ms, peakRssMiB: process.resourceUsage().maxRSS / 1024, vms };
}

/**
 * One measurement in a child process: this same program (`process.argv[1]`: the built CLI or the launcher)
 * run as `bench --child <mode> <file>`; `validate` runs the built command line itself, start to exit.
 */
function runChild(mode: Mode, file: string): Measure | string {
  if (mode === 'validate') {
    const t0 = performance.now();
    const v = spawnSync(process.execPath, ['--max-old-space-size=6144', ...process.execArgv, process.argv[1] ?? '', 'validate', file], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const ms = performance.now() - t0;
    return v.status === 0 || v.status === 2 ? { ms, peakRssMiB: NaN } : `failed (exit ${v.status}): ${(v.stderr || v.stdout).trim().split('\n').slice(-2).join(' ')}`;
  }
  const r = spawnSync(process.execPath, ['--max-old-space-size=6144', ...process.execArgv, process.argv[1] ?? '', 'bench', '--child', mode, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Measure;
  } catch {
    return `failed (exit ${r.status}): ${(r.stderr || r.stdout).trim().split('\n').slice(-2).join(' ')}`;
  }
}

const fmt = (m: Measure | string, field: 'ms' | 'peakRssMiB'): string => (typeof m === 'string' ? 'n/a' : field === 'ms' ? `${(m.ms / 1000).toFixed(2)} s` : `${m.peakRssMiB.toFixed(0)} MiB`);

export async function benchImport(): Promise<void> {
  const sizes = (process.env.VM2PVE_BENCH_IMPORT_SIZES ?? '1000,10000,50000').split(',').map(Number).filter((n) => n > 0);
  process.stdout.write(`Import bench (tabs read: ${RVTOOLS_TABS.length}); each figure from its own process\n`);
  process.stdout.write('VMs     file MiB  SheetJS read   peak      full import    peak      import/SheetJS  validate CLI  validate/SheetJS\n');
  for (const n of sizes) {
    const file = writeSyntheticXlsx(n);
    const mib = fs.statSync(file).size / 1048576;
    const sj = runChild('sheetjs', file);
    const im = runChild('import', file);
    const va = runChild('validate', file);
    const ratio = (m: Measure | string): string => (typeof sj === 'string' || typeof m === 'string' ? 'n/a' : (m.ms / sj.ms).toFixed(2));
    process.stdout.write(
      `${String(n).padEnd(7)} ${mib.toFixed(1).padStart(8)}  ${fmt(sj, 'ms').padStart(12)}  ${fmt(sj, 'peakRssMiB').padStart(8)}  ${fmt(im, 'ms').padStart(12)}  ${fmt(im, 'peakRssMiB').padStart(8)}  ${ratio(im).padStart(14)}  ${fmt(va, 'ms').padStart(12)}  ${ratio(va).padStart(16)}\n`,
    );
    if (typeof sj === 'string') process.stdout.write(`  SheetJS: ${sj}\n`);
    if (typeof im === 'string') process.stdout.write(`  import: ${im}\n`);
    if (typeof va === 'string') process.stdout.write(`  validate: ${va}\n`);
  }
  process.stdout.write('SheetJS read and full import: in-process time of one read of the file already in memory; validate CLI: the\n');
  process.stdout.write('whole built `npm run validate` process (start, read the file, import, print the summary), measured from outside.\n');
  process.stdout.write('Targets (issue #3): import ≤ 1/3 of the SheetJS read at 10k VMs; peak < 2 GB at 50k VMs.\n');
}

/** `bench --child <mode> <file>`: one measurement, printed as one JSON line for the parent. */
export async function importBenchChild(argv: readonly string[]): Promise<number> {
  const mode = argv[0] === 'sheetjs' ? 'sheetjs' : 'import';
  try {
    process.stdout.write(`${JSON.stringify(await measureOnce(mode, argv[1] ?? ''))}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
