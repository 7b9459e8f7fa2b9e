import { describe, expect, it } from 'vitest';
import { independentDisk } from '../../../../shared/readiness/rules/independentDisk';
import { findingsOf, runRule } from '../ruleHarness';
import { disk, vm } from '../vmBuilder';

describe('independent-disk', () => {
  it('fires for independent_persistent and independent_nonpersistent', () => {
    const v = vm({ disks: [disk({ mode: 'independent_persistent' }), disk({ mode: 'independent_nonpersistent' }), disk()] });
    expect(findingsOf(runRule(independentDisk, v))).toHaveLength(2);
  });
  it('passes persistent disks; unknown when the mode is missing', () => {
    expect(runRule(independentDisk, vm())).toBeNull();
    expect(runRule(independentDisk, vm({ disks: [disk({ mode: undefined })] }))).toBe('unknown');
  });
});
