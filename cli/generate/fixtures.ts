/**
 * Helpers for tests and the bench: synthetic RVTools exports written once per size and reused from a cache
 * folder in the OS temp directory. Files are written to a temporary name and renamed, so parallel test
 * workers never see a half-written workbook.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { splitByVcenter, syntheticEstate } from './syntheticEstate';
import { streamRvtoolsWorkbook, writeRvtoolsWorkbook, type HeaderVariant } from './rvtoolsWriter';

/** Bump when generated content changes so stale cached files are not reused. */
export const GENERATOR_VERSION = 4;

export type SyntheticFileOptions = { seed?: number; vcenters?: number; headers?: HeaderVariant; tabs?: readonly string[] };

export function defaultFixtureDir(): string {
  return path.join(os.tmpdir(), 'vm2pve-synthetic');
}

function stem(n: number, opts: SyntheticFileOptions): string {
  const parts = [`rvtools-synthetic-v${GENERATOR_VERSION}`, `${n}vms`, `seed${opts.seed ?? 1}`];
  if ((opts.vcenters ?? 1) > 1) parts.push(`${opts.vcenters}vc`);
  if (opts.headers === '3.x-MB') parts.push('3x');
  if (opts.tabs) parts.push(opts.tabs.join('+'));
  return parts.join('-');
}

function writeAtomically(target: string, write: (fd: number) => void): void {
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  const fd = fs.openSync(temp, 'w');
  try {
    write(fd);
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw err;
  }
  fs.closeSync(fd);
  fs.renameSync(temp, target);
}

/**
 * Path of an RVTools-shaped xlsx with `n` VMs (all 27 tabs unless `tabs` is given), generating it on first
 * use. Streamed straight to disk, so 50k VMs fit in a few hundred MB of memory.
 */
export function writeSyntheticXlsx(n: number, dir: string = defaultFixtureDir(), opts: SyntheticFileOptions = {}): string {
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `${stem(n, opts)}.xlsx`);
  if (fs.existsSync(target) && fs.statSync(target).size > 0) return target;
  const estate = syntheticEstate({ vms: n, seed: opts.seed ?? 1, vcenters: opts.vcenters ?? 1 });
  writeAtomically(target, (fd) => {
    streamRvtoolsWorkbook(estate, (chunk) => fs.writeSync(fd, chunk), { headers: opts.headers ?? '4.6', ...(opts.tabs ? { tabs: opts.tabs } : {}) });
  });
  return target;
}

/** Folder of `RVTools_tab<Name>.csv` files for `n` VMs (generated on first use); returns the folder path. */
export function writeSyntheticCsvDir(n: number, dir: string = defaultFixtureDir(), opts: SyntheticFileOptions = {}): string {
  const target = path.join(dir, `${stem(n, opts)}-csv`);
  if (fs.existsSync(path.join(target, 'RVTools_tabvInfo.csv'))) return target;
  const estate = syntheticEstate({ vms: n, seed: opts.seed ?? 1, vcenters: opts.vcenters ?? 1 });
  const files = writeRvtoolsWorkbook(estate, { format: 'csv', headers: opts.headers ?? '4.6', ...(opts.tabs ? { tabs: opts.tabs } : {}) });
  const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
  fs.mkdirSync(temp, { recursive: true });
  for (const f of files) fs.writeFileSync(path.join(temp, f.name), f.data);
  try {
    fs.renameSync(temp, target);
  } catch {
    // Another worker won the race; its folder is complete.
    fs.rmSync(temp, { recursive: true, force: true });
  }
  return target;
}

/** One xlsx per vCenter for an estate spread over `vcenters` vCenters (multi-vCenter merge fixtures). */
export function writeSyntheticMultiVcenter(n: number, vcenters: number, dir: string = defaultFixtureDir(), seed = 1): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const base = stem(n, { seed, vcenters });
  const names = Array.from({ length: vcenters }, (_, i) => path.join(dir, `${base}-part${i + 1}.xlsx`));
  if (names.every((p) => fs.existsSync(p) && fs.statSync(p).size > 0)) return names;
  const parts = splitByVcenter(syntheticEstate({ vms: n, seed, vcenters }));
  parts.forEach((part, i) => {
    const target = names[i] as string;
    writeAtomically(target, (fd) => streamRvtoolsWorkbook(part, (chunk) => fs.writeSync(fd, chunk)));
  });
  return names;
}
