import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../../shared/import';
import { acknowledge, pinVm, setChecklistTick, setHaTier, setNetworkOverride, setStorageOverride, setVmOverride, updateDesignDecisions, type Decisions } from '../../../shared/model/decisions';
import type { Inventory, Vm } from '../../../shared/model/inventory';
import { newProject, type Project } from '../../../shared/model/project';
import { isUnchanged, reimport } from '../../../shared/model/reimport';
import { derivePlan } from '../../../shared/plan';

const SAMPLE = path.resolve(__dirname, '../../../../shared/samples/rvtools-4.6-339vms.xlsx');
const NOW = '2026-12-02T10:00:00.000Z';

type Row = (string | number | boolean | null)[];

/** The sample with a few VMs edited the way a corrected export would differ. */
function editedSample(names: { memory: string; rename: string; remove: string; copy: string; noUuid: string }): Uint8Array {
  const wb = XLSX.read(fs.readFileSync(SAMPLE));
  const sheetRows = (s: string): Row[] => XLSX.utils.sheet_to_json<Row>(wb.Sheets[s]!, { header: 1, defval: null, raw: true });
  const put = (s: string, rows: Row[]): void => {
    wb.Sheets[s] = XLSX.utils.aoa_to_sheet(rows);
  };
  const info = sheetRows('vInfo');
  const h = info[0]!.map(String);
  const col = (n: string): number => h.indexOf(n);
  const rowOf = (name: string): Row => info.find((r) => r[col('VM')] === name)!;
  rowOf(names.memory)[col('Memory')] = Number(rowOf(names.memory)[col('Memory')]) * 2;
  rowOf(names.rename)[col('VM')] = `${names.rename}-renamed`;
  rowOf(names.noUuid)[col('VM UUID')] = null;
  const copy = [...rowOf(names.copy)];
  copy[col('VM')] = 'brand-new-vm';
  copy[col('VM UUID')] = '50170000-0000-0000-0000-00000000beef';
  const kept = info.filter((r) => r[col('VM')] !== names.remove);
  put('vInfo', [...kept, copy]);
  // The memory lives in vMemory too.
  const mem = sheetRows('vMemory');
  const mh = mem[0]!.map(String);
  const m = mem.find((r) => r[mh.indexOf('VM')] === names.memory);
  if (m) m[mh.indexOf('Size MiB')] = Number(m[mh.indexOf('Size MiB')]) * 2;
  put('vMemory', mem);
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

async function inventoryOf(data: Uint8Array): Promise<Awaited<ReturnType<typeof importFiles>>> {
  return importFiles([{ name: 'rvtools-4.6-339vms.xlsx', data }]);
}

let original: Inventory;
let project: Project;
let vms: Record<'memory' | 'rename' | 'remove' | 'copy' | 'noUuid' | 'untouched', Vm>;

beforeAll(async () => {
  original = (await inventoryOf(new Uint8Array(fs.readFileSync(SAMPLE)))).inventory;
  const names = new Map<string, number>();
  for (const v of original.vms) names.set(v.name, (names.get(v.name) ?? 0) + 1);
  const pick = original.vms.filter((v) => !v.template && v.uuid && names.get(v.name) === 1 && (v.memoryMiB ?? 0) > 0);
  vms = { memory: pick[0]!, rename: pick[1]!, remove: pick[2]!, copy: pick[3]!, noUuid: pick[4]!, untouched: pick[5]! };
  const portGroup = vms.untouched.networks[0]!;
  const datastore = vms.untouched.disks.find((d) => d.datastore)!.datastore!;
  let d: Decisions = {};
  for (const v of [vms.memory, vms.rename, vms.remove, vms.noUuid, vms.untouched]) {
    d = setVmOverride(d, v.key, 'cores', 3);
    d = acknowledge(d, v.key, 'snapshots', `checked ${v.name}`, NOW);
  }
  d = pinVm(d, vms.noUuid.key, 'node-a');
  d = pinVm(d, vms.rename.key, 'node-b');
  d = setHaTier(d, vms.noUuid.key, 1);
  d = setHaTier(d, vms.untouched.key, 'none');
  d = updateDesignDecisions(d, (dd) => ({ ...dd, nodePriorities: { [vms.noUuid.key]: { 'node-a': 2 } } }));
  d = setNetworkOverride(d, portGroup, { bridge: 'vmbr1', tag: 30 });
  d = setNetworkOverride(d, 'gone-port-group', { bridge: 'vmbr2', tag: 40 });
  d = setStorageOverride(d, datastore, { storage: 'ceph-vm' });
  d = setChecklistTick(d, 'CL1/node-failure', true, NOW);
  // Wave assignments and methods (VM keys), and an area of a later version (VM keys as map keys and list values).
  d = { ...d, waves: { assign: { [vms.noUuid.key]: 'w1', [vms.memory.key]: 'w2', [vms.remove.key]: 'w2' }, waves: { w1: { name: 'first' } }, method: { [vms.noUuid.key]: 'live-import' }, isolatedNetworks: [] } };
  (d as Record<string, unknown>).futureArea = { byVm: { [vms.noUuid.key]: 'x' }, lists: [{ id: 'w1', vms: [vms.noUuid.key, vms.untouched.key] }] };
  project = newProject(original, { name: 'estate', now: NOW });
  project.decisions = d;
});

describe('re-import keeps every decision and reports exactly the edits (339-VM sample)', () => {
  it('the same export again: nothing changes', async () => {
    const again = await inventoryOf(new Uint8Array(fs.readFileSync(SAMPLE)));
    const r = reimport(project, again.inventory, again.report, NOW);
    expect(isUnchanged(r.report)).toBe(true);
    expect(r.report.matched).toBe(339);
    expect(r.report.rekeyed).toBe(0);
    expect(r.report.orphaned.map((o) => o.key)).toEqual(['gone-port-group']);
    expect(r.project.decisions).toEqual(project.decisions);
  });

  it('an edited export: added, removed, changed VMs exactly; decisions follow their VMs', async () => {
    const edited = await inventoryOf(editedSample({ memory: vms.memory.name, rename: vms.rename.name, remove: vms.remove.name, copy: vms.copy.name, noUuid: vms.noUuid.name }));
    const r = reimport(project, edited.inventory, edited.report, '2026-12-09T10:00:00.000Z');
    const rep = r.report;
    expect(rep.added.map((v) => v.name)).toEqual(['brand-new-vm']);
    expect(rep.removed.map((v) => v.name)).toEqual([vms.remove.name]);
    expect(rep.matched).toBe(338);
    expect(rep.matchedByName).toBe(1);
    const changed = Object.fromEntries(rep.changed.map((c) => [c.key, c]));
    expect(Object.keys(changed).sort()).toEqual([vms.memory.key, vms.rename.key, `${vms.noUuid.source}/${vms.noUuid.name}`].sort());
    expect(changed[vms.memory.key]!.fields).toEqual([{ field: 'memoryMiB', before: String(vms.memory.memoryMiB), after: String(vms.memory.memoryMiB! * 2) }]);
    expect(changed[vms.rename.key]).toMatchObject({ matchedBy: 'uuid', previousName: vms.rename.name, fields: [{ field: 'name', before: vms.rename.name, after: `${vms.rename.name}-renamed` }] });
    const moved = `${vms.noUuid.source}/${vms.noUuid.name}`;
    expect(changed[moved]).toMatchObject({ matchedBy: 'name', previousKey: vms.noUuid.key, fields: [] });

    // Every decision is still there; the VM whose key changed took its decisions along.
    const d = r.project.decisions;
    const o = project.decisions;
    expect(d.vmOverrides![moved]).toEqual(o.vmOverrides![vms.noUuid.key]);
    expect(d.vmOverrides![vms.noUuid.key]).toBeUndefined();
    expect(d.acknowledged![`${moved}|snapshots`]).toEqual(o.acknowledged![`${vms.noUuid.key}|snapshots`]);
    expect(d.design!.pins).toEqual({ [moved]: 'node-a', [vms.rename.key]: 'node-b' });
    expect(d.design!.haTiers).toEqual({ [moved]: 1, [vms.untouched.key]: 'none' });
    expect(d.design!.nodePriorities).toEqual({ [moved]: { 'node-a': 2 } });
    expect(d.waves).toEqual({ assign: { [moved]: 'w1', [vms.memory.key]: 'w2', [vms.remove.key]: 'w2' }, waves: { w1: { name: 'first' } }, method: { [moved]: 'live-import' }, isolatedNetworks: [] });
    expect((d as Record<string, unknown>).futureArea).toEqual({ byVm: { [moved]: 'x' }, lists: [{ id: 'w1', vms: [moved, vms.untouched.key] }] });
    expect(d.networkMap).toEqual(o.networkMap);
    expect(d.storageMap).toEqual(o.storageMap);
    expect(d.checklist).toEqual(o.checklist);
    expect(Object.keys(d.vmOverrides!)).toHaveLength(5);
    expect(Object.keys(d.acknowledged!)).toHaveLength(5);
    expect(rep.rekeyed).toBe(9); // override, ack, pin, tier, priorities, wave assignment and method; a key and a list entry of the later area
    // Decisions that no longer apply: the removed VM's, and the port group that is gone (all kept).
    expect(rep.orphaned.map((x) => `${x.area}:${x.subject}`).sort()).toEqual(
      [`acknowledged:${vms.remove.name}`, `vmOverrides:${vms.remove.name}`, `waves.assign:${vms.remove.name}`, 'networkMap:gone-port-group'].sort(),
    );
    expect(d.vmOverrides![vms.remove.key]).toEqual(o.vmOverrides![vms.remove.key]);
    // Inputs untouched, the project plans.
    expect(project.inventory).toBe(original);
    expect(r.project.assumptions).toEqual(project.assumptions);
    expect(r.project.meta.createdAt).toBe(NOW);
    const plan = derivePlan(r.project, { now: NOW, skipHa: true });
    expect(plan.summary.vms).toBe(derivePlan(project, { now: NOW, skipHa: true }).summary.vms);
  });
});
