import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../../shared/import/index';
import { assignToWave, readDecisions, setIsolatedNetwork, setWaveField, type Decisions } from '../../../shared/model/decisions';
import type { Inventory } from '../../../shared/model/inventory';
import { newProject, type Project } from '../../../shared/model/project';
import { derivePlan, type Plan } from '../../../shared/plan';
import type { WavesResult } from '../../../shared/waves';
import { BIG_SAMPLE, FIXED_NOW } from '../report/samplePlan';

/**
 * Waves on the real 339-VM RVTools 4.6 export. The export has no DRS rules (RVTools does not carry them),
 * so keep-together rules are added the way the PowerCLI import brings them in: pairs of VMs of one cluster,
 * deliberately one simple and one harder VM, so that the planner would separate them if it ignored the rule.
 */

let inventory: Inventory;
let base: Project;
let plan: Plan;
let pairs: [string, string][];

function project(decisions: Decisions = {}, assumptions: Partial<Project['assumptions']> = {}): Project {
  return { ...base, decisions, assumptions: { ...base.assumptions, ...assumptions } };
}
const opts = { now: FIXED_NOW, skipHa: true };

function waveOf(w: WavesResult): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const wave of w.waves) for (const v of wave.vms) m.set(v.vmKey, [...(m.get(v.vmKey) ?? []), wave.id]);
  return m;
}

beforeAll(async () => {
  const data = new Uint8Array(fs.readFileSync(BIG_SAMPLE));
  const r = await importFiles([{ name: path.basename(BIG_SAMPLE), data }]);
  inventory = r.inventory;
  const first = derivePlan(newProject(inventory, { name: 'waves', now: FIXED_NOW }), opts);
  // Pairs inside one source cluster: a ready VM with a conditional one, both placed on a node.
  pairs = [];
  const placed = new Set(first.design.clusters.flatMap((c) => c.placement.vms.filter((v) => v.node).map((v) => v.vmKey)));
  const byCluster = new Map<string, { ready: string[]; other: string[] }>();
  for (const v of inventory.vms) {
    if (v.template || v.srmPlaceholder || !v.cluster || !placed.has(v.key)) continue;
    const e = byCluster.get(v.cluster) ?? { ready: [], other: [] };
    (first.readiness.byKey[v.key]?.class === 'ready' ? e.ready : e.other).push(v.name);
    byCluster.set(v.cluster, e);
  }
  for (const [cluster, e] of byCluster) {
    const a = e.ready[0];
    const b = e.other[0];
    if (a && b) {
      pairs.push([a, b]);
      inventory.drsRules.push({ kind: 'vm-affinity', name: `keep-${cluster}`, cluster, enabled: true, vms: [a, b], source: 'test' });
    }
  }
  base = newProject(inventory, { name: 'waves', now: FIXED_NOW });
  plan = derivePlan(base, opts);
}, 120_000);

describe('waves on rvtools-4.6-339vms.xlsx', () => {
  it('puts every migrated VM in exactly one wave and lists the others with the reason', () => {
    const seen = waveOf(plan.waves);
    const vcls = (n: string): boolean => /^vCLS-/i.test(n);
    const migrated = inventory.vms.filter((v) => !v.template && !v.srmPlaceholder && !vcls(v.name));
    expect(migrated.length).toBeGreaterThan(250);
    for (const v of migrated) expect(seen.get(v.key), v.name).toHaveLength(1);
    expect(seen.size).toBe(migrated.length);
    const excluded = inventory.vms.filter((v) => v.template || v.srmPlaceholder || vcls(v.name));
    expect(excluded.filter((v) => vcls(v.name)).length).toBeGreaterThan(0);
    expect(plan.waves.excluded.map((e) => e.vmKey).sort()).toEqual(excluded.map((v) => v.key).sort());
    for (const e of plan.waves.excluded) expect(e.reason.vi && e.reason.en).toBeTruthy();
    expect(plan.waves.totals.vms).toBe(migrated.length);
  });

  it('keeps DRS keep-together VMs in one wave', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(3);
    const seen = waveOf(plan.waves);
    const keyOf = new Map(inventory.vms.map((v) => [v.name, v.key]));
    for (const [a, b] of pairs) expect(seen.get(keyOf.get(a) ?? ''), `${a} / ${b}`).toEqual(seen.get(keyOf.get(b) ?? ''));
    expect(plan.waves.groups.filter((g) => g.kind === 'drs')).toHaveLength(pairs.length);
  });

  it('keeps the VMs of a port group marked isolated in one wave', () => {
    const counts = new Map<string, number>();
    for (const v of inventory.vms) if (!v.template && !v.srmPlaceholder) for (const n of new Set(v.networks)) if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
    const net = [...counts].filter(([, n]) => n >= 3 && n <= 10).map(([k]) => k).sort()[0];
    expect(net).toBeDefined();
    const p = derivePlan(project(setIsolatedNetwork({}, net ?? '', true)), opts);
    const keys = inventory.vms.filter((v) => !v.template && !v.srmPlaceholder && v.networks.includes(net ?? '') && !p.waves.excluded.some((e) => e.vmKey === v.key)).map((v) => v.key);
    const seen = waveOf(p.waves);
    expect(new Set(keys.map((k) => seen.get(k)?.[0])).size).toBe(1);
    expect(p.waves.groups.some((g) => g.kind === 'network' && g.label === net)).toBe(true);
  });

  it('starts with a pilot wave of simple, ready, non-critical VMs; VMs that are not placed wait for the remediation waves', () => {
    const [pilot] = plan.waves.waves;
    expect(pilot?.kind).toBe('pilot');
    expect(pilot?.vms.length).toBeGreaterThan(0);
    expect(pilot?.vms.length).toBeLessThanOrEqual(plan.assumptions.pilotWaveMaxVms);
    for (const v of pilot?.vms ?? []) {
      expect(v.readiness).toBe('ready');
      expect(v.complexity).toBeLessThanOrEqual(1);
      expect(v.haTier).not.toBe(1);
    }
    const kinds = plan.waves.waves.map((w) => w.kind);
    const lastMain = kinds.lastIndexOf('main');
    const firstRem = kinds.indexOf('remediation');
    expect(firstRem).toBeGreaterThan(lastMain);
    for (const w of plan.waves.waves) for (const v of w.vms) expect(v.held === undefined, `${v.name} in ${w.id}`).toBe(w.kind !== 'remediation');
    // The sample's design leaves VMs without a node: each of them says why.
    const excluded = new Set(plan.waves.excluded.map((e) => e.vmKey));
    const unplaced = plan.design.clusters.flatMap((c) => c.placement.vms.filter((v) => !v.node && !excluded.has(v.vmKey)));
    expect(unplaced.length).toBeGreaterThan(0);
    const held = plan.waves.waves.flatMap((w) => w.vms.filter((v) => v.held));
    expect(held.map((v) => v.vmKey).sort()).toEqual(unplaced.map((v) => v.vmKey).sort());
  });

  it('respects the per-wave limits (VMs, TiB, window hours); a wave over a limit is one group too big for any wave, and says so', () => {
    for (const a of [{}, { waveMaxVms: 7, waveWindowHours: 6, waveMaxCopyTiB: 2, migrationParallel: 3 }]) {
      const p = derivePlan(project({}, a), opts);
      const l = p.waves.limits;
      for (const w of p.waves.waves) {
        const over = w.vms.length > l.maxVms || w.copyGiB > l.maxCopyGiB + 1e-6 || w.hours > w.windowHours + 1e-6;
        expect(over, `${w.id}: ${w.overLimits.map((x) => x.en).join('; ')}`).toBe(w.overLimits.length > 0);
        if (over) {
          // Only a single VM (or a keep-together group) bigger than a whole wave may break a limit.
          expect(p.waves.notes.some((n) => n.en.includes(`wave ${w.id}`)), w.id).toBe(true);
          const units = new Set(w.vms.map((v) => v.groups.filter((g) => !g.startsWith('app:')).join('|') || v.vmKey));
          expect(units.size, w.id).toBe(1);
        }
      }
      const sumCopy = p.waves.waves.reduce((s, w) => s + w.copyGiB, 0);
      expect(sumCopy).toBeCloseTo(p.waves.totals.copyGiB, 1);
    }
  });

  it('derives each duration from the disk size, the throughput and the per-VM time, and passes the hours to the cost', () => {
    const vm = plan.waves.waves.flatMap((w) => w.vms).find((v) => v.copyGiB.value > 100);
    expect(vm).toBeDefined();
    if (!vm) return;
    const src = inventory.vms.find((v) => v.key === vm.vmKey);
    const disksGiB = (src?.disks ?? []).filter((d) => !d.raw).reduce((s, d) => s + (d.capacityMiB ?? 0), 0) / 1024;
    expect(vm.copyGiB.value).toBeCloseTo(disksGiB, 1);
    expect(vm.copyGiB.source).toBe('imported');
    expect(vm.hours.value).toBeCloseTo(disksGiB / plan.assumptions.migrationGiBPerHour + plan.assumptions.migrationOverheadMinutes / 60, 1);
    expect(vm.hours.assumptions).toEqual(['migrationGiBPerHour', 'migrationOverheadMinutes']);
    const faster = derivePlan(project({}, { migrationGiBPerHour: plan.assumptions.migrationGiBPerHour * 4 }), opts);
    expect(faster.waves.totals.hours).toBeLessThan(plan.waves.totals.hours);
    expect(plan.cost.migrationHours).toEqual({ hours: plan.waves.totals.hours, source: 'waves' });
    // A live import is down only for the fixed per-VM time.
    const live = derivePlan(project({}, { migrationMethod: 'live-import' }), opts);
    const lv = live.waves.waves.flatMap((w) => w.vms).find((v) => v.vmKey === vm.vmKey);
    expect(lv?.downtimeHours.value).toBeCloseTo(plan.assumptions.migrationOverheadMinutes / 60, 2);
    expect(vm.downtimeHours.value).toBe(vm.hours.value);
  });

  it('keeps a VM the user moved in its wave, with its keep-together partner, and names and dates the wave', () => {
    const keyOf = new Map(inventory.vms.map((v) => [v.name, v.key]));
    const [a, b] = pairs[0] ?? ['', ''];
    let d = assignToWave({}, [keyOf.get(a) ?? ''], 'w4');
    d = setWaveField(d, 'w4', 'name', 'Kho dữ liệu / Warehouse');
    d = setWaveField(d, 'w4', 'start', '2026-12-12T22:00');
    d = setWaveField(d, 'w4', 'windowHours', 12);
    d = setWaveField(d, 'w99', 'name', 'Dự phòng');
    const p = derivePlan(project(JSON.parse(JSON.stringify(d)) as Decisions), opts);
    const w4 = p.waves.waves.find((w) => w.id === 'w4');
    expect(w4?.vms.map((v) => v.name)).toEqual(expect.arrayContaining([a, b]));
    expect(w4?.vms.find((v) => v.name === a)?.locked).toBe(true);
    expect(w4?.name).toEqual({ vi: 'Kho dữ liệu / Warehouse', en: 'Kho dữ liệu / Warehouse' });
    expect(w4?.start).toBe('2026-12-12T22:00');
    expect(w4?.windowHours).toBe(12);
    expect(p.waves.waves.find((w) => w.id === 'w99')?.vms).toEqual([]);
    const seen = waveOf(p.waves);
    for (const [k, ws] of seen) expect(ws, k).toHaveLength(1);
  });

  it('reads the waves decisions from untrusted input: bad entries dropped with coded findings, unknown fields kept', () => {
    const r = readDecisions({ waves: { assign: { x: 'w2', y: 'wave 3', z: 'w0' }, waves: { w2: { name: 'A', start: '2026-13-01', windowHours: 4, colour: 'red' }, bad: { name: 'B' } }, method: { x: 'live-import', y: 'teleport' }, isolatedNetworks: ['dmz', 'dmz', 7], extra: 1 } });
    expect(r.decisions.waves).toEqual({ assign: { x: 'w2' }, waves: { w2: { name: 'A', windowHours: 4, colour: 'red' } }, method: { x: 'live-import' }, isolatedNetworks: ['dmz'], extra: 1 });
    expect(r.findings.map((f) => f.path).sort()).toEqual(
      ['decisions.waves.assign["y"]', 'decisions.waves.assign["z"]', 'decisions.waves.isolatedNetworks', 'decisions.waves.method["y"]', 'decisions.waves.waves["bad"]', 'decisions.waves.waves["w2"].start'].sort(),
    );
    expect(r.findings.every((f) => f.code === 'DECISION_INVALID')).toBe(true);
  });
});

describe('plan.json waves', () => {
  it('validates against the schema and lists every migrated VMID in exactly one wave', async () => {
    const { planToJson } = await import('../../../shared/report/planJson');
    const { planValidator } = await import('../report/planSchema');
    const json = JSON.parse(JSON.stringify(planToJson(plan))) as ReturnType<typeof planToJson>;
    const validate = planValidator();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const vmids = json.waves.flatMap((w) => w.vms);
    expect(new Set(vmids).size).toBe(vmids.length);
    const expected = json.vms.filter((v) => !v.template && !v.srmPlaceholder && !/^vCLS-/i.test(v.name)).map((v) => v.vmid);
    expect([...vmids].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(json.waves[0]).toMatchObject({ id: 'w1', kind: 'pilot' });
    const bad = structuredClone(json) as unknown as { waves: Record<string, unknown>[] };
    if (bad.waves[0]) bad.waves[0].id = 'wave-1';
    expect(validate(bad)).toBe(false);
  });
});
