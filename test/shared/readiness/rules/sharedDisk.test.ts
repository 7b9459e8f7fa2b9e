import { describe, expect, it } from 'vitest';
import { sharedDisk } from '../../../../shared/readiness/rules/sharedDisk';
import { findingsOf, runRule } from '../ruleHarness';
import { disk, inventory, vm } from '../vmBuilder';

describe('shared-disk', () => {
  it('fires on multi-writer sharing, bus sharing and a vmdk used by two VMs', () => {
    expect(findingsOf(runRule(sharedDisk, vm({ disks: [disk({ sharing: 'sharingMultiWriter' })] })))).toHaveLength(1);
    expect(findingsOf(runRule(sharedDisk, vm({ disks: [disk({ sharedBus: 'physicalSharing' })] })))).toHaveLength(1);
    const d = disk({ path: '[ds-san-01] quorum/quorum.vmdk' });
    const a = vm({ disks: [d] });
    const b = vm({ disks: [{ ...d, label: 'Hard disk 2' }] });
    const f = findingsOf(runRule(sharedDisk, a, inventory([a, b])));
    expect(f[0]?.evidence).toContainEqual({ tab: 'vDisk', column: 'Path', value: '[ds-san-01] quorum/quorum.vmdk' });
    expect(sharedDisk.severity).toBe('blocker');
  });
  it('passes unshared disks', () => {
    expect(runRule(sharedDisk, vm())).toBeNull();
  });
});
