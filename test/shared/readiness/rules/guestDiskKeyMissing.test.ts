import { describe, expect, it } from 'vitest';
import { guestDiskKeyMissing } from '../../../../shared/readiness/rules/guestDiskKeyMissing';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('guest-disk-key-missing', () => {
  it('applies to Windows, fires for volumes without a disk key', () => {
    const w = { osTools: 'Microsoft Windows Server 2019 (64-bit)' };
    expect(guestDiskKeyMissing.appliesTo(vm())).toBe(false);
    const f = findingsOf(runRule(guestDiskKeyMissing, vm({ ...w, partitions: [{ disk: 'C:\\', diskKey: 2000 }, { disk: 'D:\\' }] })));
    expect(f[0]?.evidence).toEqual([{ tab: 'vPartition', column: 'Disk Key', value: 'D:\\: —' }]);
    expect(runRule(guestDiskKeyMissing, vm({ ...w, partitions: [{ disk: 'C:\\', diskKey: 2000 }] }))).toBeNull();
    expect(runRule(guestDiskKeyMissing, vm({ ...w, partitions: [] }))).toBe('unknown');
  });
});
