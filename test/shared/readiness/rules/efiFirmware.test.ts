import { describe, expect, it } from 'vitest';
import { efiFirmware } from '../../../../shared/readiness/rules/efiFirmware';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('efi-firmware', () => {
  it('notes EFI guests', () => {
    expect(findingsOf(runRule(efiFirmware, vm({ firmware: 'efi' })))).toHaveLength(1);
    expect(runRule(efiFirmware, vm())).toBeNull();
    expect(runRule(efiFirmware, vm({ firmware: undefined }))).toBe('unknown');
  });
});
