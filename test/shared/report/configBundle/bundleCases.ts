/** The bundle cases shared by the bundle tests: the demo (PVE 9.2 and 8) and the real 339-VM sample (PVE 9.0). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deriveDesign, type DesignResult } from '../../../../shared/design';
import { deriveMapping, type MappingResult } from '../../../../shared/mapping';
import type { Inventory } from '../../../../shared/model/inventory';
import { DEFAULT_ASSUMPTIONS, type PveTarget } from '../../../../shared/model/project';
import { buildConfigBundle, type BundleFile, type BundleFinding } from '../../../../shared/report/configBundle';
import { loadDemo, loadSample339 } from '../../design/realEstates';

export type BundleCase = { label: string; inv: Inventory; mapping: MappingResult; design: DesignResult; files: BundleFile[]; findings: BundleFinding[]; dir: string };

export function writeAll(files: BundleFile[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vm2pve-bundle-'));
  for (const f of files) {
    const p = path.join(dir, f.path);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, f.content, { mode: f.mode ?? 0o644 });
  }
  return dir;
}

export async function loadBundleCases(): Promise<BundleCase[]> {
  const demo = await loadDemo();
  const sample = await loadSample339();
  const cases: BundleCase[] = [];
  for (const [label, inv, target] of [
    ['demo-pve9', demo, 'pve9.2'],
    ['demo-pve8', demo, 'pve8'],
    ['sample-pve9', sample, 'pve9.0'],
  ] as [string, Inventory, PveTarget][]) {
    const a = { ...DEFAULT_ASSUMPTIONS, pveTarget: target };
    const mapping = deriveMapping(inv, {}, a);
    const design = deriveDesign(inv, mapping, { design: { clusters: { 'hn-2node': { qnetdHost: '10.0.99.5' } } } }, a);
    const { files, findings } = buildConfigBundle(design, mapping, { inventory: inv });
    cases.push({ label, inv, mapping, design, files, findings, dir: writeAll(files) });
  }
  return cases;
}

export function caseOf(cases: BundleCase[], label: string): BundleCase {
  const k = cases.find((x) => x.label === label);
  if (!k) throw new Error(`no case ${label}`);
  return k;
}

export function fileOf(k: BundleCase, p: string): string {
  return k.files.find((f) => f.path === p)?.content ?? '';
}

/** Storage ids create-vms.sh uses: disk targets, EFI disks, per-VM ESXi storages and the preflight list. */
export function scriptStorages(sh: string): Set<string> {
  const ids = new Set<string>();
  for (const m of sh.matchAll(/^\s+(?:import_disk|copy_import) \d+ \S+ (\S+) /gm)) ids.add(m[1] ?? '');
  for (const m of sh.matchAll(/--efidisk0 ([^:\s]+):1,/g)) ids.add(m[1] ?? '');
  for (const m of sh.matchAll(/^\s+src=(\S+)$/gm)) if (m[1] !== "''") ids.add(m[1] ?? '');
  for (const m of sh.matchAll(/for s in ([^;]+); do need_storage/g)) for (const x of (m[1] ?? '').split(' ')) ids.add(x);
  return ids;
}
