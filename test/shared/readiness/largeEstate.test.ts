import { describe, expect, it } from 'vitest';
import { syntheticReadinessInventory } from '../../../cli/bench/readiness';
import { deriveMapping } from '../../../shared/mapping';
import { assessReadiness } from '../../../shared/readiness';

describe('mapping + readiness on a generated 3,000-VM estate (the bench estate, smaller)', () => {
  const inv = syntheticReadinessInventory(3000, 11);
  const m = deriveMapping(inv, {}, {});
  const r = assessReadiness(inv, {}, {}, m);

  it('maps and assesses every migratable VM with unique VMIDs and names', () => {
    const migratable = inv.vms.filter((v) => !v.template && !v.srmPlaceholder);
    expect(r.summary.total).toBe(migratable.length);
    const ids = Object.values(m.vms).map((t) => t.vmid.value);
    expect(new Set(ids).size).toBe(migratable.length);
    expect(Math.min(...ids.map(Number))).toBe(100);
    const names = Object.values(m.vms).map((t) => (t.name.value ?? '').toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/);
  });

  it('keeps every finding consistent with the target and the class rules', () => {
    for (const v of r.vms) {
      expect(v.complexity).toBeGreaterThanOrEqual(0);
      expect(v.complexity).toBeLessThanOrEqual(4);
      const hasBlocker = v.findings.some((f) => f.severity === 'blocker');
      if (hasBlocker) expect(v.class).toBe('not-ready');
      const t = m.vms[v.vmKey];
      const rdm = inv.vms.find((x) => x.key === v.vmKey)?.disks.some((d) => d.raw);
      expect(v.findings.some((f) => f.ruleId === 'rdm-disk')).toBe(!!rdm);
      if (t?.disks.some((d) => d.slot === undefined && !d.rdm)) expect(v.findings.some((f) => f.ruleId === 'too-many-disks')).toBe(true);
    }
    const counts = Object.fromEntries(r.rules.map((c) => [c.ruleId, c.vms]));
    expect(counts['rdm-disk']).toBeGreaterThan(0);
    expect(r.summary['not-ready']).toBeGreaterThanOrEqual(counts['rdm-disk'] ?? 0);
    // The generator puts one host per cluster on a different VLAN for port group VLAN103.
    expect(m.networkMap.entries.find((e) => e.network === 'VLAN103')?.conflict).toBe(true);
    expect(m.clusters.every((c) => c.migrationNetwork.from === 'vmotion')).toBe(true);
  });

  it('is deterministic', () => {
    const again = assessReadiness(inv, {}, {}, deriveMapping(inv, {}, {}));
    expect(again.summary).toEqual(r.summary);
    expect(again.vms.map((v) => [v.class, v.complexity, v.findings.length])).toEqual(r.vms.map((v) => [v.class, v.complexity, v.findings.length]));
  });
});
