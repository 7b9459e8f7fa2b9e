import { describe, expect, it } from 'vitest';
import { diskCapacityInvalid } from '../../../../shared/readiness/rules/diskCapacityInvalid';
import { findingsOf, runRule } from '../ruleHarness';
import { disk, vm } from '../vmBuilder';

describe('disk-capacity-invalid', () => {
  it('blocks zero-size disks', () => {
    expect(findingsOf(runRule(diskCapacityInvalid, vm({ disks: [disk({ capacityMiB: 0 })] })))).toHaveLength(1);
    expect(runRule(diskCapacityInvalid, vm())).toBeNull();
    expect(runRule(diskCapacityInvalid, vm({ disks: [disk({ capacityMiB: undefined })] }))).toBe('unknown');
  });
});
