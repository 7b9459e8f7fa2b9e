import { describe, expect, it } from 'vitest';
import { snapshots } from '../../../../shared/readiness/rules/snapshots';
import { findingsOf, runRule } from '../ruleHarness';
import { ALL_TABS, inventory, vm } from '../vmBuilder';

describe('snapshot-present', () => {
  it('reports count, total size and age of the oldest snapshot', () => {
    const v = vm({
      snapshots: [
        { name: 'before patch', createdAt: '2026-11-01T10:00:00Z', sizeMiBTotal: 8192 },
        { name: 'after patch', createdAt: '2026-11-10T10:00:00Z', sizeMiBTotal: 4096 },
      ],
    });
    const f = findingsOf(runRule(snapshots, v, inventory([v], { exportedAt: '2026-11-20T10:00:00Z' })));
    expect(f).toHaveLength(1);
    expect(f[0]?.detail?.en).toBe('2 snapshot(s), 12 GiB in total, oldest 19 day(s) (old and large).');
    expect(f[0]?.detail?.vi).toContain('19 ngày');
    expect(f[0]?.evidence).toContainEqual({ tab: 'vSnapshot', column: 'Size MiB (total)', value: 12288 });
  });
  it('passes when vSnapshot was exported and has no row; unknown when the tab is missing', () => {
    const v = vm();
    expect(runRule(snapshots, v)).toBeNull();
    expect(runRule(snapshots, v, inventory([v], { tabs: ALL_TABS.filter((t) => t !== 'vSnapshot') }))).toBe('unknown');
  });
});
