import { describe, expect, it } from 'vitest';
import { poweredOn } from '../../../../shared/readiness/rules/poweredOn';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('vm-powered-on', () => {
  it('notes running VMs', () => {
    expect(findingsOf(runRule(poweredOn, vm()))).toHaveLength(1);
    expect(runRule(poweredOn, vm({ powerState: 'poweredOff' }))).toBeNull();
  });
});
