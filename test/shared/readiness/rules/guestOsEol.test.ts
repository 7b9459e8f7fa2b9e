import { describe, expect, it } from 'vitest';
import { guestOsEol } from '../../../../shared/readiness/rules/guestOsEol';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('guest-os-eol', () => {
  it('flags CentOS 7 and Windows 7 but not RHEL 9', () => {
    expect(findingsOf(runRule(guestOsEol, vm({ osTools: 'CentOS 7 (64-bit)' })))).toHaveLength(1);
    expect(findingsOf(runRule(guestOsEol, vm({ osTools: 'Microsoft Windows 7 (64-bit)' })))).toHaveLength(1);
    expect(runRule(guestOsEol, vm())).toBeNull();
  });
});
