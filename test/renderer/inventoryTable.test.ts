import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../shared/import';
import type { Inventory, Vm } from '../../shared/model/inventory';
import { summarize } from '../../shared/model/summary';
import { ageInDays, snapshotRows, tabCounts, vmRows } from '../../renderer/views/inventory/inventoryRows';
import { nextSort, searchIndex, searchRows, sortRows, textSortKey, valueCounts } from '../../renderer/components/tableModel';

const SAMPLES = path.resolve(__dirname, '../..', '../shared/samples');
const DEMO = path.resolve(__dirname, '../..', 'templates/demo');

async function load(files: string[]): Promise<Inventory> {
  const r = await importFiles(files.map((f) => ({ name: path.basename(f), data: new Uint8Array(fs.readFileSync(f)) })));
  return r.inventory;
}

describe('inventory tables on the real 339-VM export and the demo estate', () => {
  let real: Inventory;
  let demo: Inventory;
  beforeAll(async () => {
    real = await load([path.join(SAMPLES, 'rvtools-4.6-339vms.xlsx')]);
    const demoFiles = fs.readdirSync(DEMO).filter((f) => /\.(xlsx|csv)$/.test(f)).map((f) => path.join(DEMO, f));
    demo = await load(demoFiles);
  }, 60_000);

  it('the VM tab count equals the summary VM count; the other tabs count the inventory lists', () => {
    for (const inv of [real, demo]) {
      const snaps = snapshotRows(inv, new Date('2026-11-25T00:00:00Z'));
      const c = tabCounts(inv, snaps.length);
      expect(c.vms).toBe(summarize(inv).vms);
      expect(c.hosts).toBe(inv.hosts.length);
      expect(c.datastores).toBe(inv.datastores.length);
      expect(c.networks).toBe(inv.portGroups.length);
      expect(c.snapshots).toBe(inv.vms.reduce((n, v) => n + v.snapshots.length, 0));
      expect(vmRows(inv).some((v) => v.template || v.srmPlaceholder)).toBe(false);
    }
    expect(tabCounts(demo, snapshotRows(demo, new Date()).length).snapshots).toBeGreaterThan(0);
  });

  it('sorts VMs by memory: ascending, descending, unknown values last in both directions', () => {
    const vms = vmRows(real);
    const mem = (v: Vm): number | undefined => v.memoryMiB;
    const asc = sortRows(vms, mem, 'asc');
    const desc = sortRows(vms, mem, 'desc');
    expect(asc).toHaveLength(vms.length);
    const known = vms.filter((v) => v.memoryMiB !== undefined).map((v) => v.memoryMiB as number);
    expect(asc.slice(0, known.length).map((v) => v.memoryMiB)).toEqual([...known].sort((a, b) => a - b));
    expect(desc.slice(0, known.length).map((v) => v.memoryMiB)).toEqual([...known].sort((a, b) => b - a));
    expect(asc.slice(known.length).every((v) => v.memoryMiB === undefined)).toBe(true);
    // The input is left untouched.
    expect(vms[0]).toBe(vmRows(real)[0]);
  });

  it('sorts names naturally (vm2 before vm10) and is stable for equal keys', () => {
    const rows = [{ n: 'vm10', i: 0 }, { n: 'vm2', i: 1 }, { n: 'VM2', i: 2 }, { n: 'vm1', i: 3 }];
    expect(sortRows(rows, (r) => r.n, 'asc').map((r) => r.i)).toEqual([3, 1, 2, 0]);
    expect(sortRows(rows, (r) => r.n, 'desc').map((r) => r.i)).toEqual([0, 1, 2, 3]);
  });

  it('header clicks cycle ascending → descending → source order; another column starts ascending', () => {
    const a = nextSort(null, 'name');
    expect(a).toEqual({ key: 'name', dir: 'asc' });
    const b = nextSort(a, 'name');
    expect(b).toEqual({ key: 'name', dir: 'desc' });
    expect(nextSort(b, 'name')).toBeNull();
    expect(nextSort(b, 'mem')).toEqual({ key: 'mem', dir: 'asc' });
  });

  it('search matches every word in any field, case-insensitively', () => {
    const vms = vmRows(real);
    const fields = (v: Vm): (string | undefined)[] => [v.name, v.cluster, v.host, v.osConfig];
    const index = searchIndex(vms, fields);
    const target = vms.find((v) => v.osConfig && v.cluster) as Vm;
    const word = (target.osConfig as string).split(/\s+/)[0] as string;
    const hits = searchRows(vms, index, `${word.toUpperCase()} ${target.cluster as string}`);
    expect(hits).toContain(target);
    expect(hits.every((v) => (v.osConfig ?? '').toLowerCase().includes(word.toLowerCase()) && v.cluster === target.cluster)).toBe(true);
    expect(searchRows(vms, index, '   ')).toBe(vms);
    expect(searchRows(vms, index, 'no-such-vm-zzzz')).toHaveLength(0);
  });

  it('datastore type filter options count every datastore once', () => {
    const counts = valueCounts(real.datastores, (d) => d.type);
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(real.datastores.length);
    for (let i = 1; i < counts.length; i++) expect((counts[i - 1] as { count: number }).count).toBeGreaterThanOrEqual((counts[i] as { count: number }).count);
  });

  it('snapshot age is whole days from the creation date; a missing or bad date is unknown', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(ageInDays('2026-11-20T13:00:00Z', now)).toBe(4);
    expect(ageInDays(undefined, now)).toBeUndefined();
    expect(ageInDays('not a date', now)).toBeUndefined();
    const rows = snapshotRows(demo, now);
    for (const r of rows) if (r.snapshot.createdAt) expect(r.ageDays).toBe(ageInDays(r.snapshot.createdAt, now));
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('50k rows: search and sort give the right rows (built from the real VMs with unique names)', () => {
    const base = vmRows(real);
    const big: Vm[] = [];
    for (let i = 0; big.length < 50_000; i++) {
      const v = base[i % base.length] as Vm;
      big.push({ ...v, key: `k${i}`, name: `${v.name}-${i}` });
    }
    const index = searchIndex(big, (v) => [v.name, v.cluster]);
    expect(searchRows(big, index, '-49999')).toEqual([big[49_999]]);
    const byName = sortRows(big, (v) => v.name, 'asc');
    for (let i = 1; i < byName.length; i += 997) {
      expect(textSortKey((byName[i - 1] as Vm).name) <= textSortKey((byName[i] as Vm).name)).toBe(true);
    }
    expect(new Set(byName.map((v) => v.key)).size).toBe(50_000);
  });
});

describe('textSortKey', () => {
  it('orders text naturally, ignoring case and Vietnamese diacritics', () => {
    const names = ['vm10', 'VM2', 'vm1', 'Đà Nẵng', 'da lat', 'vm002b'];
    const sorted = [...names].sort((a, b) => (textSortKey(a) < textSortKey(b) ? -1 : textSortKey(a) > textSortKey(b) ? 1 : 0));
    expect(sorted).toEqual(['da lat', 'Đà Nẵng', 'vm1', 'VM2', 'vm002b', 'vm10']);
  });
});
