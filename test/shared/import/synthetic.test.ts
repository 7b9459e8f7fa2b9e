import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles, type InputFile } from '../../../shared/import';
import { summarize } from '../../../shared/model/summary';
import type { Inventory } from '../../../shared/model/inventory';
import { syntheticEstate } from '../../../cli/generate/syntheticEstate';
import { writeSyntheticCsvDir, writeSyntheticMultiVcenter, writeSyntheticXlsx } from '../../../cli/generate/fixtures';
import type { EstateSpec } from '../../../cli/generate/estateSpec';

const read = (p: string): InputFile => ({ name: path.basename(p), data: new Uint8Array(fs.readFileSync(p)) });

/** The importer's view of every VM must equal the generator's spec (the ground truth). */
function expectMatchesSpec(inv: Inventory, spec: EstateSpec): void {
  const got = new Map(inv.vms.map((v) => [v.uuid, v]));
  expect(inv.vms).toHaveLength(spec.vms.length);
  for (const s of spec.vms) {
    const v = got.get(s.uuid);
    expect(v, s.name).toBeDefined();
    if (!v) continue;
    expect([v.name, v.cpus, v.memoryMiB, v.powerState, v.template, v.srmPlaceholder, v.firmware, v.host, v.cluster], s.name).toEqual([
      s.name, s.cpus, s.memoryMiB, s.powerState, s.template, s.srmPlaceholder, s.firmware, s.host, s.cluster,
    ]);
    expect([v.disks.length, v.nics.length, v.snapshots.length, v.cdDrives.length, v.usbDevices.length], s.name).toEqual([
      s.disks.length, s.nics.length, s.snapshots.length, s.cds.length, s.usbs.length,
    ]);
    expect(v.attributes, s.name).toEqual(s.attributes);
  }
  expect(inv.hosts).toHaveLength(spec.hosts.length);
  expect(inv.clusters).toHaveLength(spec.clusters.length);
  expect(inv.datastores).toHaveLength(spec.datastores.length);
}

describe('generated estates (cli/generate) import to exactly what was generated', () => {
  const spec = syntheticEstate({ vms: 1000, seed: 1, vcenters: 1 });

  it('xlsx, 1,000 VMs', async () => {
    const { inventory, report } = await importFiles([read(writeSyntheticXlsx(1000))]);
    expectMatchesSpec(inventory, spec);
    expect(report.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('CSV folder of the same estate gives the same model', async () => {
    const dir = writeSyntheticCsvDir(1000);
    const files = fs.readdirSync(dir).sort().map((n) => read(path.join(dir, n)));
    const { inventory } = await importFiles(files);
    expectMatchesSpec(inventory, spec);
  });

  it('three vCenters in three files merge to the three-vCenter estate', async () => {
    const spec3 = syntheticEstate({ vms: 1000, seed: 1, vcenters: 3 });
    const parts = writeSyntheticMultiVcenter(1000, 3);
    const merged = await importFiles(parts.map(read));
    expectMatchesSpec(merged.inventory, spec3);
    expect(merged.inventory.sources).toHaveLength(3);
    const single = await importFiles([read(writeSyntheticXlsx(1000, undefined, { vcenters: 3 }))]);
    expect(summarize(merged.inventory)).toEqual(summarize(single.inventory));
  });

  it('3.x MB-header variant gives the same VMs', async () => {
    const { inventory } = await importFiles([read(writeSyntheticXlsx(1000, undefined, { headers: '3.x-MB' }))]);
    const s = summarize(inventory);
    // 3.x exports have no `SRM Placeholder` column (added in 4.1.2): placeholders cannot be told apart there.
    expect(inventory.vms.every((v) => !v.srmPlaceholder)).toBe(true);
    const ref = spec.vms.filter((v) => !v.template);
    expect(s.vms).toBe(ref.length);
    expect(s.vCpus).toBe(ref.reduce((n, v) => n + v.cpus, 0));
    expect(s.memoryMiB).toBe(ref.reduce((n, v) => n + v.memoryMiB, 0));
  });
});
