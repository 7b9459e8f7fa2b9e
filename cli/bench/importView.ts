/**
 * Bench of the Import and Inventory views' logic on generated estates (in memory, no file I/O):
 * the VM table's search index, search, sorts (text and number) on 50k rows, and anonymise-on-import
 * (pseudonymise the inventory + scrub the report) on 10k and 50k VMs. Prints timings; never fails on them.
 * Run: `npx tsx cli/bench/importView.ts`.
 */
import { performance } from 'node:perf_hooks';
import { emptyImportReport, type ImportReport } from '../../shared/model/importReport';
import type { Vm } from '../../shared/model/inventory';
import { prepareImport } from '../../shared/import/prepareImport';
import { searchIndex, searchRows, sortRows } from '../../renderer/components/tableModel';
import { syntheticReadinessInventory } from './readiness';

function time<T>(label: string, fn: () => T): T {
  const t0 = performance.now();
  const r = fn();
  process.stdout.write(`  ${label.padEnd(52)} ${(performance.now() - t0).toFixed(1).padStart(9)} ms\n`);
  return r;
}

/** A report shaped like a real one: findings quoting VM names, one per 10 VMs. */
function reportFor(vms: readonly Vm[]): ImportReport {
  const r = emptyImportReport();
  r.files.push({ name: 'customer-rvtools.xlsx', kind: 'rvtools-xlsx', bytes: 1 });
  vms.forEach((v, i) => {
    if (i % 10 === 0) r.issues.push({ code: 'RVT_X', severity: 'warning', file: 'customer-rvtools.xlsx', sheet: 'vInfo', row: i + 2, message: { vi: `Máy ảo "${v.name}" thiếu dữ liệu`, en: `VM "${v.name}" lacks data` } });
  });
  return r;
}

export async function benchImportView(): Promise<void> {
  for (const n of [10_000, 50_000]) {
    const inv = syntheticReadinessInventory(n);
    // The VM table's rows: templates and SRM placeholders are left out (as in the Inventory view).
    const vms = inv.vms.filter((v) => !v.template && !v.srmPlaceholder);
    process.stdout.write(`${n.toLocaleString('en')} VMs\n`);
    const fields = (v: Vm): (string | undefined)[] => [v.name, v.cluster, v.host, v.osConfig, v.osTools, v.datacenter, v.folder, v.primaryIp, v.dnsName];
    const index = time('search index (VM table)', () => searchIndex(vms, fields));
    time('search "windows 2019"', () => searchRows(vms, index, 'windows 2019'));
    time('sort by name ↑', () => sortRows(vms, (v) => v.name, 'asc'));
    time('sort by guest OS ↓', () => sortRows(vms, (v) => v.osConfig, 'desc'));
    time('sort by memory ↓', () => sortRows(vms, (v) => v.memoryMiB, 'desc'));
    const report = reportFor(vms);
    const p = time(`anonymise on import (+ scrub ${report.issues.length} findings)`, () => prepareImport({ inventory: inv, report }, ['customer-rvtools.xlsx'], { anonymise: true }));
    process.stdout.write(`  pseudonyms: ${p.map?.length ?? 0}\n`);
  }
}

if (process.argv[1] && /bench[\\/]importView\.ts$/.test(process.argv[1])) {
  void benchImportView();
}
