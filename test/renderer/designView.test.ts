import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../shared/import';
import { derivePlan, type Plan } from '../../shared/plan';
import { newProject, type Project } from '../../shared/model/project';
import { generateEstate } from '../shared/design/estate';
import { renderConfigBundle } from '../../shared/report/configBundle';
import { checkNodeName, parsePositiveInt, renameNode, setNodeHardware } from '../../renderer/views/design/designEdits';
import { pinVm, setClusterReserve, setHaTier, setShutdownPolicy } from '../../shared/model/decisions';
import {
  clusterFiles,
  defaultFile,
  filterVms,
  formatPriorities,
  loadTone,
  tierCounts,
  tierRows,
  vmsByNode,
} from '../../renderer/views/design/designRows';

const DEMO = path.resolve(__dirname, '../..', 'templates/demo');
let base: Project;

beforeAll(async () => {
  const files = fs
    .readdirSync(DEMO)
    .filter((f) => /\.(xlsx|csv)$/i.test(f))
    .map((f) => ({ name: f, data: new Uint8Array(fs.readFileSync(path.join(DEMO, f))) }));
  const { inventory } = await importFiles(files);
  base = newProject(inventory, { name: 'demo', now: '2026-01-01T00:00:00.000Z' });
});

const plan = (p: Project): Plan => derivePlan(p, { skipHa: true });
const withDecisions = (p: Project, d: Project['decisions']): Project => ({ ...p, decisions: d });
const cluster = (pl: Plan, name: string) => {
  const c = pl.design.clusters.find((x) => x.name === name);
  if (!c) throw new Error(`no cluster ${name}`);
  return c;
};

describe('design view edits on the demo estate', () => {
  it('pinning a VM to another node moves it there, and unpinning releases the pin', () => {
    const p0 = plan(base);
    const c0 = cluster(p0, 'hcm-prod');
    const vm = c0.placement.vms.find((v) => v.node);
    expect(vm).toBeDefined();
    const other = c0.nodes.find((n) => n.name !== vm?.node)?.name ?? '';
    const d1 = pinVm(base.decisions, vm?.vmKey ?? '', other);
    expect(base.decisions.design).toBeUndefined(); // input untouched
    const v1 = cluster(plan(withDecisions(base, d1)), 'hcm-prod').placement.vms.find(
      (v) => v.vmKey === vm?.vmKey,
    );
    expect(v1?.node).toBe(other);
    expect(v1?.pinned).toBe(other);
    const d2 = pinVm(d1, vm?.vmKey ?? '', undefined);
    const v2 = cluster(plan(withDecisions(base, d2)), 'hcm-prod').placement.vms.find(
      (v) => v.vmKey === vm?.vmKey,
    );
    expect(v2?.pinned).toBeUndefined();
  });

  it('renaming a node renames it in the design, carries its pins, and a second rename replaces the first', () => {
    const c0 = cluster(plan(base), 'hn-2node');
    const node = c0.nodes[0];
    const vm = c0.placement.vms.find((v) => v.node === node?.name);
    if (!node || !vm) throw new Error('demo cluster hn-2node lost its nodes');
    const pinned = pinVm(base.decisions, vm.vmKey, node.name);
    const d1 = renameNode(pinned, 'hn-2node', node, 'PVE-HN-01.corp.local');
    const c1 = cluster(plan(withDecisions(base, d1)), 'hn-2node');
    expect(c1.nodes.map((n) => n.name)).toContain('pve-hn-01');
    expect(c1.nodes.map((n) => n.name)).not.toContain(node.name);
    expect(c1.placement.vms.find((v) => v.vmKey === vm.vmKey)?.pinned).toBe('pve-hn-01');
    const renamed = c1.nodes.find((n) => n.name === 'pve-hn-01');
    if (!renamed) throw new Error('rename lost');
    const d2 = renameNode(d1, 'hn-2node', renamed, 'hanoi-a');
    const c2 = cluster(plan(withDecisions(base, d2)), 'hn-2node');
    expect(c2.nodes.map((n) => n.name).sort()).toEqual(['hanoi-a', c0.nodes[1]?.name].sort());
    expect(c2.placement.vms.find((v) => v.vmKey === vm.vmKey)?.pinned).toBe('hanoi-a');
  });

  it('checks new node names: empty, taken, normalised', () => {
    const c0 = cluster(plan(base), 'hn-2node');
    const [a, b] = c0.nodes;
    if (!a || !b) throw new Error('two nodes expected');
    expect(checkNodeName('  ', a, c0.nodes)).toEqual({ ok: false, code: 'empty', name: '' });
    expect(checkNodeName(b.name.toUpperCase(), a, c0.nodes)).toEqual({
      ok: false,
      code: 'taken',
      name: b.name,
    });
    expect(checkNodeName('Node_A.example', a, c0.nodes)).toEqual({ ok: true, name: 'node-a' });
  });

  it('node hardware edits change capacity and utilisation; the reserve and shutdown policy follow the decision', () => {
    const c0 = cluster(plan(base), 'hcm-db');
    const node = c0.nodes[0];
    if (!node) throw new Error('no node');
    let d = setNodeHardware(base.decisions, 'hcm-db', node, { sockets: 1, cores: 8, memoryMiB: 64 * 1024 });
    d = setClusterReserve(d, 'hcm-db', 'n+0');
    d = setShutdownPolicy(d, 'hcm-db', 'migrate');
    const c1 = cluster(plan(withDecisions(base, d)), 'hcm-db');
    const n1 = c1.nodes.find((n) => n.name === node.name);
    expect(n1).toMatchObject({ sockets: 1, cores: 8, memoryMiB: 65536, origin: 'decision' });
    expect(c1.placement.utilisation.find((u) => u.node === node.name)?.memoryCapacityMiB).toBeLessThan(
      c0.placement.utilisation.find((u) => u.node === node.name)?.memoryCapacityMiB ?? 0,
    );
    expect(c1.reserve).toBe('n+0');
    expect(c1.ha.datacenter.shutdownPolicy).toBe('migrate');
    expect(c1.ha.datacenter.lines.join('\n')).toContain('shutdown_policy=migrate');
  });

  it('tier rows reflect HA resources; moving a VM to "not HA" removes its resource', () => {
    const c0 = cluster(plan(base), 'hcm-prod');
    const rows0 = tierRows(c0, {});
    const counts0 = tierCounts(rows0);
    expect(counts0[1] + counts0[2] + counts0[3]).toBe(c0.ha.resources.length);
    expect(rows0.length).toBe(c0.placement.vms.length);
    const order = rows0.map((r) => ({ 1: 0, 2: 1, 3: 2, none: 3, unplaced: 4 })[r.tier]);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    const res = c0.ha.resources[0];
    if (!res) throw new Error('no HA resource');
    const d = setHaTier(base.decisions, res.vmKey, 'none');
    const c1 = cluster(plan(withDecisions(base, d)), 'hcm-prod');
    expect(c1.ha.resources.some((r) => r.vmKey === res.vmKey)).toBe(false);
    const row = tierRows(c1, { [res.vmKey]: 'none' }).find((r) => r.vmKey === res.vmKey);
    expect(row).toMatchObject({ tier: 'none', userSet: true });
    const back = setHaTier(d, res.vmKey, undefined);
    expect(
      cluster(plan(withDecisions(base, back)), 'hcm-prod').ha.resources.some((r) => r.vmKey === res.vmKey),
    ).toBe(true);
  });

  it('groups VMs by node and filters them by name', () => {
    const c0 = cluster(plan(base), 'hcm-prod');
    const { byNode, unplaced } = vmsByNode(c0);
    const total = [...byNode.values()].reduce((s, l) => s + l.length, 0) + unplaced.length;
    expect(total).toBe(c0.placement.vms.length);
    for (const u of c0.placement.utilisation) expect(byNode.get(u.node)?.length).toBe(u.vms);
    const first = c0.placement.vms[0]?.name ?? '';
    const hit = filterVms(c0.placement.vms, first.slice(1, 5).toUpperCase(), 10);
    expect(hit.some((v) => v.name === first)).toBe(true);
    expect(filterVms(c0.placement.vms, '', 3)).toHaveLength(3);
  });

  it('previews rules.cfg for PVE 9 and groups.cfg for PVE 8, per cluster', () => {
    const p9 = plan(base);
    const f9 = clusterFiles(
      renderConfigBundle(p9.design, p9.mapping, { inventory: p9.inventory }),
      'hn-2node',
    );
    expect(f9.map((f) => f.path)).toContain('ha/rules.cfg');
    expect(f9.map((f) => f.path)).toContain('qdevice.sh');
    expect(defaultFile(f9)).toBe('ha/rules.cfg');
    const p8 = plan({ ...base, assumptions: { ...base.assumptions, pveTarget: 'pve8' } });
    const f8 = clusterFiles(
      renderConfigBundle(p8.design, p8.mapping, { inventory: p8.inventory }),
      'hcm-prod',
    );
    expect(f8.map((f) => f.path)).toContain('ha/groups.cfg');
    expect(f8.map((f) => f.path)).not.toContain('ha/rules.cfg');
    expect(defaultFile(f8)).toBe('ha/groups.cfg');
    expect(f8.find((f) => f.path === 'ha/groups.cfg')?.content).toMatch(/^group: /m);
  });

  it('formats priorities highest first, tones loads, parses positive integers', () => {
    expect(formatPriorities({ pve01: 1, pve02: 2, pve03: 2 })).toBe('pve02:2, pve03:2, pve01:1');
    expect([loadTone(40), loadTone(80), loadTone(95), loadTone(Number.NaN)]).toEqual([
      'ok',
      'warn',
      'err',
      'ok',
    ]);
    expect([
      parsePositiveInt('12'),
      parsePositiveInt(' 3 '),
      parsePositiveInt('0'),
      parsePositiveInt('1.5'),
      parsePositiveInt('-2'),
      parsePositiveInt(''),
    ]).toEqual([12, 3, undefined, undefined, undefined, undefined]);
  });

  it('builds tier rows and per-node lists for a generated 5,000-VM cluster without losing a VM', () => {
    const inv = generateEstate({ clusters: 1, hostsPerCluster: 24, vmsPerCluster: 5_000, seed: 7 });
    const big = derivePlan(newProject(inv, { name: 'big', now: '2026-01-01T00:00:00.000Z' }), {
      skipHa: true,
    });
    const c = big.design.clusters[0];
    if (!c) throw new Error('no cluster');
    expect(c.placement.vms).toHaveLength(5_000);
    const rows = tierRows(c, {});
    expect(rows).toHaveLength(5_000);
    const counts = tierCounts(rows);
    expect(counts[1] + counts[2] + counts[3]).toBe(c.ha.resources.length);
    expect(counts.unplaced).toBe(c.placement.vms.filter((v) => !v.node).length);
    const { byNode, unplaced } = vmsByNode(c);
    expect([...byNode.values()].reduce((s, l) => s + l.length, 0) + unplaced.length).toBe(5_000);
    expect(filterVms(c.placement.vms, '', 500)).toHaveLength(500);
  });
});
