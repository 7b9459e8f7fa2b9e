import { describe, expect, it } from 'vitest';
import { tooManyDisks } from '../../../../shared/readiness/rules/tooManyDisks';
import { findingsOf, runRule } from '../ruleHarness';
import { disk, vm } from '../vmBuilder';

describe('too-many-disks', () => {
  it('blocks a Linux VM with more than 31 disks (VirtIO SCSI limit)', () => {
    const v = vm({ disks: Array.from({ length: 33 }, () => disk()) });
    const f = findingsOf(runRule(tooManyDisks, v));
    expect(f[0]?.detail?.en).toBe('33 disks; 2 disk(s) have no slot on the scsi bus.');
  });
  it('passes 31 disks, and a Windows VM with 10 disks (PVSCSI first-boot profile)', () => {
    expect(runRule(tooManyDisks, vm({ disks: Array.from({ length: 31 }, () => disk()) }))).toBeNull();
    const w = vm({ osTools: 'Microsoft Windows Server 2019 (64-bit)', disks: Array.from({ length: 10 }, () => disk()) });
    expect(runRule(tooManyDisks, w)).toBeNull();
  });
});
