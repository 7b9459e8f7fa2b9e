import { describe, expect, it } from 'vitest';
import { efiLsi } from '../../../../shared/readiness/rules/efiLsi';
import { findingsOf, runRule } from '../ruleHarness';
import { disk, vm } from '../vmBuilder';

describe('efi-lsi-controller', () => {
  it('fires for EFI guests on LSI', () => {
    expect(findingsOf(runRule(efiLsi, vm({ firmware: 'efi', disks: [disk({ controller: 'LSI Logic SAS' })] })))).toHaveLength(1);
    expect(runRule(efiLsi, vm({ firmware: 'bios', disks: [disk({ controller: 'LSI Logic SAS' })] }))).toBeNull();
    expect(runRule(efiLsi, vm({ firmware: 'efi' }))).toBeNull();
  });
});
