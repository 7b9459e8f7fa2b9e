import { describe, expect, it } from 'vitest';
import { suspendedVm } from '../../../../shared/readiness/rules/suspendedVm';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('vm-suspended', () => {
  it('blocks suspended VMs', () => {
    expect(findingsOf(runRule(suspendedVm, vm({ powerState: 'suspended' })))).toHaveLength(1);
    expect(runRule(suspendedVm, vm())).toBeNull();
    expect(runRule(suspendedVm, vm({ powerState: undefined }))).toBe('unknown');
  });
});
