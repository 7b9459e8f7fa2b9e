import { toSweepInput } from '../../../shared/design/sweepInput';
import { describe, expect, it } from 'vitest';
import { deriveDesign } from '../../../shared/design';
import { checkHaRules, preferredNodes, priorityClasses } from '../../../shared/design/haRules';
import { planHa, tierFromRestartPriority } from '../../../shared/design/haPlan';
import { designDecisions } from '../../../shared/model/decisions';
import { emptyInventory, type Inventory } from '../../../shared/model/inventory';
import { DEFAULT_ASSUMPTIONS, type Assumptions } from '../../../shared/model/project';
import { host, vm } from './estate';

/** A 3-host cluster with a DB VM under a "must run on" rule and a few others. */
function estate(): Inventory {
  const inv = emptyInventory();
  inv.clusters.push({ key: 'c', name: 'Prod', source: 'src', haEnabled: true, restartPriority: 'medium' });
  for (const h of ['esx01', 'esx02', 'esx03']) inv.hosts.push(host(`${h}.corp.example`, 'Prod', 32, 262144));
  inv.vms.push(vm('db01', 'Prod', 'esx01.corp.example', 8, 65536, { haRestartPriority: 'high' }));
  inv.vms.push(vm('db02', 'Prod', 'esx02.corp.example', 8, 65536, { haRestartPriority: 'high' }));
  inv.vms.push(vm('web01', 'Prod', 'esx01.corp.example', 2, 8192, { haRestartPriority: 'clusterRestartPriority' }));
  inv.vms.push(vm('web02', 'Prod', 'esx02.corp.example', 2, 8192, { haRestartPriority: 'medium' }));
  inv.vms.push(vm('app01', 'Prod', 'esx03.corp.example', 4, 16384, { haRestartPriority: 'disabled' }));
  inv.vms.push(vm('test01', 'Prod', 'esx03.corp.example', 1, 2048, { haRestartPriority: 'medium', powerState: 'poweredOff' }));
  inv.drsGroups.push({ kind: 'vm', name: 'db-vms', cluster: 'Prod', members: ['db01'], source: 't' });
  inv.drsGroups.push({ kind: 'host', name: 'db-hosts', cluster: 'Prod', members: ['esx01.corp.example', 'esx02.corp.example'], source: 't' });
  inv.drsRules.push({ kind: 'vm-host', name: 'db-must', cluster: 'Prod', enabled: true, mandatory: true, affine: true, vmGroup: 'db-vms', hostGroup: 'db-hosts', source: 't' });
  return inv;
}

const A: Assumptions = { ...DEFAULT_ASSUMPTIONS, pveTarget: 'pve9.0' };

describe('HA plan', () => {
  it('tiers from restart priority', () => {
    expect(tierFromRestartPriority('highest', undefined)).toBe(1);
    expect(tierFromRestartPriority('high', undefined)).toBe(1);
    expect(tierFromRestartPriority('medium', undefined)).toBe(2);
    expect(tierFromRestartPriority('low', undefined)).toBe(3);
    expect(tierFromRestartPriority('lowest', undefined)).toBe(3);
    expect(tierFromRestartPriority('disabled', undefined)).toBe('none');
    expect(tierFromRestartPriority('clusterRestartPriority', 'high')).toBe(1);
    expect(tierFromRestartPriority(undefined, 'high')).toBeUndefined();
  });

  it('priority direction: the placement primary gets the HIGHER number, the secondary the lower; "must run on" is strict', () => {
    const d = deriveDesign(estate(), undefined, {}, A);
    const c = d.clusters[0];
    if (!c) throw new Error('no cluster');
    expect(c.name).toBe('prod');
    expect(c.nodes.map((n) => n.name)).toEqual(['esx01', 'esx02', 'esx03']);
    const bySid = new Map(c.ha.resources.map((r) => [r.vmName, r]));
    expect([...bySid.keys()].sort()).toEqual(['db01', 'db02', 'test01', 'web01', 'web02']);
    expect(bySid.get('db01')?.tier).toBe(1);
    expect(bySid.get('db01')?.maxRestart).toBe(3);
    expect(bySid.get('web01')?.tier).toBe(2);
    expect(bySid.get('test01')?.state).toBe('stopped');
    const ruleOf = (name: string) => {
      const sid = bySid.get(name)?.sid ?? '';
      return c.ha.rules.find((r) => r.type === 'node-affinity' && r.resources.includes(sid));
    };
    // The "must run on" rule → strict, only esx01/esx02, the placed node preferred (higher number).
    const db = ruleOf('db01');
    const dbPlaced = c.placement.vms.find((v) => v.name === 'db01');
    expect(db?.type).toBe('node-affinity');
    if (db?.type !== 'node-affinity') throw new Error('x');
    expect(db.strict).toBe(true);
    expect(Object.keys(db.nodes).sort()).toEqual(['esx01', 'esx02']);
    expect(preferredNodes(db.nodes)).toEqual([dbPlaced?.node]);
    expect(db.nodes[dbPlaced?.node ?? '']).toBeGreaterThan(Math.min(...Object.values(db.nodes)));
    // A VM without rules: non-strict, primary:2 secondary:1.
    const web = ruleOf('web02');
    const webPlaced = c.placement.vms.find((v) => v.name === 'web02');
    if (web?.type !== 'node-affinity') throw new Error('x');
    expect(web.strict).toBe(false);
    expect(web.nodes[webPlaced?.node ?? '']).toBe(2);
    expect(web.nodes[webPlaced?.secondary ?? '']).toBe(1);
    expect(webPlaced?.secondary).not.toBe(webPlaced?.node);
    expect(checkHaRules(c.ha.rules, ['esx01', 'esx02', 'esx03'])).toEqual([]);
    // The convention is explained.
    expect(c.ha.notes[0]?.en).toMatch(/higher number/i);
    expect(c.ha.notes[0]?.vi).toMatch(/số lớn hơn/i);
  });

  it('seed-style priorities typed by the user: real outcome shown and explained', () => {
    const inv = estate();
    const web = inv.vms.find((v) => v.name === 'web02');
    if (!web) throw new Error('x');
    // The user pins web02 on esx01 and types esx01=1, esx02=2 meaning "esx01 first" (the seed's way).
    const d = deriveDesign(inv, undefined, { design: { pins: { [web.key]: 'esx01' }, nodePriorities: { [web.key]: { esx01: 1, esx02: 2 } } } }, A);
    const c = d.clusters[0];
    if (!c) throw new Error('x');
    const w = c.ha.priorityWarnings.find((p) => p.vmName === 'web02');
    expect(w).toBeDefined();
    expect(w?.text.en).toMatch(/runs the VM on esx02/);
    expect(w?.text.en).toMatch(/"lower = preferred"/);
    expect(w?.text.vi).toMatch(/esx02/);
    // The rule keeps what the user typed (Proxmox semantics): esx02 has the higher number.
    const sid = c.ha.resources.find((r) => r.vmName === 'web02')?.sid ?? '';
    const rule = c.ha.rules.find((r) => r.type === 'node-affinity' && r.resources.includes(sid));
    if (rule?.type !== 'node-affinity') throw new Error('x');
    expect(rule.nodes).toEqual({ esx01: 1, esx02: 2 });
    expect(preferredNodes(rule.nodes)).toEqual(['esx02']);
  });

  it('repairs rule sets Proxmox would drop and explains each', () => {
    const inv = estate();
    for (let i = 0; i < 4; i++) inv.vms.push(vm(`node${i}`, 'Prod', 'esx03.corp.example', 1, 2048, { haRestartPriority: 'high' }));
    inv.drsRules.push(
      // Negative rule with more VMs (4) than nodes (3).
      { kind: 'vm-anti-affinity', name: 'spread-4', cluster: 'Prod', enabled: true, vms: ['node0', 'node1', 'node2', 'node3'], source: 't' },
      // Positive and negative sharing two resources.
      { kind: 'vm-affinity', name: 'web-together', cluster: 'Prod', enabled: true, vms: ['web01', 'web02'], source: 't' },
      { kind: 'vm-anti-affinity', name: 'web-apart', cluster: 'Prod', enabled: true, vms: ['web01', 'web02', 'db02'], source: 't' },
      // A rule over a non-HA VM (app01 has restart priority disabled) → fewer than 2 resources.
      { kind: 'vm-affinity', name: 'app-test', cluster: 'Prod', enabled: true, vms: ['app01', 'db02'], source: 't' },
    );
    const d = deriveDesign(inv, undefined, {}, A);
    const c = d.clusters[0];
    if (!c) throw new Error('x');
    const nodes = c.nodes.map((n) => n.name);
    expect(checkHaRules(c.ha.rules, nodes)).toEqual([]);
    const sources = c.ha.dropped.map((x) => x.source);
    expect(sources).toContain('web-apart');
    // spread-4: placement already leaves the 4th VM unplaced (rules), so the HA rule keeps 3 resources.
    expect(c.placement.vms.filter((v) => v.name.startsWith('node') && v.unplaced?.reason === 'rules')).toHaveLength(1);
    expect(sources).toContain('app-test');
    const spread = c.ha.rules.find((r) => r.type === 'resource-affinity' && r.id.includes('spread-4'));
    expect(spread?.resources).toHaveLength(3);
    const apart = c.ha.rules.find((r) => r.type === 'resource-affinity' && r.id.includes('web-apart'));
    expect(apart?.resources).toHaveLength(2);
    for (const x of c.ha.dropped) {
      expect(x.text.en.length).toBeGreaterThan(20);
      expect(x.text.vi.length).toBeGreaterThan(20);
    }
    // Resources in resource-affinity rules sit in node-affinity rules with ONE priority class.
    const inRa = new Set(c.ha.rules.flatMap((r) => (r.type === 'resource-affinity' ? r.resources : [])));
    for (const r of c.ha.rules) if (r.type === 'node-affinity' && r.resources.some((s) => inRa.has(s))) expect(priorityClasses(r.nodes)).toHaveLength(1);
    // The web pair shares one node-affinity rule (positive group touching one node-affinity rule).
    const webSids = c.ha.resources.filter((r) => r.vmName.startsWith('web')).map((r) => r.sid);
    const naOfWeb = c.ha.rules.filter((r) => r.type === 'node-affinity' && r.resources.some((s) => webSids.includes(s)));
    expect(naOfWeb).toHaveLength(1);
  });

  it('a negative rule with more placed resources than nodes is trimmed to the node count (planHa on a hand-made placement)', () => {
    const vms = ['a', 'b', 'c', 'd'].map((n) => vm(n, 'X', undefined, 1, 1024, { key: `k${n}`, haRestartPriority: 'high' }));
    const plan = planHa({
      target: 'pve9.0',
      clusterName: 'x',
      nodes: ['n1', 'n2', 'n3'],
      haPossible: true,
      vms,
      placement: {
        vms: vms.map((v, i) => ({ vmKey: v.key, name: v.name, vmid: 100 + i, node: `n${(i % 3) + 1}`, secondary: `n${((i + 1) % 3) + 1}`, vcpus: 1, memoryMiB: 1024, poweredOn: true, sizeUnknown: false })),
        utilisation: [],
        bindingConstraint: 'none',
        bindingExplanation: { vi: '', en: '' },
        demand: { vcpus: 4, memoryMiB: 4096, vms: 4, sizeUnknown: 0 },
        nodeCapacity: { vcpus: 1, memoryMiB: 1 },
        lowerBound: 1,
        minimumNodes: 1,
        rules: [{ kind: 'apart', name: 'four-apart', vmKeys: vms.map((v) => v.key), origin: 'drs' }],
        ruleFindings: [],
      },
      haOverrides: [],
      decisions: designDecisions({}),
      clusterDecision: {},
      migrationSetting: 'secure,network=10.0.0.0/24',
      migrationIsPlaceholder: false,
    });
    const neg = plan.rules.find((r) => r.type === 'resource-affinity');
    expect(neg?.resources).toEqual(['vm:100', 'vm:101', 'vm:102']);
    const d = plan.dropped.find((x) => x.source === 'four-apart');
    expect(d?.text.en).toMatch(/4 resources but only 3 allowed nodes/);
    expect(d?.text.en).toMatch(/vm:103/);
    expect(checkHaRules(plan.rules, ['n1', 'n2', 'n3'])).toEqual([]);
    // The node-affinity rules of the three kept resources are flattened to one priority class; vm:103 keeps primary/secondary.
    for (const r of plan.rules) {
      if (r.type !== 'node-affinity') continue;
      expect(priorityClasses(r.nodes)).toHaveLength(r.resources.includes('vm:103') ? 2 : 1);
    }
  });

  it('checkHaRules detects what Proxmox drops', () => {
    const v = checkHaRules(
      [
        { type: 'node-affinity', id: 'a', resources: ['vm:1'], nodes: { n1: 2, n2: 1 }, strict: false },
        { type: 'node-affinity', id: 'b', resources: ['vm:1', 'vm:2'], nodes: { n1: 1 }, strict: true },
        { type: 'resource-affinity', id: 'neg', resources: ['vm:1', 'vm:2', 'vm:3'], affinity: 'negative' },
        { type: 'resource-affinity', id: 'pos', resources: ['vm:1', 'vm:2'], affinity: 'positive' },
        { type: 'resource-affinity', id: 'one', resources: ['vm:9'], affinity: 'positive' },
      ],
      ['n1', 'n2'],
    ).map((x) => x.code);
    expect(v).toContain('resource-in-several-node-affinity-rules');
    expect(v).toContain('negative-more-resources-than-nodes');
    expect(v).toContain('positive-negative-share-resources');
    expect(v).toContain('resource-affinity-over-multi-priority-node-affinity');
    expect(v).toContain('resource-affinity-too-few-resources');
    expect(v).toContain('positive-group-several-node-affinity-rules');
    expect(v).toContain('negative-fewer-allowed-nodes-than-resources');
  });

  it('PVE 8: groups with restricted for "must run on", resources with group, VM–VM rules explained as not carried', () => {
    const inv = estate();
    inv.drsRules.push({ kind: 'vm-anti-affinity', name: 'db-apart', cluster: 'Prod', enabled: true, vms: ['db01', 'db02'], source: 't' });
    const d = deriveDesign(inv, undefined, {}, { ...A, pveTarget: 'pve8' });
    const c = d.clusters[0];
    if (!c) throw new Error('x');
    expect(c.ha.target).toBe('pve8');
    expect(c.ha.rules).toEqual([]);
    expect(c.ha.groups.length).toBeGreaterThan(0);
    for (const r of c.ha.resources) expect(c.ha.groups.some((g) => g.id === r.group)).toBe(true);
    const dbGroup = c.ha.groups.find((g) => g.id === c.ha.resources.find((r) => r.vmName === 'db01')?.group);
    expect(dbGroup?.restricted).toBe(true);
    expect(dbGroup?.nofailback).toBe(false);
    const dropped = c.ha.dropped.find((x) => x.source === 'db-apart');
    expect(dropped?.text.en).toMatch(/PVE 8/);
  });

  it('datacenter options: static CRS with rebalance on start; auto-rebalance only on 9.2+', () => {
    const a = deriveDesign(estate(), undefined, { design: { clusters: { prod: { autoRebalance: true, shutdownPolicy: 'migrate' } } } }, { ...A, pveTarget: 'pve9.2' });
    expect(a.clusters[0]?.ha.datacenter.lines).toEqual(['crs: ha=static,ha-rebalance-on-start=1,ha-auto-rebalance=1', 'ha: shutdown_policy=migrate']);
    const b = deriveDesign(estate(), undefined, { design: { clusters: { prod: { autoRebalance: true } } } }, { ...A, pveTarget: 'pve9.0' });
    expect(b.clusters[0]?.ha.datacenter.lines[0]).toBe('crs: ha=static,ha-rebalance-on-start=1');
    expect(b.clusters[0]?.ha.datacenter.explanation.some((e) => /ignored/.test(e.en))).toBe(true);
    expect(b.clusters[0]?.ha.datacenter.explanation.filter((e) => /^(conditional|freeze|failover|migrate)/.test(e.en))).toHaveLength(4);
  });

  it('datacenter options: the dynamic scheduler (pve-ha-manager 5.2, Usage/Dynamic.pm) only on 9.2+, and the sweeps use it', () => {
    const dec = { design: { clusters: { prod: { crs: 'dynamic' as const, autoRebalance: true } } } };
    const a = deriveDesign(estate(), undefined, dec, { ...A, pveTarget: 'pve9.2' });
    const dc = a.clusters[0]?.ha.datacenter;
    expect(dc?.lines[0]).toBe('crs: ha=dynamic,ha-rebalance-on-start=1,ha-auto-rebalance=1');
    expect(dc?.crs.ha).toBe('dynamic');
    expect(dc?.explanation[0]?.en).toMatch(/measured CPU and memory usage/);
    const sweep = toSweepInput(a, 'prod');
    expect(sweep?.crs).toBe('dynamic');
    expect(sweep?.datacenter?.autoRebalance?.enabled).toBe(true);
    const b = deriveDesign(estate(), undefined, dec, { ...A, pveTarget: 'pve9.0' });
    expect(b.clusters[0]?.ha.datacenter.lines[0]).toBe('crs: ha=static,ha-rebalance-on-start=1');
    expect(b.clusters[0]?.ha.datacenter.explanation.some((e) => /dynamic scheduler choice is ignored/.test(e.en))).toBe(true);
    // An unknown scheduler in a project file is dropped by the reader, never written.
    const c = deriveDesign(estate(), undefined, { design: { clusters: { prod: { crs: 'basic; rm -rf /' } } } } as never, { ...A, pveTarget: 'pve9.2' });
    expect(c.clusters[0]?.ha.datacenter.lines[0]).toBe('crs: ha=static,ha-rebalance-on-start=1');
  });
});
