import { describe, expect, it } from 'vitest';
import { computeCost, DEFAULT_COST_INPUTS, type CostInputs } from '../../../shared/cost';
import { countHosts, editionOfLicence, editionOrders, hostEditions, licensedCoresOf } from '../../../shared/cost/vmware';
import { deriveDesign } from '../../../shared/design';
import { emptyInventory, type Host, type Inventory } from '../../../shared/model/inventory';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/model/project';
import { host, vm } from '../design/estate';

const NOW = '2026-03-02T00:00:00.000Z';

function hostWith(name: string, cluster: string, sockets: number, coresPerSocket: number, extra: Partial<Host> = {}): Host {
  return { ...host(name, cluster, sockets * coresPerSocket, 262144, sockets), ...extra };
}

function inventoryOf(hosts: Host[]): Inventory {
  const inv = emptyInventory();
  inv.hosts.push(...hosts);
  for (const c of new Set(hosts.map((h) => h.cluster ?? ''))) inv.clusters.push({ key: `src/${c}`, name: c, source: 'src', haEnabled: true });
  hosts.forEach((h, i) => inv.vms.push(vm(`vm-${i}`, h.cluster, h.name, 2, 4096)));
  return inv;
}

function cost(inv: Inventory, inputs: Partial<CostInputs> = {}, decisions = {}) {
  const design = deriveDesign(inv, undefined, decisions, DEFAULT_ASSUMPTIONS);
  return computeCost({ inventory: inv, design, pveTarget: 'pve9.0', now: NOW }, { ...DEFAULT_COST_INPUTS, ...inputs });
}

describe('VMware core counting (KB 313548: Σ over CPUs of max(cores per CPU, 16))', () => {
  it.each([
    [1, 8, 16],
    [2, 8, 32],
    [1, 16, 16],
    [2, 16, 32],
    [1, 32, 32],
    [2, 32, 64],
    [2, 24, 48],
    [4, 6, 64],
  ])('%i CPU × %i cores → %i licensed cores', (cpus, cores, expected) => {
    expect(licensedCoresOf(cpus, cores)).toBe(expected);
    const rows = countHosts(inventoryOf([hostWith('esx1', 'C1', cpus, cores)]), 'vvf');
    expect(rows[0]?.licensedCores).toBe(expected);
    expect(rows[0]?.cpus).toBe(cpus);
    expect(rows[0]?.coresPerCpu).toBe(cores);
    // The rule that produced the figure is spelled out with the numbers used.
    expect(rows[0]?.rule.en).toContain(`= ${expected}`);
    expect(rows[0]?.rule.vi).toContain(`= ${expected}`);
  });

  it("gives the KB's own example: host A 2×8 cores and host B 2×24 cores → 80 cores", () => {
    const inv = inventoryOf([hostWith('host-a', 'C1', 2, 8), hostWith('host-b', 'C1', 2, 24)]);
    const rows = countHosts(inv, 'vcf');
    expect(rows.map((r) => [r.host, r.licensedCores])).toEqual([
      ['host-a', 32],
      ['host-b', 48],
    ]);
    const orders = editionOrders(rows, true);
    expect(orders).toHaveLength(1);
    expect(orders[0]?.licensedCores).toBe(80);
    expect(orders[0]?.orderCores).toBe(80);
    expect(orders[0]?.minimumApplied).toBe(false);
  });

  it('takes cores per CPU from the total when only # Cores and # CPU are known', () => {
    const h = hostWith('esx1', 'C1', 2, 12);
    delete h.coresPerSocket;
    expect(countHosts(inventoryOf([h]), 'vvf')[0]?.licensedCores).toBe(32);
    const h2 = hostWith('esx2', 'C1', 2, 20);
    delete h2.coresPerSocket;
    expect(countHosts(inventoryOf([h2]), 'vvf')[0]?.licensedCores).toBe(40);
  });

  it('leaves a host with unknown CPU figures out of the count and says so, never guessing', () => {
    const h = hostWith('esx-x', 'C1', 2, 8);
    delete h.sockets;
    delete h.coresPerSocket;
    const r = cost(inventoryOf([h, hostWith('esx-y', 'C1', 2, 8)]), { vmwareEdition: 'vvf' });
    expect(r.vmware.hosts.find((x) => x.host === 'esx-x')?.licensedCores).toBeNull();
    expect(r.vmware.licensedCores).toBe(32);
    expect(r.vmware.unknownHosts).toBe(1);
    const unknown = r.lines.find((l) => l.item === 'vmware.vvf.unknown');
    expect(unknown?.tag).toBe('unpriced');
    expect(unknown?.amount).toBeNull();
  });
});

describe('the 72-core minimum per order (reported; a switch, on by default)', () => {
  it('raises a small order to 72 cores when on, and not when off', () => {
    const inv = inventoryOf([hostWith('esx1', 'C1', 1, 16), hostWith('esx2', 'C1', 1, 8)]);
    expect(DEFAULT_COST_INPUTS.orderMinimum).toBe(true);
    const on = cost(inv, { vmwareEdition: 'vvf' });
    expect(on.vmware.licensedCores).toBe(32);
    expect(on.vmware.orderCores).toBe(72);
    expect(on.vmware.orders[0]?.minimumApplied).toBe(true);
    const line = on.lines.find((l) => l.item === 'vmware.vvf');
    expect(line?.quantity).toBe(72);
    expect(line?.note?.en).toMatch(/32 .*72/);
    const off = cost(inv, { vmwareEdition: 'vvf', orderMinimum: false });
    expect(off.vmware.orderCores).toBe(32);
    expect(off.lines.find((l) => l.item === 'vmware.vvf')?.quantity).toBe(32);
    // Same price book, so the annual cost scales with the ordered cores.
    expect(on.totals.vmware.annual / off.totals.vmware.annual).toBeCloseTo(72 / 32, 10);
  });

  it('applies per product line: two editions below 72 each get raised separately', () => {
    const rows = editionOrders(
      [
        { host: 'a', editionToday: 'vcf', editionBasis: 'assigned', quoteEdition: 'vcf', quoteEditionAssumed: false, cpus: 2, coresPerCpu: 16, licensedCores: 32, rule: { vi: '', en: '' } },
        { host: 'b', editionToday: 'standard', editionBasis: 'assigned', quoteEdition: 'standard', quoteEditionAssumed: false, cpus: 2, coresPerCpu: 24, licensedCores: 48, rule: { vi: '', en: '' } },
      ],
      true,
    );
    expect(rows.map((o) => [o.edition, o.licensedCores, o.orderCores])).toEqual([
      ['vcf', 32, 72],
      ['standard', 48, 72],
    ]);
  });

  it('leaves orders at or above 72 cores unchanged', () => {
    const inv = inventoryOf([hostWith('e1', 'C1', 2, 16), hostWith('e2', 'C1', 2, 16), hostWith('e3', 'C1', 1, 16)]);
    const r = cost(inv, { vmwareEdition: 'vcf' });
    expect(r.vmware.licensedCores).toBe(80);
    expect(r.vmware.orderCores).toBe(80);
  });
});

describe('late-renewal penalty (reported, optional)', () => {
  it('adds 20 % of the first-year subscription once, as a one-off line', () => {
    const inv = inventoryOf([hostWith('e1', 'C1', 2, 16), hostWith('e2', 'C1', 2, 24)]);
    const off = cost(inv, { vmwareEdition: 'vcf', years: 3 });
    const on = cost(inv, { vmwareEdition: 'vcf', years: 3, lateRenewal: true });
    const pen = on.lines.find((l) => l.item === 'vmware.lateRenewal');
    expect(pen?.recurring).toBe(false);
    expect(pen?.amount).toBeCloseTo(off.totals.vmware.annual * 0.2, 6);
    expect(on.totals.vmware.total - off.totals.vmware.total).toBeCloseTo(off.totals.vmware.annual * 0.2, 6);
  });
});

describe('the edition a host runs today (vLicense)', () => {
  it('reads the edition from licence names', () => {
    expect(editionOfLicence('vSphere 8 Enterprise Plus for VCF')).toBe('vcf');
    expect(editionOfLicence('VMware vSphere Foundation')).toBe('vvf');
    expect(editionOfLicence('vSphere 7 Enterprise Plus')).toBe('enterprise-plus');
    expect(editionOfLicence('VMware vSphere 6 Enterprise')).toBe('enterprise');
    expect(editionOfLicence('vSphere 8 Standard')).toBe('standard');
    expect(editionOfLicence('vSphere 7 Essentials Plus Kit')).toBe('essentials-plus');
    expect(editionOfLicence('VMware vSphere 8 Hypervisor')).toBe('free');
    expect(editionOfLicence('vCenter Server 8 Standard')).toBeNull();
    expect(editionOfLicence('vSAN Standard')).toBeNull();
  });

  it("joins a host's assigned licence key, else the only edition in use, else unknown", () => {
    const inv = inventoryOf([hostWith('e1', 'C1', 2, 16, { licenseKeys: ['KEY-A'] }), hostWith('e2', 'C1', 2, 16)]);
    inv.licenses.push(
      { name: 'vSphere 8 Enterprise Plus', source: 'src', key: 'KEY-A', used: 2, features: 'vSphere HA, vSphere DRS' },
      { name: 'vSphere 8 Standard', source: 'src', key: 'KEY-B', used: 2 },
      { name: 'vCenter Server 8 Standard', source: 'src', key: 'KEY-C', used: 1 },
    );
    const ed = hostEditions(inv);
    expect(ed.get('src/e1')).toMatchObject({ edition: 'enterprise-plus', basis: 'assigned' });
    // Two host editions in use: e2 (no assigned key) cannot be told apart.
    expect(ed.get('src/e2')).toMatchObject({ edition: 'unknown', basis: 'unknown' });
    inv.licenses.splice(1, 1);
    expect(hostEditions(inv).get('src/e2')).toMatchObject({ edition: 'enterprise-plus', basis: 'only-edition' });
  });

  it('quotes like for like in "current" mode and shows what the edition gates against Proxmox', () => {
    const inv = inventoryOf([hostWith('e1', 'C1', 2, 16, { licenseKeys: ['K1'] }), hostWith('e2', 'C2', 2, 16, { licenseKeys: ['K2'] })]);
    inv.licenses.push(
      { name: 'vSphere 7 Enterprise Plus', source: 'src', key: 'K1', used: 2, features: 'vSphere HA, vSphere vMotion, vSphere Storage vMotion, vSphere DRS, vSphere Distributed Switch' },
      { name: 'vSphere 7 Standard', source: 'src', key: 'K2', used: 2, features: 'vSphere HA, vSphere vMotion, vSphere Storage vMotion, vSphere FT (up to 2 virtual CPUs)' },
    );
    const r = cost(inv);
    expect(r.vmware.edition).toBe('mixed');
    expect(r.vmware.orders.map((o) => o.edition)).toEqual(['enterprise-plus', 'standard']);
    const drs = r.features.find((f) => f.id === 'drs');
    expect(drs?.today).toEqual([
      { edition: 'enterprise-plus', has: true, basis: 'licence' },
      { edition: 'standard', has: false, basis: 'edition' },
    ]);
    // Proxmox gives the same feature set with or without a subscription.
    expect(drs?.proxmoxSubscription.en).toMatch(/adds no features/);
    const forced = cost(inv, { vmwareEdition: 'vcf' });
    expect(forced.vmware.edition).toBe('vcf');
    expect(forced.vmware.orders).toHaveLength(1);
  });
});

describe('Proxmox VE subscriptions: per CPU socket of every target node, one level per cluster', () => {
  const inv = inventoryOf([hostWith('esx1', 'Prod', 2, 16), hostWith('esx2', 'Prod', 2, 16), hostWith('esx3', 'Prod', 1, 32), hostWith('esx4', 'Edge', 1, 8)]);

  it('counts the sockets of the reused hosts per target cluster', () => {
    const r = cost(inv);
    expect(r.proxmox.clusters.map((c) => [c.cluster, c.nodes, c.sockets])).toEqual([
      ['edge', 1, 1],
      ['prod', 3, 5],
    ]);
    expect(r.proxmox.sockets).toBe(6);
  });

  it('includes the nodes the design adds, and prices their hardware only once a price is entered', () => {
    const decisions = { design: { clusters: { prod: { addNodes: [{ name: 'pve-new1', sockets: 2, cores: 48, memoryMiB: 524288 }, { name: 'pve-new2', sockets: 2, cores: 48, memoryMiB: 524288 }] } } } };
    const r = cost(inv, {}, decisions);
    const prod = r.proxmox.clusters.find((c) => c.cluster === 'prod');
    expect(prod?.nodes).toBe(5);
    expect(prod?.sockets).toBe(9);
    expect(prod?.addedNodes).toBe(2);
    expect(r.proxmox.nodes.filter((n) => n.needsHardware).map((n) => n.node)).toEqual(['pve-new1', 'pve-new2']);
    const hw = r.lines.find((l) => l.item === 'proxmox.hardware.2s-48c-512g');
    expect(hw?.quantity).toBe(2);
    expect(hw?.tag).toBe('unpriced');
    const without = cost(inv, { includeHardware: false }, decisions);
    expect(without.lines.some((l) => l.item.startsWith('proxmox.hardware'))).toBe(false);
  });

  it('counts replacement hardware (origin new-hardware) and not the hosts it replaces', () => {
    const decisions = { design: { clusters: { prod: { newHardware: { count: 2, sockets: 2, cores: 64, memoryMiB: 1048576 } } } } };
    const r = cost(inv, {}, decisions);
    const prod = r.proxmox.clusters.find((c) => c.cluster === 'prod');
    expect(prod?.nodes).toBe(2);
    expect(prod?.sockets).toBe(4);
    expect(r.lines.find((l) => l.item === 'proxmox.hardware.2s-64c-1024g')?.quantity).toBe(2);
  });

  it('prices each cluster at its own level; "none" costs nothing and says why', () => {
    const r = cost(inv, { clusterTiers: { edge: 'none', prod: 'premium' } });
    expect(r.proxmox.tier).toBe('mixed');
    const prod = r.lines.find((l) => l.item === 'proxmox.ve.prod');
    expect(prod?.unitPrice).toBe(1100);
    expect(prod?.quantity).toBe(5);
    const edge = r.lines.find((l) => l.item === 'proxmox.ve.edge');
    expect(edge?.amount).toBe(0);
    expect(edge?.note?.en).toMatch(/no-subscription repository/);
  });
});

describe('licensing and operations notes', () => {
  it('cover the topics of the issue in both languages and follow the target Proxmox VE version', async () => {
    const { costNotes } = await import('../../../shared/cost/notes');
    const pve8 = costNotes('pve8');
    expect(pve8.map((n) => n.id)).toEqual(['management', 'liveMigration', 'ha', 'balancing', 'support', 'patching', 'backup', 'deployment', 'ecosystem']);
    for (const n of pve8) for (const x of [n.topic, n.vmware, n.proxmox]) expect(x.vi.trim() !== '' && x.en.trim() !== '' && x.vi !== x.en).toBe(true);
    const balancing = (target: 'pve8' | 'pve9.0' | 'pve9.2') => costNotes(target).find((n) => n.id === 'balancing')?.proxmox.en ?? '';
    expect(balancing('pve9.2')).toMatch(/ha-auto-rebalance/);
    expect(balancing('pve9.0')).not.toMatch(/ha-auto-rebalance/);
    expect(costNotes('pve8').find((n) => n.id === 'patching')?.proxmox.en).toMatch(/end of life in 2026-08/);
    expect(costNotes('pve9.2').find((n) => n.id === 'patching')?.proxmox.en).toMatch(/no-subscription repository/);
    // The feature table follows the version too.
    const inv = inventoryOf([hostWith('e1', 'C1', 2, 16)]);
    const design = deriveDesign(inv, undefined, {}, DEFAULT_ASSUMPTIONS);
    const drs = (target: 'pve8' | 'pve9.2') => computeCost({ inventory: inv, design, pveTarget: target, now: NOW }, DEFAULT_COST_INPUTS).features.find((f) => f.id === 'drs')?.proxmoxFree.en ?? '';
    expect(drs('pve9.2')).toMatch(/ha-auto-rebalance/);
    expect(drs('pve8')).toMatch(/No automatic balancing/);
  });
});
