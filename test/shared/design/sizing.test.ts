import { describe, expect, it } from 'vitest';
import { applianceKind, deriveDesign, isVcls, toSweepInput } from '../../../shared/design';
import { deriveMapping } from '../../../shared/mapping';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/model/assumptions';
import { addClusterNode, readDecisions, removeClusterNode, setClusterSizing, setKeepAppliance, setVmOverride, type Decisions } from '../../../shared/model/decisions';
import { emptyInventory, type Inventory } from '../../../shared/model/inventory';
import { host, vm } from './estate';
import { loadSample339 } from './realEstates';

const design = (inv: Inventory, decisions: Decisions = {}, assumptions = DEFAULT_ASSUMPTIONS) =>
  deriveDesign(inv, deriveMapping(inv, decisions, assumptions), decisions, assumptions);

/** One vSphere cluster of `hosts` hosts (cores, memory) running `vms`. */
function estate(hosts: number, cores: number, memoryMiB: number, vms: [number, number][], extra: Partial<Parameters<typeof vm>[5]> = {}): Inventory {
  const inv = emptyInventory();
  inv.clusters.push({ key: 'src/C1', name: 'C1', source: 'src', haEnabled: true });
  for (let h = 0; h < hosts; h++) inv.hosts.push({ ...host(`esx${h + 1}`, 'C1', cores, memoryMiB), cpuMHz: 2000 });
  vms.forEach(([c, m], i) => inv.vms.push(vm(`vm${i + 1}`, 'C1', `esx${(i % hosts) + 1}`, c, m, extra)));
  return inv;
}

describe('sizing on rvtools-4.6-339vms.xlsx', () => {
  it('places every powered-on VM or names it as too large, and plans no more nodes than max(hosts today, lower bound + 1)', async () => {
    const inv = await loadSample339();
    const d = design(inv);
    const placed = new Map<string, string | undefined>();
    const tooLarge = new Set<string>();
    for (const c of d.clusters) {
      for (const v of c.placement.vms) {
        placed.set(v.vmKey, v.node);
        if (v.unplaced?.reason === 'too-large') tooLarge.add(v.vmKey);
        // Any unplaced VM is in the cluster's sizing list with a bilingual reason.
        if (v.unplaced) expect(c.sizing.unplaced.find((u) => u.vmKey === v.vmKey)?.reason.vi).toBeTruthy();
      }
      expect(c.nodes.length).toBeLessThanOrEqual(Math.max(c.sourceHostCount, c.placement.lowerBound + 1));
      // Added nodes are marked new and explained with the binding constraint and the numbers.
      for (const a of c.sizing.addedNodes) {
        expect(c.nodes.find((n) => n.name === a.name)?.isNew).toBe(true);
        expect(a.reason.en).toMatch(/Binding constraint: (memory|CPU)/);
        expect(a.reason.vi).toMatch(/Ràng buộc quyết định/);
      }
    }
    const poweredOn = inv.vms.filter((v) => !v.template && !v.srmPlaceholder && v.powerState === 'poweredOn' && !isVcls(v.name) && !applianceKind(v));
    expect(poweredOn.length).toBeGreaterThan(200);
    for (const v of poweredOn) expect(placed.get(v.key) !== undefined || tooLarge.has(v.key), v.name).toBe(true);
    // A too-large VM is named with its shortfall.
    for (const c of d.clusters) for (const u of c.sizing.unplaced) expect(u.reason.en).toMatch(/short/);
    expect(d.totals.unplaced).toBe(tooLarge.size);
    expect(d.totals.addedNodes).toBe(d.clusters.reduce((a, c) => a + c.nodes.filter((n) => n.isNew).length, 0));
    expect(d.totals.addedNodes).toBeGreaterThan(0);
  });

  it('a memory override moves placement and the HA sweep input', async () => {
    const inv = await loadSample339();
    const base = design(inv);
    const c = base.clusters.find((x) => x.sourceClusters.includes('Volta-Cluster1'));
    const target = c?.placement.vms.find((v) => v.node && v.poweredOn);
    expect(target).toBeDefined();
    if (!c || !target) return;
    const newMem = target.memoryMiB + 64 * 1024;
    const changed = design(inv, setVmOverride({}, target.vmKey, 'memoryMiB', newMem));
    const c2 = changed.clusters.find((x) => x.name === c.name);
    const t2 = c2?.placement.vms.find((v) => v.vmKey === target.vmKey);
    expect(t2?.memoryMiB).toBe(newMem);
    const load = (x: typeof c | undefined) => (x?.placement.utilisation ?? []).reduce((a, u) => a + u.memoryMiB, 0);
    expect(load(c2) - load(c)).toBe(newMem - target.memoryMiB);
    const sweep = toSweepInput(changed, c.name);
    const res = c2?.ha.resources.find((r) => r.vmKey === target.vmKey);
    if (res) expect(sweep?.resources.find((r) => r.sid === res.sid)?.memoryMiB).toBe(newMem);
  });
});

describe('sizing model', () => {
  it('defaults the vCPU:core ratio to the source cluster ratio, never below the floor, and flags a risky ratio', () => {
    // 2 hosts × 8 cores; 20 VMs × 4 vCPUs = 80 vCPUs → 5:1.
    const d5 = design(estate(2, 8, 262144, Array.from({ length: 20 }, () => [4, 4096] as [number, number])));
    const s5 = d5.clusters[0]?.sizing;
    expect(s5?.sourceRatio).toBe(5);
    expect(s5?.vcpuPerCore).toMatchObject({ value: 5, source: 'source-cluster' });
    expect(s5?.vcpuPerCore.note?.en).toContain('80 vCPUs of powered-on VMs ÷ 16 physical cores = 5:1');
    expect(s5?.ratioRisk).toBe(false);
    // 2:1 today → the floor of 4:1 (the vcpuPerCore assumption).
    const d2 = design(estate(2, 8, 262144, Array.from({ length: 8 }, () => [4, 4096] as [number, number])));
    expect(d2.clusters[0]?.sizing.vcpuPerCore).toMatchObject({ value: 4, source: 'assumption', assumption: 'vcpuPerCore' });
    // 10:1 today → kept, shown as a risk.
    const d10 = design(estate(2, 8, 262144, Array.from({ length: 40 }, () => [4, 2048] as [number, number])));
    expect(d10.clusters[0]?.sizing.vcpuPerCore.value).toBe(10);
    expect(d10.clusters[0]?.sizing.ratioRisk).toBe(true);
    expect(d10.clusters[0]?.notes.some((n) => /Risk: a vCPU:core ratio of 10:1/.test(n.en))).toBe(true);
    // The user's value wins and is marked as a decision.
    const name = d5.clusters[0]?.name ?? '';
    const dec = setClusterSizing({}, name, 'vcpuPerCore', 3);
    expect(design(estate(2, 8, 262144, Array.from({ length: 20 }, () => [4, 4096] as [number, number])), dec).clusters[0]?.sizing.vcpuPerCore).toMatchObject({ value: 3, source: 'decision' });
  });

  it('measured basis: usage × headroom where the export has it, "unknown" (sized as allocated) where it does not', () => {
    const inv = estate(2, 16, 262144, [[4, 16384], [4, 16384], [4, 16384]]);
    const [a, b] = inv.vms;
    if (!a || !b) throw new Error('vms');
    a.memoryConsumedMiB = 4096;
    a.cpuUsageMHz = 1000; // half a 2,000 MHz core
    b.memoryConsumedMiB = 8192;
    const name = design(inv).clusters[0]?.name ?? '';
    const d = design(inv, setClusterSizing(setClusterSizing({}, name, 'basis', 'measured'), name, 'headroom', 0.25));
    const c = d.clusters[0];
    expect(c?.sizing.basis).toMatchObject({ value: 'measured', source: 'decision' });
    expect(c?.sizing.measured).toEqual({ vms: 3, memoryKnown: 2, cpuKnown: 1, missingColumns: [] });
    const size = (k: string) => c?.placement.vms.find((v) => v.vmKey === k);
    expect(size(a.key)?.memoryMiB).toBe(5120);
    // 0.5 busy core × 1.25 × the ratio (4 vCPUs per core) = 2.5 planned vCPUs.
    expect(size(a.key)?.vcpus).toBe(2.5);
    expect(size(b.key)?.memoryMiB).toBe(10240);
    expect(size(b.key)?.vcpus).toBe(4);
    expect(size('src/vm3')?.memoryMiB).toBe(16384);
    expect(c?.notes.some((n) => /1 of 3 VMs have no measured memory and 2 of 3 no measured CPU/.test(n.en))).toBe(true);
    // The HA manager sees the configured size (whole cores), not the measured sizing figures.
    const res = c?.ha.resources.find((r) => r.vmKey === a.key);
    expect([res?.cores, res?.memoryMiB]).toEqual([4, 16384]);
    // An export without the usage columns at all: every VM unknown, the columns named.
    const bare = estate(2, 16, 262144, [[4, 16384]]);
    const db = design(bare, setClusterSizing({}, name, 'basis', 'measured'));
    expect(db.clusters[0]?.sizing.measured?.missingColumns).toEqual(['vMemory Consumed', 'vCPU Overall']);
    expect(db.clusters[0]?.placement.vms[0]?.memoryMiB).toBe(16384);
  });

  it('host reserve, ZFS-free default, CPU reserve and overcommit shape the node capacity', () => {
    const inv = estate(3, 16, 131072, [[2, 4096]]);
    const c = design(inv).clusters[0];
    expect(c?.sizing.hostReserveMiB).toMatchObject({ value: 4096, source: 'assumption' });
    expect(c?.sizing.cpuReserveCores).toMatchObject({ value: 1, source: 'assumption' });
    // (16 − 1 cores) × 4 = 60 vCPUs; 128 GiB − 4 GiB = 124 GiB.
    expect(c?.placement.nodeCapacity).toEqual({ vcpus: 60, memoryMiB: 131072 - 4096 });
    const name = c?.name ?? '';
    const dec = setClusterSizing(setClusterSizing({}, name, 'memoryOvercommit', 1.5), name, 'hostReserveMiB', 8192);
    expect(design(inv, dec).clusters[0]?.placement.nodeCapacity.memoryMiB).toBe(131072 * 1.5 - 8192);
  });

  it('proposes nodes of the current model when the hosts are not enough, and names a VM no node can hold', () => {
    // 2 hosts × 64 GiB, N+1; 8 VMs × 24 GiB = 192 GiB → needs 4 nodes by memory (60 GiB usable each) + 1.
    const inv = estate(2, 16, 65536, [...Array.from({ length: 8 }, () => [2, 24576] as [number, number]), [4, 100 * 1024]]);
    const c = design(inv).clusters[0];
    expect(c?.nodes.filter((n) => n.origin === 'proposed').length).toBeGreaterThan(0);
    expect(c?.placement.vms.filter((v) => v.unplaced).map((v) => v.name)).toEqual(['vm9']);
    expect(c?.sizing.unplaced[0]?.reason.en).toMatch(/vm9 needs 100 GiB of memory, the largest node gives 60 GiB usable: 40 GiB short/);
    expect(c?.nodes.length).toBeLessThanOrEqual(Math.max(2, (c?.placement.lowerBound ?? 0) + 1));
    // Without proposals the shortage stays visible as unplaced VMs.
    const name = c?.name ?? '';
    const off = design(inv, setClusterSizing({}, name, 'autoAddNodes', false)).clusters[0];
    expect(off?.nodes).toHaveLength(2);
    expect(off?.sizing.unplaced.length).toBeGreaterThan(1);
    // A node model the user types: proposed nodes take it (and the big VM fits).
    const big = design(inv, setClusterSizing({}, name, 'nodeModel', { sockets: 2, cores: 32, memoryMiB: 262144 })).clusters[0];
    expect(big?.sizing.hardware).toBe('node-model');
    expect(big?.sizing.unplaced).toEqual([]);
    expect(big?.nodes.filter((n) => n.isNew).every((n) => n.memoryMiB === 262144)).toBe(true);
  });

  it('added and removed nodes through the decisions', () => {
    const inv = estate(3, 16, 131072, [[2, 4096]]);
    const name = design(inv).clusters[0]?.name ?? '';
    let dec = addClusterNode({}, name, { name: 'pve-extra', sockets: 2, cores: 24, memoryMiB: 262144 });
    dec = removeClusterNode(dec, name, 'esx3');
    const c = design(inv, dec).clusters[0];
    expect(c?.nodes.map((n) => [n.name, n.isNew === true])).toEqual([['esx1', false], ['esx2', false], ['pve-extra', true]]);
    expect(c?.sizing.addedNodes.map((a) => a.name)).toEqual(['pve-extra']);
    expect(removeClusterNode(dec, name, 'pve-extra').design?.clusters?.[name]?.addNodes).toEqual([]);
  });

  it('reads sizing decisions and rejects values out of range', () => {
    const r = readDecisions({ design: { clusters: { c1: { sizing: { vcpuPerCore: 6, memoryOvercommit: 99, basis: 'guess', nodeModel: { sockets: 2, cores: 32, memoryMiB: 524288 } } } } } });
    expect(r.decisions.design?.clusters?.c1?.sizing).toEqual({ vcpuPerCore: 6, nodeModel: { sockets: 2, cores: 32, memoryMiB: 524288 } });
    expect(r.findings.map((f) => f.path).sort()).toEqual(['decisions.design.clusters["c1"].sizing.basis', 'decisions.design.clusters["c1"].sizing.memoryOvercommit']);
    expect(setClusterSizing({}, 'c1', 'vcpuPerCore', -1)).toEqual({});
  });
});

describe('what is not a workload', () => {
  it('vCLS agents are not migrated or counted; appliances are retired unless kept; a witness host is not a cluster', () => {
    expect(isVcls('vCLS-4c4c4544-0030-5110-8048-b3c04f513534')).toBe(true);
    expect(isVcls('vCLS (1)')).toBe(true);
    expect(isVcls('vCLS')).toBe(true);
    expect(isVcls('vCLSdb01')).toBe(false);
    expect(applianceKind({ name: 'vcsa01.corp.local' })).toBe('vcenter');
    expect(applianceKind({ name: 'nsx-mgr-01' })).toBe('nsx');
    expect(applianceKind({ name: 'aria-ops-01' })).toBe('aria');
    expect(applianceKind({ name: 'vrops01' })).toBe('aria');
    expect(applianceKind({ name: 'vsan-witness-01' })).toBe('witness');
    expect(applianceKind({ name: 'Bavaria' })).toBeUndefined();
    expect(applianceKind({ name: 'insxdb01' })).toBeUndefined();

    const inv = estate(2, 16, 131072, [[2, 4096], [2, 4096], [4, 16384], [2, 8192]]);
    const [a, b, c] = inv.vms;
    if (!a || !b || !c) throw new Error('vms');
    a.name = 'vCLS-4c4c4544-0030-5110-8048-b3c04f513534';
    b.name = 'vcenter01';
    inv.hosts.push({ ...host('witness01.corp.local', undefined, 2, 16384), model: 'VMware Virtual Platform' });
    const d = design(inv);
    expect(d.clusters.map((x) => x.name)).toEqual(['c1']);
    const cl = d.clusters[0];
    expect(cl?.placement.vms.map((v) => v.name).sort()).toEqual(['vm3', 'vm4']);
    expect(cl?.placement.demand.vcpus).toBe(6);
    expect(cl?.sizing.excluded.map((e) => [e.name, e.kind])).toEqual([
      [a.name, 'vcls'],
      ['vcenter01', 'vcenter'],
    ]);
    expect(cl?.sizing.excluded[1]?.reason.en).toMatch(/retire, not migrate/);
    expect(cl?.sizing.excluded[1]?.reason.vi).toMatch(/không di chuyển/);
    const kept = design(inv, setKeepAppliance({}, b.key, true)).clusters[0];
    expect(kept?.placement.vms.map((v) => v.name).sort()).toEqual(['vcenter01', 'vm3', 'vm4']);
  });
});

describe('plan.json and report carry the sizing', () => {
  it('clusters[].sizing validates against the schema and the design section lists the assumptions', async () => {
    const { derivePlan } = await import('../../../shared/plan');
    const { planToJson } = await import('../../../shared/report/planJson');
    const { designSections } = await import('../../../shared/report/sections/design');
    const { planValidator } = await import('../report/planSchema');
    const inv = await loadSample339();
    const plan = derivePlan({ inventory: inv, decisions: {}, assumptions: {}, meta: { name: 'p', customer: '', createdAt: '2026-12-02T00:00:00Z', updatedAt: '2026-12-02T00:00:00Z' } } as never, { skipHa: true });
    const json = JSON.parse(JSON.stringify(planToJson(plan))) as { clusters: { name: string; sizing: Record<string, unknown> }[]; designTotals: Record<string, number> };
    const validate = planValidator();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    for (const c of json.clusters) {
      expect(Object.keys(c.sizing)).toEqual(expect.arrayContaining(['basis', 'vcpuPerCore', 'memoryOvercommit', 'hostReserveMiB', 'cpuReserve', 'headroom', 'sourceRatio', 'addedNodes', 'unplaced']));
    }
    expect(json.designTotals).toEqual({ unplacedVms: plan.design.totals.unplaced, addedNodes: plan.design.totals.addedNodes, excludedVms: 17 });
    const broken = structuredClone(json);
    if (broken.clusters[0]) delete broken.clusters[0].sizing.basis;
    expect(validate(broken)).toBe(false);
    // The report's design section: totals at the top, a sizing table per cluster with value and source.
    const sections = designSections(plan.design);
    const first = sections[0]?.blocks[0];
    expect(first?.kind === 'note' && first.text.en).toMatch(/VM\(s\) unplaced, \d+ new node\(s\), 17 VM\(s\) that are not workloads/);
    const ah = plan.design.clusters.find((c) => c.sourceClusters.includes('AH-Ent-Portal-Cluster01'));
    const table = sections[0]?.blocks.find((b) => b.kind === 'table' && b.id === `design-sizing-${ah?.name}`);
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table' || !ah) return;
    const ratioRow = table.rows[1];
    // The ratio in each language's number style (7,77:1 / 7.77:1).
    expect(ratioRow?.[1]).toEqual({ vi: `${ah.sizing.vcpuPerCore.value.toLocaleString('vi-VN')}:1`, en: `${ah.sizing.vcpuPerCore.value.toLocaleString('en-US')}:1` });
    expect(ratioRow?.[2]).toEqual({ vi: 'cụm nguồn hôm nay', en: 'source cluster today' });
  });
});

describe('HA tiers keep protection', () => {
  it('highest/high → 1, medium → 2, low/lowest → 3 (still HA-managed), disabled → not HA-managed with its reason', () => {
    const prios = ['highest', 'high', 'medium', 'low', 'lowest', 'disabled'];
    const inv = estate(3, 16, 131072, prios.map(() => [2, 4096] as [number, number]));
    inv.vms.forEach((v, i) => (v.haRestartPriority = prios[i]));
    const c = design(inv).clusters[0];
    const tierOf = (name: string) => c?.ha.resources.find((r) => r.vmName === name)?.tier ?? 'none';
    expect(inv.vms.map((v) => tierOf(v.name))).toEqual([1, 1, 2, 3, 3, 'none']);
    expect(c?.ha.notManaged.map((x) => x.vmName)).toEqual(['vm6']);
    expect(c?.ha.notManaged[0]?.reason.en).toMatch(/restart priority is disabled/);
    expect(c?.ha.notManaged[0]?.reason.vi).toMatch(/disabled/);
  });
});

describe('the report lists the sizing decisions', () => {
  it('a changed ratio appears in "Assumptions and decisions" with the cluster', async () => {
    const { derivePlan } = await import('../../../shared/plan');
    const { assumptionSections } = await import('../../../shared/report/sections/assumptions');
    const inv = estate(2, 8, 262144, Array.from({ length: 20 }, () => [4, 4096] as [number, number]));
    const name = design(inv).clusters[0]?.name ?? '';
    const decisions = setClusterSizing({}, name, 'vcpuPerCore', 6);
    const plan = derivePlan({ inventory: inv, decisions, assumptions: {}, meta: { name: 'p', customer: '', createdAt: '2026-12-02T00:00:00Z', updatedAt: '2026-12-02T00:00:00Z' } } as never, { skipHa: true });
    const rows = assumptionSections(plan).flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'table' ? b.rows : []));
    const row = rows.find((r) => typeof r[0] === 'object' && r[0] !== null && 'en' in r[0] && r[0].en === 'Sizing model changed');
    expect(row?.slice(1)).toEqual([name, 'vcpuPerCore=6']);
  });
});
