import { describe, expect, it } from 'vitest';
import { deriveDesign } from '../../../shared/design';
import { checkHaRules } from '../../../shared/design/haRules';
import { deriveMapping } from '../../../shared/mapping';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/model/project';
import { loadDemo, loadSample339 } from './realEstates';

describe('design on rvtools-4.6-339vms.xlsx', () => {
  it('2-node clusters get a QDevice plan, 1-node clusters cannot run HA, no vMotion VMkernel is reported', async () => {
    const inv = await loadSample339();
    const d = deriveDesign(inv, deriveMapping(inv, {}, DEFAULT_ASSUMPTIONS), {}, DEFAULT_ASSUMPTIONS);
    expect(d.clusters).toHaveLength(11);
    const two = d.clusters.filter((c) => c.nodes.length === 2);
    const one = d.clusters.filter((c) => c.nodes.length === 1);
    // Nine clusters run on two hosts today; those whose load needs more get proposed nodes (sizing tests).
    expect(d.clusters.filter((c) => c.sourceHostCount === 2)).toHaveLength(9);
    expect(two.length).toBeGreaterThan(0);
    expect(one.map((c) => c.sourceClusters[0]).sort()).toEqual(['AH-DMZ', 'AIT-Cluster5']);
    for (const c of two) {
      expect(c.quorum.qdeviceAdvice).toBe('required');
      expect(c.quorum.qdevice).toBe(true);
      expect(c.quorum.totalVotes).toBe(3);
      expect(c.quorum.haPossible).toBe(true);
    }
    for (const c of one) {
      expect(c.quorum.haPossible).toBe(false);
      expect(c.quorum.options.length).toBeGreaterThanOrEqual(3);
      expect(c.ha.enabled).toBe(false);
      expect(c.ha.resources).toEqual([]);
      expect(c.reserve).toBe('n+0');
    }
    for (const c of d.clusters) {
      expect(c.networks.migrationFromVmotion).toBe(false);
      expect(c.networks.migration.source).toBe('proposed');
      expect(c.networks.findings.some((f) => /no dedicated vMotion VMkernel/.test(f.en) && /vMotion/.test(f.vi))).toBe(true);
      expect(c.ha.datacenter.lines.some((l) => l.startsWith('migration:'))).toBe(false);
      // Management subnets come from the Management Network VMkernel ports.
      expect(c.networks.management.length).toBeGreaterThan(0);
    }
    const muc = d.clusters.find((c) => c.sourceClusters.includes('Munich_Cluster1'));
    expect(muc?.nodes.filter((n) => !n.isNew).map((n) => n.name)).toEqual(['muc-esx1', 'muc-esx2']);
    expect(muc?.nodes.filter((n) => n.isNew).every((n) => n.origin === 'proposed')).toBe(true);
    expect(muc?.networks.management[0]?.cidr).toBe('131.101.19.0/24');
    expect(muc?.networks.storage.map((s) => s.cidr)).toEqual(['192.168.104.0/24', '192.168.204.0/24']);
    // Every placed VM is on a node of its cluster; every HA resource is placed.
    for (const c of d.clusters) {
      const names = new Set(c.nodes.map((n) => n.name));
      for (const v of c.placement.vms) if (v.node) expect(names.has(v.node)).toBe(true);
      expect(checkHaRules(c.ha.rules, [...names])).toEqual([]);
    }
    // 295 migratable VMs, of which 17 are vCLS agents (not workloads).
    expect(d.clusters.reduce((a, c) => a + c.placement.vms.length, 0)).toBe(295 - 17);
    expect(d.totals.excluded).toBe(17);
    // KUM-ENT-Cluster1 has vSphere HA off: the plan says so while proposing Proxmox HA.
    const kum = d.clusters.find((c) => c.sourceClusters.includes('KUM-ENT-Cluster1'));
    expect(kum?.ha.enabled).toBe(true);
    expect(kum?.notes.some((n) => /vSphere HA is OFF/.test(n.en))).toBe(true);
  });
});

describe('design on the demo estate (with DRS rules)', () => {
  it('takes the migration CIDR from the vMotion VMkernel subnet and carries DRS rules into a valid rule set', async () => {
    const inv = await loadDemo();
    expect(inv.drsRules.length).toBeGreaterThan(0);
    const d = deriveDesign(inv, deriveMapping(inv, {}, DEFAULT_ASSUMPTIONS), {}, DEFAULT_ASSUMPTIONS);
    const withVmotion = d.clusters.filter((c) => c.networks.migrationFromVmotion);
    expect(withVmotion.length).toBeGreaterThan(0);
    for (const c of withVmotion) {
      expect(c.networks.migration.cidr).toMatch(/^\d+\.\d+\.\d+\.0\/\d+$/);
      expect(c.ha.datacenter.lines).toContain(`migration: secure,network=${c.networks.migration.cidr}`);
      const vmotionIps = inv.vmkernels.filter((k) => k.services.includes('vmotion') && c.nodes.some((n) => n.sourceHost === k.host));
      expect(vmotionIps.length).toBeGreaterThan(0);
      for (const k of vmotionIps) expect(c.networks.migration.cidr.startsWith(k.ip?.split('.').slice(0, 3).join('.') ?? 'x')).toBe(true);
    }
    for (const c of d.clusters) expect(checkHaRules(c.ha.rules, c.nodes.map((n) => n.name))).toEqual([]);
    const ruleCount = d.clusters.reduce((a, c) => a + c.ha.rules.filter((r) => r.type === 'resource-affinity').length, 0);
    const strict = d.clusters.reduce((a, c) => a + c.ha.rules.filter((r) => r.type === 'node-affinity' && r.strict).length, 0);
    expect(ruleCount + strict).toBeGreaterThan(0);
  });
});
