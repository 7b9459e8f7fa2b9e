/**
 * Generation figures for the bench: time to build a synthetic estate, time to stream it to an xlsx file,
 * file size and peak resident memory. Run directly: `npx tsx cli/generate/benchGenerate.ts 1000 10000 50000`.
 * Figures depend on the machine and its load; they are reported, never asserted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { streamRvtoolsWorkbook } from './rvtoolsWriter';
import { syntheticEstate } from './syntheticEstate';

export type GenerationFigures = { vms: number; hosts: number; clusters: number; generateMs: number; writeMs: number; fileBytes: number; peakRssMiB: number };

export function measureGeneration(vms: number, dir: string, seed = 1): GenerationFigures {
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `bench-generate-${vms}.xlsx`);
  const t0 = performance.now();
  const estate = syntheticEstate({ vms, seed });
  const t1 = performance.now();
  const fd = fs.openSync(target, 'w');
  try {
    streamRvtoolsWorkbook(estate, (chunk) => fs.writeSync(fd, chunk));
  } finally {
    fs.closeSync(fd);
  }
  const t2 = performance.now();
  const fileBytes = fs.statSync(target).size;
  fs.rmSync(target, { force: true });
  return {
    vms,
    hosts: estate.hosts.length,
    clusters: estate.clusters.length,
    generateMs: Math.round(t1 - t0),
    writeMs: Math.round(t2 - t1),
    fileBytes,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

function main(): void {
  const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isFinite(n) && n > 0);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-bench-generate-'));
  try {
    for (const n of sizes.length ? sizes : [1000, 10000, 50000]) {
      const f = measureGeneration(n, dir);
      process.stdout.write(
        `${f.vms} VMs (${f.hosts} hosts, ${f.clusters} clusters): estate ${f.generateMs} ms, xlsx ${f.writeMs} ms, ` +
          `${(f.fileBytes / 1048576).toFixed(1)} MiB, peak RSS ${f.peakRssMiB} MiB\n`,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
