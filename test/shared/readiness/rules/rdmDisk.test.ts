import { describe, expect, it } from 'vitest';
import { rdmDisk } from '../../../../shared/readiness/rules/rdmDisk';
import { findingsOf, runRule } from '../ruleHarness';
import { ALL_TABS, disk, inventory, vm } from '../vmBuilder';

describe('rdm-disk', () => {
  it('is a blocker for physical and virtual RDMs, one finding per RDM disk', () => {
    const v = vm({ disks: [disk(), disk({ raw: true, rawCompatibilityMode: 'physicalMode', label: 'Hard disk 2' }), disk({ raw: true, rawCompatibilityMode: 'virtualMode', label: 'Hard disk 3' })] });
    const f = findingsOf(runRule(rdmDisk, v));
    expect(rdmDisk.severity).toBe('blocker');
    expect(f).toHaveLength(2);
    expect(f[0]?.evidence).toContainEqual({ tab: 'vDisk', column: 'Raw Comp. Mode', value: 'physicalMode' });
    expect(f[1]?.detail?.en).toContain('virtualMode');
  });
  it('passes plain vmdks and is unknown without disk data', () => {
    expect(runRule(rdmDisk, vm())).toBeNull();
    expect(runRule(rdmDisk, vm({ disks: [disk({ raw: undefined })] }))).toBe('unknown');
    const noDisks = vm({ disks: [] });
    expect(runRule(rdmDisk, noDisks, inventory([noDisks], { tabs: ALL_TABS.filter((t) => t !== 'vDisk') }))).toBe('unknown');
    expect(runRule(rdmDisk, noDisks)).toBeNull();
  });
});
