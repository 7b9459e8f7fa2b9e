import { describe, expect, it } from 'vitest';
import { consolidationNeeded } from '../../../../shared/readiness/rules/consolidationNeeded';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('consolidation-needed', () => {
  it('fires when vInfo says so, passes otherwise, unknown when missing', () => {
    expect(findingsOf(runRule(consolidationNeeded, vm({ consolidationNeeded: true })))[0]?.evidence[0]?.column).toBe('Consolidation Needed');
    expect(runRule(consolidationNeeded, vm())).toBeNull();
    expect(runRule(consolidationNeeded, vm({ consolidationNeeded: undefined }))).toBe('unknown');
  });
});
