import { describe, expect, it } from 'vitest';
import { hostnameMissing } from '../../../../shared/readiness/rules/hostnameMissing';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('hostname-missing', () => {
  it('fires on empty and localhost.localdomain', () => {
    expect(findingsOf(runRule(hostnameMissing, vm({ dnsName: '' })))).toHaveLength(1);
    expect(findingsOf(runRule(hostnameMissing, vm({ dnsName: 'localhost.localdomain' })))).toHaveLength(1);
    expect(runRule(hostnameMissing, vm())).toBeNull();
  });
});
