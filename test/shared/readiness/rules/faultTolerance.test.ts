import { describe, expect, it } from 'vitest';
import { faultTolerance } from '../../../../shared/readiness/rules/faultTolerance';
import { findingsOf, runRule } from '../ruleHarness';
import { vm } from '../vmBuilder';

describe('fault-tolerance', () => {
  it('blocks an FT-protected VM', () => {
    expect(findingsOf(runRule(faultTolerance, vm({ ftState: 'running', ftRole: '1' })))).toHaveLength(1);
    expect(faultTolerance.severity).toBe('blocker');
  });
  it('passes notConfigured and is unknown when missing', () => {
    expect(runRule(faultTolerance, vm())).toBeNull();
    expect(runRule(faultTolerance, vm({ ftState: undefined }))).toBe('unknown');
  });
});
