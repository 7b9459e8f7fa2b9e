import { describe, expect, it } from 'vitest';
import { vtpmLikely } from '../../../../shared/readiness/rules/vtpmLikely';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('vtpm-likely', () => {
  it('fires for Windows 11 with EFI and Secure Boot', () => {
    expect(findingsOf(runRule(vtpmLikely, vm({ osTools: 'Microsoft Windows 11 (64-bit)', firmware: 'efi', secureBoot: true })))).toHaveLength(1);
    expect(runRule(vtpmLikely, vm({ osTools: 'Microsoft Windows 11 (64-bit)', firmware: 'bios' }))).toBeNull();
    expect(runRule(vtpmLikely, vm())).toBeNull();
  });
});
