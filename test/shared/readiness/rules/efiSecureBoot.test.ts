import { describe, expect, it } from 'vitest';
import { efiSecureBoot } from '../../../../shared/readiness/rules/efiSecureBoot';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('efi-secure-boot', () => {
  it('warns for EFI with Secure Boot; unknown when the Secure Boot column is missing', () => {
    expect(findingsOf(runRule(efiSecureBoot, vm({ firmware: 'efi', secureBoot: true })))).toHaveLength(1);
    expect(runRule(efiSecureBoot, vm({ firmware: 'efi', secureBoot: false }))).toBeNull();
    expect(runRule(efiSecureBoot, vm({ firmware: 'efi', secureBoot: undefined }))).toBe('unknown');
    expect(runRule(efiSecureBoot, vm({ firmware: 'bios', secureBoot: undefined }))).toBeNull();
  });
});
