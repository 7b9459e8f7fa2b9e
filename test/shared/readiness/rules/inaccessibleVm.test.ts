import { describe, expect, it } from 'vitest';
import { inaccessibleVm } from '../../../../shared/readiness/rules/inaccessibleVm';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('vm-inaccessible', () => {
  it('blocks orphaned and inaccessible VMs', () => {
    expect(findingsOf(runRule(inaccessibleVm, vm({ connectionState: 'orphaned' })))).toHaveLength(1);
    expect(findingsOf(runRule(inaccessibleVm, vm({ connectionState: 'inaccessible' })))).toHaveLength(1);
    expect(runRule(inaccessibleVm, vm())).toBeNull();
    expect(runRule(inaccessibleVm, vm({ connectionState: undefined }))).toBe('unknown');
  });
});
