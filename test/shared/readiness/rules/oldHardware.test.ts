import { describe, expect, it } from 'vitest';
import { oldHardware } from '../../../../shared/readiness/rules/oldHardware';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('old-hardware-version', () => {
  it('uses the oldHwVersion assumption (10)', () => {
    expect(findingsOf(runRule(oldHardware, vm({ hwVersion: 7 })))[0]?.detail?.en).toBe('vmx-7 (< 10).');
    expect(runRule(oldHardware, vm({ hwVersion: 10 }))).toBeNull();
    expect(runRule(oldHardware, vm({ hwVersion: undefined }))).toBe('unknown');
  });
});
