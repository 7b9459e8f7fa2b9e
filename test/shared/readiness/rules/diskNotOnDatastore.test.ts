import { describe, expect, it } from 'vitest';
import { diskNotOnDatastore } from '../../../../shared/readiness/rules/diskNotOnDatastore';
import { findingsOf, runRule } from '../ruleHarness';
import { disk, vm } from '../vmBuilder';

describe('disk-not-on-datastore', () => {
  it('blocks a disk whose path names no known datastore', () => {
    expect(findingsOf(runRule(diskNotOnDatastore, vm({ disks: [disk({ path: '[gone-ds] a/a.vmdk', datastore: 'gone-ds' })] })))).toHaveLength(1);
    expect(findingsOf(runRule(diskNotOnDatastore, vm({ disks: [disk({ path: 'a/a.vmdk', datastore: undefined })] })))).toHaveLength(1);
    expect(runRule(diskNotOnDatastore, vm())).toBeNull();
    expect(runRule(diskNotOnDatastore, vm({ disks: [disk({ path: undefined })] }))).toBe('unknown');
  });
});
