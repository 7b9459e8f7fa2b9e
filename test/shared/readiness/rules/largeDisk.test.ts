import { describe, expect, it } from 'vitest';
import { largeDisk } from '../../../../shared/readiness/rules/largeDisk';
import { findingsOf, runRule } from '../ruleHarness';
import { disk, vm } from '../vmBuilder';

describe('large-disk', () => {
  it('fires at the largeDiskGiB threshold (2048 GiB)', () => {
    const f = findingsOf(runRule(largeDisk, vm({ disks: [disk({ capacityMiB: 3 * 1024 * 1024, label: 'Hard disk 1' })] })));
    expect(f[0]?.detail?.en).toBe('Hard disk 1: 3,072 GiB (threshold 2,048 GiB).');
    expect(runRule(largeDisk, vm({ disks: [disk({ capacityMiB: 2047 * 1024 })] }))).toBeNull();
    expect(runRule(largeDisk, vm({ disks: [disk({ capacityMiB: undefined })] }))).toBe('unknown');
  });
});
