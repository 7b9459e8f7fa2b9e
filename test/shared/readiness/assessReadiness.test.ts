import { describe, expect, it } from 'vitest';
import { assessReadiness, classify, complexity, RULES, type VmFinding } from '../../../shared/readiness';
import { CALCULATOR_VERSION } from '../../../shared/version';
import { ALL_TABS, disk, inventory, vm } from './vmBuilder';

const f = (severity: VmFinding['severity'], acknowledged = false): VmFinding => ({
  ruleId: `r-${severity}`,
  severity,
  label: { vi: 'x', en: 'x' },
  remedy: { vi: 'x', en: 'x' },
  evidence: [],
  ...(acknowledged ? { acknowledged: { note: 'ok', at: '2026-11-25' } } : {}),
});

describe('classify and complexity', () => {
  it('orders not-ready > unknown (blocker rule) > conditional > unknown (warning rule) > ready', () => {
    expect(classify([f('blocker'), f('warning')])).toBe('not-ready');
    expect(classify([f('warning')], [{ ruleId: 'x', severity: 'blocker' }])).toBe('unknown');
    expect(classify([f('warning')], [{ ruleId: 'x', severity: 'warning' }])).toBe('conditional');
    expect(classify([f('blocker', true)])).toBe('conditional');
    expect(classify([f('info')], [{ ruleId: 'x', severity: 'warning' }])).toBe('unknown');
    expect(classify([f('info')], [{ ruleId: 'x', severity: 'info' }])).toBe('ready');
    expect(classify([])).toBe('ready');
  });
  it('scores 0–4 by the documented formula', () => {
    const none = { driverSwitch: false, diskGiB: 100, disks: 1 };
    expect(complexity([], none)).toBe(0);
    expect(complexity([f('info'), f('info')], none)).toBe(0);
    expect(complexity([f('warning')], none)).toBe(1);
    expect(complexity([f('warning'), f('warning'), f('warning')], none)).toBe(2);
    expect(complexity([f('blocker')], { driverSwitch: true, diskGiB: 100, disks: 1 })).toBe(3);
    expect(complexity([f('blocker'), f('warning'), f('warning'), f('warning')], { driverSwitch: true, diskGiB: 3000, disks: 1 })).toBe(4);
  });
});

describe('assessReadiness', () => {
  it('rules have unique ids, bilingual labels and remedies', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(40);
    for (const r of RULES) {
      expect(r.label.vi.trim()).not.toBe('');
      expect(r.label.en.trim()).not.toBe('');
      expect(r.remedy.vi).not.toBe(r.remedy.en);
    }
  });

  it('classifies, counts per rule, and summarises', () => {
    const ready = vm({ powerState: 'poweredOff' });
    const rdm = vm({ disks: [disk({ raw: true, rawCompatibilityMode: 'physicalMode' })] });
    const snap = vm({ snapshots: [{ name: 's1', createdAt: '2026-11-19T00:00:00Z', sizeMiBTotal: 100 }] });
    const noTools = vm({ tools: undefined, powerState: 'poweredOff' });
    const tpl = vm({ template: true });
    const r = assessReadiness(inventory([ready, rdm, snap, noTools, tpl]), {}, {});
    expect(r.calculatorVersion).toBe(CALCULATOR_VERSION);
    expect(r.summary).toEqual({ ready: 1, conditional: 1, 'not-ready': 1, unknown: 1, total: 4 });
    expect(r.byKey[ready.key]?.class).toBe('ready');
    expect(r.byKey[rdm.key]?.class).toBe('not-ready');
    expect(r.byKey[rdm.key]?.findings.find((x) => x.ruleId === 'rdm-disk')?.severity).toBe('blocker');
    expect(r.byKey[snap.key]?.class).toBe('conditional');
    expect(r.byKey[tpl.key]).toBeUndefined();
    // The VM whose tools data is missing is UNKNOWN for every Tools rule, never a pass.
    expect(r.byKey[noTools.key]?.class).toBe('unknown');
    expect(r.byKey[noTools.key]?.unknown.map((u) => u.ruleId).sort()).toEqual(['tools-not-installed', 'tools-outdated']);
    const counts = Object.fromEntries(r.rules.map((c) => [c.ruleId, c]));
    expect(counts['rdm-disk']).toMatchObject({ vms: 1, findings: 1, unknown: 0 });
    expect(counts['snapshot-present']?.vms).toBe(1);
    expect(counts['tools-not-installed']?.unknown).toBe(1);
  });

  it('makes every Tools rule unknown when the vTools tab is missing, and the class unknown', () => {
    const v = vm({ tools: undefined });
    const r = assessReadiness(inventory([v], { tabs: ALL_TABS.filter((t) => t !== 'vTools') }), {}, {});
    const unknownIds = r.byKey[v.key]?.unknown.map((u) => u.ruleId) ?? [];
    expect(unknownIds).toEqual(expect.arrayContaining(['tools-not-running', 'tools-not-installed', 'tools-outdated']));
    expect(r.byKey[v.key]?.findings.some((x) => x.ruleId.startsWith('tools-'))).toBe(false);
    expect(r.byKey[v.key]?.class).toBe('unknown');
  });

  it('keeps acknowledged findings, marks them, and lets them downgrade not-ready to conditional', () => {
    const v = vm({ disks: [disk({ raw: true, rawCompatibilityMode: 'virtualMode' })] });
    const r = assessReadiness(inventory([v]), { acknowledged: { [`${v.key}|rdm-disk`]: { note: 'LUN re-presented via iSCSI', at: '2026-11-25T10:00:00Z' } } }, {});
    const fd = r.byKey[v.key]?.findings.find((x) => x.ruleId === 'rdm-disk');
    expect(fd?.acknowledged).toEqual({ note: 'LUN re-presented via iSCSI', at: '2026-11-25T10:00:00Z' });
    expect(r.byKey[v.key]?.class).toBe('conditional');
    expect(r.rules.find((c) => c.ruleId === 'rdm-disk')?.acknowledged).toBe(1);
  });

  it('a Windows Server 2008 R2 guest gets a VirtIO-driver warning and complexity for the driver switch', () => {
    const v = vm({ osTools: 'Microsoft Windows Server 2008 R2 (64-bit)' });
    const r = assessReadiness(inventory([v]), {}, {});
    const x = r.byKey[v.key];
    expect(x?.findings.find((y) => y.ruleId === 'guest-os-no-virtio')?.severity).toBe('warning');
    expect(x?.class).toBe('conditional');
    expect(x?.complexity).toBe(2);
  });
});
