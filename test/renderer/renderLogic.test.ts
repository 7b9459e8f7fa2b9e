import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles, type ImportProgress as SharedProgress } from '../../shared/import';
import type { Inventory } from '../../shared/model/inventory';
import { newProject, PROJECT_SCHEMA_VERSION } from '../../shared/model/project';
import { summarize } from '../../shared/model/summary';
import { visibleRange } from '../../renderer/components/virtualRange';
import { projectName, safeBaseName } from '../../renderer/state/projectIo';
import { restoreProject as parseAutosave } from '../../shared/model/restore';
import { clusterRows } from '../../renderer/views/inventory/clusterRows';
import { progressTracker } from '../../renderer/workers/importProgress';

const SAMPLES = path.resolve(__dirname, '../..', '../shared/samples');
const BIG = path.join(SAMPLES, 'rvtools-4.6-339vms.xlsx');

let inv: Inventory;
const events: SharedProgress[] = [];
beforeAll(async () => {
  const r = await importFiles([{ name: path.basename(BIG), data: new Uint8Array(fs.readFileSync(BIG)) }], { onProgress: (p) => events.push(p) });
  inv = r.inventory;
});

describe('per-cluster table rows (real RVTools export)', () => {
  it('adds up to the inventory summary and gives one row per cluster', () => {
    const rows = clusterRows(inv);
    const s = summarize(inv);
    const named = rows.filter((r) => r.name !== null);
    expect(named.length).toBe(s.clusters);
    expect(rows.reduce((a, r) => a + r.vms, 0)).toBe(s.vms);
    expect(rows.reduce((a, r) => a + r.poweredOn, 0)).toBe(s.poweredOn);
    expect(rows.reduce((a, r) => a + r.hosts, 0)).toBe(s.hosts);
    expect(rows.reduce((a, r) => a + r.vCpus, 0)).toBe(s.vCpus);
    expect(rows.reduce((a, r) => a + r.memoryMiB, 0)).toBe(s.memoryMiB);
    // Sorted by name, the no-cluster row (if any) last.
    const names = named.map((r) => r.name ?? '');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    if (rows.length > named.length) expect(rows[rows.length - 1]?.name).toBeNull();
  });
});

describe('import progress', () => {
  it('turns the importer events of a real import into a monotonic 0–100 %', () => {
    expect(events.length).toBeGreaterThan(3);
    const track = progressTracker(1);
    const pcts = events.map((e) => track(e).pct);
    for (let i = 1; i < pcts.length; i++) expect(pcts[i]).toBeGreaterThanOrEqual(pcts[i - 1] ?? 0);
    expect(pcts[0]).toBe(0);
    expect(pcts[pcts.length - 1]).toBe(100);
    const parse = events.map((e) => track(e)).find((p) => p.phase === 'parse' && p.sheet);
    expect(parse?.file).toBe(path.basename(BIG));
  });

  it('gives each file an equal share when several are imported', () => {
    const track = progressTracker(2);
    expect(track({ phase: 'read', done: 0, total: 2 }).pct).toBe(0);
    expect(track({ phase: 'parse', done: 5, total: 10, sheet: 'vInfo' }).pct).toBe(23);
    expect(track({ phase: 'read', done: 1, total: 2 }).pct).toBe(45);
    expect(track({ phase: 'parse', done: 10, total: 10 }).pct).toBe(90);
    expect(track({ phase: 'validate', done: 1, total: 1 }).pct).toBe(100);
  });
});

describe('virtual table window', () => {
  it('renders a bounded slice of 50 000 rows wherever the user scrolls', () => {
    const n = 50_000;
    for (const top of [0, 3200, 32 * 25_000, 32 * n, 32 * n + 5000, -50]) {
      const { first, last } = visibleRange(top, 460, 32, n);
      expect(first).toBeGreaterThanOrEqual(0);
      expect(last).toBeLessThanOrEqual(n);
      expect(last - first).toBeLessThanOrEqual(Math.ceil(460 / 32) + 2 * 8 + 1);
      expect(last).toBeGreaterThan(first);
    }
    expect(visibleRange(32 * 1000, 460, 32, n).first).toBe(992);
    expect(visibleRange(0, 460, 32, 0)).toEqual({ first: 0, last: 0 });
  });
});

describe('project naming and autosave', () => {
  it('names the project after the workbook and makes a safe export stem', () => {
    expect(projectName([{ name: 'drs-groups.csv' }, { name: 'rvtools-demo.xlsx' }])).toBe('rvtools-demo');
    expect(projectName([{ name: 'vInfo.csv' }])).toBe('vInfo');
    expect(projectName([])).toBe('vm2pve');
    expect(safeBaseName('Công ty Đông Á / HCM')).toBe('vm2pve-Cong-ty-Dong-A-HCM');
    expect(safeBaseName('../../etc')).toBe('vm2pve-etc');
    expect(safeBaseName('')).toBe('vm2pve-plan');
  });

  it('opens a saved real project and refuses corrupt or newer files', () => {
    const p = newProject(inv, { name: 'x', now: '2026-01-01T00:00:00Z' });
    const back = parseAutosave(JSON.stringify(p));
    expect(back.ok).toBe(true);
    if (back.ok) expect(summarize(back.project.inventory)).toEqual(summarize(inv));
    expect(parseAutosave('{not json').ok).toBe(false);
    expect(parseAutosave('[]').ok).toBe(false);
    expect(parseAutosave(JSON.stringify({ ...p, inventory: { vms: 'no' } })).ok).toBe(false);
    expect(parseAutosave(JSON.stringify({ ...p, schemaVersion: PROJECT_SCHEMA_VERSION + 1 }))).toMatchObject({ ok: false, newer: PROJECT_SCHEMA_VERSION + 1 });
  });
});
