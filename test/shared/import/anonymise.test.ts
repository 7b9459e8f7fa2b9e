import { describe, expect, it } from 'vitest';
import { anonymise } from '../../../shared/import/anonymise';
import { importFiles } from '../../../shared/import';
import { summarize } from '../../../shared/model/summary';
import type { Inventory } from '../../../shared/model/inventory';
import { inputFile, SAMPLE_339 } from '../../fixtures/import/samples';
import { toCsv, utf8Bom } from '../../fixtures/import/builders';

/** Every identifying string of an inventory (the things anonymise promises to replace). */
function originals(inv: Inventory): Set<string> {
  const out = new Set<string>();
  const add = (s: string | undefined): void => {
    if (s && s.length >= 4 && !/^\d+$/.test(s)) out.add(s);
  };
  for (const s of inv.sources) { add(s.server); s.files.forEach(add); }
  for (const v of inv.vms) {
    [v.name, v.host, v.cluster, v.datacenter, v.dnsName, v.primaryIp, v.annotation, v.vApp].forEach(add);
    v.networks.forEach(add);
    (v.folder ?? '').split('/').forEach(add);
    (v.resourcePool ?? '').split('/').filter((x) => x !== 'Resources').forEach(add);
    Object.values(v.attributes).forEach(add);
    for (const n of v.nics) { [n.mac, n.network, n.switchName].forEach(add); n.ipv4.forEach(add); n.ipv6.forEach(add); }
    for (const d of v.disks) add(d.datastore);
  }
  for (const h of inv.hosts) [h.name, h.serial, h.cluster, h.datacenter].forEach(add);
  for (const d of inv.datastores) add(d.name);
  for (const p of inv.portGroups) [p.name, p.switchName].forEach(add);
  for (const k of inv.vmkernels) [k.ip, k.gateway, k.host, k.portGroup].forEach(add);
  for (const l of inv.licenses) add(l.key);
  for (const r of inv.drsRules) add(r.name);
  for (const g of inv.drsGroups) { add(g.name); g.members.forEach(add); }
  return out;
}

describe('anonymise', async () => {
  const rules = toCsv([
    ['Cluster', 'Name', 'Enabled', 'Type', 'VMs'],
    ['VJW-Ent-Cluster-01', 'keep-barrage-apart', 'True', 'VMAntiAffinity', '36010VJ01;barrage'],
  ]);
  const { inventory } = await importFiles([inputFile(SAMPLE_339), { name: 'drs-vm-rules.csv', data: utf8Bom(rules) }]);
  const a = anonymise(inventory, 'test-seed');
  const json = JSON.stringify(a.inventory);

  it('leaves no original name, address, annotation or attribute value anywhere', () => {
    const orig = originals(inventory);
    expect(orig.size).toBeGreaterThan(1000);
    // Words that are also part of technical text the plan keeps (licence features, guest OS names) are not leaks.
    const kept = JSON.stringify([inventory.licenses.map((l) => [l.name, l.features]), inventory.vms.map((v) => [v.osConfig, v.osTools])]);
    const survivors = [...orig].filter((s) => json.includes(s) && !kept.includes(s));
    expect([...orig].filter((s) => json.includes(s) && kept.includes(s))).toEqual(['Trust']);
    expect(survivors).toEqual([]);
  });

  it('keeps the plan-relevant facts and the counts', () => {
    expect(summarize(a.inventory)).toEqual(summarize(inventory));
    const before = inventory.vms.find((v) => v.name === '36010VJ01');
    const p = a.map.find((e) => e.kind === 'vm' && e.original === '36010VJ01')?.pseudonym;
    const after = a.inventory.vms.find((v) => v.name === p);
    expect(after?.osConfig).toBe(before?.osConfig);
    expect(after?.disks[0]?.capacityMiB).toBe(512000);
  });

  it('uses one pseudonym per original everywhere (paths, port groups, rules)', () => {
    const vm = a.inventory.vms.find((v) => v.disks.length > 0 && v.disks[0]?.path);
    const disk = vm?.disks[0];
    expect(disk?.path?.startsWith(`[${disk.datastore}] `)).toBe(true);
    expect(a.inventory.datastores.some((d) => d.name === disk?.datastore)).toBe(true);
    const vmNames = new Set(a.inventory.vms.map((v) => v.name));
    const rule = a.inventory.drsRules[0];
    expect(rule?.kind).toBe('vm-anti-affinity');
    if (rule?.kind === 'vm-anti-affinity') expect(rule.vms.every((n) => vmNames.has(n))).toBe(true);
    const clusters = new Set(a.inventory.clusters.map((c) => c.name));
    expect(a.inventory.vms.filter((v) => v.cluster).every((v) => clusters.has(v.cluster as string))).toBe(true);
    const pgs = new Set(a.inventory.portGroups.map((p) => p.name));
    expect(a.inventory.vms.flatMap((v) => v.nics).filter((n) => n.network && pgs.has(n.network)).length).toBeGreaterThan(200);
    expect(new Set(a.inventory.vms.map((v) => v.key)).size).toBe(a.inventory.vms.length);
  });

  it('is stable for a seed and reversible through the map', () => {
    const b = anonymise(inventory, 'test-seed');
    expect(b.map).toEqual(a.map);
    const c = anonymise(inventory, 'other-seed');
    expect(c.map.find((e) => e.kind === 'vm')?.pseudonym).not.toBe(a.map.find((e) => e.kind === 'vm')?.pseudonym);
    const back = new Map(a.map.filter((e) => e.kind === 'vm').map((e) => [e.pseudonym, e.original]));
    expect(a.inventory.vms.map((v) => back.get(v.name))).toEqual(inventory.vms.map((v) => v.name));
    const pseudonyms = a.map.map((e) => `${e.kind}:${e.pseudonym}`);
    expect(new Set(pseudonyms).size).toBe(pseudonyms.length);
  });
});
