import { describe, expect, it } from 'vitest';
import { guestFreeSpace } from '../../../../shared/readiness/rules/guestFreeSpace';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('guest-free-space', () => {
  it('uses the virt-v2v minimums per mount point', () => {
    const v = vm({ partitions: [{ disk: '/', freeMiB: 80 }, { disk: '/boot', freeMiB: 60 }, { disk: 'C:\\', freeMiB: 99 }, { disk: '/data', freeMiB: 11 }] });
    const f = findingsOf(runRule(guestFreeSpace, v));
    expect(f.map((x) => x.evidence[0]?.value)).toEqual(['/', 'C:\\']);
    expect(runRule(guestFreeSpace, vm({ partitions: [] }))).toBe('unknown');
    expect(runRule(guestFreeSpace, vm())).toBeNull();
  });
});
