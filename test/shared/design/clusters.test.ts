import { describe, expect, it } from 'vitest';
import { deriveDesign } from '../../../shared/design';
import { clusterNameFrom, nodeNameFromHost, uniqueName } from '../../../shared/design/names';
import { emptyInventory, type Inventory } from '../../../shared/model/inventory';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/model/project';
import { host, vm, vmk } from './estate';

function twoClusters(): Inventory {
  const inv = emptyInventory();
  inv.clusters.push({ key: 'a', name: 'Site_A Cluster', source: 'src', haEnabled: true }, { key: 'b', name: 'Site-B', source: 'src' });
  inv.hosts.push(host('ESX-A1.corp.example', 'Site_A Cluster', 16, 131072), host('ESX-A2.corp.example', 'Site_A Cluster', 16, 131072), host('ESX-A3.corp.example', 'Site_A Cluster', 16, 131072));
  inv.hosts.push(host('esx-b1.corp.example', 'Site-B', 24, 262144), host('esx-b2.corp.example', 'Site-B', 24, 262144));
  inv.hosts.push({ key: 'x', name: '10.0.0.5', source: 'src' });
  inv.vms.push(vm('a1', 'Site_A Cluster', 'ESX-A1.corp.example', 2, 4096), vm('b1', 'Site-B', 'esx-b1.corp.example', 2, 4096), vm('s1', undefined, '10.0.0.5', 1, 1024));
  inv.vms.push(vm('tmpl', 'Site-B', 'esx-b1.corp.example', 1, 1024, { template: true }));
  return inv;
}

describe('target clusters', () => {
  it('names: node = first DNS label lower-cased; cluster ≤ 15 characters; unique', () => {
    expect(nodeNameFromHost('ESX-01.corp.example.com')).toBe('esx-01');
    expect(nodeNameFromHost('10.0.0.5')).toBe('pve-10-0-0-5');
    expect(clusterNameFrom('Munich_Cluster1')).toBe('munich-cluster1');
    expect(clusterNameFrom('AH-Ent-Portal-Cluster01')).toBe('ah-ent-porta-01');
    expect(clusterNameFrom('TCC-Chennai-Cluster-01')).toBe('tcc-chennai-01');
    expect(clusterNameFrom('!!!')).toBe('pve-cluster');
    for (const n of ['Some Very Long Cluster Name Indeed 2024', 'x'.repeat(40)]) expect(clusterNameFrom(n).length).toBeLessThanOrEqual(15);
    const taken = new Set<string>();
    expect([uniqueName('a', taken, 15), uniqueName('a', taken, 15), uniqueName('a', taken, 15)]).toEqual(['a', 'a-2', 'a-3']);
  });

  it('one Proxmox cluster per vSphere cluster, hosts as nodes; standalone hosts alone; templates left out', () => {
    const d = deriveDesign(twoClusters(), undefined, {}, DEFAULT_ASSUMPTIONS);
    expect(d.clusters.map((c) => [c.name, c.nodes.map((n) => n.name)])).toEqual([
      ['pve-10-0-0-5', ['pve-10-0-0-5']],
      ['site-a-cluster', ['esx-a1', 'esx-a2', 'esx-a3']],
      ['site-b', ['esx-b1', 'esx-b2']],
    ]);
    const a = d.clusters.find((c) => c.name === 'site-a-cluster');
    expect(a?.nodes[0]).toMatchObject({ sourceHost: 'ESX-A1.corp.example', sockets: 2, cores: 16, memoryMiB: 131072, origin: 'imported' });
    expect(d.clusters.flatMap((c) => c.placement.vms.map((v) => v.name)).sort()).toEqual(['a1', 'b1', 's1']);
    expect(d.clusterOf['Site-B']).toBe('site-b');
    // The standalone host's hardware is unknown: assumed (0 here, no peers) and reported.
    const st = d.clusters.find((c) => c.name === 'pve-10-0-0-5');
    expect(st?.nodes[0]?.hardwareAssumed).toBe(true);
    expect(st?.notes.some((n) => /median/.test(n.en))).toBe(true);
  });

  it('decisions: rename, consolidate, hardware edits, add/remove nodes, new hardware', () => {
    const inv = twoClusters();
    const d = deriveDesign(
      inv,
      undefined,
      {
        design: {
          clusterTargets: { 'Site_A Cluster': 'prod', 'Site-B': 'prod' },
          clusters: {
            prod: {
              renameNodes: { 'esx-a1': 'pve01' },
              nodeHardware: { 'esx-a2': { memoryMiB: 524288 } },
              removeNodes: ['esx-a3'],
              addNodes: [{ name: 'pve09', sockets: 2, cores: 32, memoryMiB: 262144 }],
              reserve: 'n+2',
            },
          },
        },
      },
      DEFAULT_ASSUMPTIONS,
    );
    const prod = d.clusters.find((c) => c.name === 'prod');
    expect(prod?.sourceClusters).toEqual(['Site-B', 'Site_A Cluster']);
    expect(prod?.nodes.map((n) => n.name)).toEqual(['esx-a2', 'esx-b1', 'esx-b2', 'pve01', 'pve09']);
    expect(prod?.nodes.find((n) => n.name === 'esx-a2')).toMatchObject({ memoryMiB: 524288, origin: 'decision' });
    expect(prod?.nodes.find((n) => n.name === 'pve09')).toMatchObject({ cores: 32, origin: 'decision' });
    expect(prod?.reserve).toBe('n+2');
    expect(prod?.notes.some((n) => /consolidated/.test(n.en))).toBe(true);
    expect(prod?.placement.vms.map((v) => v.name).sort()).toEqual(['a1', 'b1']);
    // Placement balances: the two small VMs go to the least-used nodes (the new, larger pve09 first).
    expect(prod?.placement.vms.every((v) => v.node !== undefined)).toBe(true);

    const n = deriveDesign(inv, undefined, { design: { clusters: { 'site-b': { newHardware: { count: 4, sockets: 2, cores: 32, memoryMiB: 786432, namePrefix: 'hcm-pve' } } } } }, DEFAULT_ASSUMPTIONS);
    const b = n.clusters.find((c) => c.name === 'site-b');
    expect(b?.nodes.map((x) => [x.name, x.cores, x.origin])).toEqual([
      ['hcm-pve01', 32, 'new-hardware'], ['hcm-pve02', 32, 'new-hardware'], ['hcm-pve03', 32, 'new-hardware'], ['hcm-pve04', 32, 'new-hardware'],
    ]);
    expect(b?.quorum.qdeviceAdvice).toBe('recommended');
  });

  it('untrusted decisions are ignored, never crash', () => {
    const inv = twoClusters();
    const bad = { design: { clusters: { 'site-b': { reserve: 'n+9', newHardware: { count: -1 }, addNodes: [null, 3, { name: 'x' }], nodeHardware: 'nope' } }, pins: [1, 2], haTiers: { k: 7 }, nodePriorities: { k: { a: -3, b: 'x' } } } };
    const d = deriveDesign(inv, undefined, bad as unknown as Record<string, unknown>, DEFAULT_ASSUMPTIONS);
    expect(d.clusters.find((c) => c.name === 'site-b')?.nodes.map((n) => n.name)).toEqual(['esx-b1', 'esx-b2']);
    expect(d.clusters.find((c) => c.name === 'site-b')?.reserve).toBe('n+1');
  });
});

describe('networks', () => {
  it('vMotion VMkernel subnet → migration CIDR; a vMotion subnet equal to management is flagged; a decision wins', () => {
    const inv = twoClusters();
    inv.vmkernels.push(
      vmk('ESX-A1.corp.example', 'Management Network', '10.1.0.11', ['management']),
      vmk('ESX-A2.corp.example', 'Management Network', '10.1.0.12', ['management']),
      vmk('ESX-A1.corp.example', 'vMotion-PG', '10.1.5.11', ['vmotion'], '255.255.254.0'),
      vmk('ESX-A2.corp.example', 'vMotion-PG', '10.1.5.12', ['vmotion'], '255.255.254.0'),
      vmk('esx-b1.corp.example', 'Management Network', '10.2.0.11', ['management', 'vmotion']),
      vmk('esx-b1.corp.example', 'BMC', '169.254.0.2', []),
    );
    const d = deriveDesign(inv, undefined, {}, DEFAULT_ASSUMPTIONS);
    const a = d.clusters.find((c) => c.name === 'site-a-cluster');
    expect(a?.networks.migration).toMatchObject({ cidr: '10.1.4.0/23', source: 'vmkernel' });
    expect(a?.networks.migrationSetting).toBe('secure,network=10.1.4.0/23');
    expect(a?.ha.datacenter.lines).toContain('migration: secure,network=10.1.4.0/23');
    expect(a?.networks.corosyncLinks.map((l) => l.network.cidr)).toEqual(['<COROSYNC-LINK0-CIDR>', '10.1.0.0/24']);
    expect(a?.nodes[0]?.addresses).toEqual([
      { role: 'management', ip: '10.1.0.11', prefix: 24, gateway: undefined, portGroup: 'Management Network' },
      { role: 'migration', ip: '10.1.5.11', prefix: 23, gateway: undefined, portGroup: 'vMotion-PG' },
    ]);
    const b = d.clusters.find((c) => c.name === 'site-b');
    expect(b?.networks.migration.cidr).toBe('10.2.0.0/24');
    expect(b?.networks.findings.some((f) => /share the subnet 10\.2\.0\.0\/24/.test(f.en))).toBe(true);
    const e = deriveDesign(inv, undefined, { design: { clusters: { 'site-b': { migrationCidr: '10.9.9.0/24', corosyncCidrs: ['10.8.0.0/24', '10.8.1.0/24'] } } } }, DEFAULT_ASSUMPTIONS);
    const eb = e.clusters.find((c) => c.name === 'site-b');
    expect(eb?.networks.migration).toMatchObject({ cidr: '10.9.9.0/24', source: 'decision' });
    expect(eb?.networks.corosyncLinks.map((l) => [l.link, l.network.cidr])).toEqual([[0, '10.8.0.0/24'], [1, '10.8.1.0/24']]);
  });
});
