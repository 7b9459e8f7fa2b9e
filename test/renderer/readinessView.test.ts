import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../shared/import';
import type { Inventory } from '../../shared/model/inventory';
import { DEFAULT_ASSUMPTIONS, type Decisions } from '../../shared/model/project';
import { assessReadiness, type ReadinessResult, type VmReadiness } from '../../shared/readiness';
import {
  activeRules,
  classBars,
  CLASSES,
  evidenceText,
  filterReadiness,
  findingsByRule,
  NO_FILTER,
} from '../../renderer/views/readiness/readinessRows';
import { ackKey, acknowledge, unacknowledge } from '../../shared/model/decisions';

const SAMPLES = path.resolve(__dirname, '../..', '../shared/samples');
const DEMO = path.resolve(__dirname, '../..', 'templates/demo');

async function load(files: string[]): Promise<Inventory> {
  const r = await importFiles(files.map((f) => ({ name: path.basename(f), data: new Uint8Array(fs.readFileSync(f)) })));
  return r.inventory;
}

// The real 339-VM export has no blocker findings; the demo estate is built to have some.
const sources: { label: string; files: string[]; hasBlockers: boolean }[] = [
  { label: 'RVTools 4.6 export (339 VMs)', files: [path.join(SAMPLES, 'rvtools-4.6-339vms.xlsx')], hasBlockers: false },
  {
    label: 'demo estate (xlsx + DRS CSVs)',
    files: fs
      .readdirSync(DEMO)
      .filter((f) => /\.(xlsx|csv)$/i.test(f))
      .map((f) => path.join(DEMO, f)),
    hasBlockers: true,
  },
];

for (const { label, files, hasBlockers } of sources) {
  describe(`readiness view rows — ${label}`, () => {
    let inv: Inventory;
    let res: ReadinessResult;
    beforeAll(async () => {
      inv = await load(files);
      res = assessReadiness(inv, {}, DEFAULT_ASSUMPTIONS);
    });

    it('has VMs to look at, and no filter keeps every assessed VM', () => {
      expect(res.summary.total).toBeGreaterThan(0);
      expect(filterReadiness(res.vms, NO_FILTER, 'en')).toHaveLength(res.summary.total);
    });

    it('class filter counts equal the summary; the bars add up to 100 %', () => {
      for (const cls of CLASSES) expect(filterReadiness(res.vms, { ...NO_FILTER, cls }, 'en')).toHaveLength(res.summary[cls]);
      const bars = classBars(res.summary);
      expect(bars.map((b) => b.count)).toEqual(CLASSES.map((c) => res.summary[c]));
      expect(bars.reduce((a, b) => a + b.pct, 0)).toBeCloseTo(100, 6);
    });

    it('rule filter gives the VMs the rule fired on plus those it could not evaluate', () => {
      const active = activeRules(res.rules);
      expect(active.length).toBeGreaterThan(0);
      for (const r of active) expect(filterReadiness(res.vms, { ...NO_FILTER, rule: r.ruleId }, 'vi')).toHaveLength(r.vms + r.unknown);
      // blockers first
      const sev = active.map((r) => r.severity);
      const firstNonBlocker = sev.findIndex((s) => s !== 'blocker');
      if (firstNonBlocker >= 0) expect(sev.slice(firstNonBlocker)).not.toContain('blocker');
    });

    it('severity filter keeps exactly the VMs with a finding of that severity; not-ready VMs all have a blocker', () => {
      const blockers = filterReadiness(res.vms, { ...NO_FILTER, severity: 'blocker' }, 'en');
      for (const v of blockers) expect(v.findings.some((f) => f.severity === 'blocker')).toBe(true);
      const notReady = res.vms.filter((v) => v.class === 'not-ready');
      for (const v of notReady) expect(blockers).toContain(v);
      const combined = filterReadiness(res.vms, { ...NO_FILTER, severity: 'warning', cls: 'ready' }, 'en');
      for (const v of combined) expect(v.class).toBe('ready');
    });

    it('text search finds a VM by a part of its name, case-insensitively, and by a finding label in either language', () => {
      const vm = res.vms[Math.floor(res.vms.length / 2)] as VmReadiness;
      const part = vm.name.slice(1, Math.max(2, vm.name.length - 1)).toUpperCase();
      expect(filterReadiness(res.vms, { ...NO_FILTER, query: part }, 'en')).toContain(vm);
      const withF = res.vms.find((v) => v.findings.length > 0);
      expect(withF).toBeDefined();
      const f = withF?.findings[0];
      if (!withF || !f) return;
      expect(filterReadiness(res.vms, { ...NO_FILTER, query: f.label.vi }, 'vi')).toContain(withF);
      expect(filterReadiness(res.vms, { ...NO_FILTER, query: f.label.en }, 'en')).toContain(withF);
      expect(filterReadiness(res.vms, { ...NO_FILTER, query: 'no-such-vm-§§§' }, 'en')).toHaveLength(0);
    });

    it('groups a VM’s findings by rule, worst severity first, losing none', () => {
      const order = { blocker: 0, warning: 1, info: 2 };
      for (const v of res.vms) {
        const groups = findingsByRule(v);
        expect(groups.reduce((a, g) => a + g.findings.length, 0)).toBe(v.findings.length);
        const worst = groups.map((g) => Math.min(...g.findings.map((f) => order[f.severity])));
        expect([...worst].sort((a, b) => a - b)).toEqual(worst);
      }
    });

    it('acknowledging a warning keeps the VM conditional and is counted on the rule; un-acknowledging restores it', () => {
      const vm = res.vms.find((v) => v.class === 'conditional' && v.findings.some((f) => f.severity === 'warning'));
      expect(vm, 'a conditional VM with a warning').toBeDefined();
      if (!vm) return;
      const rule = vm.findings.find((f) => f.severity === 'warning')?.ruleId ?? '';
      const before = res.rules.find((r) => r.ruleId === rule)?.acknowledged ?? -1;
      const d1 = acknowledge({}, vm.vmKey, rule, 'OK', '2026-11-25T10:00:00.000Z');
      const after = assessReadiness(inv, d1, DEFAULT_ASSUMPTIONS);
      expect(after.byKey[vm.vmKey]?.class).toBe('conditional');
      expect(after.byKey[vm.vmKey]?.findings.filter((f) => f.ruleId === rule).every((f) => f.acknowledged?.note === 'OK')).toBe(true);
      expect(after.rules.find((r) => r.ruleId === rule)?.acknowledged).toBe(before + 1);
      expect(after.summary).toEqual(res.summary);
      expect(unacknowledge(d1, vm.vmKey, rule)).toEqual({});
    });

    it.runIf(!hasBlockers)('has no not-ready VM (so the blocker acknowledgement case runs on the demo only)', () => {
      expect(res.summary['not-ready']).toBe(0);
    });

    it.runIf(hasBlockers)('acknowledging every blocker of a not-ready VM lifts it out of not-ready; un-acknowledging restores it', () => {
      const candidate = res.vms.find((v) => v.class === 'not-ready');
      expect(candidate, 'a not-ready VM').toBeDefined();
      if (!candidate) return;
      const rules = [...new Set(candidate.findings.filter((f) => f.severity === 'blocker').map((f) => f.ruleId))];
      const d0: Decisions = {};
      let d1 = d0;
      for (const r of rules) d1 = acknowledge(d1, candidate.vmKey, r, 'Khách hàng chấp nhận', '2026-11-25T10:00:00.000Z');
      expect(d0).toEqual({});
      expect(d1.acknowledged?.[ackKey(candidate.vmKey, rules[0] ?? '')]).toEqual({ note: 'Khách hàng chấp nhận', at: '2026-11-25T10:00:00.000Z' });
      const after = assessReadiness(inv, d1, DEFAULT_ASSUMPTIONS);
      const expected = candidate.unknown.some((u) => u.severity === 'blocker') ? 'unknown' : 'conditional';
      expect(after.byKey[candidate.vmKey]?.class).toBe(expected);
      expect(after.summary['not-ready']).toBe(res.summary['not-ready'] - 1);
      expect(after.summary[expected]).toBe(res.summary[expected] + 1);
      for (const r of rules) expect(after.rules.find((x) => x.ruleId === r)?.acknowledged).toBe(1);
      let d2 = d1;
      for (const r of rules) d2 = unacknowledge(d2, candidate.vmKey, r);
      expect(d2).toEqual({});
      expect(assessReadiness(inv, d2, DEFAULT_ASSUMPTIONS).summary).toEqual(res.summary);
    });
  });
}

describe('readiness view helpers', () => {
  it('un-acknowledging keeps other acknowledgements and other decisions', () => {
    const d = acknowledge(acknowledge({ networkMap: { a: { tag: 5 } } }, 'vm1', 'r1', 'x', 't'), 'vm2', 'r2', 'y', 't');
    const out = unacknowledge(d, 'vm1', 'r1');
    expect(out).toEqual({ networkMap: { a: { tag: 5 } }, acknowledged: { 'vm2|r2': { note: 'y', at: 't' } } });
    expect(unacknowledge(out, 'vm9', 'r9')).toBe(out);
  });

  it('shows evidence values, empty ones as the placeholder', () => {
    expect(evidenceText(null, '(empty)')).toBe('(empty)');
    expect(evidenceText('', '(trống)')).toBe('(trống)');
    expect(evidenceText(0, '-')).toBe('0');
    expect(evidenceText(false, '-')).toBe('false');
  });
});
